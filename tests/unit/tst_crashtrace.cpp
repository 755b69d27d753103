// installCrashTrace: a program that aborts (glibc's "double free" does) prints where it was, then
// dies of the same signal. The test runs itself with --crash and reads what it printed.
#include "core/util/crashtrace.h"

#include <QProcess>
#include <QtTest>

#include <cstdlib>
#include <cstring>

class TestCrashTrace : public QObject
{
    Q_OBJECT
private slots:
    void anAbortSaysWhere()
    {
        QProcess self;
        self.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--crash") });
        QVERIFY(self.waitForFinished(20000));
        QCOMPARE(self.exitStatus(), QProcess::CrashExit); // the default action after the trace
        const QByteArray err = self.readAllStandardError();
        QVERIFY2(err.contains("*** crashed; the stack"), err.constData());
        // Frames of this program, each with an offset addr2line takes.
        QVERIFY2(err.count("tst_crashtrace(") >= 2, err.constData());
        QVERIFY2(err.contains("(+0x") || err.contains("+0x"), err.constData());
    }
};

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--crash") == 0) {
        omv::installCrashTrace();
        std::abort();
    }
    QCoreApplication app(argc, argv);
    TestCrashTrace t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_crashtrace.moc"
