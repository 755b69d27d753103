#include "mattxparsers.h"

#include <QHostAddress>
#include <QList>

#include <climits>
#include <cstring>

namespace omv
{

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

bool toInt64(const char* p, int len, qint64* out)
{
    if (len <= 0 || len > 18)
        return false;
    qint64 v = 0;
    for (int i = 0; i < len; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return true;
}

bool isDottedQuad(const char* p, int len)
{
    int parts = 0, digits = 0, value = 0;
    for (int i = 0; i <= len; ++i) {
        if (i == len || p[i] == '.') {
            if (digits == 0 || value > 255)
                return false;
            ++parts;
            digits = value = 0;
        } else if (p[i] >= '0' && p[i] <= '9' && digits < 3) {
            value = value * 10 + (p[i] - '0');
            ++digits;
        } else {
            return false;
        }
    }
    return parts == 4;
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
            if (n < 1 || !toInt64(tok[0], tokLen[0], &id) || id <= 0 || id > INT_MAX)
                return err(fileName, lineNo, QStringLiteral("bad node ID"));
            node.id = NodeId(id);
            int k = 1;
            if (n > 1 && QByteArray::fromRawData(tok[1], tokLen[1]) == "(Local)") {
                node.local = true;
                ++k;
            }
            if (n - k != 4)
                return err(fileName, lineNo,
                    QStringLiteral("expected 'ID [(Local)] IP load affinity memfree', got %1 columns").arg(n));
            const QString address = QString::fromLatin1(tok[k], tokLen[k]);
            if (!isDottedQuad(tok[k], tokLen[k])) {
                QHostAddress ip; // IPv6, or nothing valid
                if (!address.contains(QLatin1Char(':')) || !ip.setAddress(address))
                    return err(fileName, lineNo, QStringLiteral("bad IP address"));
                node.address = ip.toString();
            } else {
                node.address = address;
            }
            if (!toInt64(tok[k + 1], tokLen[k + 1], &node.load) || !toInt64(tok[k + 2], tokLen[k + 2], &node.affinity)
                || !toInt64(tok[k + 3], tokLen[k + 3], &node.memFreeMB))
                return err(fileName, lineNo, QStringLiteral("load, affinity and free memory must be numbers"));
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
