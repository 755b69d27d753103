#include "localtransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <signal.h>
#include <sys/types.h>

namespace omv
{

LocalTransport::LocalTransport(QProcessEnvironment extraEnvironment)
    : m_env(std::move(extraEnvironment))
{
}

QString LocalTransport::describe() const
{
    return QStringLiteral("local");
}

CommandResult LocalTransport::run(const QString& commandLine, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    CommandResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = m_env.keys();
    for (const QString& k : keys)
        env.insert(k, m_env.value(k));
    p.setProcessEnvironment(env);
    // setsid makes the shell lead a process group of its own, so a command that overruns its
    // time is ended together with everything it started.
    p.start(QStringLiteral("setsid"), { QStringLiteral("/bin/sh"), QStringLiteral("-c"), commandLine });
    if (!p.waitForStarted(timeoutMs)) {
        r.status = CommandResult::Status::Failed;
        r.error = QCoreApplication::translate("omv::LocalTransport", "cannot start setsid /bin/sh: %1")
                      .arg(p.errorString());
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        if (p.processId() > 1)
            ::kill(-pid_t(p.processId()), SIGKILL);
        p.kill();
        p.waitForFinished(1000);
        r.status = CommandResult::Status::Timeout;
        r.error = QCoreApplication::translate("omv::LocalTransport", "command timed out after %1 ms").arg(timeoutMs);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.elapsedMs = timer.elapsed();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::CrashExit) {
        r.status = CommandResult::Status::Failed;
        r.error = QCoreApplication::translate("omv::LocalTransport", "the shell was killed");
    } else {
        r.status = CommandResult::Status::Ok;
        r.exitStatus = p.exitCode();
    }
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace omv
