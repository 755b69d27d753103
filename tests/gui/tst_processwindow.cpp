// openmosixprocs, offscreen, against omsim through real sshd on 127.0.1.x: every action of the
// migrator reaches omsim, and the table shows the result after the next sample.
#include "core/control/controlserver.h"
#include "core/store/store.h"
#include "guestpanel.h"
#include "gui/clustersession.h"
#include "gui/guesttablemodel.h"
#include "gui/processtablemodel.h"
#include "migratordialog.h"
#include "processwindow.h"
#include "support/snapshotwait.h"
#include "support/testcluster.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <limits>
#include <memory>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

namespace
{
QString writeScenario(const QTemporaryDir& dir)
{
    return omv::test::writeText(dir.path(), QStringLiteral("procs.scenario"), R"(kernel openmosix
node 1 speed=10000 cpus=1 mem=4096
node 2 speed=10000 cpus=1 mem=4096
node 3 speed=20000 cpus=2 mem=8192
spawn 1 1 cmd="lame --preset extreme track.wav" user=alice cpu=0.2 mem=40
spawn 2 1 cmd="make -j4" user=bob cpu=0.2 mem=100
)");
}
} // namespace

class TestProcessWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_om { omv::test::testPort(22340), writeScenario(m_files), { QStringLiteral("--manual") } };
    std::unique_ptr<ProcessWindow> m_window;

    bool nextSnapshot() { return omv::test::nextSnapshot(m_window.get(), &ProcessWindow::snapshotApplied); }
    // Starts a process on `node` through omsim's control file: every argv word whole.
    bool spawn(int node, const QStringList& argv, bool locked = false, int demandMilli = 200)
    {
        QStringList f { QStringLiteral("spawn"), QString::number(node), QStringLiteral("1000"),
            QString::number(demandMilli), QStringLiteral("20"), locked ? QStringLiteral("1") : QStringLiteral("0"),
            QStringLiteral("0") };
        return m_om.ctl((f + argv).join(QChar(0)));
    }
    // The processes in the window's latest snapshot with this command line.
    QVector<ProcessInfo> find(const QStringList& argv) const
    {
        QVector<ProcessInfo> out;
        for (const ProcessInfo& p : m_window->model()->snapshot().processes) {
            if (p.argv == argv)
                out << p;
        }
        return out;
    }
    ProcessInfo one(const QStringList& argv) const
    {
        const QVector<ProcessInfo> found = find(argv);
        return found.size() == 1 ? found.first() : ProcessInfo();
    }
    MigratorDialog* migratorFor(const QVector<ProcessInfo>& procs)
    {
        QSet<qint64> keys;
        for (const ProcessInfo& p : procs)
            keys.insert(ProcessTableModel::key(p.homeNode, p.pid));
        m_window->selectKeys(keys);
        return m_window->openMigrator();
    }
    // Runs an action of the migrator and waits for its outcomes.
    QVector<CommandOutcome> act(MigratorDialog* d, const std::function<void()>& action)
    {
        QSignalSpy finished(d, &MigratorDialog::finished);
        action();
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<QVector<CommandOutcome>>();
    }
    QByteArray procFile(const ProcessInfo& p, const char* file) const
    {
        return m_om.readRoot(QStringLiteral("%1/%2/%3").arg(p.homeNode).arg(p.pid).arg(QLatin1String(file))).trimmed();
    }

    // What omsim's node lists in hpc/remote, as "runs-on/pid-there/home/pid-at-home", read from
    // its files directly.
    QStringList omsimGuests(int node) const
    {
        QStringList out;
        const QString dir = m_om.root() + QStringLiteral("/%1/hpc/remote").arg(node);
        for (const QString& pid : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QByteArray id = m_om.readRoot(QStringLiteral("%1/hpc/remote/%2/identity").arg(node).arg(pid));
            const QList<QByteArray> f = id.simplified().split(' ');
            out << QStringLiteral("%1/%2/%3/%4")
                       .arg(node)
                       .arg(pid, QString::fromLatin1(f.value(0)), QString::fromLatin1(f.value(1)));
        }
        out.sort();
        return out;
    }
    QStringList panelGuests() const
    {
        QStringList out;
        const GuestTableModel* m = m_window->guestPanel()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const GuestProcess* g = m->guestAt(r);
            out << QStringLiteral("%1/%2/%3/%4").arg(g->node).arg(g->pid).arg(g->homeNode).arg(g->homePid);
        }
        out.sort();
        return out;
    }

    // The Guests tab's row of a home process, or -1.
    int guestRow(NodeId home, int homePid) const
    {
        const GuestTableModel* m = m_window->guestPanel()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->guestAt(r)->homeNode == home && m->guestAt(r)->homePid == homePid)
                return r;
        }
        return -1;
    }

    // A collector recording the test cluster into `db`, answering on its control socket; it is
    // stopped when the value goes.
    struct Collector {
        std::unique_ptr<QProcess> process;
        bool running = false;
        Collector() = default;
        Collector(Collector&&) = default;
        ~Collector()
        {
            if (process) {
                process->terminate();
                process->waitForFinished(10000);
            }
        }
    };
    Collector startCollector(const QString& db)
    {
        Collector c;
        c.process = std::make_unique<QProcess>();
        c.process->setProcessChannelMode(QProcess::ForwardedChannels);
        c.process->start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), m_om.writeProfile(QStringLiteral("openmosix")), QStringLiteral("--db"), db,
                QStringLiteral("--interval"), QStringLiteral("1") });
        QString answer;
        for (QElapsedTimer t; !c.running && (!t.isValid() || t.elapsed() < 15000); QTest::qWait(100)) {
            if (!t.isValid())
                t.start();
            c.running = control::request(db, control::statusRequest(), &answer);
        }
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_om.start(&error), qPrintable(error));
        auto session
            = std::make_unique<ClusterSession>(omv::test::backendFor(m_om.writeProfile(QStringLiteral("openmosix"))));
        m_window = std::make_unique<ProcessWindow>(std::move(session), QStringLiteral("test cluster"));
        m_window->show();
        QVERIFY(nextSnapshot());
        QTRY_VERIFY_WITH_TIMEOUT(!find({ QStringLiteral("make"), QStringLiteral("-j4") }).isEmpty(), 15000);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_om.stop();
    }

    void migrateToNode3HomeAndBest()
    {
        const QStringList lame { QStringLiteral("lame"), QStringLiteral("--preset"), QStringLiteral("extreme"),
            QStringLiteral("track.wav") };
        ProcessInfo p = one(lame);
        QVERIFY(p.pid > 0);
        QCOMPARE(p.node, 1);
        MigratorDialog* d = migratorFor({ p });
        QVERIFY(d);
        QVERIFY(d->nodeList()->count() == 3);
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            d->grab().save(qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixprocs-migrator.png"));
        // Double-click (Enter) on node 3 in the list.
        QVector<CommandOutcome> out = act(d, [&] { emit d->nodeList()->itemActivated(d->nodeList()->item(2)); });
        QCOMPARE(out.size(), 1);
        QVERIFY2(out.first().ok(), qPrintable(out.first().error));
        QCOMPARE(procFile(p, "where"), QByteArray("3"));
        QVERIFY(nextSnapshot());
        QCOMPARE(one(lame).node, 3);
        // The migrator's heading follows it (it kept naming the node the process had left).
        QTRY_VERIFY2_WITH_TIMEOUT(
            d->heading().contains(QLatin1String("runs on node 3")), qPrintable(d->heading()), 5000);
        const int row = m_window->model()->rowOfKey(ProcessTableModel::key(p.homeNode, p.pid));
        QVERIFY(row >= 0);
        QCOMPARE(m_window->model()->index(row, ProcessTableModel::NodeColumn).data().toString(), QStringLiteral("3"));
        QVERIFY(m_window->model()
                    ->index(row, ProcessTableModel::NodeColumn)
                    .data(ProcessTableModel::MigratedRole)
                    .toBool());
        // The selection survived the refresh.
        QCOMPARE(m_window->selectedProcesses().size(), 1);
        QCOMPARE(m_window->selectedProcesses().first().pid, p.pid);

        out = act(d, [&] { d->button(QStringLiteral("home"))->click(); });
        QVERIFY2(!out.isEmpty() && out.first().ok(), qPrintable(d->results()));
        QCOMPARE(procFile(p, "where"), QByteArray("0")); // at home
        // Best node: node 1 carries it alone while node 3 is faster and idle.
        out = act(d, [&] { d->button(QStringLiteral("best"))->click(); });
        QVERIFY2(!out.isEmpty() && out.first().ok(), qPrintable(d->results()));
        QVERIFY(nextSnapshot());
        QVERIFY(!one(lame).commandLine().isEmpty());
        d->close();
    }

    void stopContinueReniceKill()
    {
        QVERIFY(spawn(2, { QStringLiteral("victim"), QStringLiteral("--run") }));
        QVERIFY(nextSnapshot());
        ProcessInfo p = one({ QStringLiteral("victim"), QStringLiteral("--run") });
        QVERIFY(p.pid > 0);
        MigratorDialog* d = migratorFor({ p });
        QVERIFY(!act(d, [&] { d->button(QStringLiteral("stop"))->click(); }).isEmpty());
        QVERIFY(nextSnapshot());
        QCOMPARE(one({ QStringLiteral("victim"), QStringLiteral("--run") }).state, QLatin1Char('T'));
        QVERIFY(!act(d, [&] { d->button(QStringLiteral("continue"))->click(); }).isEmpty());
        QVERIFY(nextSnapshot());
        QVERIFY(one({ QStringLiteral("victim"), QStringLiteral("--run") }).state != QLatin1Char('T'));
        QVector<CommandOutcome> out = act(d, [&] { d->renice(7); });
        QVERIFY2(!out.isEmpty() && out.first().ok(), qPrintable(d->results()));
        QVERIFY(nextSnapshot());
        QCOMPARE(one({ QStringLiteral("victim"), QStringLiteral("--run") }).nice, 7);
        out = act(d, [&] { d->kill(false); });
        QVERIFY2(!out.isEmpty() && out.first().ok(), qPrintable(d->results()));
        QVERIFY(nextSnapshot());
        QVERIFY(find({ QStringLiteral("victim"), QStringLiteral("--run") }).isEmpty());
        QCOMPARE(m_window->model()->rowOfKey(ProcessTableModel::key(p.homeNode, p.pid)), -1);
        d->close();
    }

    void lockedProcessIsNeverMoved()
    {
        // Four busy processes on one node of one CPU: the balancer wants to spread them, but they
        // are locked.
        for (int i = 0; i < 4; ++i)
            QVERIFY(spawn(1, { QStringLiteral("busy"), QString::number(i) }, true, 1000));
        QVERIFY(m_om.ctl(QStringLiteral("step 30")));
        QVERIFY(nextSnapshot());
        QVector<ProcessInfo> busy;
        for (int i = 0; i < 4; ++i) {
            busy << one({ QStringLiteral("busy"), QString::number(i) });
            QVERIFY(busy.last().pid > 0);
            QCOMPARE(busy.last().node, 1);
            QVERIFY(busy.last().locked);
        }
        MigratorDialog* d = migratorFor({ busy.first() });
        QVector<CommandOutcome> out = act(d, [&] { d->button(QStringLiteral("unlock"))->click(); });
        QVERIFY2(!out.isEmpty() && out.first().ok(), qPrintable(d->results()));
        d->close();
        QVERIFY(m_om.ctl(QStringLiteral("step 30")));
        QVERIFY(nextSnapshot());
        QVERIFY(!one({ QStringLiteral("busy"), QStringLiteral("0") }).locked);
        QVERIFY2(one({ QStringLiteral("busy"), QStringLiteral("0") }).node != 1, "unlocked, the balancer moved it");
        for (int i = 1; i < 4; ++i)
            QCOMPARE(one({ QStringLiteral("busy"), QString::number(i) }).node, 1);
    }

    void severalAtOnceOneFailing()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(spawn(2, { QStringLiteral("batch"), QString::number(i) }));
        QVERIFY(nextSnapshot());
        QVector<ProcessInfo> batch;
        for (int i = 0; i < 3; ++i)
            batch << one({ QStringLiteral("batch"), QString::number(i) });
        MigratorDialog* d = migratorFor(batch);
        QVERIFY(d);
        QVERIFY(d->windowTitle().contains(QLatin1String("3")));
        // One of them ends before the migrator acts.
        QVERIFY(m_om.ctl(QStringLiteral("kill\0002\000%1\000KILL").arg(batch[1].pid)));
        const QVector<CommandOutcome> out = act(d, [&] { d->migrateTo(3); });
        QCOMPARE(out.size(), 3);
        for (const CommandOutcome& o : out) // the one that ended fails, the others move
            QVERIFY2(o.ok() == (o.command.pid != batch[1].pid), qPrintable(d->results()));
        QVERIFY(d->results().contains(QLatin1String("FAILED")));
        QCOMPARE(procFile(batch[0], "where"), QByteArray("3"));
        QCOMPARE(procFile(batch[2], "where"), QByteArray("3"));
        d->close();
    }

    void hostileCommandLinesAreLiteralAndWork()
    {
        const QVector<QStringList> hostile {
            { QStringLiteral("<b>x</b>") },
            { QStringLiteral("$(reboot)"), QStringLiteral("`id`") },
            { QStringLiteral("quo'te\"s") },
            { QStringLiteral("new\nline") },
            { QStringLiteral("long"), QString(4096, QLatin1Char('a')) },
        };
        for (const QStringList& argv : hostile)
            QVERIFY(spawn(3, argv));
        QVERIFY(nextSnapshot());
        for (const QStringList& argv : hostile) {
            const ProcessInfo p = one(argv);
            QVERIFY2(p.pid > 0, qPrintable(argv.first()));
            const int row = m_window->model()->rowOfKey(ProcessTableModel::key(p.homeNode, p.pid));
            QCOMPARE(m_window->model()->index(row, ProcessTableModel::CommandColumn).data().toString(),
                ProcessTableModel::displayText(argv.join(QLatin1Char(' '))));
            MigratorDialog* d = migratorFor({ p });
            const QVector<CommandOutcome> out = act(d, [&] { d->migrateTo(2); });
            QVERIFY2(!out.isEmpty() && out.first().ok(), qPrintable(d->results()));
            QCOMPARE(procFile(p, "where"), QByteArray("2"));
            d->close();
        }
        QCOMPARE(m_window->model()
                     ->index(m_window->model()->rowOfKey(ProcessTableModel::key(3, one(hostile[3]).pid)),
                         ProcessTableModel::CommandColumn)
                     .data()
                     .toString(),
            QStringLiteral("new\\nline"));
        // The filter finds them as typed.
        m_window->filterEdit()->setText(QStringLiteral("<b>"));
        QCOMPARE(m_window->model()->rowCount(), 1);
        m_window->filterEdit()->clear();
    }

    // With a collector recording the cluster, every action lands in its audit trail: who, what,
    // which process and node, the result; a migration it caused is recorded with cause "admin".
    void actionsGoToTheAuditTrail()
    {
        const QString db = m_files.path() + QStringLiteral("/audit.db");
        const Collector collector = startCollector(db);
        QVERIFY(collector.running);
        ClusterOrigin origin;
        origin.databasePath = db;
        m_window->setOrigin(origin);
        QVERIFY(spawn(1, { QStringLiteral("audited") }));
        QVERIFY(nextSnapshot());
        const ProcessInfo p = one({ QStringLiteral("audited") });
        QVERIFY(p.pid > 0);
        // The collector must have seen it at home first, or there is no move to record.
        auto recordedOn = [&](NodeId node) {
            StoreReader r;
            QString error;
            if (!r.open(db, &error))
                return false;
            for (const SpanRow& span : r.processesAt(QDateTime::currentMSecsSinceEpoch())) {
                if (span.home == p.homeNode && span.pid == p.pid)
                    return span.node == node;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(recordedOn(1), 15000);
        MigratorDialog* d = migratorFor({ p });
        QVector<CommandOutcome> out = act(d, [&] { d->migrateTo(2); });
        QVERIFY2(!out.isEmpty() && out.first().ok() && out.first().note.isEmpty(), qPrintable(d->results()));
        out = act(d, [&] { d->renice(5); });
        QVERIFY2(!out.isEmpty() && out.first().ok(), qPrintable(d->results()));
        d->close();
        // The collector samples every second: wait until it has recorded the move.
        auto movedByAdmin = [&] {
            StoreReader r;
            QString error;
            if (!r.open(db, &error))
                return false;
            for (const MigrationRow& m : r.migrations(0, Q_INT64_C(1) << 62)) {
                if (m.pid == p.pid && m.home == p.homeNode && m.to == 2 && m.cause == QLatin1String("admin"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(movedByAdmin(), 15000);
        QString answer;
        QVERIFY(control::request(db, control::stopRequest(), &answer));
        QVERIFY(collector.process->waitForFinished(15000));
        m_window->setOrigin(ClusterOrigin());

        StoreReader r;
        QString error;
        QVERIFY2(r.open(db, &error), qPrintable(error));
        QStringList commands;
        for (const EventRow& e : r.events(0, Q_INT64_C(1) << 62)) {
            if (e.kind == QLatin1String("command")) {
                commands << e.detail;
                // Who: the user the collector saw on the connection; which tool: as the tool says.
                QCOMPARE(e.actor, control::userName(::getuid()));
                QVERIFY2(e.detail.contains(QLatin1String("via tst_processwindow@")), qPrintable(e.detail));
            }
        }
        QVERIFY2(commands.size() >= 2, qPrintable(commands.join(QLatin1Char('|'))));
        QVERIFY2(commands.join(QLatin1Char('|')).contains(QStringLiteral("migrate %1 2").arg(p.pid)),
            qPrintable(commands.join(QLatin1Char('|'))));
        QVERIFY2(commands.join(QLatin1Char('|')).contains(QStringLiteral("renice -n 5 -p %1").arg(p.pid)),
            qPrintable(commands.join(QLatin1Char('|'))));
        const bool admin = movedByAdmin();
        QVERIFY(admin);
    }

    void logAProcessFromTheWindow()
    {
        // Process ▸ Log at full detail: off while no collector records the cluster; with one, the
        // selected process is marked in its PID cell and the collector keeps its every sample —
        // read back from the file — until the action is unticked.
        const QString db = m_files.path() + QStringLiteral("/log.db");
        ClusterOrigin none;
        none.databasePath = m_files.path() + QStringLiteral("/nobody-records-this.db");
        m_window->setOrigin(none);
        QVERIFY(spawn(1, { QStringLiteral("watched"), QStringLiteral("--frames=9") }));
        QVERIFY(nextSnapshot());
        const ProcessInfo p = one({ QStringLiteral("watched"), QStringLiteral("--frames=9") });
        QVERIFY(p.pid > 0);
        const qint64 key = ProcessTableModel::key(p.homeNode, p.pid);
        m_window->selectKeys({ key });
        QTest::qWait(300);
        QVERIFY(!m_window->logAction()->isEnabled());
        const Collector collector = startCollector(db);
        QVERIFY(collector.running);
        QTest::qWait(1500); // its first samples: it knows the process runs
        ClusterOrigin origin;
        origin.databasePath = db;
        m_window->setOrigin(origin);
        m_window->selectKeys({ key });
        QTRY_VERIFY_WITH_TIMEOUT(m_window->logAction()->isEnabled(), 10000);
        QVERIFY(!m_window->logAction()->isChecked());
        m_window->logAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isLogged(key), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->logAction()->isChecked(), 5000);
        const int row = m_window->model()->rowOfKey(key);
        QVERIFY(row >= 0);
        const QModelIndex pidCell = m_window->model()->index(row, ProcessTableModel::PidColumn);
        QVERIFY(!pidCell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(pidCell.data(Qt::ToolTipRole).toString().contains(QLatin1String("Logged")));
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            m_window->grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixprocs-logged.png"));
        auto logged = [&] {
            StoreReader r;
            QString error;
            return r.open(db, &error)
                ? r.processSamples(p.homeNode, p.pid, 0, std::numeric_limits<qint64>::max()).size()
                : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged() >= 2, 10000);
        m_window->logAction()->trigger(); // off
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->model()->isLogged(key), 10000);
        const int rows = logged();
        QTest::qWait(2500);
        QCOMPARE(logged(), rows); // no more samples once unmarked
    }

    void guestsTabListsExactlyOmsimsGuestsAndSendsThemHome()
    {
        // Guests on node 3 from nodes 1 and 2, one on node 2 from node 1 (moved through the
        // kernel's own goto file: nothing of the suite's).
        QStringList argv[4];
        for (int i = 0; i < 4; ++i) {
            argv[i] = QStringList { QStringLiteral("guestjob"), QString::number(i) };
            QVERIFY(spawn(i == 2 ? 2 : 1, argv[i]));
        }
        QVERIFY(nextSnapshot());
        for (int i = 0; i < 4; ++i) {
            const ProcessInfo p = one(argv[i]);
            QVERIFY(p.pid > 0);
            QFile go(m_om.root() + QStringLiteral("/%1/%2/goto").arg(p.homeNode).arg(p.pid));
            QVERIFY(go.open(QIODevice::WriteOnly));
            go.write(i == 3 ? "2\n" : "3\n");
        }
        m_window->showGuests();
        QVERIFY(nextSnapshot());
        GuestPanel* panel = m_window->guestPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int node = 1; node <= 3; ++node) {
            m_window->setNode(node);
            QCOMPARE(panelGuests(), omsimGuests(node));
        }
        m_window->setNode(3);
        QVERIFY(omsimGuests(3).size() >= 3);
        // Every guest is joined to its home process: its command line is the one spawned.
        const ProcessInfo first = one(argv[0]);
        const int row = guestRow(1, first.pid);
        QVERIFY(row >= 0);
        QCOMPARE(
            panel->model()->index(row, GuestTableModel::CommandColumn).data().toString(), QStringLiteral("guestjob 0"));
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR")) {
            panel->selectKeys({ panel->model()->keyAt(row) });
            m_window->grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixprocs-guests.png"));
        }

        // Send home: the process is at home in omsim, and gone from node 3's guests.
        panel->selectKeys({ panel->model()->keyAt(row) });
        QCOMPARE(panel->selectedGuests().size(), 1);
        QVERIFY(panel->button(QStringLiteral("guestHome"))->isEnabled());
        QSignalSpy finished(panel, &GuestPanel::finished);
        panel->button(QStringLiteral("guestHome"))->click();
        QVERIFY(finished.wait(20000));
        QVector<CommandOutcome> out = finished.takeFirst().first().value<QVector<CommandOutcome>>();
        QCOMPARE(out.size(), 1);
        QVERIFY2(out.first().ok(), qPrintable(out.first().error));
        QCOMPARE(procFile(first, "where"), QByteArray("0"));
        QVERIFY(nextSnapshot());
        QCOMPARE(panelGuests(), omsimGuests(3));
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            QVERIFY(panel->model()->guestAt(r)->homePid != first.pid || panel->model()->guestAt(r)->homeNode != 1);
        QVERIFY2(panel->results().contains(QLatin1String("done")), qPrintable(panel->results()));

        // Send to the best node: the cluster picks (node 3, the fast one, keeps it) and says so.
        const ProcessInfo second = one(argv[1]);
        const int row2 = guestRow(1, second.pid);
        QVERIFY(row2 >= 0);
        panel->selectKeys({ panel->model()->keyAt(row2) });
        panel->button(QStringLiteral("guestBest"))->click();
        QVERIFY(finished.wait(20000));
        out = finished.takeFirst().first().value<QVector<CommandOutcome>>();
        QCOMPARE(out.size(), 1);
        QVERIFY2(out.first().ok(), qPrintable(out.first().error));
        QCOMPARE(out.first().command.kind, Command::Kind::MigrateBest);
        QCOMPARE(out.first().command.pid, second.pid);
        QVERIFY(nextSnapshot());
        QCOMPARE(panelGuests(), omsimGuests(3));
        m_window->setNode(0);
        m_window->showGuests(false);
    }

    void filtersAndTheModelTester()
    {
        QAbstractItemModelTester tester(m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setNode(3);
        for (int r = 0; r < m_window->model()->rowCount(); ++r)
            QCOMPARE(m_window->model()->processAt(r)->node, 3);
        m_window->setOnlyGuests(true);
        QVERIFY(m_window->model()->rowCount() >= 1);
        for (int r = 0; r < m_window->model()->rowCount(); ++r)
            QVERIFY(m_window->model()->processAt(r)->homeNode != 3);
        m_window->setNode(0);
        m_window->setOnlyGuests(false);
        m_window->table()->sortByColumn(ProcessTableModel::CpuColumn, Qt::DescendingOrder);
        QVERIFY(nextSnapshot());
        QVERIFY(nextSnapshot());
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            m_window->grab().save(qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixprocs.png"));
    }
};

QTEST_MAIN(TestProcessWindow)
#include "tst_processwindow.moc"
