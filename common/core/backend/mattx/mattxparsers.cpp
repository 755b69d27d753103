#include "mattxparsers.h"

#include <QHostAddress>
#include <QList>

namespace omv {

static ParseError err(const QString& file, int line, const QString& message)
{
    return ParseError { file, line, message };
}

const MattxNode* MattxNodeTable::local() const
{
    for (const MattxNode& n : nodes) {
        if (n.local)
            return &n;
    }
    return nullptr;
}

static std::optional<bool> yesNo(const QByteArray& v)
{
    const QByteArray u = v.trimmed().toUpper();
    if (u == "YES" || u == "ON" || u == "1")
        return true;
    if (u == "NO" || u == "OFF" || u == "0")
        return false;
    return std::nullopt;
}

static QStringList commaList(const QByteArray& v)
{
    QStringList out;
    for (const QByteArray& p : v.split(',')) {
        const QByteArray t = p.trimmed();
        if (!t.isEmpty())
            out << QString::fromUtf8(t);
    }
    return out;
}

Result<MattxNodeTable> parseMattxNodes(const QByteArray& text, const QString& fileName)
{
    MattxNodeTable table;
    enum class Part { Title, Table, Settings } part = Part::Title;
    int dashes = 0;
    int lineNo = 0;
    bool sawTitle = false;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNo;
        const QByteArray s = raw.simplified();
        if (s.startsWith("MattX Cluster Nodes")) {
            sawTitle = true;
            continue;
        }
        if (s.startsWith("---")) {
            ++dashes;
            if (dashes >= 2)
                part = Part::Table;
            continue;
        }
        if (s.startsWith("Node ID"))
            continue;
        if (s.isEmpty()) {
            if (part == Part::Table)
                part = Part::Settings;
            continue;
        }
        const int colon = s.indexOf(':');
        const bool isSetting = colon > 0 && !(s.at(0) >= '0' && s.at(0) <= '9');
        if (part == Part::Table && !isSetting) {
            QList<QByteArray> f = s.split(' ');
            MattxNode n;
            bool ok = false;
            n.id = f.value(0).toInt(&ok);
            if (!ok || n.id <= 0)
                return err(fileName, lineNo, QStringLiteral("bad node ID"));
            f.removeFirst();
            if (!f.isEmpty() && f.first() == "(Local)") {
                n.local = true;
                f.removeFirst();
            }
            if (f.size() != 4)
                return err(fileName, lineNo,
                           QStringLiteral("expected 'ID [(Local)] IP load affinity memfree', got %1 columns")
                               .arg(f.size() + 1 + (n.local ? 1 : 0)));
            QHostAddress ip;
            if (!ip.setAddress(QString::fromLatin1(f.at(0))))
                return err(fileName, lineNo, QStringLiteral("bad IP address"));
            n.address = ip.toString();
            bool ok1 = false, ok2 = false, ok3 = false;
            n.load = f.at(1).toLongLong(&ok1);
            n.affinity = f.at(2).toLongLong(&ok2);
            n.memFreeMB = f.at(3).toLongLong(&ok3);
            if (!ok1 || !ok2 || !ok3 || n.load < 0 || n.affinity < 0 || n.memFreeMB < 0)
                return err(fileName, lineNo, QStringLiteral("load, affinity and free memory must be numbers"));
            table.nodes << n;
            continue;
        }
        if (isSetting) {
            part = Part::Settings;
            const QByteArray key = s.left(colon).trimmed();
            const QByteArray value = s.mid(colon + 1).trimmed();
            if (key == "Balancer Enabled")
                table.balancer = yesNo(value);
            else if (key == "MattXFS Enabled")
                table.mattxfs = yesNo(value);
            else if (key == "Debug Mode")
                table.debug = yesNo(value);
            else if (key == "Node Affinity") {
                bool ok = false;
                table.affinitySetting = value.split(' ').value(0).toLongLong(&ok);
                if (!ok)
                    return err(fileName, lineNo, QStringLiteral("bad Node Affinity"));
            } else if (key == "Migration Excludes")
                table.excludes = commaList(value);
            else if (key == "Migration Includes")
                table.includes = commaList(value);
            // Other settings lines: a newer module may add them; they are not ours to reject.
            continue;
        }
        if (part == Part::Settings)
            continue; // trailing text after the settings
        return err(fileName, lineNo, QStringLiteral("unexpected line before the node table"));
    }
    if (!sawTitle)
        return err(fileName, 1, QStringLiteral("not a MattX node table (no 'MattX Cluster Nodes' title)"));
    return table;
}

Result<QHash<int, NodeId>> parseMattxPidNodeList(const QByteArray& text, const QString& fileName)
{
    QHash<int, NodeId> out;
    int lineNo = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNo;
        const QByteArray s = raw.trimmed();
        if (s.isEmpty())
            continue;
        const QList<QByteArray> f = s.split(':');
        bool ok1 = false, ok2 = false;
        const int pid = f.size() == 2 ? f.at(0).trimmed().toInt(&ok1) : 0;
        const int node = f.size() == 2 ? f.at(1).trimmed().toInt(&ok2) : 0;
        if (!ok1 || !ok2 || pid <= 0 || node <= 0)
            return err(fileName, lineNo, QStringLiteral("expected '<pid>:<node ID>'"));
        out.insert(pid, node);
    }
    return out;
}

} // namespace omv
