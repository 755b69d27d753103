#include "mattxparsers.h"

#include "../../util/textscan.h"

#include <QHostAddress>
#include <QList>

#include <climits>
#include <cstring>

namespace omv
{

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

namespace
{

// Whitespace-separated tokens of one line, without copying.
int tokenize(const char* p, int len, const char** tok, int* tokLen, int max)
{
    int n = 0;
    int i = 0;
    while (i < len && n < max) {
        while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'))
            ++i;
        if (i >= len)
            break;
        const int start = i;
        while (i < len && p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
            ++i;
        tok[n] = p + start;
        tokLen[n] = i - start;
        ++n;
    }
    return n;
}

} // namespace

Result<MattxNodeTable> parseMattxNodes(const QByteArray& text, const QString& fileName)
{
    MattxNodeTable table;
    enum class Part { Title, Table, Settings } part = Part::Title;
    int dashes = 0;
    int lineNo = 0;
    bool sawTitle = false;
    const char* data = text.constData();
    const int size = text.size();
    int pos = 0;
    while (pos < size) {
        const char* nl = static_cast<const char*>(memchr(data + pos, '\n', size_t(size - pos)));
        const int end = nl ? int(nl - data) : size;
        const char* line = data + pos;
        int len = end - pos;
        pos = end + 1;
        ++lineNo;
        while (len > 0 && (*line == ' ' || *line == '\t')) {
            ++line;
            --len;
        }
        while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r'))
            --len;
        const QByteArray s = QByteArray::fromRawData(line, len);
        if (len == 0) {
            if (part == Part::Table)
                part = Part::Settings;
            continue;
        }
        if (s.startsWith("MattX Cluster Nodes")) {
            sawTitle = true;
            continue;
        }
        if (s.startsWith("---")) {
            if (++dashes >= 2)
                part = Part::Table;
            continue;
        }
        if (s.startsWith("Node ID"))
            continue;
        const bool startsWithDigit = line[0] >= '0' && line[0] <= '9';
        const int colon = startsWithDigit ? -1 : s.indexOf(':');
        if (part == Part::Table && colon < 0) {
            const char* tok[8];
            int tokLen[8];
            int n = tokenize(line, len, tok, tokLen, 8);
            MattxNode node;
            qint64 id = 0;
            if (n < 1 || !parseDecimal(tok[0], tokLen[0], &id) || id <= 0 || id > INT_MAX)
                return parseError(fileName, lineNo, QStringLiteral("bad node ID"));
            node.id = NodeId(id);
            int k = 1;
            if (n > 1 && QByteArray::fromRawData(tok[1], tokLen[1]) == "(Local)") {
                node.local = true;
                ++k;
            }
            if (n - k != 4)
                return parseError(fileName, lineNo,
                    QStringLiteral("expected 'ID [(Local)] IP load affinity memfree', got %1 columns").arg(n));
            const QString address = QString::fromLatin1(tok[k], tokLen[k]);
            if (!isDottedQuad(tok[k], tokLen[k])) {
                QHostAddress ip; // IPv6, or nothing valid
                if (!address.contains(QLatin1Char(':')) || !ip.setAddress(address))
                    return parseError(fileName, lineNo, QStringLiteral("bad IP address"));
                node.address = ip.toString();
            } else {
                node.address = address;
            }
            if (!parseDecimal(tok[k + 1], tokLen[k + 1], &node.load)
                || !parseDecimal(tok[k + 2], tokLen[k + 2], &node.affinity)
                || !parseDecimal(tok[k + 3], tokLen[k + 3], &node.memFreeMB) || node.load < 0 || node.affinity < 0
                || node.memFreeMB < 0)
                return parseError(fileName, lineNo, QStringLiteral("load, affinity and free memory must be numbers"));
            table.nodes << node;
            continue;
        }
        if (colon > 0) {
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
                    return parseError(fileName, lineNo, QStringLiteral("bad Node Affinity"));
            } else if (key == "Migration Excludes")
                table.excludes = commaList(value);
            else if (key == "Migration Includes")
                table.includes = commaList(value);
            // Other settings lines: a newer module may add them; they are not ours to reject.
            continue;
        }
        if (part == Part::Settings)
            continue; // trailing text after the settings
        return parseError(fileName, lineNo, QStringLiteral("unexpected line before the node table"));
    }
    if (!sawTitle)
        return parseError(fileName, 1, QStringLiteral("not a MattX node table (no 'MattX Cluster Nodes' title)"));
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
            return parseError(fileName, lineNo, QStringLiteral("expected '<pid>:<node ID>'"));
        out.insert(pid, node);
    }
    return out;
}

} // namespace omv
