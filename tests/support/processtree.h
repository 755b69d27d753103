#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

// The processes a test started and their children, read from /proc by pid — never a search of
// the machine's process list (another run may be working beside this one).
namespace omv::test
{

/// The children of `pid` (of each of its threads).
QList<qint64> childrenOf(qint64 pid);
/// `pid`'s command line; empty when it is gone.
QStringList commandLineOf(qint64 pid);
/// Alive and not a zombie waiting for its parent.
bool running(qint64 pid);
/// Whether `path` is a mount point in this mount namespace.
bool mounted(const QString& path);
/// Waits (at most `timeoutMs`) for `program` to end, noting every child it had meanwhile (looked
/// at every 20 ms); false in `*finished` when it did not end in time.
QList<qint64> waitNotingChildren(QProcess& program, int timeoutMs, bool* finished);

} // namespace omv::test
