#include "clusterprofile.h"

#include "../model/nodesample.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace omv
{

namespace
{

QString expandPath(const QString& value, const QDir& base)
{
    if (value.isEmpty() || value == QLatin1String("none"))
        return value;
    if (value == QLatin1String("~"))
        return QDir::homePath();
    if (value.startsWith(QLatin1String("~/")))
        return QDir::homePath() + value.mid(1);
    return QDir::cleanPath(base.absoluteFilePath(value));
}

// QSettings keeps text after ';' for unquoted INI values in some cases; strip inline comments
// the way the DESIGN.md example writes them ("openmosix          ; openmosix | mattx").
QString clean(const QVariant& v)
{
    QString s = v.type() == QVariant::StringList ? v.toStringList().join(QLatin1Char(',')) : v.toString();
    const int semi = s.indexOf(QLatin1Char(';'));
    if (semi >= 0)
        s.truncate(semi);
    return s.trimmed();
}

bool validHost(const QString& h)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:-]{1,253}$"));
    return re.match(h).hasMatch() && !h.startsWith(QLatin1Char('-'));
}

int editDistance(const QString& a, const QString& b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diag = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diag = up;
        }
    }
    return row[b.size()];
}

// Every key a profile may hold, by section. QSettings ignores the rest silently; a typo
// ("idenity") would then quietly mean the default.
QStringList unknownKeys(const QString& path)
{
    static const QHash<QString, QStringList> known {
        { QStringLiteral("cluster"),
            { QStringLiteral("name"), QStringLiteral("backend"), QStringLiteral("gateway"), QStringLiteral("map"),
                QStringLiteral("transport"), QStringLiteral("nodes") } },
        { QStringLiteral("ssh"),
            { QStringLiteral("user"), QStringLiteral("identity"), QStringLiteral("known_hosts"), QStringLiteral("port"),
                QStringLiteral("config"), QStringLiteral("agent"), QStringLiteral("connect_timeout"),
                QStringLiteral("command_timeout"), QStringLiteral("parallel") } },
        { QStringLiteral("collector"),
            { QStringLiteral("database"), QStringLiteral("viewers"), QStringLiteral("host"), QStringLiteral("user"),
                QStringLiteral("program"), QStringLiteral("keep_session") } },
        { QStringLiteral("linux"),
            { QStringLiteral("images"), QStringLiteral("migrate_timeout"), QStringLiteral("live") } },
    };
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QString section = QStringLiteral("general");
    int lineNo = 0;
    const QString name = QFileInfo(path).fileName();
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            if (!known.contains(section))
                out << ClusterProfile::tr("%1:%2: unknown section [%3]").arg(name).arg(lineNo).arg(section.left(40));
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || !known.contains(section))
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        const QStringList& keys = known[section];
        if (keys.contains(key))
            continue;
        QString best;
        int bestDistance = 3; // suggest only what is close
        for (const QString& k : keys) {
            const int d = editDistance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        out << (best.isEmpty()
                ? ClusterProfile::tr("%1:%2: unknown key [%3] %4").arg(name).arg(lineNo).arg(section, key.left(40))
                : ClusterProfile::tr("%1:%2: unknown key [%3] %4 (%5?)")
                      .arg(name)
                      .arg(lineNo)
                      .arg(section, key.left(40), best));
    }
    return out;
}

} // namespace

Result<ClusterProfile> ClusterProfile::load(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return ParseError { path, 0, ClusterProfile::tr("no such file") };
    if (!fi.isReadable())
        return ParseError { path, 0, ClusterProfile::tr("not readable") };
    // A FIFO (or a device) would hold the reader for ever: only a regular file is a profile.
    if (!fi.isFile())
        return ParseError { path, 0, ClusterProfile::tr("not a regular file (a FIFO, a device or a folder)") };
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return ParseError { path, 0, ClusterProfile::tr("not a valid INI file") };
    const QDir base = fi.absoluteDir();
    auto bad = [&](const char* key, const QString& why) {
        return ParseError { path, 0, QLatin1String(key) + QLatin1String(": ") + why };
    };
    auto intValue = [&](const char* key, int def, int min, int max, int* out) -> QString {
        const QString s = clean(ini.value(QLatin1String(key)));
        if (s.isEmpty()) {
            *out = def;
            return QString();
        }
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok || v < min || v > max)
            return ClusterProfile::tr("'%1' is not a number in %2..%3").arg(s.left(40)).arg(min).arg(max);
        *out = v;
        return QString();
    };

    ClusterProfile p;
    p.path = fi.absoluteFilePath();
    p.name = clean(ini.value(QStringLiteral("cluster/name")));
    if (p.name.isEmpty())
        p.name = fi.completeBaseName();

    // Not given: found out on the gateway (issue 18), as for backend=auto.
    const QString backend = clean(ini.value(QStringLiteral("cluster/backend"), QStringLiteral("auto"))).toLower();
    if (backend == QLatin1String("auto"))
        p.autoBackend = true;
    else if (const std::optional<BackendKind> kind = backendFromName(backend))
        p.backend = *kind;
    else
        return bad("cluster/backend",
            ClusterProfile::tr("'%1' is not one of %2")
                .arg(backend.left(40),
                    (QStringList { QStringLiteral("auto") } + backendNames()).join(QLatin1String(", "))));

    const QString transport = clean(ini.value(QStringLiteral("cluster/transport"), QStringLiteral("ssh"))).toLower();
    if (transport == QLatin1String("ssh"))
        p.transport = TransportKind::Ssh;
    else if (transport == QLatin1String("local"))
        p.transport = TransportKind::Local;
    else
        return bad("cluster/transport", ClusterProfile::tr("'%1' is not one of ssh, local").arg(transport.left(40)));

    // QSettings reads "a, b" as a list: joined again, then split as a host list.
    const QString nodesText = ini.value(QStringLiteral("cluster/nodes")).toStringList().join(QLatin1Char(','));
    if (!nodesText.trimmed().isEmpty()) {
        QString error;
        p.nodes = expandHostList(nodesText, &error);
        if (!error.isEmpty())
            return bad("cluster/nodes", error);
        for (const QString& n : std::as_const(p.nodes))
            if (!validHost(n))
                return bad("cluster/nodes", ClusterProfile::tr("'%1' is not a host name or address").arg(n.left(60)));
    }
    p.gateway = clean(ini.value(QStringLiteral("cluster/gateway")));
    if (p.gateway.isEmpty() && p.transport == TransportKind::Local)
        p.gateway = QStringLiteral("localhost");
    if (!p.autoBackend && !kernelListsNodes(p.backend) && p.nodes.isEmpty()
        && clean(ini.value(QStringLiteral("cluster/map"))).isEmpty())
        return bad("cluster/nodes",
            ClusterProfile::tr("missing: a plain Linux kernel lists no other nodes; name them (nodes=) or "
                               "give a map file (map=)"));
    if (p.gateway.isEmpty() && (p.autoBackend || !kernelListsNodes(p.backend)) && !p.nodes.isEmpty())
        p.gateway = p.nodes.first(); // no kernel table: the first node stands for the cluster
    if (p.gateway.isEmpty())
        return bad("cluster/gateway", ClusterProfile::tr("missing: name the node whose kernel table lists every node"));
    if (!validHost(p.gateway))
        return bad("cluster/gateway", ClusterProfile::tr("'%1' is not a host name or address").arg(p.gateway.left(60)));
    p.mapFile = expandPath(clean(ini.value(QStringLiteral("cluster/map"))), base);
    if (!p.mapFile.isEmpty() && !QFileInfo(p.mapFile).isReadable())
        return bad("cluster/map", ClusterProfile::tr("cannot read %1").arg(p.mapFile));

    p.sshUser = clean(ini.value(QStringLiteral("ssh/user")));
    if (!p.sshUser.isEmpty()
        && !QRegularExpression(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}$")).match(p.sshUser).hasMatch())
        return bad("ssh/user", ClusterProfile::tr("'%1' is not a user name").arg(p.sshUser.left(40)));
    p.sshIdentity = expandPath(clean(ini.value(QStringLiteral("ssh/identity"))), base);
    p.sshKnownHosts = expandPath(clean(ini.value(QStringLiteral("ssh/known_hosts"))), base);
    p.sshConfig = expandPath(clean(ini.value(QStringLiteral("ssh/config"))), base);
    const QString agent = clean(ini.value(QStringLiteral("ssh/agent"), QStringLiteral("true"))).toLower();
    p.sshAgent = !(agent == QLatin1String("false") || agent == QLatin1String("no") || agent == QLatin1String("0"));
    QString why;
    int seconds = 0;
    if (!(why = intValue("ssh/port", 0, 0, 65535, &p.sshPort)).isEmpty())
        return bad("ssh/port", why);
    if (!(why = intValue("ssh/connect_timeout", 5, 1, 600, &seconds)).isEmpty())
        return bad("ssh/connect_timeout", why);
    p.connectTimeoutMs = seconds * 1000;
    if (!(why = intValue("ssh/command_timeout", 10, 1, 3600, &seconds)).isEmpty())
        return bad("ssh/command_timeout", why);
    p.commandTimeoutMs = seconds * 1000;
    if (!(why = intValue("ssh/parallel", 16, 1, 256, &p.parallel)).isEmpty())
        return bad("ssh/parallel", why);
    p.collectorHost = clean(ini.value(QStringLiteral("collector/host")));
    if (p.collectorHost.contains(QRegularExpression(QStringLiteral("[\\s'\"]|\\x0")))
        || p.collectorHost.startsWith(QLatin1Char('-')))
        return bad("collector/host", ClusterProfile::tr("must be one ssh host name or address"));
    p.collectorUser = clean(ini.value(QStringLiteral("collector/user")));
    if (p.collectorUser.contains(QRegularExpression(QStringLiteral("[\\s'\"@:]|\\x0")))
        || p.collectorUser.startsWith(QLatin1Char('-')))
        return bad("collector/user", ClusterProfile::tr("must be one user name"));
    if (!(why = intValue("collector/keep_session", 300, 0, 86400, &p.keepSessionS)).isEmpty())
        return bad("collector/keep_session", why);
    p.collectorProgram = clean(ini.value(QStringLiteral("collector/program")));
    if (p.collectorProgram.contains(QChar(0)))
        return bad("collector/program", ClusterProfile::tr("must be a program's name or path"));
    if (p.collectorHost.isEmpty()) {
        p.database = expandPath(clean(ini.value(QStringLiteral("collector/database"))), base);
    } else {
        // A path on the collector's host: ~/ is its user's home there, never expanded here.
        p.database = clean(ini.value(QStringLiteral("collector/database")));
        if (!p.database.startsWith(QLatin1Char('/')) && !p.database.startsWith(QLatin1String("~/")))
            return bad("collector/database",
                ClusterProfile::tr("with host=, the database's path on that machine, from / or ~/"));
    }
    p.viewers = clean(ini.value(QStringLiteral("collector/viewers")));
    if (p.viewers.contains(QRegularExpression(QStringLiteral("[\\s:,]|\\x0"))))
        return bad("collector/viewers", ClusterProfile::tr("must be one group's name"));
    // A folder on the nodes, not on this machine: not expanded against the profile's folder.
    p.criuImages = clean(ini.value(QStringLiteral("linux/images")));
    if (!p.criuImages.isEmpty() && (!p.criuImages.startsWith(QLatin1Char('/')) || p.criuImages.contains(QChar(0))))
        return bad("linux/images", ClusterProfile::tr("must be an absolute folder on the nodes"));
    if (!(why = intValue("linux/migrate_timeout", 600, 5, 86400, &seconds)).isEmpty())
        return bad("linux/migrate_timeout", why);
    p.migrateTimeoutMs = seconds * 1000;
    const QString live = clean(ini.value(QStringLiteral("linux/live"), QStringLiteral("true"))).toLower();
    p.liveMigration = !(live == QLatin1String("false") || live == QLatin1String("no") || live == QLatin1String("0"));
    p.warnings = unknownKeys(path);
    return p;
}

QStringList ClusterProfile::expandHostList(const QString& text, QString* error)
{
    error->clear();
    QStringList out;
    // Split at commas and spaces outside brackets: "n[1,3] m" is two items, "n[1,3]" one.
    QStringList items;
    QString item;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            --depth;
        if (depth < 0 || depth > 1) {
            *error = ClusterProfile::tr("unbalanced brackets in '%1'").arg(text.left(60));
            return {};
        }
        if (depth == 0 && (c == QLatin1Char(',') || c.isSpace())) {
            if (!item.isEmpty())
                items << item;
            item.clear();
        } else {
            item += c;
        }
    }
    if (depth != 0) {
        *error = ClusterProfile::tr("unbalanced brackets in '%1'").arg(text.left(60));
        return {};
    }
    if (!item.isEmpty())
        items << item;
    static const QRegularExpression range(QStringLiteral("^(.*?)\\[([0-9,-]+)\\](.*)$"));
    constexpr int kMax = limits::kMaxNode;
    // One bracket per pass, left to right: "r[1-2]n[1-2]" gives four hosts.
    QStringList pending = items;
    while (!pending.isEmpty()) {
        const QString h = pending.takeFirst();
        if (!h.contains(QLatin1Char('['))) {
            out << h;
            if (out.size() > kMax) {
                *error = ClusterProfile::tr("more than %1 nodes").arg(kMax);
                return {};
            }
            continue;
        }
        const QRegularExpressionMatch m = range.match(h);
        if (!m.hasMatch()) {
            *error = ClusterProfile::tr("'%1' is not a host range (like node[01-16])").arg(h.left(60));
            return {};
        }
        QStringList expanded;
        for (const QString& part : m.captured(2).split(QLatin1Char(','))) {
            const QStringList ends = part.split(QLatin1Char('-'));
            bool ok1 = false, ok2 = true;
            const int a = ends.value(0).toInt(&ok1);
            const int b = ends.size() == 2 ? ends[1].toInt(&ok2) : a;
            if (ends.size() > 2 || !ok1 || !ok2 || b < a || b - a > kMax) {
                *error = ClusterProfile::tr("'%1' is not a range of numbers").arg(part.left(40));
                return {};
            }
            const int width = ends.value(0).size(); // node[01-16]: two digits
            for (int i = a; i <= b; ++i) {
                expanded << m.captured(1) + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')) + m.captured(3);
                if (expanded.size() + out.size() > kMax) {
                    *error = ClusterProfile::tr("more than %1 nodes").arg(kMax);
                    return {};
                }
            }
        }
        pending = expanded + pending;
    }
    return out;
}

QString ClusterProfile::databasePath() const
{
    if (!database.isEmpty())
        return database;
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QStringLiteral("cluster"));
    // Not AppDataLocation: every program of the suite has its own name but must find the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/openmosixview/")
        + safe + QStringLiteral(".db");
}

bool ClusterProfile::save(const QString& path, QString* error) const
{
    QString text;
    // A value the INI reader would cut (';' starts a comment) or split is refused, not mangled.
    auto put = [&](const char* key, const QString& value) {
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('"'))
            || value.contains(QLatin1Char('\\'))) {
            *error = ClusterProfile::tr("%1: a value may not contain ; \" \\ or a line break").arg(QLatin1String(key));
            return false;
        }
        if (!value.isEmpty())
            text += QLatin1String(key) + QLatin1Char('=') + value + QLatin1Char('\n');
        return true;
    };
    auto number = [](int v, int def) { return v == def ? QString() : QString::number(v); };
    text += QStringLiteral("[cluster]\n");
    if (!put("name", name) || !put("backend", autoBackend ? QStringLiteral("auto") : backendName(backend))
        || !put("transport", transport == TransportKind::Local ? QStringLiteral("local") : QString())
        || !put("gateway", gateway) || !put("map", mapFile) || !put("nodes", nodes.join(QStringLiteral(" "))))
        return false;
    text += QStringLiteral("\n[ssh]\n");
    if (!put("user", sshUser) || !put("identity", sshIdentity) || !put("known_hosts", sshKnownHosts)
        || !put("config", sshConfig) || !put("port", sshPort ? QString::number(sshPort) : QString())
        || !put("agent", sshAgent ? QString() : QStringLiteral("false"))
        || !put("connect_timeout", number(connectTimeoutMs / 1000, 5))
        || !put("command_timeout", number(commandTimeoutMs / 1000, 10)) || !put("parallel", number(parallel, 16)))
        return false;
    if (!database.isEmpty() || !viewers.isEmpty() || !collectorHost.isEmpty()) {
        text += QStringLiteral("\n[collector]\n");
        if (!put("host", collectorHost) || !put("user", collectorUser) || !put("program", collectorProgram)
            || !put("database", database) || !put("viewers", viewers))
            return false;
    }
    if (!criuImages.isEmpty() || migrateTimeoutMs != 600000 || !liveMigration) {
        text += QStringLiteral("\n[linux]\n");
        if (!put("images", criuImages) || !put("migrate_timeout", number(migrateTimeoutMs / 1000, 600))
            || !put("live", liveMigration ? QString() : QStringLiteral("false")))
            return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(text.toUtf8()) < 0 || !f.commit()) {
        *error = ClusterProfile::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString ClusterProfile::savedProfilesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/openmosixview/clusters");
}

QString ClusterProfile::findSaved(const QString& name, QString* error)
{
    const QDir dir(savedProfilesDir());
    QStringList names;
    for (const QFileInfo& fi : dir.entryInfoList({ QStringLiteral("*.ini") }, QDir::Files, QDir::Name)) {
        const Result<ClusterProfile> p = load(fi.absoluteFilePath());
        const QString shown = p.ok() ? p->name : fi.completeBaseName();
        if (shown == name || fi.completeBaseName() == name)
            return fi.absoluteFilePath();
        names << shown;
    }
    *error = names.isEmpty() ? tr("no cluster called %1: no profile is saved in %2").arg(name, dir.path())
                             : tr("no cluster called %1 (saved: %2)").arg(name, names.join(QStringLiteral(", ")));
    return QString();
}

} // namespace omv
