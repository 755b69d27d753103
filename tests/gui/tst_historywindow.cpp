// openmosixhistory's window, offscreen, on a history written by the real StoreWriter from
// scripted snapshots whose truth is known: the cluster at a moment, stepping to the recorded
// samples, filters, a process's life, dragging, keys, play, and --json.
#include "changetablemodel.h"
#include "core/demo/demorecording.h"
#include "gui/nodetablemodel.h"
#include "gui/processtablemodel.h"
#include "gui/timechart.h"
#include "historywindow.h"
#include "lifestrip.h"
#include "support/processtree.h"
#include "support/testcluster.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace omv;

namespace
{

constexpr qint64 kStep = 10000; // the scripted collector's interval
constexpr int kSamples = 90; // 15 minutes

NodeSample node(NodeId id, bool up, double load)
{
    NodeSample n;
    n.id = id;
    n.addresses = QStringList { QStringLiteral("127.0.1.%1").arg(id) };
    n.up = up;
    if (up) {
        n.loadPercent = load;
        n.loadRaw = qint64(load);
        n.speed = 10000;
        n.cpus = 2;
        n.memTotal = qint64(4) << 30;
        n.memFree = qint64(3) << 30;
    }
    return n;
}

// Sample i of the script: three nodes (node 3 down for samples 30–44), eight jobs that start
// at 8·k, run 40 samples, and spend samples 8·k+5 … 8·k+14 on the next node; pid 300 of node
// 1 is a job that runs samples 0–9 (on node 2 for 3–5) and, from 60 on, another process the
// kernel gave the same pid.
ClusterSnapshot truth(qint64 t0, int i)
{
    ClusterSnapshot s;
    s.timeMs = t0 + qint64(i) * kStep;
    s.backend = QStringLiteral("openmosix");
    for (int n = 1; n <= 3; ++n)
        s.nodes << node(n, !(n == 3 && i >= 30 && i < 45), double((i * 3 + n * 20) % 100));
    for (int k = 0; k < 8; ++k) {
        if (i < 8 * k || i >= 8 * k + 40)
            continue;
        ProcessInfo p;
        p.homeNode = NodeId(1 + k % 3);
        p.pid = 200 + k;
        const bool away = i >= 8 * k + 5 && i < 8 * k + 15;
        p.node = away ? NodeId(1 + (k + 1) % 3) : p.homeNode;
        if (p.node == 3 && i >= 30 && i < 45)
            p.node = p.homeNode;
        p.user = k % 2 ? QStringLiteral("bob") : QStringLiteral("alice");
        p.uid = 1000 + k % 2;
        p.argv = QStringList { QStringLiteral("render"), QStringLiteral("--frame=%1").arg(k) };
        p.name = QStringLiteral("render");
        s.processes << p;
    }
    if (i < 10 || i >= 60) {
        ProcessInfo p;
        p.homeNode = 1;
        p.pid = 300;
        p.node = i >= 3 && i < 6 ? 2 : 1;
        p.user = i < 10 ? QStringLiteral("carol") : QStringLiteral("dave");
        p.uid = i < 10 ? 1002 : 1003;
        p.argv = QStringList { i < 10 ? QStringLiteral("compile") : QStringLiteral("backup") };
        p.name = p.argv.first();
        s.processes << p;
    }
    std::sort(s.processes.begin(), s.processes.end(), [](const ProcessInfo& a, const ProcessInfo& b) {
        return std::make_pair(a.homeNode, a.pid) < std::make_pair(b.homeNode, b.pid);
    });
    return s;
}

// A history window, shown, with spies on the moments, the lives kept and the lives shown.
struct Watched {
    Watched(const QString& path, const QString& name)
        : w(path, name)
    {
        w.show();
    }
    HistoryWindow w;
    QSignalSpy shown { &w, &HistoryWindow::shownChanged };
    QSignalSpy kept { &w, &HistoryWindow::livesKept };
    QSignalSpy life { &w, &HistoryWindow::lifeShown };
};

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_t0 = 0;

    qint64 sampleTs(int i) const { return m_t0 + qint64(i) * kStep; }
    static QString bin() { return omv::test::TestCluster::buildDir() + QStringLiteral("/history/openmosixhistory"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.path() + QStringLiteral("/script.db");
        m_t0 = (QDateTime::currentMSecsSinceEpoch() - qint64(kSamples) * kStep - 60000) / 1000 * 1000;
        StoreWriter w;
        QString error;
        QVERIFY2(w.open(m_db, &error), qPrintable(error));
        for (int i = 0; i < kSamples; ++i) {
            QVERIFY2(w.record(truth(m_t0, i), &error), qPrintable(error));
            if (i == 54) // an admin sends job 5 home (node 3) just before the sample that shows it
                QVERIFY(w.recordCommand(sampleTs(54) + 5000, Command::migrateHome(3, 205),
                    QStringLiteral("migrate 205 home"), QString(), true, QStringLiteral("root"), QString(), &error));
            if (i == 20)
                QVERIFY(w.recordEvent(sampleTs(i) + 3000, 0, QStringLiteral("checkpoint"), QStringLiteral("deploy"),
                    QStringLiteral("admin"), &error));
        }
    }
    void showsTheClusterAtAnyMoment()
    {
        HistoryWindow w(m_db, QStringLiteral("script"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        // It opens at the latest moment.
        QVERIFY(shown.wait(20000));
        QCOMPARE(w.shown().sampleTs, sampleTs(kSamples - 1));
        QCOMPARE(w.processModel()->rowCount(), truth(m_t0, kSamples - 1).processes.size());
        // Moments at and between samples: the nodes and processes of the last sample then.
        for (int i : { 0, 7, 12, 30, 44, 45, 63, 89 }) {
            for (qint64 t : { sampleTs(i), sampleTs(i) + kStep / 2 }) {
                shown.clear();
                w.setMoment(t);
                QVERIFY(shown.wait(10000));
                const ClusterSnapshot want = truth(m_t0, i);
                QCOMPARE(w.shown().sampleTs, want.timeMs);
                QCOMPARE(w.processModel()->snapshot().processes.size(), want.processes.size());
                for (const ProcessInfo& p : want.processes) {
                    const ProcessInfo* got = w.processModel()->processOfKey(ProcessTableModel::key(p.homeNode, p.pid));
                    QVERIFY2(
                        got && got->node == p.node, qPrintable(QStringLiteral("sample %1: pid %2").arg(i).arg(p.pid)));
                }
                const NodeSample* three = w.nodeModel()->snapshot().node(3);
                QVERIFY(three);
                QCOMPARE(three->up, want.nodes[2].up);
            }
        }
        // Steps land on the recorded instants, not a guess.
        shown.clear();
        w.setMoment(sampleTs(50) + 4000);
        QVERIFY(shown.wait(10000));
        shown.clear();
        w.stepSample(1);
        QVERIFY(shown.wait(10000));
        QCOMPARE(w.moment(), sampleTs(51));
        shown.clear();
        QTest::keyClick(&w, Qt::Key_T, Qt::ShiftModifier); // as atop: T, the previous
        QVERIFY(shown.wait(10000));
        QCOMPARE(w.moment(), sampleTs(50));
        shown.clear();
        QTest::keyClick(&w, Qt::Key_T);
        QVERIFY(shown.wait(10000));
        QCOMPARE(w.moment(), sampleTs(51));
        // Back through the events: node 3 up again, node 3 down, the checkpoint.
        for (qint64 event : { sampleTs(45), sampleTs(30), sampleTs(20) + 3000 }) {
            shown.clear();
            w.stepEvent(-1);
            QVERIFY(shown.wait(10000));
            QCOMPARE(w.moment(), event);
        }
        QCOMPARE(w.strip()->markCount(), 1);
        // Filters: bob's processes only, then the migrated ones.
        shown.clear();
        w.setMoment(sampleTs(40));
        QVERIFY(shown.wait(10000));
        w.setProcessFilter(QStringLiteral("bob"), 0, QString(), false, false);
        QVERIFY(w.processModel()->rowCount() > 0);
        for (int r = 0; r < w.processModel()->rowCount(); ++r)
            QCOMPARE(w.processModel()->processAt(r)->user, QStringLiteral("bob"));
        w.setProcessFilter(QString(), 0, QString(), true, false);
        int migrated = 0;
        for (const ProcessInfo& p : truth(m_t0, 40).processes)
            migrated += p.node != p.homeNode;
        QCOMPARE(w.processModel()->rowCount(), migrated);
        w.setProcessFilter(QString(), 0, QString(), false, false);
        // A process's life: job 4 (home 2, pid 204) away to node 3 for ten samples and back.
        QSignalSpy life(&w, &HistoryWindow::lifeShown);
        // Shown at once when the lives of the moment are kept already, else when the answer comes.
        const auto lifeCame = [&life] {
            const bool came = !life.isEmpty() || life.wait(10000);
            life.clear();
            return came;
        };
        QVERIFY(w.selectProcess(2, 204));
        QVERIFY(lifeCame());
        QCOMPARE(w.lifeStrip()->stays(), 3);
        QVERIFY2(w.lifeNote().isEmpty(), qPrintable(w.lifeNote()));
        // An admin's move shows the command and who sent it (job 5 back home at sample 55).
        life.clear();
        shown.clear();
        w.setMoment(sampleTs(50));
        QVERIFY(shown.wait(10000));
        QVERIFY(w.selectProcess(3, 205));
        QVERIFY(lifeCame());
        const QString move = w.lifeStrip()->textAt(w.lifeStrip()->xOf(sampleTs(55)));
        QVERIFY2(move.contains(QLatin1String("by an admin")) && move.contains(QLatin1String("migrate process 205 home"))
                && move.contains(QLatin1String("sent by root")),
            qPrintable(move));
        QVERIFY(w.selectProcess(2, 204));
        QVERIFY(lifeCame());
        // A pid the kernel reused: the life shown is the process that ran at T, not the one
        // before it with the same pid.
        shown.clear();
        life.clear();
        w.setMoment(sampleTs(4));
        QVERIFY(shown.wait(10000));
        QVERIFY(w.selectProcess(1, 300));
        QVERIFY(lifeCame());
        QCOMPARE(w.lifeStrip()->stays(), 3); // on 1, on 2, back on 1
        life.clear();
        shown.clear();
        w.setMoment(sampleTs(70));
        QVERIFY(shown.wait(10000));
        QVERIFY(lifeCame()); // asked again by itself: pid 300 is another process now
        QCOMPARE(w.lifeStrip()->stays(), 1);
        QCOMPARE(w.processModel()->processOfKey(ProcessTableModel::key(1, 300))->migrations, 0);
        QCOMPARE(w.processModel()->processOfKey(ProcessTableModel::key(1, 300))->user, QStringLiteral("dave"));
        QVERIFY(w.selectProcess(2, 204));
        QVERIFY(lifeCame());
        // Before it was born: kept selected, said so.
        shown.clear();
        w.setMoment(sampleTs(10));
        QVERIFY(shown.wait(10000));
        QVERIFY2(w.lifeNote().contains(QLatin1String("did not exist")), qPrintable(w.lifeNote()));
        const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            shown.clear();
            w.setMoment(sampleTs(40) + 2000);
            QVERIFY(shown.wait(10000));
            QTest::qWait(200);
            w.grab().save(shots + QStringLiteral("/openmosixhistory.png"));
        }
    }
    void aClickOnAnyProcessShowsItsLifeAtOnce()
    {
        // Once a moment has stood still, the lives of all its processes are kept: a click on any
        // of them shows its life at once, without a question — the life a brute-force walk over
        // the script gives (its stays from the samples it was in, a move at every change of node).
        Watched watched(m_db, QStringLiteral("script"));
        auto& [w, shown, kept, life] = watched;
        QVERIFY(shown.wait(20000));
        const auto present = [this](int i, NodeId home, int pid) -> const ProcessInfo* {
            static ClusterSnapshot s;
            if (i < 0 || i >= kSamples)
                return nullptr;
            s = truth(m_t0, i);
            for (const ProcessInfo& p : s.processes)
                if (p.homeNode == home && p.pid == pid)
                    return &p;
            return nullptr;
        };
        qint64 selected = -1;
        int clicks = 0;
        for (int i : { 4, 12, 20, 30, 40, 50, 62, 75, 85 }) {
            shown.clear();
            kept.clear();
            w.setMoment(sampleTs(i) + 2000);
            QVERIFY(shown.wait(10000));
            QVERIFY(kept.wait(10000));
            for (const ProcessInfo& p : truth(m_t0, i).processes) {
                life.clear();
                QVERIFY(w.selectProcess(p.homeNode, p.pid));
                const qint64 key = ProcessTableModel::key(p.homeNode, p.pid);
                if (key != selected)
                    QCOMPARE(life.count(), 1); // no event loop ran: nothing was asked
                selected = key;
                ++clicks;
                // Brute force: the samples it was in, around i, and its node in each.
                int first = i, end = i + 1;
                while (present(first - 1, p.homeNode, p.pid))
                    --first;
                while (present(end, p.homeNode, p.pid))
                    ++end;
                QVector<std::pair<NodeId, int>> stays; // node, first sample
                for (int j = first; j < end; ++j) {
                    const NodeId where = present(j, p.homeNode, p.pid)->node;
                    if (stays.isEmpty() || stays.last().first != where)
                        stays.append({ where, j });
                }
                const QVector<SpanRow>& drawn = w.lifeStrip()->stayRows();
                QCOMPARE(drawn.size(), stays.size());
                for (int k = 0; k < stays.size(); ++k) {
                    QCOMPARE(drawn[k].node, stays[k].first);
                    QCOMPARE(drawn[k].startTs, sampleTs(stays[k].second));
                    const int until = k + 1 < stays.size() ? stays[k + 1].second : end;
                    if (until < kSamples)
                        QCOMPARE(drawn[k].endTs, sampleTs(until));
                }
                const QVector<MigrationRow>& moves = w.lifeStrip()->moveRows();
                QCOMPARE(moves.size(), stays.size() - 1);
                for (int k = 1; k < stays.size(); ++k)
                    QVERIFY(moves[k - 1].ts == sampleTs(stays[k].second) && moves[k - 1].from == stays[k - 1].first
                        && moves[k - 1].to == stays[k].first);
            }
        }
        QVERIFY2(clicks > 30, qPrintable(QString::number(clicks)));
    }
    void theLoadStripFitsLoadsOverAFullCluster()
    {
        // A cluster whose mean load runs to 235 %: the strip's axis reaches it (it stayed at 0–100 %
        // and cut off everything between 102 and 235 %).
        const QString path = m_dir.path() + QStringLiteral("/hot.db");
        {
            StoreWriter w;
            QString error;
            QVERIFY(w.open(path, &error));
            for (int i = 0; i < 40; ++i) {
                ClusterSnapshot s = truth(m_t0, i);
                for (NodeSample& n : s.nodes)
                    n.loadPercent = i < 20 ? 40.0 : 180.0 + n.id * 5 + (i == 30 ? 40 : 0); // mean up to 235
                QVERIFY(w.record(s, &error));
            }
        }
        HistoryWindow w(path, QStringLiteral("hot"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        QVERIFY(shown.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!w.strip()->line(0).points.isEmpty(), 10000);
        double highest = 0;
        for (const QPointF& p : w.strip()->line(0).points)
            highest = std::max(highest, p.y());
        QVERIFY2(highest > 200, qPrintable(QString::number(highest)));
        QVERIFY2(w.strip()->axisTop(TimeChart::Left) >= highest,
            qPrintable(QStringLiteral("axis to %1, load to %2").arg(w.strip()->axisTop(TimeChart::Left)).arg(highest)));
    }

    void betweenEventsAndExports()
    {
        HistoryWindow w(m_db, QStringLiteral("script"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        QVERIFY(shown.wait(20000));
        // Between samples 28 and 50: the truth's starts, ends and moves, sample by sample.
        int started = 0, ended = 0, moved = 0;
        for (int i = 28; i < 50; ++i) {
            const ClusterSnapshot now = truth(m_t0, i), before = truth(m_t0, i - 1);
            for (const ProcessInfo& p : now.processes) {
                const ProcessInfo* was = nullptr;
                for (const ProcessInfo& q : before.processes)
                    if (q.pid == p.pid)
                        was = &q;
                started += !was;
                moved += was && was->node != p.node;
            }
            for (const ProcessInfo& q : before.processes) {
                bool there = false;
                for (const ProcessInfo& p : now.processes)
                    there |= p.pid == q.pid;
                ended += !there;
            }
        }
        QAbstractItemModelTester tester(w.changesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changes(&w, &HistoryWindow::changesShown);
        w.setBetween(sampleTs(50), sampleTs(28)); // either order
        QVERIFY(changes.wait(10000));
        QCOMPARE(w.changesModel()->rowCount(), started + ended + moved);
        int movedRows = 0;
        for (int r = 0; r < w.changesModel()->rowCount(); ++r)
            movedRows += w.changesModel()->index(r, 1).data().toString() == QLatin1String("moved");
        QCOMPARE(movedRows, moved);
        // Narrowed by owner and node like the processes: bob's changes on node 2 (or leaving it).
        changes.clear();
        w.setProcessFilter(QStringLiteral("bob"), 2, QString(), false, false);
        QVERIFY(changes.wait(10000));
        QVERIFY(w.changesModel()->rowCount() > 0);
        for (const StoreReader::Change& c : w.changesModel()->changes())
            QVERIFY(c.user == QLatin1String("bob") && (c.node == 2 || c.from == 2));
        changes.clear();
        w.setProcessFilter(QString(), 0, QStringLiteral("frame=3"), false, false);
        QVERIFY(changes.wait(10000));
        for (const StoreReader::Change& c : w.changesModel()->changes())
            QCOMPARE(c.pid, 203);
        changes.clear();
        w.setProcessFilter(QString(), 0, QString(), false, false);
        QVERIFY(changes.wait(10000));
        QCOMPARE(w.changesModel()->rowCount(), started + ended + moved);
        // Sorted by what happened: the moves last, each group in time order.
        w.changesModel()->sort(ChangeTableModel::What, Qt::AscendingOrder);
        QCOMPARE(
            w.changesModel()->index(w.changesModel()->rowCount() - 1, 1).data().toString(), QStringLiteral("moved"));
        // The events: the checkpoint, node 3 down and up, the admin's command; a double click
        // (openEvent) goes there.
        QTRY_COMPARE(w.eventsModel()->rowCount(), 4); // and the admin's command
        shown.clear();
        w.openEvent(1);
        QVERIFY(shown.wait(10000));
        QCOMPARE(w.moment(), sampleTs(30));
        QVERIFY(w.eventsModel()->index(1, 2).data().toString() == QLatin1String("down"));
        // The processes at the moment as CSV and as a PDF (read back as text).
        const QStringList csv = w.processesCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 1 + truth(m_t0, 30).processes.size());
        QVERIFY2(csv.first().startsWith(QLatin1String("PID,User,Command,Home,Runs on,Migrations,There since")),
            qPrintable(csv.first()));
        const QString pdf = m_dir.path() + QStringLiteral("/processes.pdf");
        QString error;
        QVERIFY2(w.exportProcessesPdf(pdf, &error), qPrintable(error));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("processes at")) && out.contains(QLatin1String("render --frame=3")),
            qPrintable(out));
        const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), pdf,
                    shots + QStringLiteral("/openmosixhistory-processes") });
    }
    void followsTheCollectorAtTheEnd()
    {
        // At the file's end while a collector writes, the moment moves on with it.
        const QString path = m_dir.path() + QStringLiteral("/live.db");
        StoreWriter writer;
        QString error;
        QVERIFY(writer.open(path, &error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 10; i > 0; --i)
            QVERIFY(writer.record(truth(now - 100000, 10 - i), &error));
        HistoryWindow w(path, QStringLiteral("live"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        QVERIFY(shown.wait(20000));
        const qint64 before = w.shown().sampleTs;
        ClusterSnapshot next = truth(now - 100000, 10);
        next.timeMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(writer.record(next, &error));
        QTRY_VERIFY_WITH_TIMEOUT(w.shown().sampleTs == next.timeMs, 5000); // the reader looks every second
        QVERIFY(w.shown().sampleTs > before);
    }
    void aWriteKeepsTheLivesOfEndedProcessesOnly()
    {
        // Lives kept at a moment of a file a collector goes on writing: a process that ended has its
        // whole life in them still (shown at once); one still running may have moved since — its
        // life is asked again, and shows the move written after the lives were read.
        const QString path = m_dir.path() + QStringLiteral("/growing.db");
        StoreWriter writer;
        QString error;
        QVERIFY(writer.open(path, &error));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 300000;
        for (int i = 0; i < 12; ++i) // pid 300 has ended (at 10); job 0 (pid 200) is on node 2 since 5
            QVERIFY(writer.record(truth(t0, i), &error));
        Watched watched(path, QStringLiteral("growing"));
        auto& [w, shown, kept, life] = watched;
        QVERIFY(shown.wait(20000));
        shown.clear();
        w.setMoment(t0 + 6 * kStep + 2000);
        QVERIFY(shown.wait(10000));
        QVERIFY(kept.wait(10000));
        for (int i = 12; i < 16; ++i) // job 0 back on node 1 at 15
            QVERIFY(writer.record(truth(t0, i), &error));
        QTRY_COMPARE_WITH_TIMEOUT(w.extent().last, t0 + 15 * kStep, 5000); // the reader looks every second
        life.clear();
        QVERIFY(w.selectProcess(1, 300));
        QCOMPARE(life.count(), 1); // kept: at once
        QCOMPARE(w.lifeStrip()->stays(), 3); // on 1, on 2, back on 1
        life.clear();
        QVERIFY(w.selectProcess(1, 200));
        QCOMPARE(life.count(), 0); // asked
        QVERIFY(life.wait(10000));
        QCOMPARE(w.lifeStrip()->stays(), 3); // on 1, on 2 from 5, back on 1 from 15
        QCOMPARE(w.lifeStrip()->stayRows().last().startTs, t0 + 15 * kStep);
    }
    void followsARunningCollector()
    {
        // The real thing: omsim and the collector recording it every second (the --demo pair);
        // the window at the file's end moves on with each sample.
        DemoRecording demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        HistoryWindow w(demo.database(), QStringLiteral("demo"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.shown().sampleTs > 0, 20000);
        qint64 seen = w.shown().sampleTs;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            QTRY_VERIFY_WITH_TIMEOUT(w.shown().sampleTs > seen, 5000);
            QVERIFY2(
                t.elapsed() < 2500, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed()))); // 1 s + the reader's look
            seen = w.shown().sampleTs;
            QVERIFY(!w.shown().snapshot.processes.isEmpty());
        }
    }
    void draggingNeverQueuesUp()
    {
        // A drag across the whole file: every position asked for at once; the window shows the
        // last, and not one answer per position after it.
        HistoryWindow w(m_db, QStringLiteral("script"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        QVERIFY(shown.wait(20000));
        QSlider* s = w.slider();
        for (int v = s->minimum(); v <= s->maximum(); v += 2)
            s->setValue(v);
        s->setValue(s->maximum() / 2);
        shown.clear();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 10000);
        QCOMPARE(w.moment(), w.extent().first + qint64(s->maximum() / 2) * 1000);
        QTest::qWait(300);
        QVERIFY2(shown.count() <= 2, qPrintable(QString::number(shown.count())));
    }
    void aLoggedProcessShowsItsLog()
    {
        // Job 3 (pid 203 of node 1, samples 24..63) was logged from sample 30 to 40 — its samples
        // with what the script gave it: the window lists them under its life, the CSV (of the
        // window and of --log) holds them as numbers; job 4, never logged, shows none.
        const QString path = m_dir.path() + QStringLiteral("/logged.db");
        auto withDetail = [&](int i) {
            ClusterSnapshot s = truth(m_t0, i);
            for (ProcessInfo& p : s.processes) {
                p.state = i % 7 == 0 ? QLatin1Char('T') : QLatin1Char('R');
                p.cpuTicks = 100 * i * (p.pid % 3 + 1);
                p.rssBytes = (qint64(p.pid) << 20) + i;
                p.nice = i / 10;
            }
            return s;
        };
        {
            StoreWriter w;
            QString error;
            QVERIFY(w.open(path, &error));
            for (int i = 0; i < kSamples; ++i) {
                if (i == 30)
                    QVERIFY2(w.markLogged(sampleTs(i) - 1, 1, 203, true, QStringLiteral("alice"), &error),
                        qPrintable(error));
                if (i == 41)
                    QVERIFY(w.markLogged(sampleTs(i) - 1, 1, 203, false, QStringLiteral("alice"), &error));
                QVERIFY(w.record(withDetail(i), &error));
            }
        }
        HistoryWindow w(path, QStringLiteral("logged"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        QVERIFY(shown.wait(20000));
        w.setMoment(sampleTs(35));
        QVERIFY(shown.wait(10000));
        QSignalSpy life(&w, &HistoryWindow::lifeShown);
        QVERIFY(w.selectProcess(1, 203));
        QVERIFY(life.wait(10000));
        const QVector<ProcessSampleRow>& log = w.processLog();
        QCOMPARE(log.size(), 11); // samples 30..40
        for (int k = 0; k < log.size(); ++k) {
            const int i = 30 + k;
            const ClusterSnapshot then = withDetail(i);
            const ProcessInfo want = *std::find_if(
                then.processes.cbegin(), then.processes.cend(), [](const ProcessInfo& p) { return p.pid == 203; });
            QCOMPARE(log[k].ts, sampleTs(i));
            QCOMPARE(log[k].node, want.node);
            QCOMPARE(log[k].state, want.state);
            QCOMPARE(log[k].rssBytes, want.rssBytes);
            QCOMPARE(log[k].nice, want.nice);
            QCOMPARE(log[k].cpuPercent, k == 0 ? -1.0 : double(100 * (203 % 3 + 1)) / (kStep / 1000.0));
        }
        QCOMPARE(w.processLogModel()->rowCount(), 11);
        QTest::qWait(100);
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            w.grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixhistory-process-log.png"));
        // As CSV: numbers, a header with the units, one row per sample.
        const QStringList rows
            = HistoryWindow::processLogCsv(1, 203, log).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 12);
        QCOMPARE(rows[0],
            QStringLiteral("time,home,pid,node,state,cpu_percent,rss_bytes,vsize_bytes,nice,migrations,locked"));
        // The same from the command line, without a window.
        QProcess p;
        p.start(bin(), { QStringLiteral("--db"), path, QStringLiteral("--log"), QStringLiteral("203@1") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList printed
            = QString::fromUtf8(p.readAllStandardOutput()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(printed, rows);
        for (int k = 1; k < printed.size(); ++k) {
            const QStringList cells = printed[k].split(QLatin1Char(','));
            QCOMPARE(QDateTime::fromString(cells[0], Qt::ISODateWithMs).toMSecsSinceEpoch(), sampleTs(29 + k));
            QCOMPARE(cells[6].toLongLong(), (qint64(203) << 20) + 29 + k);
        }
        // A process never logged: nothing under its life, and --log says so.
        QVERIFY(w.selectProcess(1, 200));
        QVERIFY(life.wait(10000));
        QVERIFY(w.processLog().isEmpty());
        p.start(bin(), { QStringLiteral("--db"), path, QStringLiteral("--log"), QStringLiteral("200@1") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("never logged"));
    }
    void plays()
    {
        HistoryWindow w(m_db, QStringLiteral("script"));
        QSignalSpy shown(&w, &HistoryWindow::shownChanged);
        w.show();
        QVERIFY(shown.wait(20000));
        w.setMoment(sampleTs(0));
        QVERIFY(shown.wait(10000));
        w.play(60); // a minute per second
        QTest::qWait(1000);
        w.play(0);
        const qint64 moved = w.moment() - sampleTs(0);
        QVERIFY2(moved >= 30000 && moved <= 90000, qPrintable(QString::number(moved)));
    }
    void demoRecordsAndCleansUp()
    {
        // --demo: omsim and a collector into a temporary database; the window shows the first
        // moment; closing ends both.
        const QString png = m_dir.path() + QStringLiteral("/demo.png");
        QProcess p;
        p.start(bin(), { QStringLiteral("--demo"), QStringLiteral("--screenshot"), png });
        bool finished = false;
        const QList<qint64> children = omv::test::waitNotingChildren(p, 60000, &finished);
        QVERIFY(finished);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY(QImage(png).width() > 600);
        QVERIFY2(err.contains(QLatin1String("unmounted")), qPrintable(err));
        // Its omsim and collector (its children while it ran) are gone with it.
        QVERIFY(children.size() >= 2);
        for (qint64 child : children)
            QTRY_VERIFY_WITH_TIMEOUT(!omv::test::running(child), 5000);
    }
    void printsAMomentAsJson()
    {
        QProcess p;
        const qint64 at = sampleTs(40) + 5000;
        p.start(bin(),
            { QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--at"),
                QDateTime::fromMSecsSinceEpoch(at).toString(Qt::ISODateWithMs) });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const ClusterSnapshot want = truth(m_t0, 40);
        QCOMPARE(o.value(QStringLiteral("nodes")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("backend")).toString(), QStringLiteral("openmosix"));
        const QJsonArray procs = o.value(QStringLiteral("processes")).toArray();
        QCOMPARE(procs.size(), want.processes.size());
        for (int i = 0; i < procs.size(); ++i) {
            const QJsonObject j = procs[i].toObject();
            QCOMPARE(j.value(QStringLiteral("pid")).toInt(), want.processes[i].pid);
            QCOMPARE(j.value(QStringLiteral("node")).toInt(), want.processes[i].node);
            QCOMPARE(j.value(QStringLiteral("command")).toString(), want.processes[i].commandLine());
            QVERIFY(!j.value(QStringLiteral("since")).toString().isEmpty());
        }
        // Filters.
        p.start(bin(),
            { QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--at"),
                QDateTime::fromMSecsSinceEpoch(at).toString(Qt::ISODateWithMs), QStringLiteral("--user"),
                QStringLiteral("bob") });
        QVERIFY(p.waitForFinished(30000));
        for (const QJsonValue& v :
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("processes")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
        // --between T1 T2: the started/ended/moved list, as the window's.
        p.start(bin(),
            { QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--between"),
                QDateTime::fromMSecsSinceEpoch(sampleTs(28)).toString(Qt::ISODateWithMs),
                QDateTime::fromMSecsSinceEpoch(sampleTs(50)).toString(Qt::ISODateWithMs) });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray changes
            = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("changes")).toArray();
        QVERIFY(changes.size() > 5);
        int moves = 0;
        for (const QJsonValue& c : changes)
            moves += c.toObject().value(QStringLiteral("what")).toString() == QLatin1String("moved");
        QVERIFY(moves > 0);
        p.start(bin(),
            { QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--between"),
                QStringLiteral("-1h") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2); // one time only
        // Outside the recorded span: 1, and the span said; bad arguments: 2.
        p.start(bin(),
            { QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("-30d") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("outside the recorded span"));
        p.start(bin(),
            { QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("--at"),
                QStringLiteral("yesterday-ish") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        p.start(bin(), { QStringLiteral("--db"), m_dir.path() + QStringLiteral("/none.db"), QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        // --help and --version without any display (they aborted: Qt wanted one before the
        // options were read).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        for (const QString& option : { QStringLiteral("--help"), QStringLiteral("--version") }) {
            p.start(bin(), { option });
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                qPrintable(option + QLatin1String(": ") + QString::fromUtf8(p.readAllStandardError())));
            QVERIFY(!p.readAllStandardOutput().isEmpty());
        }
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
