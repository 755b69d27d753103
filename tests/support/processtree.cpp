#include "processtree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace omv::test
{

QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString& tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks + QLatin1Char('/') + tid + QStringLiteral("/children"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& c : f.readAll().simplified().split(' '))
            if (!c.isEmpty())
                out << c.toLongLong();
    }
    return out;
}

QStringList commandLineOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList args;
    for (const QByteArray& a : f.readAll().split('\0'))
        if (!a.isEmpty())
            args << QString::fromLocal8Bit(a);
    return args;
}

bool running(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = f.readAll();
    const int close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) != "Z";
}

bool mounted(const QString& path)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && QString::fromLocal8Bit(fields[4]) == path)
            return true;
    }
    return false;
}

QList<qint64> waitNotingChildren(QProcess& program, int timeoutMs, bool* finished)
{
    QList<qint64> seen;
    QElapsedTimer waited;
    waited.start();
    *finished = false;
    while (waited.elapsed() < timeoutMs) {
        for (qint64 c : childrenOf(program.processId()))
            if (!seen.contains(c))
                seen << c;
        if (program.waitForFinished(20)) {
            *finished = true;
            break;
        }
    }
    return seen;
}

} // namespace omv::test
