#include "procparsers.h"

#include <QList>

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
    const int n = output.size();
    while (start < n) {
        int end = output.indexOf('\n', start);
        if (end < 0)
            end = n;
        ++lineNo;
        const QByteArray line = output.mid(start, end - start);
        start = end + 1;
        const int colon = line.indexOf(':');
        if (colon <= 0) {
            if (!line.isEmpty())
                report.problems << parseError(
                    QStringLiteral("node report"), lineNo, QStringLiteral("no file name in line"))
                                       .toString();
            continue;
        }
        const QByteArray path = line.left(colon);
        const QByteArray content = line.mid(colon + 1);
        if (path == "passwd") {
            const QList<QByteArray> f = content.split(':');
            bool ok = false;
            const int uid = f.size() > 2 ? f.at(2).toInt(&ok) : -1;
            if (ok && !f.at(0).isEmpty())
                report.users.insert(uid, QString::fromUtf8(f.at(0)));
            continue;
        }
        QHash<QByteArray, QByteArray>* target = &report.files;
        QByteArray key = path;
        int slash = 0;
        const int pid = leadingPid(path, &slash);
        if (pid > 0) {
            target = &report.pids[pid];
            key = path.mid(slash + 1);
        }
        auto it = target->find(key);
        if (it == target->end())
            target->insert(key, content);
        else
            it.value() += '\n' + content;
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
    bool ok = false;
    st.pid = text.left(open).trimmed().toInt(&ok);
    if (!ok || st.pid <= 0)
        return parseError(fileName, 1, QStringLiteral("bad pid %1").arg(shown(text.left(open))));
    st.comm = QString::fromUtf8(text.mid(open + 1, close - open - 1));
    const QList<QByteArray> f = text.mid(close + 1).simplified().split(' ');
    // f[0] is field 3 (state) of proc(5); field k is f[k - 3].
    if (f.size() < 22)
        return parseError(fileName, 1, QStringLiteral("only %1 fields after the command name, need 22").arg(f.size()));
    if (f.at(0).size() != 1)
        return parseError(fileName, 1, QStringLiteral("bad state %1").arg(shown(f.at(0))));
    st.state = QLatin1Char(f.at(0).at(0));
    auto num = [&](int field, qint64* out) {
        bool good = false;
        *out = f.at(field - 3).toLongLong(&good);
        return good;
    };
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
    for (const QByteArray& line : text.split('\n')) {
        ++lineNo;
        if (line.startsWith("Uid:")) {
            const QList<QByteArray> f = line.mid(4).simplified().split(' ');
            bool ok = false;
            st.uid = f.value(0).toInt(&ok);
            if (!ok || st.uid < 0)
                return parseError(fileName, lineNo, QStringLiteral("bad Uid line"));
        } else if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> f = line.mid(6).simplified().split(' ');
            bool ok = false;
            const qint64 kb = f.value(0).toLongLong(&ok);
            if (!ok || kb < 0)
                return parseError(fileName, lineNo, QStringLiteral("bad VmRSS line"));
            st.rssBytes = kb * 1024;
        }
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
    const QByteArray t = text.trimmed();
    if (t.isEmpty())
        return parseError(fileName, 1, QStringLiteral("empty"));
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok)
        return parseError(fileName, 1, QStringLiteral("expected an integer, got %1").arg(shown(t)));
    return v;
}

} // namespace omv
