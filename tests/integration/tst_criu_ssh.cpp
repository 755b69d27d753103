// Checkpoint/restart migration of the plain Linux backend, through real sshd on omsim's
// stock-kernel nodes, against omsim's stand-in `criu` (this machine's kernel and Debian's CRIU
// cannot run the real thing: see README "Plain Linux clusters"). The stand-in checks the options
// it is given, writes and reads an image directory (with a checksum over its page bytes), and
// fails on request at each step; omsim holds the processes, so where each one runs is checked
// in omsim itself. omsim runs with --manual: nothing moves unless a test moves it.
#include "core/backend/linux/linuxbackend.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "support/testcluster.h"

#include <QDir>

#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

// A move that must work; the outcome's error when it did not.
#define MOVED(outcome)                                                                                                 \
    do {                                                                                                               \
        const CommandOutcome moved_ = (outcome);                                                                       \
        QVERIFY2(moved_.ok(), qPrintable(moved_.error));                                                               \
    } while (false)

static QString writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(text);
    return path;
}

static const ProcessInfo* find(const ClusterSnapshot& s, NodeId home, int pid)
{
    for (const ProcessInfo& p : s.processes) {
        if (p.homeNode == home && p.pid == pid)
            return &p;
    }
    return nullptr;
}

// The moves of (home, pid) that the history file holds.
static QVector<MigrationRow> movesIn(const QString& db, NodeId home, int pid)
{
    StoreReader reader;
    QString error;
    if (!reader.open(db, &error))
        qFatal("%s", qPrintable(error));
    return reader.migrationsOf(home, pid);
}

class TestCriuSsh : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_lx { omv::test::testPort(22910),
        writeFile(m_files.path() + QStringLiteral("/lx.scenario"), R"(kernel linux
node 1 speed=10000 cpus=4 mem=4096
node 2 speed=10000 cpus=2 mem=2048
node 3 speed=10000 cpus=2 mem=2048
spawn 1 1 cmd="render --frame 1" user=alice cpu=1 mem=64
spawn 1 1 cmd="render --frame 2" user=alice cpu=1 mem=64
spawn 1 1 cmd="render --frame 3" user=alice cpu=1 mem=64
spawn 1 1 cmd="render --frame 4" user=alice cpu=1 mem=64
spawn 1 1 cmd="render --frame 5" user=alice cpu=1 mem=64
spawn 2 1 cmd="sshd: bob" user=bob cpu=0.01 mem=4
)"),
        { QStringLiteral("--manual") } };
    std::unique_ptr<ClusterBackend> m_owned;
    LinuxBackend* m_backend = nullptr;

    QString home(int node) const { return m_lx.dir() + QStringLiteral("/home_") + QString::number(node); }
    // What the stand-in does on `node` (its settings file) and what it was asked (its log).
    void criuSettings(int node, const QByteArray& lines) const
    {
        writeFile(home(node) + QStringLiteral("/.local/state/omsim-criu"), lines);
    }
    QStringList criuCalls(int node) const
    {
        QFile f(home(node) + QStringLiteral("/.local/state/omsim-criu.log"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    void clearCalls() const
    {
        for (int n : { 1, 2, 3 })
            QFile::remove(home(n) + QStringLiteral("/.local/state/omsim-criu.log"));
    }
    QByteArray migratedFile(int node) const
    {
        QFile f(home(node) + QStringLiteral("/.local/state/openmosixview/migrated"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    // Where omsim has the process with this pid: the node whose proc tree lists it, 0 if none.
    int omsimNodeOf(int pid) const
    {
        int at = 0;
        for (int n : { 1, 2, 3 }) {
            if (!m_lx.readRoot(QStringLiteral("%1/%2/stat").arg(n).arg(pid)).isEmpty())
                at = at ? -1 : n; // -1: on two nodes at once
        }
        return at;
    }
    QChar omsimState(int node, int pid) const
    {
        const QByteArray stat = m_lx.readRoot(QStringLiteral("%1/%2/stat").arg(node).arg(pid));
        const int close = stat.lastIndexOf(')');
        return close > 0 && close + 2 < stat.size() ? QLatin1Char(stat[close + 2]) : QChar();
    }
    // Field 22 of omsim's stat for the process: its start time in clock ticks.
    QByteArray omsimStartTicks(int node, int pid) const
    {
        const QByteArray stat = m_lx.readRoot(QStringLiteral("%1/%2/stat").arg(node).arg(pid));
        const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).trimmed().split(' ');
        return f.size() > 19 ? f[19] : QByteArray();
    }
    int renderPid(int frame) const
    {
        const ClusterSnapshot s = m_backend->snapshot();
        for (const ProcessInfo& p : s.processes) {
            if (p.argv == QStringList { QStringLiteral("render"), QStringLiteral("--frame"), QString::number(frame) })
                return p.pid;
        }
        return 0;
    }
    std::unique_ptr<ClusterBackend> backend(const QString& extra = QString()) const
    {
        return omv::test::backendFor(m_lx.writeProfile(QStringLiteral("linux"), 1, true, extra));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_lx.start(&error), qPrintable(error));
        for (int n : { 1, 2, 3 })
            criuSettings(n, QByteArray());
        m_owned = backend();
        m_backend = dynamic_cast<LinuxBackend*>(m_owned.get());
        QVERIFY(m_backend);
        QVERIFY(m_backend->snapshot().nodeErrors.isEmpty());
    }
    void cleanupTestCase()
    {
        m_owned.reset();
        m_lx.stop();
    }

    void nodesByTheirSshConfigNames()
    {
        // nodes= names hosts as ~/.ssh/config knows them: the address, port and key come from
        // there (the profile names the config file so the user's own is not read). The pattern
        // block comes first: libssh 0.10 matches a Host line against the name as resolved so far,
        // so after a HostName a later "Host lx-*" no longer matches (OpenSSH matches the alias) —
        // README "Plain Linux clusters" says so.
        const QString config = writeFile(m_lx.dir() + QStringLiteral("/ssh_config"),
            QStringLiteral("Host lx-*\n  Port %1\n  IdentityFile %2\nHost lx-one\n  HostName 127.0.1.1\n"
                           "Host lx-two\n  HostName 127.0.1.2\n")
                .arg(m_lx.port())
                .arg(m_lx.identity())
                .toUtf8());
        const passwd* pw = getpwuid(getuid());
        const QString profile = writeFile(m_lx.dir() + QStringLiteral("/byname.ini"),
            QStringLiteral("[cluster]\nname=by name\nbackend=linux\nnodes=lx-one lx-two\n[ssh]\nuser=%1\n"
                           "known_hosts=%2\nconfig=%3\nagent=false\n")
                .arg(QString::fromLocal8Bit(pw->pw_name), m_lx.knownHosts(), config)
                .toUtf8());
        std::unique_ptr<ClusterBackend> b = omv::test::backendFor(profile);
        const ClusterSnapshot s = b->snapshot();
        QVERIFY2(s.nodeErrors.isEmpty(), qPrintable(s.nodeErrors.value(1) + s.nodeErrors.value(2)));
        QCOMPARE(s.nodes.size(), 2);
        QCOMPARE(s.node(2)->addresses.first(), QStringLiteral("lx-two"));
        QCOMPARE(s.node(2)->cpus, 2);
        bool bob = false;
        for (const ProcessInfo& p : s.processes)
            bob = bob || (p.node == 2 && p.argv.join(QLatin1Char(' ')) == QLatin1String("sshd: bob"));
        QVERIFY(bob);
    }

    void collectorReadsItsProfileAgainOnSighup()
    {
        // The collector records nodes 1 and 2; the profile gains node 3 and the collector is sent
        // SIGHUP (systemctl reload): node 3 is recorded from then on, and what nodes 1 and 2 run
        // stays one span each — nothing ended and begun again. A profile that no longer loads
        // leaves it as it was.
        const passwd* pw = getpwuid(getuid());
        const QString ssh
            = QStringLiteral("[ssh]\nuser=%1\nport=%2\nidentity=%3\nknown_hosts=%4\nconfig=none\nagent=false\n")
                  .arg(QString::fromLocal8Bit(pw->pw_name))
                  .arg(m_lx.port())
                  .arg(m_lx.identity(), m_lx.knownHosts());
        const QString path = m_lx.dir() + QStringLiteral("/reload.ini");
        writeFile(path, (QStringLiteral("[cluster]\nbackend=linux\nnodes=127.0.1.[1-2]\n") + ssh).toUtf8());
        const QString db = m_files.path() + QStringLiteral("/reload.db");
        QProcess c;
        c.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), path, QStringLiteral("--db"), db, QStringLiteral("--interval"),
                QStringLiteral("1") });
        const auto cleanup = qScopeGuard([&] {
            c.kill();
            c.waitForFinished();
        });
        const auto count = [&](const char* sql) -> qint64 {
            sql::Database d;
            if (!QFile::exists(db) || !d.open(db, sql::Database::Mode::ReadOnly))
                return -1;
            sql::Statement q = d.prepare(sql);
            return q.step() ? q.int64(0) : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(count("SELECT count(DISTINCT ts) FROM node_sample") >= 2, 20000);
        QCOMPARE(count("SELECT count(*) FROM node_sample WHERE node_id = 3"), 0);
        const qint64 open12 = count("SELECT count(*) FROM process_span WHERE end_ts IS NULL");
        const qint64 spans12 = count("SELECT count(*) FROM process_span");
        QVERIFY(open12 > 0);
        writeFile(path, (QStringLiteral("[cluster]\nbackend=linux\nnodes=127.0.1.[1-3]\n") + ssh).toUtf8());
        ::kill(pid_t(c.processId()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(count("SELECT count(*) FROM node_sample WHERE node_id = 3") >= 2, 20000);
        QCOMPARE(count("SELECT count(*) FROM process_span WHERE home IN (1, 2) AND end_ts IS NOT NULL"), 0);
        QCOMPARE(count("SELECT count(*) FROM process_span WHERE home IN (1, 2)"), spans12);
        QVERIFY(count("SELECT count(*) FROM node_sample WHERE node_id = 3 AND up = 1") >= 2);
        // A broken profile: said, and sampling goes on with the one before.
        writeFile(path, "[cluster]\nbackend=bogus\n");
        ::kill(pid_t(c.processId()), SIGHUP);
        const qint64 before = count("SELECT count(DISTINCT ts) FROM node_sample");
        QTRY_VERIFY_WITH_TIMEOUT(
            count("SELECT count(DISTINCT ts) FROM node_sample WHERE node_id = 3") >= before, 20000);
        ::kill(pid_t(c.processId()), SIGTERM);
        QVERIFY(c.waitForFinished(15000));
        const QByteArray err = c.readAllStandardError();
        QCOMPARE(c.exitCode(), 0);
        QVERIFY2(err.contains("SIGHUP: profile read again") && err.contains("SIGHUP: keeping the profile read before"),
            err.constData());
    }

    void probeSaysWhatEachNodeHas()
    {
        // Node 1: CRIU 4.1.1 on omsim's kernel 6.1. Node 2: Debian 12's 3.17 on a 6.16 kernel.
        // Node 3: no criu at all. Then node 3's `criu check` fails.
        criuSettings(2, "version 3.17.1\n");
        QVERIFY(m_lx.ctl(QStringLiteral("node 2 osrelease 6.16.3-amd64")));
        criuSettings(3, "absent\n");
        std::unique_ptr<ClusterBackend> b = backend();
        auto* lx = dynamic_cast<LinuxBackend*>(b.get());
        const CriuSupport one = lx->criuSupport(1), two = lx->criuSupport(2), three = lx->criuSupport(3);
        QVERIFY2(one.usable, qPrintable(one.text));
        QCOMPARE(one.version, QStringLiteral("4.1.1"));
        QCOMPARE(one.kernel, QStringLiteral("6.1.0-omsim"));
        QVERIFY2(one.text.contains(QLatin1String("migration available")), qPrintable(one.text));
        QVERIFY(!two.usable);
        QVERIFY2(two.text.contains(QLatin1String("3.17.1")) && two.text.contains(QLatin1String("6.16.3"))
                && two.text.contains(QLatin1String("vDSO")) && two.text.contains(QLatin1String("4.1")),
            qPrintable(two.text));
        QVERIFY(!three.usable);
        QVERIFY2(three.text.contains(QLatin1String("not installed")), qPrintable(three.text));
        // Once per node: asked again, the backend answers from what it found.
        criuSettings(3, "fail check\n");
        QCOMPARE(lx->criuSupport(3).text, three.text);
        std::unique_ptr<ClusterBackend> fresh = backend();
        const CriuSupport failing = dynamic_cast<LinuxBackend*>(fresh.get())->criuSupport(3);
        QVERIFY(!failing.usable);
        QVERIFY2(failing.text.contains(QLatin1String("criu check")) && failing.text.contains(QLatin1String("PTRACE")),
            qPrintable(failing.text));
        // A move to a node without a working CRIU is refused before anything is stopped.
        const int pid = renderPid(1);
        lx->snapshot(); // a move works from the sampler's last snapshot
        clearCalls();
        const CommandOutcome o = test::send(*lx, Command::migrate(1, pid, 2));
        QVERIFY(!o.ok());
        QVERIFY2(
            o.error.contains(QLatin1String("node 2")) && o.error.contains(QLatin1String("4.1")), qPrintable(o.error));
        QVERIFY(criuCalls(1).isEmpty());
        QCOMPARE(omsimNodeOf(pid), 1);
        QCOMPARE(omsimState(1, pid), QLatin1Char('R'));
        criuSettings(2, QByteArray());
        criuSettings(3, QByteArray());
        QVERIFY(m_lx.ctl(QStringLiteral("node 2 osrelease 6.1.0-omsim")));
    }

    void migrateStreamsTheCheckpointAndKeepsTheName()
    {
        const int pid = renderPid(1);
        QVERIFY(pid > 0);
        StoreWriter store;
        QString error;
        const QString db = m_files.path() + QStringLiteral("/criu.db");
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QVERIFY2(store.record(m_backend->snapshot(), &error), qPrintable(error));
        clearCalls();
        const CommandOutcome o = test::send(*m_backend, Command::migrate(1, pid, 2));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY2(o.note.contains(QLatin1String("relayed from node 1 to node 2")), qPrintable(o.note));
        // The stand-in was asked exactly this: a dump that leaves the original stopped, into a
        // fresh folder; a detached restore with a pid file. No --shell-job: omsim's processes
        // lead their own session and have no terminal.
        const QStringList dump = criuCalls(1), restore = criuCalls(2);
        // This backend's probe (--version, check, check --feature mem_dirty_track: the stand-in
        // has no pre-dump, so the move is a plain one), then the dump.
        QCOMPARE(dump.size(), 4);
        QCOMPARE(restore.size(), 4);
        QCOMPARE(dump[2], QStringLiteral("criu check --feature mem_dirty_track"));
        QVERIFY2(QRegularExpression(QStringLiteral("^criu dump -t %1 -D /tmp/openmosixview-criu\\.\\w{6} "
                                                   "--leave-stopped -o dump\\.log -v2$")
                                        .arg(pid))
                     .match(dump.last())
                     .hasMatch(),
            qPrintable(dump.join(QLatin1Char('|'))));
        QVERIFY2(QRegularExpression(QStringLiteral("^criu restore -D /tmp/openmosixview-criu\\.\\w{6} -d --pidfile "
                                                   "/tmp/openmosixview-criu\\.\\w{6}/pid -o restore\\.log -v2$"))
                     .match(restore.last())
                     .hasMatch(),
            qPrintable(restore.join(QLatin1Char('|'))));
        // omsim: on node 2 only, running, with the same pid; no image folder left on either side.
        QCOMPARE(omsimNodeOf(pid), 2);
        QCOMPARE(omsimState(2, pid), QLatin1Char('R'));
        QVERIFY(QDir(QStringLiteral("/tmp")).entryList({ QStringLiteral("openmosixview-criu.*") }).isEmpty());
        // Its line there, once the restore ran: no longer pending ("-") but with the start time
        // the restored process has (omsim's stat, field 22), so that a pid reused later is not
        // taken for it.
        QCOMPARE(migratedFile(2), QByteArray::number(pid) + " 1 1 " + omsimStartTicks(2, pid) + '\n');
        // The suite: still process `pid` of node 1, now on node 2, a guest there, moved once.
        const ClusterSnapshot s = m_backend->snapshot();
        const ProcessInfo* p = find(s, 1, pid);
        QVERIFY(p);
        QCOMPARE(p->node, NodeId(2));
        QCOMPARE(p->migrations, 1);
        QCOMPARE(p->argv.join(QLatin1Char(' ')), QStringLiteral("render --frame 1"));
        QVERIFY(!find(s, 2, pid));
        bool guest = false;
        for (const GuestProcess& g : s.guests)
            guest = guest || (g.node == 2 && g.pid == pid && g.homeNode == 1 && g.homePid == pid);
        QVERIFY(guest);
        // The history: a move, not an end and a start.
        QVERIFY2(store.record(s, &error), qPrintable(error));
        store.close();
        const QVector<MigrationRow> moves = movesIn(db, 1, pid);
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0].from, NodeId(1));
        QCOMPARE(moves[0].to, NodeId(2));

        // Commands for it go where it runs now.
        QVERIFY(test::send(*m_backend, Command::renice(1, pid, 7)).ok());
        QVERIFY(test::send(*m_backend, Command::sendSignal(1, pid, ProcessSignal::Stop)).ok());
        QCOMPARE(omsimState(2, pid), QLatin1Char('T'));
        QCOMPARE(find(m_backend->snapshot(), 1, pid)->nice, 7);
        QVERIFY(test::send(*m_backend, Command::sendSignal(1, pid, ProcessSignal::Cont)).ok());

        // On to node 3, then home: the name stays, the count goes on, node 2 forgets it.
        QVERIFY2(test::send(*m_backend, Command::migrate(1, pid, 3)).ok(), "to node 3");
        QCOMPARE(omsimNodeOf(pid), 3);
        QVERIFY(!migratedFile(2).contains(QByteArray::number(pid) + ' '));
        const ProcessInfo* on3 = find(m_backend->snapshot(), 1, pid);
        QVERIFY(on3 && on3->node == 3 && on3->migrations == 2 && on3->nice == 7);
        const CommandOutcome back = test::send(*m_backend, Command::migrateHome(1, pid));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(omsimNodeOf(pid), 1);
        const ProcessInfo* atHome = find(m_backend->snapshot(), 1, pid);
        QVERIFY(atHome && atHome->node == 1 && !atHome->isMigrated());
        QVERIFY(!migratedFile(3).contains(QByteArray::number(pid) + ' '));
        // At home it is no guest, but it moved three times: its home keeps the count (and the
        // start time, never a pending line), and the suite shows it.
        QCOMPARE(atHome->migrations, 3);
        QCOMPARE(migratedFile(1), QByteArray::number(pid) + " 1 3 " + omsimStartTicks(1, pid) + '\n');
        bool guestAtHome = false;
        for (const GuestProcess& g : m_backend->snapshot().guests)
            guestAtHome = guestAtHome || g.pid == pid;
        QVERIFY(!guestAtHome);
    }

    void everyFailedStepLeavesTheOriginalRunning_data()
    {
        QTest::addColumn<int>("failOn");
        QTest::addColumn<QByteArray>("setting");
        QTest::addColumn<QString>("says");
        QTest::newRow("dump") << 1 << QByteArray("fail dump\n") << QStringLiteral("Dumping FAILED");
        QTest::newRow("restore") << 2 << QByteArray("fail restore\n") << QStringLiteral("Restoring FAILED");
        QTest::newRow("pid taken on the target") << 0 << QByteArray() << QStringLiteral("File exists");
        QTest::newRow("target down before the images") << -2 << QByteArray() << QStringLiteral("node 2");
    }
    void everyFailedStepLeavesTheOriginalRunning()
    {
        QFETCH(int, failOn);
        QFETCH(QByteArray, setting);
        QFETCH(QString, says);
        const int pid = renderPid(2);
        QVERIFY(pid > 0);
        // A node that went down leaves its connection waiting before it dials again: that case
        // has a backend of its own.
        std::unique_ptr<ClusterBackend> fresh = failOn == -2 ? backend() : nullptr;
        LinuxBackend* lx = fresh ? dynamic_cast<LinuxBackend*>(fresh.get()) : m_backend;
        lx->snapshot();
        QVERIFY(lx->criuSupport(2).usable); // probed while node 2 is up
        if (failOn > 0)
            criuSettings(failOn, setting);
        if (failOn == 0) // a process of node 2 holds the pid already
            QVERIFY(m_lx.ctl(QStringLiteral("restore 2 %1 1001 50 4 0 0 squatter squatter").arg(pid)));
        if (failOn == -2)
            QVERIFY(m_lx.stopNode(2));
        const CommandOutcome o = test::send(*lx, Command::migrate(1, pid, 2));
        criuSettings(1, QByteArray());
        criuSettings(2, QByteArray());
        if (failOn == -2)
            QVERIFY(m_lx.startNode(2));
        QVERIFY(!o.ok());
        QVERIFY2(o.error.contains(says), qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("goes on")), qPrintable(o.error));
        // Nothing lost: the original runs on where it was, no copy anywhere else, no line
        // naming it a guest, no image folder.
        QCOMPARE(omsimState(1, pid), QLatin1Char('R'));
        if (failOn == 0) {
            QVERIFY(m_lx.ctl(QStringLiteral("kill 2 %1 KILL").arg(pid)));
        }
        QCOMPARE(omsimNodeOf(pid), 1);
        QVERIFY(!migratedFile(2).contains(QByteArray::number(pid) + ' '));
        QVERIFY(QDir(QStringLiteral("/tmp")).entryList({ QStringLiteral("openmosixview-criu.*") }).isEmpty());
        const ProcessInfo* p = find(m_backend->snapshot(), 1, pid);
        QVERIFY(p && p->node == 1 && p->state == QLatin1Char('R'));
    }

    void aStoppedProcessStaysStoppedWhenTheMoveFails()
    {
        const int pid = renderPid(3);
        QVERIFY(test::send(*m_backend, Command::sendSignal(1, pid, ProcessSignal::Stop)).ok());
        criuSettings(2, "fail restore\n");
        QVERIFY(!test::send(*m_backend, Command::migrate(1, pid, 2)).ok());
        criuSettings(2, QByteArray());
        QCOMPARE(omsimState(1, pid), QLatin1Char('T'));
        // And moved, it arrives stopped, as it was.
        MOVED(test::send(*m_backend, Command::migrate(1, pid, 2)));
        QCOMPARE(omsimState(2, pid), QLatin1Char('T'));
        MOVED(test::send(*m_backend, Command::migrateHome(1, pid)));
        QVERIFY(test::send(*m_backend, Command::sendSignal(1, pid, ProcessSignal::Cont)).ok());
    }

    void aSharedImageFolderIsUsedInsteadOfTheStream()
    {
        const QString shared = m_files.path() + QStringLiteral("/shared criu"); // a space: quoted
        QVERIFY(QDir().mkpath(shared));
        std::unique_ptr<ClusterBackend> b = backend(QStringLiteral("[linux]\nimages=%1\n").arg(shared));
        b->snapshot();
        const int pid = renderPid(4);
        clearCalls();
        const CommandOutcome o = test::send(*b, Command::migrate(1, pid, 3));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY2(o.note.contains(QLatin1String("through ")) && o.note.contains(shared), qPrintable(o.note));
        QVERIFY2(criuCalls(1).last().contains(QStringLiteral(" -D ") + shared + QStringLiteral("/openmosixview-criu.")),
            qPrintable(criuCalls(1).join(QLatin1Char('|'))));
        QVERIFY2(criuCalls(3).last().contains(QStringLiteral(" -D ") + shared + QStringLiteral("/openmosixview-criu.")),
            qPrintable(criuCalls(3).join(QLatin1Char('|'))));
        QCOMPARE(omsimNodeOf(pid), 3);
        QVERIFY(QDir(shared).isEmpty());
        MOVED(test::send(*b, Command::migrateHome(1, pid)));
    }

    void collectorModeRecordsTheMove()
    {
        // As the collector reads nodes: figures and pids each sample, details once; the line
        // that names a guest changes what node 2 lists though its pids are a new set anyway.
        std::unique_ptr<ClusterBackend> b = backend();
        auto* lx = dynamic_cast<LinuxBackend*>(b.get());
        lx->setCollectorMode(true);
        StoreWriter store;
        QString error;
        const QString db = m_files.path() + QStringLiteral("/collector.db");
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QVERIFY2(store.record(lx->snapshot(), &error), qPrintable(error));
        QVERIFY2(store.record(lx->snapshot(), &error), qPrintable(error));
        const int pid = renderPid(5);
        MOVED(test::send(*m_backend, Command::migrate(1, pid, 2))); // by another program, as a window would
        for (int i = 0; i < 3; ++i) { // the move, then samples where nothing changes
            const ClusterSnapshot s = lx->snapshot();
            const ProcessInfo* p = find(s, 1, pid);
            QVERIFY(p && p->node == 2);
            QVERIFY(!s.unchangedHomes.contains(2)); // a node with guests lists them every time
            QVERIFY2(store.record(s, &error), qPrintable(error));
        }
        store.close();
        const QVector<MigrationRow> moves = movesIn(db, 1, pid);
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0].to, NodeId(2));
        MOVED(test::send(*m_backend, Command::migrateHome(1, pid)));
    }

    void aCommandNeverSamples()
    {
        // Sampling is the sampler thread's (its sequence, CPU times and collector memory are
        // its own): a move works from the snapshot it left, and says so when there is none.
        std::unique_ptr<ClusterBackend> b = backend();
        const int pid = renderPid(3);
        QVERIFY(pid > 0);
        for (const Command& c : { Command::migrate(1, pid, 2), Command::migrateBest(1, pid) }) {
            const CommandOutcome o = b->apply(c);
            QVERIFY(!o.ok());
            QVERIFY2(o.error.contains(QLatin1String("no sample of the cluster yet")), qPrintable(o.error));
        }
        QCOMPARE(b->snapshot().sequence, quint64(1)); // nothing was sampled before
        QCOMPARE(omsimNodeOf(pid), 1);
    }

    void aMoveByAnotherWindowIsFollowed()
    {
        // This backend's last snapshot has the process on node 1; another program moved it to
        // node 3 since. The dump on node 1 finds nothing: looked up again, moved from node 3.
        std::unique_ptr<ClusterBackend> other = backend();
        other->snapshot();
        const int pid = renderPid(4);
        MOVED(test::send(*m_backend, Command::migrate(1, pid, 3)));
        const CommandOutcome o = test::send(*other, Command::migrate(1, pid, 2));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(omsimNodeOf(pid), 2);
        QCOMPARE(o.ranOn, NodeId(3));
        MOVED(test::send(*other, Command::migrateHome(1, pid)));
        QCOMPARE(omsimNodeOf(pid), 1);
    }

    void aPidTakenAgainAtHomeIsTheHomesOwn()
    {
        const int pid = renderPid(1);
        MOVED(test::send(*m_backend, Command::migrate(1, pid, 2)));
        // Node 1 gives the pid to a new process (it was free there after the move).
        QVERIFY(m_lx.ctl(QStringLiteral("restore 1 %1 1000 50 4 0 0 newcomer newcomer").arg(pid)));
        const ClusterSnapshot s = m_backend->snapshot();
        const ProcessInfo* home = find(s, 1, pid);
        const ProcessInfo* moved = find(s, 2, pid);
        QVERIFY(home && moved);
        QCOMPARE(home->argv.first(), QStringLiteral("newcomer"));
        QCOMPARE(home->node, NodeId(1));
        QCOMPARE(moved->argv.first(), QStringLiteral("render"));
        QCOMPARE(moved->node, NodeId(2));
        QVERIFY(m_lx.ctl(QStringLiteral("kill 1 %1 KILL").arg(pid)));
        MOVED(test::send(*m_backend, Command::migrate(2, pid, 1))); // the adopted one can go back by its new name
        QCOMPARE(omsimNodeOf(pid), 1);
    }
};

QTEST_GUILESS_MAIN(TestCriuSsh)
#include "tst_criu_ssh.moc"
