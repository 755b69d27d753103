#include "openmosixparsers.h"

#include "../../util/textscan.h"
#include "../mapfile.h"

#include <QHostAddress>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace omv
{

namespace
{

enum class Field { Load, Speed, Cpus, Mem, Rmem, Tmem, Util, Status, Unknown };

Field fieldOf(const QByteArray& name)
{
    if (name == "load")
        return Field::Load;
    if (name == "speed")
        return Field::Speed;
    if (name == "cpus" || name == "CPUs")
        return Field::Cpus;
    if (name == "mem")
        return Field::Mem;
    if (name == "rmem")
        return Field::Rmem;
    if (name == "tmem")
        return Field::Tmem;
    if (name == "util")
        return Field::Util;
    if (name == "status")
        return Field::Status;
    return Field::Unknown;
}

struct RawNode {
    qint64 v[8] = { -1, -1, -1, -1, -1, -1, -1, -1 };
    bool seen[8] = {};
    bool empty = false;
    QStringList problems;
};

} // namespace

Result<OpenMosixNodeTable> parseOpenMosixNodeTable(const QByteArray& output)
{
    const QString fileName = QStringLiteral("hpc/nodes");
    QMap<NodeId, RawNode> raw;
    RawNode* current = nullptr; // grep prints a node's files together: look the node up once
    qint64 currentId = -1;
    const char* data = output.constData();
    const int n = output.size();
    int start = 0;
    int lineNo = 0;
    while (start < n) {
        const char* nl = static_cast<const char*>(memchr(data + start, '\n', size_t(n - start)));
        const int end = nl ? int(nl - data) : n;
        ++lineNo;
        const char* line = data + start;
        const int len = end - start;
        start = end + 1;
        if (len == 0)
            continue;
        const char* colon = static_cast<const char*>(memchr(line, ':', size_t(len)));
        if (!colon)
            return parseError(fileName, lineNo, QStringLiteral("expected 'ID/field:value'"));
        // Path is ".../<ID>/<field>": take the last two components.
        const int pathLen = int(colon - line);
        int s2 = pathLen - 1;
        while (s2 >= 0 && line[s2] != '/')
            --s2;
        if (s2 <= 0)
            return parseError(fileName, lineNo, QStringLiteral("expected 'ID/field:value'"));
        int s1 = s2 - 1;
        while (s1 >= 0 && line[s1] != '/')
            --s1;
        qint64 id = 0;
        if (!parseDecimal(line + s1 + 1, s2 - s1 - 1, &id) || id <= 0 || id > limits::kMaxNode)
            return parseError(fileName, lineNo,
                QStringLiteral("bad node ID '%1'").arg(QString::fromUtf8(line + s1 + 1, qMin(s2 - s1 - 1, 20))));
        const Field f = fieldOf(QByteArray::fromRawData(line + s2 + 1, pathLen - s2 - 1));
        if (id != currentId) {
            current = &raw[NodeId(id)];
            currentId = id;
        }
        RawNode& node = *current;
        if (f == Field::Unknown)
            continue;
        const char* value = colon + 1;
        const int valueLen = len - pathLen - 1;
        const int fi = int(f);
        qint64 v = 0;
        if (valueLen == 0 || (valueLen == 1 && *value == '\r')) {
            node.empty = true;
            node.seen[fi] = true;
            continue;
        }
        if (!parseDecimal(value, valueLen, &v)) {
            node.problems << parseError(
                QString::number(id) + QLatin1Char('/') + QString::fromUtf8(line + s2 + 1, pathLen - s2 - 1), 1,
                QStringLiteral("expected an integer"))
                                 .toString();
            node.seen[fi] = true;
            continue;
        }
        node.v[fi] = v;
        node.seen[fi] = true;
    }
    if (raw.isEmpty())
        return parseError(fileName, 0, QStringLiteral("no nodes listed"));

    OpenMosixNodeTable table;
    table.nodes.reserve(raw.size());
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const RawNode& r = it.value();
        NodeSample s;
        s.id = it.key();
        s.problems = r.problems;
        const qint64 load = r.v[int(Field::Load)];
        const qint64 cpus = r.v[int(Field::Cpus)];
        const qint64 status = r.v[int(Field::Status)];
        const bool statusKnown = r.seen[int(Field::Status)] && status >= 0;
        s.up = load != openmosix::kDownValue && cpus != openmosix::kDownValue
            && (!statusKnown || (status & openmosix::kStatusUpBit)) && (r.seen[int(Field::Load)] || statusKnown);
        if (s.up) {
            if (r.empty)
                table.transientEmpty = true;
            s.loadRaw = load;
            s.speed = r.v[int(Field::Speed)];
            s.cpus = cpus > 0 ? int(cpus) : -1;
            if (load >= 0 && s.cpus > 0)
                s.loadPercent = double(load) * 100.0 / double(openmosix::kLoadPerCpu * s.cpus);
            const qint64 tmem = r.v[int(Field::Tmem)];
            const qint64 rmem = r.v[int(Field::Rmem)] >= 0 ? r.v[int(Field::Rmem)] : r.v[int(Field::Mem)];
            s.memTotal = tmem >= 0 ? tmem * openmosix::kMemUnitBytes : -1;
            s.memFree = rmem >= 0 ? rmem * openmosix::kMemUnitBytes : -1;
            const qint64 util = r.v[int(Field::Util)];
            s.util = util >= 0 && util <= 100000 ? int(util) : -1;
        }
        table.nodes << s;
    }
    return table;
}

OpenMosixAdmin parseOpenMosixAdmin(const GrepReport& report)
{
    OpenMosixAdmin admin;
    auto flag = [&](const char* name, std::optional<bool>* out) {
        const QByteArray path = QByteArray("hpc/admin/") + name;
        auto it = report.files.constFind(path);
        if (it == report.files.cend())
            return;
        const Result<qint64> v = parseIntFile(it.value(), QString::fromLatin1(path));
        if (v.ok())
            *out = v.value() != 0;
        else
            admin.problems << v.errorString();
    };
    flag("stay", &admin.flags.stay);
    flag("lstay", &admin.flags.lstay);
    flag("block", &admin.flags.block);
    flag("quiet", &admin.flags.quiet);
    flag("expel", &admin.flags.expel);
    flag("bring", &admin.flags.bring);
    flag("nomfs", &admin.flags.nomfs);
    auto number = [&](const char* path, qint64* out) {
        auto it = report.files.constFind(QByteArray(path));
        if (it == report.files.cend())
            return;
        const Result<qint64> v = parseIntFile(it.value(), QString::fromLatin1(path));
        if (v.ok())
            *out = v.value();
        else
            admin.problems << v.errorString();
    };
    number("hpc/admin/speed", &admin.speed);
    qint64 mospe = -1;
    number("hpc/admin/mospe", &mospe);
    admin.mospe = int(mospe);
    return admin;
}

Result<ProcessWhere> parseWhere(const QByteArray& text, const QString& fileName)
{
    const QByteArray t = text.trimmed();
    ProcessWhere w;
    if (t.isEmpty())
        return parseError(fileName, 1, QStringLiteral("empty"));
    if (t == "home")
        return w;
    if (t == "migrating") {
        w.kind = ProcessWhere::Kind::Migrating;
        return w;
    }
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (ok) {
        if (id < 0 || id > limits::kMaxNode)
            return parseError(fileName, 1, QStringLiteral("node ID %1 out of range").arg(id));
        if (id > 0) {
            w.kind = ProcessWhere::Kind::Node;
            w.node = NodeId(id);
        }
        return w;
    }
    QHostAddress addr;
    if (strictIPv4(QString::fromLatin1(t), &addr)) {
        w.kind = ProcessWhere::Kind::Address;
        w.address = addr.toString();
        return w;
    }
    return parseError(fileName, 1, QStringLiteral("expected a node ID, 'home', an IPv4 address or 'migrating'"));
}

Result<RemoteFrom> parseRemoteFrom(const QByteArray& text, const QString& fileName)
{
    const QList<QByteArray> f = text.simplified().split(' ');
    bool ok = false;
    RemoteFrom r;
    r.homeNode = f.value(0).toInt(&ok);
    if (!ok || r.homeNode <= 0 || r.homeNode > limits::kMaxNode)
        return parseError(fileName, 1, QStringLiteral("expected '<home node ID> <address>'"));
    if (f.size() > 1) {
        QHostAddress addr;
        if (!addr.setAddress(QString::fromLatin1(f.at(1))))
            return parseError(fileName, 1, QStringLiteral("bad home address"));
        r.address = addr.toString();
    }
    return r;
}

Result<RemoteIdentity> parseRemoteIdentity(const QByteArray& text, const QString& fileName)
{
    const QList<QByteArray> f = text.simplified().split(' ');
    bool homeOk = false, pidOk = false;
    RemoteIdentity r;
    r.homeNode = f.value(0).toInt(&homeOk);
    r.homePid = f.value(1).toInt(&pidOk);
    if (f.size() != 2 || !homeOk || !pidOk || r.homeNode <= 0 || r.homeNode > limits::kMaxNode || r.homePid <= 0)
        return parseError(fileName, 1, QStringLiteral("expected '<home node ID> <pid at home>'"));
    return r;
}

Result<NodeMap> parseShowmap(const QByteArray& text, const QString& fileName)
{
    NodeMap map;
    int lineNo = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNo;
        const QByteArray s = raw.simplified();
        if (s.isEmpty() || s.startsWith("My Node-Id") || s.startsWith("Base Node-Id") || s.startsWith("----"))
            continue;
        const QList<QByteArray> f = s.split(' ');
        if (f.size() != 3)
            return parseError(fileName, lineNo, QStringLiteral("expected '<hex ID> <address> <count>'"));
        bool ok1 = false, ok2 = false;
        const qint64 id = f.at(0).toLongLong(&ok1, 16);
        const qint64 count = f.at(2).toLongLong(&ok2);
        if (!ok1 || !ok2)
            return parseError(fileName, lineNo, QStringLiteral("bad node ID or count"));
        const ParseError e = addNodeRange(map, id, QString::fromUtf8(f.at(1)), count, fileName, lineNo);
        if (!e.message.isEmpty())
            return e;
    }
    if (map.isEmpty())
        return parseError(fileName, 0, QStringLiteral("no nodes listed"));
    return map;
}

} // namespace omv
