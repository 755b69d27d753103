#include "localtransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <signal.h>
#include <sys/types.h>

namespace omv
{

namespace
{

// Runs `commandLine` with /bin/sh; with `io`, stdout goes to io->output as it comes and stdin
// is fed from io->input.
CommandResult execute(const QProcessEnvironment& extra, const QString& commandLine, int timeoutMs, const StreamIo* io)
{
    QElapsedTimer timer;
    timer.start();
    CommandResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = extra.keys();
    for (const QString& k : keys)
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    // setsid makes the shell lead a process group of its own, so a command that overruns its
    // time is ended together with everything it started.
    p.start(QStringLiteral("setsid"), { QStringLiteral("/bin/sh"), QStringLiteral("-c"), commandLine });
    if (!p.waitForStarted(timeoutMs)) {
        r.status = CommandResult::Status::Failed;
        r.error = LocalTransport::tr("cannot start setsid /bin/sh: %1").arg(p.errorString());
        return r;
    }
    const auto left = [&] { return int(qMax<qint64>(0, timeoutMs - timer.elapsed())); };
    bool stopped = false; // by the caller's input or output
    // Hands what stdout has to io->output; false when the caller wants no more.
    const auto drain = [&] {
        if (!io || !io->output)
            return true;
        const QByteArray chunk = p.readAllStandardOutput();
        return chunk.isEmpty() || io->output(chunk.constData(), chunk.size());
    };
    if (io && io->input) {
        QByteArray buf(256 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = left() > 0 ? io->input(buf.data(), buf.size()) : -1;
            if (n < 0) {
                stopped = true;
                break;
            }
            if (n == 0)
                break;
            p.write(buf.constData(), n);
            // Written before the next chunk is asked for: the input is never held twice.
            while (p.bytesToWrite() > 0 && p.state() == QProcess::Running && left() > 0)
                p.waitForBytesWritten(qMin(left(), 250));
            if (p.state() != QProcess::Running || !drain()) {
                stopped = p.state() == QProcess::Running;
                break;
            }
        }
    }
    p.closeWriteChannel();
    bool finished = p.state() == QProcess::NotRunning;
    while (!stopped && !finished && left() > 0) {
        finished = p.waitForFinished(qMin(left(), io && io->output ? 100 : left()));
        if (!drain())
            stopped = true;
    }
    if (!finished) {
        if (p.processId() > 1)
            ::kill(-pid_t(p.processId()), SIGKILL);
        p.kill();
        p.waitForFinished(1000);
        r.status = stopped ? CommandResult::Status::Failed : CommandResult::Status::Timeout;
        r.error = stopped ? LocalTransport::tr("stopped: the other end of the stream gave up")
                          : LocalTransport::tr("command timed out after %1 ms").arg(timeoutMs);
        if (!io || !io->output)
            r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.elapsedMs = timer.elapsed();
        return r;
    }
    if (io && io->output)
        drain();
    else
        r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::CrashExit) {
        r.status = CommandResult::Status::Failed;
        r.error = LocalTransport::tr("the shell was killed");
    } else {
        r.status = CommandResult::Status::Ok;
        r.exitStatus = p.exitCode();
    }
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace

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
    return execute(m_env, commandLine, timeoutMs, nullptr);
}

CommandResult LocalTransport::runStreamed(const QString& commandLine, int timeoutMs, const StreamIo& io)
{
    return execute(m_env, commandLine, timeoutMs, &io);
}

} // namespace omv
