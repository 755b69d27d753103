#pragma once

#include <QProcess>
#include <QString>

namespace omv::test
{

/// What a program a test ran said: its exit code (-1: crashed, or did not finish in time and was
/// killed), its output and its errors.
struct ProgramRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Waits for a started program; one still running after `timeoutMs` is killed.
inline ProgramRun finishProgram(QProcess& p, int timeoutMs)
{
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return ProgramRun { -1, p.readAllStandardOutput(), QStringLiteral("timed out") };
    }
    return ProgramRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

/// Runs a program to its end (stdin closed).
inline ProgramRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    return finishProgram(p, timeoutMs);
}

} // namespace omv::test
