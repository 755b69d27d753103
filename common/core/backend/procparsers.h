#pragma once

#include "../model/nodesample.h"
#include "../util/result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

namespace omv
{

/// What `grep -aH '' FILES...` printed on a node, split per file. Each output line is
/// `path:content`; a file's lines are joined again with '\n'. Because grep itself writes the path
/// in front of every line, text inside a file (a hostile command line with newlines, say) can
/// never pose as another file.
struct GrepReport {
    /// Files that belong to no process (hpc/admin/block, mattx/guests, loadavg, ...), by path.
    QHash<QByteArray, QByteArray> files;
    /// Per-process files, by pid, then by the path below the pid directory ("stat", "om/where").
    QMap<int, QHash<QByteArray, QByteArray>> pids;
    /// uid -> user name, from `passwd:` lines (getent passwd output prefixed by the command).
    QHash<int, QString> users;
    QStringList problems;

    QByteArray file(const char* path) const { return files.value(QByteArray(path)); }
    bool has(const char* path) const { return files.contains(QByteArray(path)); }
};

/// Splits grep -H output. Never fails: lines without a path are reported in `problems`.
GrepReport parseGrepReport(const QByteArray& output);

/// Fields of /proc/<pid>/stat the suite uses.
struct ProcStat {
    int pid = 0;
    QString comm;
    QChar state;
    int ppid = 0;
    qint64 utime = 0;
    qint64 stime = 0;
    int nice = 0;
    qint64 startTime = 0;
    qint64 vsize = 0;
    qint64 rssPages = 0;
};

/// Parses /proc/<pid>/stat. The command name may hold spaces and ')' — it ends at the last ')'.
Result<ProcStat> parseProcStat(const QByteArray& text, const QString& fileName);
/// Splits /proc/<pid>/cmdline at NUL bytes; a trailing NUL does not make an empty argument.
QStringList parseCmdline(const QByteArray& text);
/// Real uid and VmRSS (bytes) from /proc/<pid>/status lines; -1 when absent.
struct ProcStatus {
    int uid = -1;
    qint64 rssBytes = -1;
};
Result<ProcStatus> parseProcStatus(const QByteArray& text, const QString& fileName);

struct LoadAvg {
    double one = 0, five = 0, fifteen = 0;
    int running = 0, total = 0;
};
Result<LoadAvg> parseLoadAvg(const QByteArray& text, const QString& fileName);

/// The "cpu" lines of /proc/stat: time spent in every state summed over the CPUs (clock ticks:
/// user nice system idle iowait irq softirq steal — guest time is counted in user already) and
/// how many "cpuN" lines there are (the CPUs online).
struct CpuTimes {
    qint64 total = -1; ///< -1: not read (yet)
    qint64 idle = -1; ///< idle + iowait
    int cpus = 0;
};
Result<CpuTimes> parseCpuTimes(const QByteArray& text, const QString& fileName);

struct MemInfo {
    qint64 totalBytes = -1;
    qint64 freeBytes = -1;
    qint64 availableBytes = -1;
};
Result<MemInfo> parseMemInfo(const QByteArray& text, const QString& fileName);

/// `getent passwd` lines -> uid -> name.
QHash<int, QString> parsePasswd(const QByteArray& text);

/// A whole file that must hold one decimal integer and a newline, as the kernel's hpc files do.
/// An empty file is an error with message "empty" (the kernel is updating it).
Result<qint64> parseIntFile(const QByteArray& text, const QString& fileName);

} // namespace omv
