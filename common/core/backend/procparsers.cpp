#include "procparsers.h"

#include <QList>

#include "../util/textscan.h"

#include <climits>
#include <cstring>

namespace omv
{

static QString shown(const QByteArray& text)
{
    // Error messages quote node-supplied text; keep them short and printable.
    QString s = QString::fromUtf8(text.left(40));
    for (QChar& c : s) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return QLatin1Char('\'') + s + (text.size() > 40 ? QLatin1String("...'") : QLatin1String("'"));
}

static int leadingPid(const QByteArray& path, int* slash)
{
    int i = 0;
    int pid = 0;
    while (i < path.size() && path.at(i) >= '0' && path.at(i) <= '9') {
        if (pid > 100000000)
            return -1;
        pid = pid * 10 + (path.at(i) - '0');
        ++i;
    }
    if (i == 0 || i >= path.size() || path.at(i) != '/')
        return -1;
    *slash = i;
    return pid;
}

GrepReport parseGrepReport(const QByteArray& output)
{
    GrepReport report;
    int lineNo = 0;
    int start = 0;
    const char* data = output.constData();
    const int n = output.size();
    QHash<QByteArray, QByteArray>* lastTarget = nullptr; // grep prints a file's lines together
    int lastPid = -1;
    while (start < n) {
        const char* nl = static_cast<const char*>(memchr(data + start, '\n', size_t(n - start)));
        const int end = nl ? int(nl - data) : n;
        ++lineNo;
        const int lineStart = start;
        start = end + 1;
        const char* colonPtr = static_cast<const char*>(memchr(data + lineStart, ':', size_t(end - lineStart)));
        const int colon = colonPtr ? int(colonPtr - data) : -1;
        if (colon <= lineStart) {
            if (end > lineStart)
                report.problems << parseError(
                    QStringLiteral("node report"), lineNo, QStringLiteral("no file name in line"))
                                       .toString();
            continue;
        }
        const QByteArray path = QByteArray::fromRawData(data + lineStart, colon - lineStart);
        if (path == "passwd") {
            const QList<QByteArray> f = QByteArray(data + colon + 1, end - colon - 1).split(':');
            bool ok = false;
            const int uid = f.size() > 2 ? f.at(2).toInt(&ok) : -1;
            if (ok && !f.at(0).isEmpty())
                report.users.insert(uid, QString::fromUtf8(f.at(0)));
            continue;
        }
        QHash<QByteArray, QByteArray>* target = &report.files;
        int keyStart = lineStart;
        int slash = 0;
        const int pid = leadingPid(path, &slash);
        if (pid > 0) {
            if (pid != lastPid || !lastTarget) {
                lastTarget = &report.pids[pid];
                lastPid = pid;
            }
            target = lastTarget;
            keyStart = lineStart + slash + 1;
        }
        const QByteArray key = QByteArray::fromRawData(data + keyStart, colon - keyStart);
        auto it = target->find(key);
        if (it == target->end()) {
            target->insert(
                QByteArray(data + keyStart, colon - keyStart), QByteArray(data + colon + 1, end - colon - 1));
        } else {
            it.value() += '\n';
            it.value().append(data + colon + 1, end - colon - 1);
        }
    }
    return report;
}

Result<ProcStat> parseProcStat(const QByteArray& text, const QString& fileName)
{
    const int open = text.indexOf('(');
    const int close = text.lastIndexOf(')');
    if (open <= 0 || close < open)
        return parseError(fileName, 1, QStringLiteral("no command name in parentheses"));
    ProcStat st;
    qint64 pid = 0;
    if (!parseDecimal(text.constData(), open, &pid) || pid <= 0 || pid > INT_MAX)
        return parseError(fileName, 1, QStringLiteral("bad pid %1").arg(shown(text.left(open))));
    st.pid = int(pid);
    st.comm = QString::fromUtf8(text.constData() + open + 1, close - open - 1);
    // Fields after the name, split in place: f[0] is field 3 (state) of proc(5); field k is f[k - 3].
    const char* p = text.constData() + close + 1;
    const char* const e = text.constData() + text.size();
    const char* tok[24];
    int len[24];
    int count = 0;
    while (p < e && count < 24) {
        while (p < e && (*p == ' ' || *p == '\n' || *p == '\t'))
            ++p;
        if (p >= e)
            break;
        const char* b = p;
        while (p < e && *p != ' ' && *p != '\n' && *p != '\t')
            ++p;
        tok[count] = b;
        len[count] = int(p - b);
        ++count;
    }
    if (count < 22)
        return parseError(fileName, 1, QStringLiteral("only %1 fields after the command name, need 22").arg(count));
    if (len[0] != 1)
        return parseError(fileName, 1, QStringLiteral("bad state %1").arg(shown(QByteArray(tok[0], len[0]))));
    st.state = QLatin1Char(tok[0][0]);
    auto num = [&](int field, qint64* out) { return parseDecimal(tok[field - 3], len[field - 3], out); };
    qint64 ppid = 0, nice = 0;
    if (!num(4, &ppid) || !num(14, &st.utime) || !num(15, &st.stime) || !num(19, &nice) || !num(22, &st.startTime)
        || !num(23, &st.vsize) || !num(24, &st.rssPages))
        return parseError(fileName, 1, QStringLiteral("a numeric field is not a number"));
    st.ppid = int(ppid);
    st.nice = int(nice);
    return st;
}

QStringList parseCmdline(const QByteArray& text)
{
    QStringList argv;
    if (text.isEmpty())
        return argv;
    QByteArray t = text;
    if (t.endsWith('\0'))
        t.chop(1);
    const QList<QByteArray> parts = t.split('\0');
    argv.reserve(parts.size());
    for (const QByteArray& p : parts)
        argv << QString::fromUtf8(p);
    return argv;
}

Result<ProcStatus> parseProcStatus(const QByteArray& text, const QString& fileName)
{
    ProcStatus st;
    int lineNo = 0;
    const char* p = text.constData();
    const char* const e = p + text.size();
    while (p < e) {
        const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(e - p)));
        const char* end = nl ? nl : e;
        ++lineNo;
        // The first number after the tag: Uid's real uid, VmRSS's kB.
        auto first = [&](int tagLen, qint64* out) {
            const char* q = p + tagLen;
            while (q < end && (*q == ' ' || *q == '\t'))
                ++q;
            const char* b = q;
            while (q < end && *q != ' ' && *q != '\t')
                ++q;
            return parseDecimal(b, int(q - b), out) && *out >= 0;
        };
        qint64 v = 0;
        if (end - p >= 4 && memcmp(p, "Uid:", 4) == 0) {
            if (!first(4, &v) || v > INT_MAX)
                return parseError(fileName, lineNo, QStringLiteral("bad Uid line"));
            st.uid = int(v);
        } else if (end - p >= 6 && memcmp(p, "VmRSS:", 6) == 0) {
            if (!first(6, &v))
                return parseError(fileName, lineNo, QStringLiteral("bad VmRSS line"));
            st.rssBytes = v * 1024;
        }
        p = end + 1;
    }
    return st;
}

Result<LoadAvg> parseLoadAvg(const QByteArray& text, const QString& fileName)
{
    const QList<QByteArray> f = text.simplified().split(' ');
    if (f.size() < 4)
        return parseError(fileName, 1, QStringLiteral("expected at least 4 fields, got %1").arg(shown(text)));
    LoadAvg la;
    bool ok1 = false, ok2 = false, ok3 = false;
    la.one = f.at(0).toDouble(&ok1);
    la.five = f.at(1).toDouble(&ok2);
    la.fifteen = f.at(2).toDouble(&ok3);
    const QList<QByteArray> rt = f.at(3).split('/');
    bool ok4 = rt.size() == 2, ok5 = false;
    if (ok4) {
        la.running = rt.at(0).toInt(&ok4);
        la.total = rt.at(1).toInt(&ok5);
    }
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5)
        return parseError(fileName, 1, QStringLiteral("not a load average: %1").arg(shown(text)));
    return la;
}

Result<CpuTimes> parseCpuTimes(const QByteArray& text, const QString& fileName)
{
    // Scanned in place: a collector reads these lines of every node every second.
    CpuTimes t;
    bool sum = false;
    int lineNo = 0;
    const char* data = text.constData();
    const int n = text.size();
    for (int start = 0; start < n;) {
        const char* nl = static_cast<const char*>(memchr(data + start, '\n', size_t(n - start)));
        const int end = nl ? int(nl - data) : n;
        const char* line = data + start;
        const int len = end - start;
        start = end + 1;
        ++lineNo;
        int i = 0;
        while (i < len && line[i] == ' ')
            ++i;
        if (len - i < 3 || memcmp(line + i, "cpu", 3) != 0)
            continue;
        i += 3;
        if (i < len && line[i] != ' ' && line[i] != '\t') { // cpu0, cpu1, ...: one per CPU online
            int d = i;
            while (d < len && line[d] >= '0' && line[d] <= '9')
                ++d;
            if (d == i || (d < len && line[d] != ' ' && line[d] != '\t'))
                return parseError(
                    fileName, lineNo, QStringLiteral("not a CPU line: %1").arg(shown(QByteArray(line, len))));
            ++t.cpus;
            continue;
        }
        // user nice system idle [iowait irq softirq steal ...]: at least four (kernels before 2.6)
        qint64 v[8] = {};
        int fields = 0;
        while (i < len) {
            while (i < len && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i == len)
                break;
            int e = i;
            while (e < len && line[e] != ' ' && line[e] != '\t')
                ++e;
            qint64 x = 0;
            if (!parseDecimal(line + i, e - i, &x) || x < 0)
                return parseError(
                    fileName, lineNo, QStringLiteral("not a number of ticks: %1").arg(shown(QByteArray(line, len))));
            if (fields < 8)
                v[fields] = x; // guest and guest_nice are counted in user already
            ++fields;
            i = e;
        }
        if (fields < 4)
            return parseError(
                fileName, lineNo, QStringLiteral("expected at least 4 times: %1").arg(shown(QByteArray(line, len))));
        t.total = 0;
        for (qint64 x : v)
            t.total += x;
        t.idle = v[3] + v[4];
        sum = true;
    }
    if (!sum)
        return parseError(fileName, 1, QStringLiteral("no 'cpu' line: %1").arg(shown(text)));
    return t;
}

Result<MemInfo> parseMemInfo(const QByteArray& text, const QString& fileName)
{
    MemInfo mi;
    int lineNo = 0;
    for (const QByteArray& line : text.split('\n')) {
        ++lineNo;
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray key = line.left(colon);
        qint64* target = key == "MemTotal" ? &mi.totalBytes
            : key == "MemFree"             ? &mi.freeBytes
            : key == "MemAvailable"        ? &mi.availableBytes
                                           : nullptr;
        if (!target)
            continue;
        const QList<QByteArray> f = line.mid(colon + 1).simplified().split(' ');
        bool ok = false;
        const qint64 v = f.value(0).toLongLong(&ok);
        if (!ok || v < 0)
            return parseError(fileName, lineNo, QStringLiteral("bad %1 value").arg(QString::fromLatin1(key)));
        *target = f.value(1) == "kB" ? v * 1024 : v;
    }
    if (mi.totalBytes < 0)
        return parseError(fileName, 0, QStringLiteral("no MemTotal line"));
    return mi;
}

QHash<int, QString> parsePasswd(const QByteArray& text)
{
    QHash<int, QString> users;
    for (const QByteArray& line : text.split('\n')) {
        const QList<QByteArray> f = line.split(':');
        bool ok = false;
        const int uid = f.size() > 2 ? f.at(2).toInt(&ok) : -1;
        if (ok && !f.at(0).isEmpty())
            users.insert(uid, QString::fromUtf8(f.at(0)));
    }
    return users;
}

Result<qint64> parseIntFile(const QByteArray& text, const QString& fileName)
{
    int b = 0, e = text.size();
    const char* d = text.constData();
    while (b < e && (d[b] == ' ' || d[b] == '\t' || d[b] == '\n' || d[b] == '\r'))
        ++b;
    while (e > b && (d[e - 1] == ' ' || d[e - 1] == '\t' || d[e - 1] == '\n' || d[e - 1] == '\r'))
        --e;
    if (b == e)
        return parseError(fileName, 1, QStringLiteral("empty"));
    qint64 v = 0;
    if (!parseDecimal(d + b, e - b, &v))
        return parseError(fileName, 1, QStringLiteral("expected an integer, got %1").arg(shown(text.mid(b, e - b))));
    return v;
}

} // namespace omv
