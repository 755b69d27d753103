// The suite against real kernels: a cluster of Debian 12 virtual machines (kernel 6.1, Debian's
// CRIU) that scripts/vm-cluster.sh started, reached through their real sshd. What the suite says
// is checked against what the VMs say themselves — `ps`, `free -b`, `nproc`, `criu --version`,
// a process's own report of its count and of its data's checksum — read over OpenSSH, not
// through the suite. Migrations are real CRIU checkpoints; the failures are real ones (a pid in
// use, a full disk, a VM that dies in the middle).
//
// Run by scripts/vm-tests.sh (from run-tests.sh): it starts three VMs, sets OMV_VM_PROFILE to
// their profile and stops them afterwards. The stand-in tests (tst_criu_ssh) stay: they reach
// the failure paths real CRIU cannot be made to take on request.
#include "support/programrun.h"
#include "support/snapshotwait.h"
#include "support/testcluster.h"

#include "core/backend/clusterbackend.h"
#include "gui/clustersession.h"
#include "gui/processtablemodel.h"
#include "mainwindow.h"
#include "migratordialog.h"
#include "monitorscene.h"
#include "monitorview.h"
#include "monitorwindow.h"
#include "nodedialog.h"
#include "processwindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace omv;
using omv::test::TestCluster;

namespace
{

using Run = omv::test::ProgramRun;

Run finish(QProcess& p, int timeoutMs)
{
    return omv::test::finishProgram(p, timeoutMs);
}

QByteArray expectedChecksum(int mib)
{
    // The counter's data, built here independently: byte i is i mod 251.
    const int size = mib << 20;
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(i % 251);
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

struct Report {
    qint64 count = -1;
    QString start;
    QByteArray checksum;
    QString host;
};

} // namespace

class TestVmCluster : public QObject
{
    Q_OBJECT
    QString m_profile, m_run;
    int m_vms = 0;
    QTemporaryDir m_files;
    std::unique_ptr<ClusterBackend> m_backend;

    // A command on VM n through OpenSSH (not the suite): the independent view.
    Run vm(int n, const QString& command, const QByteArray& input = QByteArray(), int timeoutMs = 60000) const
    {
        QProcess p;
        p.start(QStringLiteral("ssh"),
            { QStringLiteral("-F"), m_run + QStringLiteral("/ssh_config"), QStringLiteral("-o"),
                QStringLiteral("BatchMode=yes"), QStringLiteral("vm%1").arg(n), command });
        p.write(input);
        p.closeWriteChannel();
        return finish(p, timeoutMs);
    }
    Run ctl(const QStringList& args, int timeoutMs = 180000) const
    {
        QProcess p;
        p.start(TestCluster::buildDir() + QStringLiteral("/ctl/openmosixctl"),
            QStringList { QStringLiteral("--profile"), m_profile } + args);
        return finish(p, timeoutMs);
    }
    // Puts a script of tests/vm/guest on every VM (at /root/omv-NAME).
    void install(const QString& name) const
    {
        QFile f(TestCluster::sourceDir() + QStringLiteral("/tests/vm/guest/") + name);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray text = f.readAll();
        for (int n = 1; n <= m_vms; ++n) {
            const Run r = vm(n, QStringLiteral("cat > /root/omv-%1").arg(name), text);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }
    // Starts `argv` on VM n, detached in a session of its own; its pid (0 on failure). With
    // `wantPid`, the pid it must get (the launch is tried again while another took it).
    int launch(int n, const QStringList& argv, int wantPid = 0) const
    {
        QString command = QStringLiteral("python3 /root/omv-launch.py %1").arg(wantPid);
        for (const QString& a : argv)
            command += QLatin1Char(' ') + a; // the tests' own words, no quoting needed
        const Run r = vm(n, command);
        return r.exitCode == 0 ? r.out.trimmed().toInt() : 0;
    }
    // "STATE PPID" of a pid on VM n, empty when it does not run there.
    QString stateOn(int n, int pid) const
    {
        return QString::fromUtf8(vm(n, QStringLiteral("ps -o stat=,ppid= -p %1").arg(pid)).out.simplified());
    }
    bool runsOn(int n, int pid) const
    {
        const QString s = stateOn(n, pid);
        return !s.isEmpty() && !s.startsWith(QLatin1Char('Z'));
    }
    Report report(int n, int pid) const
    {
        const QString file = QStringLiteral("/tmp/omv-report.%1").arg(pid);
        const Run r = vm(n,
            QStringLiteral("rm -f %1; kill -USR1 %2 || exit 1; for i in $(seq 1 200); do [ -f %1 ] && "
                           "exec cat %1; sleep 0.1; done; exit 1")
                .arg(file)
                .arg(pid));
        const QList<QByteArray> f = r.out.simplified().split(' ');
        if (r.exitCode != 0 || f.size() != 4)
            return {};
        return Report { f[0].toLongLong(), QString::fromUtf8(f[1]), f[2], QString::fromUtf8(f[3]) };
    }
    // The counter with 64 MiB started on vm1 and counting: its pid, and its first report.
    int startCounter(Report* first) const
    {
        const int pid
            = launch(1, { QStringLiteral("python3"), QStringLiteral("/root/omv-counter.py"), QStringLiteral("64") });
        QTest::qWait(1000);
        *first = pid > 0 ? report(1, pid) : Report();
        return pid;
    }
    QByteArray migratedFile(int n) const
    {
        return vm(n, QStringLiteral("cat ~/.local/state/openmosixview/migrated 2>/dev/null")).out;
    }
    // Every line of every VM's migrated file that names a running process has its start time:
    // nothing pending, none that would take a process for another. (A line of a process that
    // ended away from home stays until the node's next migration rewrites the file: the
    // sampler matches start times, so it names nothing.) Empty when so, else what is wrong.
    QString staleMigratedLines() const
    {
        QStringList wrong;
        for (int n = 1; n <= m_vms; ++n) {
            for (const QByteArray& line : migratedFile(n).split('\n')) {
                const QList<QByteArray> f = line.simplified().split(' ');
                if (line.trimmed().isEmpty())
                    continue;
                const QByteArray stat = f.size() == 4
                    ? vm(n, QStringLiteral("cat /proc/%1/stat").arg(QString::fromLatin1(f[0]))).out
                    : QByteArray();
                const QList<QByteArray> s = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
                if (f.size() == 4 && stat.isEmpty() && f[3] != "-")
                    continue; // ended
                if (f.size() != 4 || s.size() < 20 || s[19] != f[3])
                    wrong << QStringLiteral("vm%1: %2").arg(n).arg(QString::fromLatin1(line));
            }
        }
        return wrong.join(QStringLiteral("; "));
    }
    void end(int n, int pid) const { vm(n, QStringLiteral("kill -KILL %1 2>/dev/null").arg(pid)); }
    QString qemuPid(int n) const
    {
        QFile f(m_run + QStringLiteral("/vm%1/qemu.pid").arg(n));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    }
    ClusterSnapshot snapshot() { return m_backend->snapshot(); }
    static const ProcessInfo* find(const ClusterSnapshot& s, NodeId home, int pid)
    {
        for (const ProcessInfo& p : s.processes)
            if (p.homeNode == home && p.pid == pid)
                return &p;
        return nullptr;
    }
    static bool isGuest(const ClusterSnapshot& s, NodeId node, NodeId home, int pid)
    {
        for (const GuestProcess& g : s.guests)
            if (g.node == node && g.homeNode == home && g.pid == pid)
                return true;
        return false;
    }
    QByteArray sql(const QString& db, const QString& query) const
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), { QStringLiteral("-readonly"), db, query });
        return finish(p, 30000).out.trimmed();
    }

private slots:
    void initTestCase()
    {
        m_profile = qEnvironmentVariable("OMV_VM_PROFILE");
        QVERIFY2(!m_profile.isEmpty() && QFileInfo::exists(m_profile),
            "OMV_VM_PROFILE names no profile: run this test through scripts/vm-tests.sh (it starts the VMs)");
        m_run = QFileInfo(m_profile).absolutePath();
        QFile cluster(m_run + QStringLiteral("/cluster"));
        QVERIFY(cluster.open(QIODevice::ReadOnly));
        m_vms = cluster.readAll().split(' ').first().toInt();
        QVERIFY2(m_vms >= 3, "the VM tests need three VMs (scripts/vm-cluster.sh up 3)");
        m_backend = omv::test::backendFor(m_profile);
        QVERIFY(m_backend);
        for (const char* script : { "launch.py", "counter.py", "tree.py", "tcp.py", "writer.py" })
            install(QLatin1String(script));
        QStandardPaths::setTestModeEnabled(true);
    }
    void cleanupTestCase() { m_backend.reset(); }

    // The plain Linux backend inside each VM says what the VM's own tools say.
    void theBackendMatchesPsFreeAndNproc()
    {
        for (int n = 1; n <= m_vms; ++n) {
            const Run before
                = vm(n, QStringLiteral("nproc; free -b | awk '/^Mem:/ {print $2, $7}'; ps -e -o pid=,user=,ni=,comm="));
            const ClusterSnapshot s = snapshot();
            const Run after = vm(n, QStringLiteral("ps -e -o pid=,user=,ni=,comm="));
            QCOMPARE(before.exitCode, 0);
            const QList<QByteArray> lines = before.out.split('\n');
            const NodeSample* node = nullptr;
            for (const NodeSample& x : s.nodes)
                if (x.id == NodeId(n))
                    node = &x;
            QVERIFY(node && node->up);
            QCOMPARE(node->cpus, lines[0].trimmed().toInt());
            const QList<QByteArray> mem = lines[1].simplified().split(' ');
            QCOMPARE(node->memTotal, mem[0].toLongLong());
            // Available memory moves a little between the two readings.
            QVERIFY2(qAbs(node->memFree - mem[1].toLongLong()) < (16 << 20),
                qPrintable(QStringLiteral("%1 against %2").arg(node->memFree).arg(QString::fromLatin1(mem[1]))));
            // The processes: those ps saw before and after (not its own ssh session's) are all
            // in the snapshot with ps's user, nice and command name; the snapshot has none ps
            // saw neither time.
            QHash<int, QString> psBefore, psAfter;
            for (int i = 2; i < lines.size(); ++i) {
                const QList<QByteArray> f = lines[i].simplified().split(' ');
                if (f.size() >= 4)
                    psBefore.insert(f[0].toInt(), QString::fromUtf8(lines[i].simplified()));
            }
            for (const QByteArray& line : after.out.split('\n')) {
                const QList<QByteArray> f = line.simplified().split(' ');
                if (f.size() >= 4)
                    psAfter.insert(f[0].toInt(), QString::fromUtf8(line.simplified()));
            }
            QHash<int, const ProcessInfo*> suite;
            for (const ProcessInfo& p : s.processes)
                if (p.node == NodeId(n))
                    suite.insert(p.pid, &p);
            int compared = 0;
            for (auto it = psBefore.cbegin(); it != psBefore.cend(); ++it) {
                if (psAfter.value(it.key()) != it.value())
                    continue;
                const ProcessInfo* p = suite.value(it.key());
                QVERIFY2(p, qPrintable(QStringLiteral("vm%1: ps lists %2, the suite does not").arg(n).arg(it.value())));
                const QStringList f = it.value().split(QLatin1Char(' '));
                QCOMPARE(p->user, f[1]);
                QCOMPARE(p->nice, f[2].toInt());
                // A kernel worker's name says what it works on now ("kworker/0:3-events"):
                // compared up to that.
                const QString name = f.mid(3).join(QLatin1Char(' '));
                if (name.startsWith(QLatin1String("kworker/")))
                    QCOMPARE(p->name.section(QLatin1Char('-'), 0, 0), name.section(QLatin1Char('-'), 0, 0));
                else
                    QCOMPARE(p->name, name);
                ++compared;
            }
            QVERIFY2(compared > 20, "a booted VM runs more than 20 processes and kernel threads");
            // One ps never saw lived only while the suite read the node (its own report's
            // shell, say): gone by now.
            for (auto it = suite.cbegin(); it != suite.cend(); ++it) {
                if (psBefore.contains(it.key()) || psAfter.contains(it.key()))
                    continue;
                QVERIFY2(vm(n, QStringLiteral("kill -0 %1").arg(it.key())).exitCode != 0,
                    qPrintable(QStringLiteral("vm%1: the suite lists %2 (%3), ps never did, and it runs")
                                   .arg(n)
                                   .arg(it.key())
                                   .arg(it.value()->name)));
            }
        }
    }

    // The node dialog, over the VMs: CRIU's version as the VM's criu says it, the VM's kernel,
    // and that migration is available.
    void theNodeDialogSaysCriuWorks()
    {
        auto session = std::make_unique<ClusterSession>(omv::test::backendFor(m_profile));
        ClusterSession* s = session.get();
        QSignalSpy snapshots(s, &ClusterSession::snapshotReady);
        MainWindow w(std::move(session), QStringLiteral("vm"));
        w.show();
        QVERIFY(snapshots.wait(30000));
        for (int n = 1; n <= m_vms; ++n) {
            const Run truth = vm(n, QStringLiteral("criu --version | sed -n 's/^Version: //p'; uname -r"));
            const QStringList f = QString::fromUtf8(truth.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(f.size(), 2);
            NodeDialog* d = w.openNodeDialog(n);
            auto* migration = d->findChild<QLabel*>(QStringLiteral("migration"));
            QVERIFY(migration);
            QTRY_VERIFY2_WITH_TIMEOUT(
                migration->text().contains(QLatin1String("migration available")), qPrintable(migration->text()), 30000);
            QCOMPARE(migration->text(),
                QStringLiteral("Migration: CRIU %1 on kernel %2: migration available").arg(f[0], f[1]));
            QVERIFY(f[1].startsWith(QLatin1String("6.1.")));
            if (n == 1 && qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
                d->grab().save(
                    qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-vm-node.png"));
            d->close();
        }
    }

    // A counter holding 64 MiB of data, moved 1 → 2 → home by openmosixctl while a collector
    // records: it goes on from its count, its data is intact, its pid is kept; away it is a
    // guest from node 1; its count of moves is 1, then 2; the store has two moves and one life.
    void aStatefulProcessMovesAndComesHome()
    {
        const QByteArray checksum = expectedChecksum(64);
        const int pid
            = launch(1, { QStringLiteral("python3"), QStringLiteral("/root/omv-counter.py"), QStringLiteral("64") });
        QVERIFY(pid > 0);
        const QString db = m_files.filePath(QStringLiteral("vm.db"));
        QProcess collector;
        collector.setProcessChannelMode(QProcess::MergedChannels);
        collector.setStandardOutputFile(m_files.filePath(QStringLiteral("collector.log")));
        // setpriv --pdeathsig: a test that aborts (a function's time out) takes the collector
        // with it — one was left sampling the next run's VMs that way. Its interval: a sample
        // gets 80 % of it, and an ssh login into a TCG guest takes a second.
        collector.start(QStringLiteral("setpriv"),
            { QStringLiteral("--pdeathsig"), QStringLiteral("KILL"), QStringLiteral("--"),
                TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"), QStringLiteral("--profile"),
                m_profile, QStringLiteral("--db"), db, QStringLiteral("--interval"), QStringLiteral("4") });
        QVERIFY(collector.waitForStarted());
        auto stopCollector = qScopeGuard([&] {
            ::kill(pid_t(collector.processId()), SIGTERM);
            collector.waitForFinished(30000);
        });
        const QString where = QStringLiteral("SELECT node FROM process_span WHERE home = 1 AND pid = %1 AND end_ts IS "
                                             "NULL")
                                  .arg(pid);
        QTRY_COMPARE_WITH_TIMEOUT(sql(db, where), QByteArray("1"), 60000);
        QTest::qWait(1000);
        const Report atHome = report(1, pid);
        QVERIFY(atHome.count > 0);
        QCOMPARE(atHome.checksum, checksum);
        QCOMPARE(atHome.host, QStringLiteral("vm1"));

        // To node 2.
        Run r = ctl({ QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid), QStringLiteral("2") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        QVERIFY2(r.out.contains("relayed from node 1 to node 2"), r.out.constData());
        QVERIFY(!runsOn(1, pid));
        QVERIFY(runsOn(2, pid)); // the same pid
        const Report away = report(2, pid);
        QCOMPARE(away.host, QStringLiteral("vm2"));
        QCOMPARE(away.start, atHome.start); // the same process, not a new one
        QVERIFY2(
            away.count > atHome.count, qPrintable(QStringLiteral("%1 after %2").arg(away.count).arg(atHome.count)));
        QCOMPARE(away.checksum, checksum);
        ClusterSnapshot s = snapshot();
        const ProcessInfo* p = find(s, 1, pid);
        QVERIFY(p);
        QCOMPARE(p->node, NodeId(2));
        QCOMPARE(p->migrations, 1);
        QVERIFY(!find(s, 2, pid));
        QVERIFY(isGuest(s, 2, 1, pid));
        QCOMPARE(staleMigratedLines(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(sql(db, where), QByteArray("2"), 60000);
        QTest::qWait(1000);

        // Home again.
        r = ctl({ QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid), QStringLiteral("home") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        QVERIFY(runsOn(1, pid));
        QVERIFY(!runsOn(2, pid));
        const Report back = report(1, pid);
        QCOMPARE(back.host, QStringLiteral("vm1"));
        QCOMPARE(back.start, atHome.start);
        QVERIFY(back.count > away.count);
        QCOMPARE(back.checksum, checksum);
        s = snapshot();
        p = find(s, 1, pid);
        QVERIFY(p);
        QCOMPARE(p->node, NodeId(1));
        QCOMPARE(p->migrations, 2);
        QVERIFY(!isGuest(s, 2, 1, pid) && !isGuest(s, 1, 1, pid));
        QCOMPARE(staleMigratedLines(), QString());
        QVERIFY(!migratedFile(2).contains(QByteArray::number(pid) + ' '));
        QTRY_COMPARE_WITH_TIMEOUT(sql(db, where), QByteArray("1"), 60000);

        // The store, read by sqlite3: the two moves, and one life in three stays — each begun
        // where the one before ended, the last still open: no end, no new start.
        QCOMPARE(sql(db,
                     QStringLiteral("SELECT from_node || '>' || to_node FROM migration WHERE home = 1 AND pid = %1 "
                                    "ORDER BY ts")
                         .arg(pid)),
            QByteArray("1>2\n2>1"));
        const QList<QByteArray> spans = sql(db,
            QStringLiteral("SELECT node, start_ts, IFNULL(end_ts, '-') FROM process_span WHERE home = 1 AND pid = %1 "
                           "ORDER BY start_ts")
                .arg(pid))
                                            .split('\n');
        QCOMPARE(spans.size(), 3);
        QList<QList<QByteArray>> f;
        for (const QByteArray& line : spans)
            f << line.split('|');
        QCOMPARE(f[0][0] + f[1][0] + f[2][0], QByteArray("121"));
        QCOMPARE(f[1][1], f[0][2]);
        QCOMPARE(f[2][1], f[1][2]);
        QCOMPARE(f[2][2], QByteArray("-"));
        stopCollector.dismiss();
        ::kill(pid_t(collector.processId()), SIGTERM);
        QVERIFY(collector.waitForFinished(30000));
        end(1, pid);
    }

    // Live: a process writing about 1 MiB/s of its 64 MiB moves in pre-dump rounds while it
    // runs and stops only for the last one. (Transparent huge pages "madvise", as the
    // benchmark has them: with "always", one written byte marks 2 MiB and the rounds do not
    // shrink — tested below.)
    void aLiveMigrationStopsItOnlyForTheLastRound()
    {
        for (int n : { 1, 2 })
            vm(n, QStringLiteral("echo madvise > /sys/kernel/mm/transparent_hugepage/enabled"));
        auto always = qScopeGuard([&] {
            for (int n : { 1, 2 })
                vm(n, QStringLiteral("echo always > /sys/kernel/mm/transparent_hugepage/enabled"));
        });
        int pid = launch(1,
            { QStringLiteral("python3"), QStringLiteral("/root/omv-writer.py"), QStringLiteral("64"),
                QStringLiteral("1024") });
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            vm(1, QStringLiteral("ps -o rss= -p %1").arg(pid)).out.trimmed().toLongLong() > 64 * 1024, 60000);
        snapshot();
        // The dry run shows the live way: the rounds while it runs, then the final dump on top
        // of them (and the plain dump it falls back to).
        Run r = ctl({ QStringLiteral("--dry-run"), QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid),
            QStringLiteral("2") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char* step : { "criu pre-dump -t \"$p\" -D \"$d/1\"", "prev=\"--prev-images-dir ../1\"",
                 "--prev-images-dir ../2 --track-mem", "criu dump", "criu restore" })
            QVERIFY2(r.out.contains(step), qPrintable(QString::fromUtf8(r.out) + QLatin1String(step)));
        QVERIFY(runsOn(1, pid));
        QElapsedTimer t;
        t.start();
        r = ctl({ QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid), QStringLiteral("2") });
        const double seconds = t.elapsed() / 1000.0;
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        const QRegularExpressionMatch m = QRegularExpression(
            QStringLiteral("live: (\\d+) pre-dump round(?:s|\\(s\\))? while it ran \\(([^)]*)\\), then "
                           "[0-9.]+ [KM]iB with it stopped for ([0-9.]+) s"))
                                              .match(QString::fromUtf8(r.out));
        QVERIFY2(m.hasMatch(), r.out.constData());
        // At least the first round and its second look, sent together.
        QVERIFY2(m.captured(1).toInt() >= 2, r.out.constData());
        QVERIFY2(m.captured(2).startsWith(QLatin1String("1+2: ")), r.out.constData());
        QVERIFY2(m.captured(3).toDouble() < seconds / 3,
            qPrintable(QStringLiteral("%1 of %2 s").arg(m.captured(3)).arg(seconds)));
        QVERIFY(runsOn(2, pid));
        QVERIFY(!runsOn(1, pid));
        QCOMPARE(vm(2, QStringLiteral("ls /tmp | grep -c openmosixview-criu")).out.trimmed(), QByteArray("0"));
        QCOMPARE(vm(1, QStringLiteral("ls /tmp | grep -c openmosixview-criu")).out.trimmed(), QByteArray("0"));
        QCOMPARE(staleMigratedLines(), QString());
        end(2, pid);

        // "always": a second pre-dump right after the first takes about as much again; the
        // suite gives up on the rounds before sending any, says why, and moves it with one
        // plain dump.
        always.dismiss();
        for (int n : { 1, 2 })
            vm(n, QStringLiteral("echo always > /sys/kernel/mm/transparent_hugepage/enabled"));
        pid = launch(1,
            { QStringLiteral("python3"), QStringLiteral("/root/omv-writer.py"), QStringLiteral("64"),
                QStringLiteral("1024") });
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            vm(1, QStringLiteral("ps -o rss= -p %1").arg(pid)).out.trimmed().toLongLong() > 64 * 1024, 60000);
        QTest::qWait(3000);
        snapshot();
        r = ctl({ QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid), QStringLiteral("2") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        QVERIFY2(r.out.contains("not live: it writes its memory about as fast as the rounds send it (a pre-dump "
                                "right after the first took"),
            r.out.constData());
        QVERIFY2(r.out.contains("nothing was sent"), r.out.constData());
        QVERIFY(runsOn(2, pid));
        QCOMPARE(vm(2, QStringLiteral("ls /tmp | grep -c openmosixview-criu")).out.trimmed(), QByteArray("0"));
        QCOMPARE(vm(1, QStringLiteral("ls /tmp | grep -c openmosixview-criu")).out.trimmed(), QByteArray("0"));
        end(2, pid);
    }

    // A parent and its two children move together, each keeping its pid.
    void aProcessTreeMovesWhole()
    {
        const int parent = launch(1, { QStringLiteral("python3"), QStringLiteral("/root/omv-tree.py") });
        QVERIFY(parent > 0);
        QByteArray kids;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(kids = vm(1, QStringLiteral("cat /tmp/omv-tree.%1").arg(parent)).out.trimmed()).isEmpty(), 20000);
        const QList<QByteArray> children = kids.split(' ');
        QCOMPARE(children.size(), 2);
        snapshot(); // the backend's last snapshot has it
        const Run r = ctl({ QStringLiteral("migrate"), QStringLiteral("%1@1").arg(parent), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        QCOMPARE(
            vm(3, QStringLiteral("ps -o pid= --ppid %1 | sort -n | tr -s ' \\n' ' '").arg(parent)).out.trimmed(), kids);
        QVERIFY(runsOn(3, parent));
        for (int pid : { parent, children[0].toInt(), children[1].toInt() })
            QVERIFY2(!runsOn(1, pid), qPrintable(QStringLiteral("%1 still on vm1").arg(pid)));
        QCOMPARE(staleMigratedLines(), QString());
        // The suite: all three are node 1's, guests on node 3, moved once.
        const ClusterSnapshot s = snapshot();
        for (int pid : { parent, children[0].toInt(), children[1].toInt() }) {
            const ProcessInfo* p = find(s, 1, pid);
            QVERIFY2(p && p->node == 3 && p->migrations == 1, qPrintable(QString::number(pid)));
            QVERIFY(isGuest(s, 3, 1, pid));
        }
        end(3, parent);
        vm(3, QStringLiteral("kill -KILL %1").arg(QString::fromLatin1(kids)));
    }

    // An established TCP connection: CRIU refuses to dump it without --tcp-established; the
    // suite says so in CRIU's words, and why it does not take that option, and the process
    // goes on where it was, running.
    void anEstablishedTcpConnectionIsRefusedPlainly()
    {
        const int pid = launch(1, { QStringLiteral("python3"), QStringLiteral("/root/omv-tcp.py") });
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            vm(1, QStringLiteral("grep -c ' 01 ' /proc/%1/net/tcp").arg(pid)).out.trimmed().toInt() >= 2, 20000);
        snapshot();
        const Run r = ctl({ QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid), QStringLiteral("2") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("criu dump failed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("tcp-established"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("a process with an established TCP connection stays on its node")),
            qPrintable(r.err));
        QVERIFY(!runsOn(2, pid));
        QVERIFY2(!stateOn(1, pid).startsWith(QLatin1Char('T')), qPrintable(stateOn(1, pid)));
        QVERIFY(runsOn(1, pid));
        QCOMPARE(staleMigratedLines(), QString());
        end(1, pid);
    }

    // The pid in use on the target: CRIU cannot restore it there; the original goes on, the
    // target's process with that pid is untouched.
    void aPidTakenOnTheTargetLeavesTheOriginalRunning()
    {
        const int pid = launch(1, { QStringLiteral("sleep"), QStringLiteral("1000") });
        QVERIFY(pid > 0);
        int other = 0;
        for (int tries = 0; tries < 5 && other != pid; ++tries) {
            if (other > 0)
                end(2, other);
            other = launch(2, { QStringLiteral("sleep"), QStringLiteral("2000") }, pid);
        }
        QCOMPARE(other, pid);
        snapshot();
        const Run r = ctl({ QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid), QStringLiteral("2") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("node 2: the restore failed, process %1 goes on on node 1").arg(pid)),
            qPrintable(r.err));
        QVERIFY(runsOn(1, pid));
        QVERIFY2(!stateOn(1, pid).startsWith(QLatin1Char('T')), qPrintable(stateOn(1, pid)));
        QCOMPARE(vm(2, QStringLiteral("ps -o args= -p %1").arg(pid)).out.trimmed(), QByteArray("sleep 2000"));
        QCOMPARE(staleMigratedLines(), QString());
        end(1, pid);
        end(2, pid);
    }

    // A full disk where the images land: the restore cannot unpack them; the original goes on
    // with its count and its data.
    void aFullDiskOnTheTargetLeavesTheOriginalRunning()
    {
        Report before;
        const int pid = startCounter(&before);
        QVERIFY(pid > 0 && before.count > 0);
        for (int n : { 1, 2 })
            QVERIFY(m_backend->migrationSupport(NodeId(n)).contains(QLatin1String("migration available")));
        // The disk of /tmp full, for root too: ext4 keeps blocks for root that df's "available"
        // leaves out (stat's free blocks count them), and 16 MiB for its own metadata that
        // nobody gets. Filled in halves until nothing more is given.
        const Run fill = vm(2,
            QStringLiteral("rm -f /tmp/omv-fill.*; free() { set -- $(stat -f -c '%f %S' /tmp); echo $(($1 * $2)); }; "
                           "for i in $(seq 1 30); do f=$(free); [ $f -gt 1048576 ] || break; "
                           "fallocate -l $((f - 1048576)) /tmp/omv-fill.$i 2>/dev/null || "
                           "fallocate -l $((f / 2)) /tmp/omv-fill.$i 2>/dev/null || break; done; free"));
        QVERIFY2(fill.exitCode == 0, qPrintable(fill.err));
        QVERIFY2(fill.out.trimmed().toLongLong() <= 20 << 20, fill.out.constData());
        auto unfill = qScopeGuard([&] { vm(2, QStringLiteral("rm -f /tmp/omv-fill.*")); });
        // Through the backend, whose CRIU probe of both nodes ran before the disk filled (a
        // fresh probe on a full disk fails: `criu check` cannot start — refused before anything
        // moves, which openmosixctl would say).
        snapshot();
        const CommandOutcome o = omv::test::send(*m_backend, Command::migrate(1, pid, 2));
        QVERIFY(!o.ok());
        QVERIFY2(o.error.contains(QStringLiteral("node 2: the restore failed, process %1 goes on on node 1").arg(pid)),
            qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("No space left on device")), qPrintable(o.error));
        QVERIFY(runsOn(1, pid));
        QVERIFY(!runsOn(2, pid));
        const Report after = report(1, pid);
        QCOMPARE(after.start, before.start);
        QVERIFY(after.count > before.count);
        QCOMPARE(after.checksum, expectedChecksum(64));
        QCOMPARE(vm(2, QStringLiteral("ls /tmp | grep -c openmosixview-criu")).out.trimmed(), QByteArray("0"));
        QCOMPARE(vm(1, QStringLiteral("ls /tmp | grep -c openmosixview-criu")).out.trimmed(), QByteArray("0"));
        QCOMPARE(staleMigratedLines(), QString());
        end(1, pid);
    }

    // openmosixmigmon: a square dragged from node 1 onto node 2 moves the process there; the
    // migrator of openmosixprocs sends it home and its heading follows.
    void aDragInTheMonitorAndTheMigratorMoveIt()
    {
        const int pid = launch(1, { QStringLiteral("sleep"), QStringLiteral("3000") });
        QVERIFY(pid > 0);
        {
            auto session = std::make_unique<ClusterSession>(omv::test::backendFor(m_profile));
            MonitorWindow w(std::move(session), QStringLiteral("vm"));
            w.resize(1000, 800);
            w.show();
            const qint64 k = MonitorModel::key(1, pid);
            QTRY_VERIFY_WITH_TIMEOUT(w.model()->process(k) != nullptr, 60000);
            QCOMPARE(w.scene()->watchedNode(), NodeId(1));
            QTest::qWait(MonitorScene::kGlideMs + 100);
            MonitorView* v = w.view();
            QWidget* vp = v->viewport();
            const QPoint a = v->mapFromScene(w.scene()->squareRect(k).center()),
                         b = v->mapFromScene(w.scene()->nodeCentre(2));
            QSignalSpy done(&w, &MonitorWindow::commandsDone);
            QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, a);
            for (int i = 1; i <= 6; ++i) {
                const QPoint at = a + (b - a) * i / 6;
                QMouseEvent move(
                    QEvent::MouseMove, at, vp->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(vp, &move);
            }
            QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, b);
            QVERIFY(done.wait(120000));
            QVERIFY(runsOn(2, pid));
            QVERIFY(!runsOn(1, pid));
            QTRY_COMPARE_WITH_TIMEOUT(w.model()->placeOf(k).node, NodeId(2), 30000);
        }
        {
            auto session = std::make_unique<ClusterSession>(omv::test::backendFor(m_profile));
            ClusterSession* s = session.get();
            ProcessWindow w(std::move(session), QStringLiteral("vm"));
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(find(w.model()->snapshot(), 1, pid) != nullptr, 60000);
            const ProcessInfo p = *find(w.model()->snapshot(), 1, pid);
            QCOMPARE(p.node, NodeId(2));
            w.selectKeys(QSet<qint64> { ProcessTableModel::key(1, pid) });
            MigratorDialog* d = w.openMigrator();
            QVERIFY(d->heading().contains(QLatin1String("runs on node 2")));
            QSignalSpy finished(d, &MigratorDialog::finished);
            d->button(QStringLiteral("home"))->click();
            QVERIFY(finished.wait(120000));
            const auto outcomes = finished.first().first().value<QVector<CommandOutcome>>();
            QCOMPARE(outcomes.size(), 1);
            QVERIFY2(outcomes.first().ok(), qPrintable(outcomes.first().error));
            // The rounds were shown as they went.
            QVERIFY2(
                d->results().contains(QStringLiteral("process %1: pre-dump 1:").arg(pid)), qPrintable(d->results()));
            QVERIFY(runsOn(1, pid));
            s->refreshNow();
            QTRY_VERIFY2_WITH_TIMEOUT(
                d->heading().contains(QLatin1String("runs on node 1")), qPrintable(d->heading()), 30000);
            if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
                d->grab().save(
                    qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixprocs-vm-migrator.png"));
        }
        QCOMPARE(staleMigratedLines(), QString());
        end(1, pid);
    }

    // Last: node 3's VM dies while the images stream to it. The original goes on on node 1, the
    // error says the restore on node 3 failed.
    void theTargetDyingMidTransferLeavesTheOriginalRunning()
    {
        Report before;
        const int pid = startCounter(&before);
        QVERIFY(pid > 0 && before.count > 0);
        snapshot();
        QProcess migrate;
        migrate.start(TestCluster::buildDir() + QStringLiteral("/ctl/openmosixctl"),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid),
                QStringLiteral("3") });
        // The restore has begun unpacking on node 3: its folder is there.
        QTRY_VERIFY_WITH_TIMEOUT(
            vm(3, QStringLiteral("ls /tmp | grep -c openmosixview-criu"), QByteArray(), 5000).out.trimmed().toInt() > 0,
            120000);
        const QString qemu = qemuPid(3);
        QVERIFY(!qemu.isEmpty());
        QVERIFY(::kill(pid_t(qemu.toInt()), SIGKILL) == 0);
        const Run r = finish(migrate, 180000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("node 3: the restore failed, process %1 goes on on node 1").arg(pid)),
            qPrintable(r.err));
        QVERIFY(runsOn(1, pid));
        QVERIFY2(!stateOn(1, pid).startsWith(QLatin1Char('T')), qPrintable(stateOn(1, pid)));
        const Report after = report(1, pid);
        QCOMPARE(after.start, before.start);
        QVERIFY(after.count > before.count);
        QCOMPARE(vm(1, QStringLiteral("ls /tmp | grep -c openmosixview-criu")).out.trimmed(), QByteArray("0"));
        end(1, pid);
    }
};

QTEST_MAIN(TestVmCluster)
#include "tst_vm_cluster.moc"
