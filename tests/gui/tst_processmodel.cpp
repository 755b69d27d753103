// The process table model alone: filters, sorting, CPU %, keys across refreshes, literal text,
// and Qt's model checker over refreshes that add, drop and move processes. And the node table's
// speed column on a backend that cannot set speeds.
#include "core/backend/kerneldriver.h"
#include "gui/guesttablemodel.h"
#include "gui/nodetablemodel.h"
#include "gui/processtablemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace omv;

namespace
{
ProcessInfo proc(NodeId home, int pid, NodeId node, const QString& user, const QStringList& argv, qint64 ticks = 0)
{
    ProcessInfo p;
    p.homeNode = home;
    p.pid = pid;
    p.node = node;
    p.user = user;
    p.name = argv.value(0).left(15);
    p.argv = argv;
    p.state = QLatin1Char('R');
    p.cpuTicks = ticks;
    p.rssBytes = qint64(pid) << 20;
    return p;
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

ClusterSnapshot snapshot(qint64 timeMs, QVector<ProcessInfo> processes)
{
    std::sort(processes.begin(), processes.end(), [](const ProcessInfo& a, const ProcessInfo& b) {
        return ProcessTableModel::key(a.homeNode, a.pid) < ProcessTableModel::key(b.homeNode, b.pid);
    });
    ClusterSnapshot s;
    s.timeMs = timeMs;
    s.processes = std::move(processes);
    return s;
}

QStringList column(const ProcessTableModel& m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}
} // namespace

class TestProcessModel : public QObject
{
    Q_OBJECT
private slots:
    void filtersSortAndCpu()
    {
        ProcessTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVector<ProcessInfo> first {
            proc(1, 100, 1, QStringLiteral("alice"), words({ "lame", "--preset", "extreme" }), 1000),
            proc(1, 101, 3, QStringLiteral("bob"), words({ "make", "-j4" }), 500),
            proc(2, 100, 2, QStringLiteral("alice"), words({ "sshd" }), 10),
            proc(3, 7, 1, QStringLiteral("carol"), words({ "render", "frame" }), 0),
        };
        m.applySnapshot(snapshot(10000, first));
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(column(m, ProcessTableModel::PidColumn), words({ "100", "101", "100", "7" })); // home, pid
        QVERIFY(m.index(0, ProcessTableModel::CpuColumn).data().toString().isEmpty()); // no previous sample

        // Two seconds later: CPU % from the ticks (100 per second of one CPU).
        QVector<ProcessInfo> second = first;
        second[0].cpuTicks += 200; // 100 %
        second[1].cpuTicks += 50; // 25 %
        m.applySnapshot(snapshot(12000, second));
        QCOMPARE(m.index(0, ProcessTableModel::CpuColumn).data().toString(), QStringLiteral("100.0"));
        QCOMPARE(m.index(1, ProcessTableModel::CpuColumn).data().toString(), QStringLiteral("25.0"));

        m.sort(ProcessTableModel::CpuColumn, Qt::DescendingOrder);
        QCOMPARE(column(m, ProcessTableModel::CommandColumn).first(), QStringLiteral("lame --preset extreme"));
        m.sort(ProcessTableModel::UserColumn, Qt::AscendingOrder);
        QCOMPARE(column(m, ProcessTableModel::UserColumn), words({ "alice", "alice", "bob", "carol" }));

        ProcessTableModel::Filter f;
        f.text = QStringLiteral("MAKE"); // case-insensitive, in the command line
        m.setFilter(f);
        QCOMPARE(column(m, ProcessTableModel::CommandColumn), words({ "make -j4" }));
        f.text = QStringLiteral("10"); // a number: pids that start with it
        m.setFilter(f);
        QCOMPARE(m.rowCount(), 3);
        f.text.clear();
        f.user = QStringLiteral("alice");
        m.setFilter(f);
        QCOMPARE(m.rowCount(), 2);
        f.user.clear();
        f.onlyMigrated = true;
        m.setFilter(f);
        QCOMPARE(column(m, ProcessTableModel::CommandColumn), words({ "make -j4", "render frame" }));
        QVERIFY(m.index(0, ProcessTableModel::NodeColumn).data(Qt::DecorationRole).value<QIcon>().isNull() == false);
        f.onlyMigrated = false;
        f.node = 1;
        f.onlyGuests = true; // guests of node 1: running there, born elsewhere
        m.setFilter(f);
        QCOMPARE(column(m, ProcessTableModel::CommandColumn), words({ "render frame" }));
        m.setFilter({});
        QCOMPARE(m.users(), words({ "alice", "bob", "carol" }));
    }

    void refreshKeepsSelectionKeys()
    {
        ProcessTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<ProcessInfo> procs;
        for (int i = 1; i <= 50; ++i)
            procs << proc(1 + i % 3, 1000 + i, 1 + i % 3, QStringLiteral("u"), { QStringLiteral("job%1").arg(i) });
        m.applySnapshot(snapshot(1000, procs));
        const qint64 k = ProcessTableModel::key(procs[5].homeNode, procs[5].pid); // one that stays
        // The same processes again: one dataChanged, no reset.
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.applySnapshot(snapshot(2000, procs));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        // Processes end, one starts: a reset, framed by aboutToRefresh/refreshed; a key finds its row.
        QSignalSpy about(&m, &ProcessTableModel::aboutToRefresh);
        // Before the reset the views still see the old rows: keyAt() gives their keys, and data()
        // must not read past the new rows (it did, and crashed, with fewer processes than rows).
        QVector<qint64> oldKeys;
        for (int r = 0; r < m.rowCount(); ++r)
            oldKeys << m.keyAt(r);
        procs.resize(20); // many fewer processes than rows shown
        procs << proc(2, 5000, 2, QStringLiteral("u"), words({ "new" }));
        bool keysHeld = true;
        const auto c = connect(&m, &ProcessTableModel::aboutToRefresh, this, [&] {
            for (int r = 0; r < m.rowCount(); ++r) {
                keysHeld = keysHeld && m.keyAt(r) == oldKeys.at(r);
                m.index(r, ProcessTableModel::CommandColumn).data(); // must not crash
            }
        });
        QSignalSpy refreshed(&m, &ProcessTableModel::refreshed);
        m.applySnapshot(snapshot(3000, procs));
        disconnect(c);
        QCOMPARE(about.size(), 1);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(keysHeld);
        QCOMPARE(m.rowCount(), 21);
        const int row = m.rowOfKey(k);
        QVERIFY(row >= 0);
        QCOMPARE(m.index(row, 0).data(ProcessTableModel::KeyRole).toLongLong(), k);
        // Sorting moves persistent indexes with their rows.
        QPersistentModelIndex held(m.index(row, ProcessTableModel::CommandColumn));
        const QString command = held.data().toString();
        m.sort(ProcessTableModel::CommandColumn, Qt::DescendingOrder);
        QVERIFY(held.isValid());
        QCOMPARE(held.data().toString(), command);
    }

    void guestsJoinTheirHomeProcess()
    {
        ProcessTableModel processes;
        ClusterSnapshot s = snapshot(1000,
            { proc(1, 100, 3, QStringLiteral("alice"), words({ "lame", "<b>x</b>" }), 100),
                proc(2, 200, 3, QStringLiteral("bob"), words({ "make", "-j4" }), 100),
                proc(1, 101, 2, QStringLiteral("carol"), words({ "povray" }), 100) });
        GuestProcess a { 3, 5001, 1, QStringLiteral("10.0.0.1"), 100 };
        GuestProcess b { 3, 5002, 2, QString(), 200 };
        GuestProcess c { 2, 5003, 1, QString(), 0 }; // its home pid not known
        s.guests = { c, a, b };
        processes.applySnapshot(s);
        GuestTableModel m(&processes);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.refresh();
        QCOMPARE(m.rowCount(), 3);
        m.setNode(3);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, GuestTableModel::HomePidColumn).data().toInt(), 100);
        QCOMPARE(m.index(0, GuestTableModel::CommandColumn).data().toString(), QStringLiteral("lame <b>x</b>"));
        QCOMPARE(m.index(0, GuestTableModel::UserColumn).data().toString(), QStringLiteral("alice"));
        QCOMPARE(m.index(1, GuestTableModel::CommandColumn).data().toString(), QStringLiteral("make -j4"));
        QVERIFY(m.index(0, GuestTableModel::HomeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("10.0.0.1")));
        m.setNode(2);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.index(0, GuestTableModel::HomePidColumn).data().toString(), QStringLiteral("unknown"));
        QVERIFY(m.index(0, GuestTableModel::CommandColumn).data().toString().isEmpty());
        // Sorting moves a held index with its guest; a refresh keeps keys findable.
        m.setNode(0);
        QPersistentModelIndex held = m.index(m.rowOfKey(GuestTableModel::key(b)), GuestTableModel::CommandColumn);
        m.sort(GuestTableModel::CommandColumn, Qt::AscendingOrder);
        QCOMPARE(held.data().toString(), QStringLiteral("make -j4"));
        QCOMPARE(m.index(0, GuestTableModel::CommandColumn).data().toString(), QString()); // unknown first
        m.sort(GuestTableModel::HomePidColumn, Qt::DescendingOrder);
        QCOMPARE(m.guestAt(0)->homePid, 200);
        QCOMPARE(held.data().toString(), QStringLiteral("make -j4"));
        // CPU % comes from the process model: 100 ticks more in 1 s = 100 %.
        s.timeMs = 2000;
        s.processes[0].cpuTicks = 200; // (1, 100)
        processes.applySnapshot(s);
        m.refresh();
        const int row = m.rowOfKey(GuestTableModel::key(a));
        QCOMPARE(m.index(row, GuestTableModel::CpuColumn).data().toString(), QStringLiteral("100.0"));
        QCOMPARE(m.keyAt(row), GuestTableModel::key(a));
        QCOMPARE(m.keyAt(99), qint64(-1));
    }

    void refreshSortedByCommandMatchesAFullSort()
    {
        // Sorted by command line, a refresh merges the new processes into the previous order
        // instead of sorting everything again. Over random refreshes (processes start, end and
        // change their command line; a filter comes and goes; the order flips) it must give
        // exactly what a model sorting from scratch gives.
        QRandomGenerator rng(20261122);
        const QStringList names { QStringLiteral("lame"), QStringLiteral("Make"), QStringLiteral("make"),
            QStringLiteral("povray"), QStringLiteral("a"), QStringLiteral("zip") };
        const auto randomArgv = [&] {
            return QStringList { names.at(int(rng.bounded(names.size()))), QString::number(rng.bounded(20)) };
        };
        QVector<ProcessInfo> procs;
        for (int pid = 1; pid <= 300; ++pid)
            procs << proc(NodeId(1 + pid % 4), pid, 1, QStringLiteral("u"), randomArgv());
        ProcessTableModel m;
        Qt::SortOrder order = Qt::AscendingOrder;
        m.sort(ProcessTableModel::CommandColumn, order);
        for (int round = 0; round < 40; ++round) {
            for (int k = 0; k < 15; ++k) {
                const int i = int(rng.bounded(procs.size()));
                if (rng.bounded(3) == 0)
                    procs.remove(i);
                else
                    procs[i].argv = randomArgv();
            }
            for (int k = 0; k < 10; ++k)
                procs << proc(NodeId(1 + rng.bounded(4)), 1000 + round * 10 + k, 1, QStringLiteral("u"), randomArgv());
            if (round % 7 == 3) {
                order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                m.sort(ProcessTableModel::CommandColumn, order);
            }
            ProcessTableModel::Filter f;
            f.text = round % 5 == 0 ? QStringLiteral("a") : QString();
            m.setFilter(f);
            const ClusterSnapshot snap = snapshot(1000 * (round + 1), procs);
            m.applySnapshot(snap);
            ProcessTableModel reference;
            reference.setFilter(f);
            reference.sort(ProcessTableModel::CommandColumn, order);
            reference.applySnapshot(snap);
            QVector<qint64> got, want;
            for (int r = 0; r < m.rowCount(); ++r)
                got << m.keyAt(r);
            for (int r = 0; r < reference.rowCount(); ++r)
                want << reference.keyAt(r);
            QVERIFY(!want.isEmpty());
            QCOMPARE(got, want);
        }
    }

    void hostileTextIsShownLiterally()
    {
        ProcessTableModel m;
        const QString longArg(4096, QLatin1Char('x'));
        m.applySnapshot(snapshot(1000,
            { proc(1, 1, 1, QStringLiteral("<i>eve</i>"), { QStringLiteral("<b>x</b>"), QStringLiteral("$(reboot)") }),
                proc(1, 2, 1, QStringLiteral("eve"), { QStringLiteral("two\nlines\tand\x1b[31mred") }),
                proc(1, 3, 1, QStringLiteral("eve"), { QStringLiteral("a'b\"c"), longArg }),
                proc(1, 4, 1, QStringLiteral("eve"), { QStringLiteral("evil\u202Etxt.exe") }) }));
        QCOMPARE(m.index(0, ProcessTableModel::CommandColumn).data().toString(), QStringLiteral("<b>x</b> $(reboot)"));
        QCOMPARE(m.index(0, ProcessTableModel::UserColumn).data().toString(), QStringLiteral("<i>eve</i>"));
        QCOMPARE(m.index(1, ProcessTableModel::CommandColumn).data().toString(),
            QStringLiteral("two\\nlines\\tand\\u001b[31mred"));
        QCOMPARE(m.index(2, ProcessTableModel::CommandColumn).data().toString(), QStringLiteral("a'b\"c ") + longArg);
        QCOMPARE(m.index(3, ProcessTableModel::CommandColumn).data().toString(), QStringLiteral("evil\\u202etxt.exe"));
        // A kernel thread (no command line) shows its name in brackets.
        ProcessInfo k = proc(1, 9, 1, QStringLiteral("root"), {});
        k.name = QStringLiteral("kworker/0:1");
        m.applySnapshot(snapshot(2000, { k }));
        QCOMPARE(m.index(0, ProcessTableModel::CommandColumn).data().toString(), QStringLiteral("[kworker/0:1]"));
    }
    void aSpeedThatCannotBeSetIsNotEditable()
    {
        // Plain Linux nodes: the speed shows (10,000 per CPU), the slider is not editable and says why.
        ClusterSnapshot s;
        NodeSample n;
        n.id = 1;
        n.up = true;
        n.speed = 20000;
        n.cpus = 2;
        s.nodes << n;
        NodeTableModel m;
        m.applySnapshot(s);
        const QModelIndex speed = m.index(1, NodeTableModel::SpeedColumn);
        QVERIFY(m.flags(speed) & Qt::ItemIsEditable); // openMosix, MattX
        const Capabilities linux = driverFor(BackendKind::Linux)->capabilities();
        QVERIFY(!linux.offers(Command::Kind::SetSpeed));
        m.setSpeedFixed(linux.reason(Command::Kind::SetSpeed));
        QVERIFY(!(m.flags(speed) & Qt::ItemIsEditable));
        QVERIFY2(speed.data(Qt::ToolTipRole).toString().contains(QLatin1String("cannot be set: plain Linux")),
            qPrintable(speed.data(Qt::ToolTipRole).toString()));
        QSignalSpy asked(&m, &NodeTableModel::speedChangeRequested);
        QVERIFY(!m.setData(speed, 10000, Qt::EditRole));
        QCOMPARE(asked.count(), 0);
    }
};

QTEST_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
