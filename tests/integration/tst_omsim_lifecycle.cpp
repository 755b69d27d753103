// omsim as a process: it mounts, refuses a second instance, answers bad writes with the errors a
// kernel gives and keeps running, unmounts on SIGTERM and SIGINT, and says what to do without
// /dev/fuse.
#include "core/demo/democluster.h"
#include "support/testcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using omv::test::TestCluster;

static QString omsimPath()
{
    return TestCluster::buildDir() + QStringLiteral("/sim/omsim");
}

static bool mounted(const QString& root)
{
    QFile mi(QStringLiteral("/proc/self/mountinfo"));
    mi.open(QIODevice::ReadOnly);
    return mi.readAll().contains(QByteArray(" ") + root.toUtf8() + " ");
}

// One write(2) of `data`; returns 0 or errno.
static int writeErrno(const QString& path, const QByteArray& data)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_TRUNC);
    if (fd < 0)
        return errno;
    const ssize_t n = ::write(fd, data.constData(), size_t(data.size()));
    const int err = n < 0 ? errno : 0;
    ::close(fd);
    return err;
}

class TestOmsimLifecycle : public QObject
{
    Q_OBJECT

    // However a test ends (a failed QVERIFY returns early), omsim goes and its mount with it.
    struct Running {
        QTemporaryDir dir;
        QProcess proc;
        QString root() const { return dir.path(); }
        ~Running() { omv::DemoCluster::stopAndUnmount(proc, dir.path(), 3000); }
    };

    bool start(Running& r, const QStringList& extra = {})
    {
        r.proc.setProcessChannelMode(QProcess::SeparateChannels);
        r.proc.start(
            omsimPath(), QStringList { QStringLiteral("--root"), r.root(), QStringLiteral("--manual") } + extra);
        if (!r.proc.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (QFile::exists(r.root() + QStringLiteral("/status")))
                return true;
            if (r.proc.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(20);
        }
        return false;
    }

private slots:
    void anOmsimThatWillNotStopLeavesNoMount()
    {
        // Stopped with SIGSTOP it cannot act on SIGTERM: killed, and its dead mount removed.
        {
            Running r;
            QVERIFY(start(r));
            QVERIFY(::kill(pid_t(r.proc.processId()), SIGSTOP) == 0);
            QElapsedTimer t;
            t.start();
            QVERIFY(omv::DemoCluster::stopAndUnmount(r.proc, r.root(), 500));
            QVERIFY(t.elapsed() < 5000);
            QVERIFY(!mounted(r.root()));
        }
        // The demo cluster of the GUIs the same way.
        omv::DemoCluster demo(QStringLiteral("idle"));
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QVERIFY(mounted(demo.root()));
        QVERIFY(::kill(pid_t(demo.omsimPid()), SIGSTOP) == 0);
        demo.stop();
        QVERIFY(!mounted(demo.root()));
    }
    void sigtermAndSigintUnmount_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void sigtermAndSigintUnmount()
    {
        QFETCH(int, sig);
        Running r;
        QVERIFY(start(r));
        QVERIFY(mounted(r.root()));
        QVERIFY(QFile::exists(r.root() + QStringLiteral("/1/hpc/nodes/1/load")));
        ::kill(pid_t(r.proc.processId()), sig);
        QVERIFY(r.proc.waitForFinished(10000));
        QCOMPARE(r.proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(r.proc.exitCode(), 0);
        QVERIFY(!mounted(r.root()));
        QVERIFY(QString::fromUtf8(r.proc.readAllStandardError()).contains(QLatin1String("unmounted")));
        QVERIFY(QDir(r.root()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
    void secondOmsimRefuses()
    {
        Running r;
        QVERIFY(start(r));
        QProcess second;
        second.start(omsimPath(), { QStringLiteral("--root"), r.root() });
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 1);
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("already a mount point")), qPrintable(err));
        // The first one is untouched.
        QFile status(r.root() + QStringLiteral("/status"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        QVERIFY(status.readAll().contains("kernel openmosix"));
        r.proc.terminate();
        QVERIFY(r.proc.waitForFinished(10000));
    }
    void badWritesGiveKernelErrorsAndOmsimKeepsRunning()
    {
        Running r;
        QVERIFY(start(r, { QStringLiteral("--scenario"), QStringLiteral("idle") }));
        const QString node = r.root() + QStringLiteral("/1");
        const QStringList pids = QDir(node).entryList({ QStringLiteral("[0-9]*") }, QDir::Dirs);
        QVERIFY(!pids.isEmpty());
        const QString pid = node + QLatin1Char('/') + pids.last(); // the first is the locked sshd
        QCOMPARE(writeErrno(pid + QStringLiteral("/goto"), "garbage\n"), EINVAL);
        QCOMPARE(writeErrno(pid + QStringLiteral("/goto"), "77\n"), EINVAL); // no such node
        QCOMPARE(writeErrno(pid + QStringLiteral("/lock"), "5\n"), EINVAL);
        QCOMPARE(writeErrno(node + QStringLiteral("/99999/goto"), "2\n"), ENOENT); // like /proc: no such pid
        QCOMPARE(writeErrno(node + QStringLiteral("/hpc/admin/block"), "maybe\n"), EINVAL);
        QCOMPARE(writeErrno(node + QStringLiteral("/hpc/nodes/2/load"), "1\n"), EACCES);
        QCOMPARE(writeErrno(r.root() + QStringLiteral("/ctl"), QByteArray("kill\0001\00099999\0TERM", 18)), ESRCH);
        QCOMPARE(writeErrno(r.root() + QStringLiteral("/ctl"), "nonsense"), EINVAL);
        // Still serving, and good writes work.
        QCOMPARE(writeErrno(pid + QStringLiteral("/goto"), "2\n"), 0);
        QFile where(pid + QStringLiteral("/where"));
        QVERIFY(where.open(QIODevice::ReadOnly));
        QCOMPARE(where.readAll(), QByteArray("2\n"));
        QCOMPARE(r.proc.state(), QProcess::Running);
        r.proc.terminate();
        QVERIFY(r.proc.waitForFinished(10000));
    }
    void cachedTableIsNeverStale()
    {
        // The node-table files are served from the kernel's cache: every change must show at once.
        Running r;
        QVERIFY(start(r, { QStringLiteral("--scenario"), QStringLiteral("idle") }));
        auto read = [&](const QString& rel) {
            QFile f(r.root() + QLatin1Char('/') + rel);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
        };
        auto ctl = [&](const QByteArray& words) { return writeErrno(r.root() + QStringLiteral("/ctl"), words); };
        const qint64 own = read(QStringLiteral("2/hpc/nodes/2/load")).trimmed().toLongLong();
        const qint64 seen = read(QStringLiteral("1/hpc/nodes/2/load")).trimmed().toLongLong();
        read(QStringLiteral("2/hpc/nodes/2/load")); // cached now
        QCOMPARE(ctl("spawn 2 1000 1000 10 0 0 burn"), 0);
        QCOMPARE(read(QStringLiteral("2/hpc/nodes/2/load")).trimmed().toLongLong(), own + 250); // its own view: at once
        QCOMPARE(read(QStringLiteral("1/hpc/nodes/2/load")).trimmed().toLongLong(), seen); // gossip: next tick
        QCOMPARE(ctl("step 1"), 0);
        QCOMPARE(read(QStringLiteral("1/hpc/nodes/2/load")).trimmed().toLongLong(), seen + 250);
        QCOMPARE(writeErrno(r.root() + QStringLiteral("/2/hpc/admin/speed"), "4321\n"), 0);
        QCOMPARE(read(QStringLiteral("1/hpc/nodes/2/speed")), QByteArray("4321\n"));
        // A stopped node: its own table goes away, the others see it down.
        QCOMPARE(
            QDir(r.root() + QStringLiteral("/3/hpc/nodes")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(),
            4);
        QCOMPARE(ctl("node 3 stop"), 0);
        QVERIFY(QDir(r.root() + QStringLiteral("/3/hpc/nodes"))
                    .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                    .isEmpty());
        QCOMPARE(read(QStringLiteral("1/hpc/nodes/3/load")), QByteArray("-101\n"));
        QCOMPARE(ctl("node 3 start"), 0);
        QCOMPARE(
            QDir(r.root() + QStringLiteral("/3/hpc/nodes")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(),
            4);
        // A process that ended is gone for stat() too, not only for readdir().
        const QStringList pids
            = QDir(r.root() + QStringLiteral("/2")).entryList({ QStringLiteral("[0-9]*") }, QDir::Dirs);
        const QString victim = r.root() + QStringLiteral("/2/") + pids.last();
        QVERIFY(QFileInfo::exists(victim));
        QCOMPARE(ctl("kill 2 " + pids.last().toUtf8() + " KILL"), 0);
        QVERIFY(!QFileInfo::exists(victim));
        r.proc.terminate();
        QVERIFY(r.proc.waitForFinished(10000));
    }
    void largeDirectoriesListInFull()
    {
        // Listings longer than one reply buffer: every name must come back (readdir and readdirplus).
        QTemporaryDir dir;
        QFile sc(dir.path() + QStringLiteral("/big.scenario"));
        QVERIFY(sc.open(QIODevice::WriteOnly));
        sc.write("nodes 300 speed=10000 cpus=2 mem=4096\nspawn 7 400 cmd=\"job{n}\" cpu=0 mem=1\n");
        sc.close();
        Running r;
        QVERIFY(start(r, { QStringLiteral("--scenario"), sc.fileName() }));
        for (int pass = 0; pass < 2; ++pass) {
            QCOMPARE(QDir(r.root() + QStringLiteral("/1/hpc/nodes"))
                         .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                         .size(),
                300);
            QCOMPARE(
                QDir(r.root() + QStringLiteral("/7")).entryList({ QStringLiteral("[0-9]*") }, QDir::Dirs).size(), 400);
        }
        QProcess grep;
        grep.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("grep -H . \"$0\"/1/hpc/nodes/*/* | wc -l"), r.root() });
        QVERIFY(grep.waitForFinished(30000));
        QCOMPARE(grep.readAllStandardOutput().trimmed(), QByteArray("2400"));
        r.proc.terminate();
        QVERIFY(r.proc.waitForFinished(10000));
    }
    void mattxUnknownAdminCommand()
    {
        Running r;
        QVERIFY(start(r,
            { QStringLiteral("--scenario"), QStringLiteral("idle"), QStringLiteral("--kernel"),
                QStringLiteral("mattx") }));
        const QString admin = r.root() + QStringLiteral("/1/mattx/admin");
        QCOMPARE(writeErrno(admin, "frobnicate 1\n"), EINVAL);
        QCOMPARE(writeErrno(admin, "migrate 99999 2\n"), ESRCH);
        QCOMPARE(writeErrno(admin, "balancer 0\n"), 0);
        QFile nodes(r.root() + QStringLiteral("/1/mattx/nodes"));
        QVERIFY(nodes.open(QIODevice::ReadOnly));
        QVERIFY(nodes.readAll().contains("Balancer Enabled: NO"));
        QVERIFY(!QFile::exists(r.root() + QStringLiteral("/1/hpc"))); // a MattX node has no openMosix files
        r.proc.terminate();
        QVERIFY(r.proc.waitForFinished(10000));
    }
    void badScenarioAndOptions()
    {
        QTemporaryDir dir;
        QFile s(dir.path() + QStringLiteral("/bad.scenario"));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("node 1\nat 3 explode 1\n");
        s.close();
        QTemporaryDir root;
        QProcess p;
        p.start(omsimPath(), { QStringLiteral("--root"), root.path(), QStringLiteral("--scenario"), s.fileName() });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(
            QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("line 2: unknown statement 'explode'")));
        p.start(omsimPath(), { QStringLiteral("--root"), root.path(), QStringLiteral("--tick"), QStringLiteral("0") });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!mounted(root.path()));
    }
    void missingDevFuseIsExplained()
    {
        // A private mount namespace whose /dev has no fuse device.
        QTemporaryDir root;
        QProcess p;
        p.start(QStringLiteral("unshare"),
            { QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("mount -t tmpfs none /dev && exec \"$0\" --root \"$1\""), omsimPath(), root.path() });
        QVERIFY(p.waitForFinished(10000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(
            !err.contains(QLatin1String("unshare failed")) && !err.contains(QLatin1String("Operation not permitted")),
            qPrintable(QStringLiteral("this test needs a private mount namespace (root): ") + err));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("/dev/fuse is missing")), qPrintable(err));
        QVERIFY(err.contains(QLatin1String("modprobe fuse")));
    }
};

QTEST_GUILESS_MAIN(TestOmsimLifecycle)
#include "tst_omsim_lifecycle.moc"
