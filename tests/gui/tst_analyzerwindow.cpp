// openmosixanalyzer's window, offscreen, on a day of history written by the real StoreWriter:
// charts filled through the HistoryReader, statistics of known values, ranges, a bad file, and
// the headless --stats.
#include "analyzerwindow.h"
#include "core/demo/democluster.h"
#include "core/store/sqlite.h"
#include "gui/timerangebar.h"
#include "statsmodel.h"
#include "support/processtree.h"
#include "support/testcluster.h"

#include "gui/timechart.h"
#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <sys/stat.h>
#include <unistd.h>

using namespace omv;

namespace
{

constexpr qint64 kMin = 60 * 1000;

NodeSample node(NodeId id, bool up, double load, qint64 memUsed)
{
    NodeSample n;
    n.id = id;
    n.addresses = QStringList { QStringLiteral("10.0.0.%1").arg(id) };
    n.up = up;
    if (up) {
        n.loadPercent = load;
        n.loadRaw = qint64(load * 2.5);
        n.speed = 10000;
        n.cpus = 2;
        n.memTotal = qint64(8) << 30;
        n.memFree = n.memTotal - memUsed;
    }
    return n;
}

ProcessInfo proc(NodeId home, int pid, NodeId where)
{
    ProcessInfo p;
    p.homeNode = home;
    p.pid = pid;
    p.node = where;
    p.user = QStringLiteral("alice");
    p.argv = QStringList { QStringLiteral("render"), QString::number(pid) };
    p.name = p.argv.first();
    return p;
}

// A working day up to `end`, every 30 s: four nodes with a daily curve; node 3 runs hot (90 %)
// for exactly two hours, node 4 is down for 20 minutes, a render job wanders, two checkpoints.
QString writeDay(const QString& path, qint64 end)
{
    StoreWriter w;
    QString error;
    if (!w.open(path, &error))
        return error;
    const qint64 start = end - 24 * 60 * kMin;
    const qint64 hotFrom = end - 6 * 60 * kMin, hotTo = hotFrom + 120 * kMin;
    const qint64 downFrom = end - 3 * 60 * kMin, downTo = downFrom + 20 * kMin;
    for (qint64 t = start; t < end; t += 30000) {
        const double phase = double(t - start) / double(24 * 60 * kMin) * 2 * M_PI;
        QVector<NodeSample> nodes;
        for (int i = 1; i <= 4; ++i) {
            double load = 30 + 20 * std::sin(phase + i) + 5 * i;
            if (i == 3 && t >= hotFrom && t < hotTo)
                load = 90;
            nodes << node(i, !(i == 4 && t >= downFrom && t < downTo), load, qint64(2 + i) << 29);
        }
        const NodeId where = NodeId(1 + ((t - start) / (90 * kMin)) % 4);
        QVector<ProcessInfo> procs { proc(1, 4242, where == 4 && t >= downFrom && t < downTo ? 1 : where) };
        ClusterSnapshot s;
        s.timeMs = t;
        s.backend = QStringLiteral("openmosix");
        s.nodes = nodes;
        s.processes = procs;
        if (!w.record(s, &error))
            return error;
        if (t == end - 150 * kMin)
            w.recordCommand(t + 1000, Command::migrateHome(1, 4242), QStringLiteral("migrate 4242 home"), QString(),
                true, QStringLiteral("admin"), QString(), &error);
        if (t == start + 9 * 60 * kMin || t == end - 2 * 60 * kMin)
            w.recordEvent(
                t, 0, QStringLiteral("checkpoint"), QStringLiteral("kernel upgrade"), QStringLiteral("admin"), &error);
    }
    return QString();
}

// The same day, computed rather than read: node `i`'s load at sample time `t` (up or not), for
// a brute force over the range a report is asked for.
struct DaySample {
    bool up = true;
    double load = 0;
    qint64 mem = 0;
};
DaySample daySample(int i, qint64 t, qint64 end)
{
    const qint64 start = end - 24 * 60 * kMin;
    const qint64 hotFrom = end - 6 * 60 * kMin, hotTo = hotFrom + 120 * kMin;
    const qint64 downFrom = end - 3 * 60 * kMin, downTo = downFrom + 20 * kMin;
    const double phase = double(t - start) / double(24 * 60 * kMin) * 2 * M_PI;
    DaySample d;
    d.load = 30 + 20 * std::sin(phase + i) + 5 * i;
    if (i == 3 && t >= hotFrom && t < hotTo)
        d.load = 90;
    d.up = !(i == 4 && t >= downFrom && t < downTo);
    d.mem = qint64(2 + i) << 29;
    return d;
}

// Node `node`'s figures (0: the cluster's, the mean of the up nodes at each sample) over
// [from, to) of that day, by brute force: each sample counts once, stands 30 s (not past `to`).
struct DayFigures {
    qint64 samples = 0;
    double mean = -1, min = -1, max = -1, p95 = -1, memMean = -1;
    qint64 aboveMs = 0;
};
DayFigures dayFigures(int node, qint64 from, qint64 to, qint64 end, double threshold)
{
    std::vector<double> values;
    double sum = 0, mem = 0;
    DayFigures f;
    for (qint64 t = end - 24 * 60 * kMin; t < end; t += 30000) {
        if (t < from || t >= to)
            continue;
        double v = 0, used = 0;
        int up = 0;
        for (int i = 1; i <= 4; ++i) {
            const DaySample d = daySample(i, t, end);
            if ((node == 0 || node == i) && d.up) {
                v += d.load;
                used += double(d.mem);
                ++up;
            }
        }
        if (up == 0)
            continue;
        v /= up;
        values.push_back(v);
        sum += v;
        mem += used;
        if (v > threshold)
            f.aboveMs += std::min<qint64>(30000, to - t);
    }
    f.samples = qint64(values.size());
    if (values.empty())
        return f;
    std::sort(values.begin(), values.end());
    f.mean = sum / double(values.size());
    f.memMean = mem / double(values.size());
    f.min = values.front();
    f.max = values.back();
    f.p95 = values[size_t(std::ceil(0.95 * double(values.size()) - 1e-9)) - 1];
    return f;
}

QString runAnalyzer(const QStringList& args, int* exitCode)
{
    QProcess p;
    p.start(omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"), args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class TestAnalyzerWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_end = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.path() + QStringLiteral("/day.db");
        // Whole hours: the hot and down spells line up with every rollup tier.
        m_end = QDateTime::currentMSecsSinceEpoch() / (60 * kMin) * (60 * kMin);
        const QString error = writeDay(m_db, m_end);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void showsTheLastTwelveHours()
    {
        AnalyzerWindow w(m_db, QStringLiteral("test"));
        QSignalSpy drawn(&w, &AnalyzerWindow::drawn);
        w.show();
        QVERIFY(drawn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(w.complete(), 20000);
        QCOMPARE(w.rangeBar()->range(), TimeRange::last(12 * 60 * kMin));
        QVERIFY2(w.clusterPoints() >= 100, qPrintable(QString::number(w.clusterPoints())));
        for (NodeId n : { 1, 2, 3, 4 })
            QVERIFY(w.nodePoints(n) >= 100);
        QVERIFY2(
            w.statusText().contains(QLatin1String("raw samples")) || w.statusText().contains(QLatin1String("rollups")),
            qPrintable(w.statusText()));
        // The statistics: node 3 above 75 % for exactly its two hot hours, node 4 down 20 minutes.
        StatsModel* m = w.statsModel();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 5);
        const RangeStats& st = m->stats();
        QCOMPARE(st.nodes[2].aboveMs, 120 * kMin);
        QCOMPARE(st.nodes[2].loadMax, 90.0);
        QCOMPARE(st.nodes[3].downMs, 20 * kMin);
        QCOMPARE(st.nodes[3].outages, 1);
        QCOMPARE(m->index(3, StatsModel::Above).data().toString(), QStringLiteral("2 h 0 min"));
        QVERIFY(w.clusterChart()->lineCount() >= 4); // mean, max, memory, the compare overlay
        QCOMPARE(w.clusterChart()->markCount(), 1); // the checkpoint in these 12 hours
        QCOMPARE(w.nodeChart()->markCount(), 1);
        // The admin's command as a tick on both time axes; the render job's moves as bars.
        QCOMPARE(w.clusterChart()->tickCount(), 1);
        QCOMPARE(w.nodeChart()->tickCount(), 1);
        QVERIFY2(w.clusterChart()->barCount() >= 6, qPrintable(QString::number(w.clusterChart()->barCount())));
        // A double click on node 3's row: its line alone; on the cluster's: all again.
        QModelIndex node3;
        auto* table = w.findChild<QTableView*>();
        QVERIFY(table);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(StatsModel::NodeRole).toInt() == 3)
                node3 = table->model()->index(r, 0);
        QVERIFY(node3.isValid());
        emit table->doubleClicked(node3);
        QCOMPARE(w.visibleNodes(), QList<NodeId> { 3 });
        QVERIFY2(!w.crosshairText(m_end - 5 * 60 * kMin).contains(QLatin1String("node 1:")),
            qPrintable(w.crosshairText(m_end - 5 * 60 * kMin)));
        w.showOnlyNode(0);
        QCOMPARE(w.visibleNodes(), (QList<NodeId> { 1, 2, 3, 4 }));
        // Programs ▸ Processes at this moment: openmosixhistory on this file at the crosshair's time.
        const QStringList args = w.historyArguments(m_end - 5 * 60 * kMin);
        QCOMPARE(args.mid(0, 3), (QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--at") }));
        QCOMPARE(QDateTime::fromString(args[3], Qt::ISODateWithMs).toMSecsSinceEpoch(), m_end - 5 * 60 * kMin);
        // The charts as PNG and SVG, the series as CSV.
        const QString png = qEnvironmentVariable("OMV_SCREENSHOT_DIR", m_dir.path()) + QStringLiteral("/charts.png");
        const QString svg = m_dir.path() + QStringLiteral("/charts.svg");
        QString error;
        QVERIFY2(w.exportCharts(png, &error), qPrintable(error));
        QVERIFY(QImage(png).height() >= 600);
        QVERIFY2(w.exportCharts(svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray drawing = svgFile.readAll();
        QVERIFY(drawing.contains("<svg") && drawing.contains("node 3") && drawing.contains("kernel upgrade"));
        QVERIFY(!w.exportCharts(m_dir.path() + QStringLiteral("/no/such/dir/charts.png"), &error));
        const QStringList csv = w.seriesCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(csv.first().startsWith(QLatin1String("Time,Mean load %,Hottest node %,Memory used GiB,Node 1 load %")),
            qPrintable(csv.first()));
        QVERIFY(csv.size() >= w.clusterPoints());
        const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(200);
            w.grab().save(shots + QStringLiteral("/openmosixanalyzer.png"));
        }
        QCOMPARE(w.downSpellsShown(), 1); // node 4's 20 minutes, shaded
        // The crosshair in node 3's hot hours: the time, the cluster and every node's value.
        const QString hover = w.crosshairText(m_end - 5 * 60 * kMin);
        QVERIFY2(hover.contains(QLatin1String("node 3: 90.0 %")) && hover.contains(QLatin1String("cluster: "))
                && hover.contains(QLatin1String("node 4: ")),
            qPrintable(hover));
        QVERIFY2(hover.contains(QLatin1String("nodes up: 4 of 4")), qPrintable(hover));
        QVERIFY2(w.crosshairText(m_end - 170 * kMin).contains(QLatin1String("nodes up: 3 of 4")),
            qPrintable(w.crosshairText(m_end - 170 * kMin)));
        QVERIFY2(w.crosshairText(m_end - 3 * 60 * kMin).contains(QLatin1String("node 4 down")),
            qPrintable(w.crosshairText(m_end - 3 * 60 * kMin)));
        // Compared with 12 hours earlier (the file holds a day): a dashed line over the range.
        drawn.clear();
        w.setCompare(12 * 60 * kMin);
        QVERIFY(drawn.wait(20000));
        QVERIFY2(w.comparePoints() >= 100, qPrintable(QString::number(w.comparePoints())));
        QVERIFY(w.crosshairText(m_end - 5 * 60 * kMin).contains(QLatin1String("cluster: ")));
        const QString shots2 = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shots2.isEmpty()) {
            QTest::qWait(200);
            w.grab().save(shots2 + QStringLiteral("/openmosixanalyzer-compare.png"));
        }
        w.setCompare(0);
        QCOMPARE(w.comparePoints(), 0);
        // A rubber band dragged on the chart becomes the range (to the pixel); Escape goes back.
        drawn.clear();
        TimeChart* chart = w.nodeChart();
        const qint64 zoomFrom = m_end - 7 * 60 * kMin, zoomTo = m_end - 5 * 60 * kMin;
        const int y = chart->height() / 2;
        const int reads = w.nodeRowReads();
        QTest::mousePress(chart, Qt::LeftButton, Qt::NoModifier, QPoint(chart->xOf(zoomFrom), y));
        // (QTest::mouseMove moves the cursor instead, which the offscreen platform does not report.)
        for (const int x : { (chart->xOf(zoomFrom) + chart->xOf(zoomTo)) / 2, chart->xOf(zoomTo) }) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, y), chart->mapToGlobal(QPoint(x, y)), Qt::NoButton,
                Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(chart, &move);
        }
        QTest::mouseRelease(chart, Qt::LeftButton, Qt::NoModifier, QPoint(chart->xOf(zoomTo), y));
        QVERIFY(drawn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(w.complete(), 20000);
        const qint64 pixel = 12 * 60 * kMin / chart->width() + 1000;
        const TimeRange zoomed = w.rangeBar()->range();
        QVERIFY2(qAbs(zoomed.from(0, 0, 0) - zoomFrom) <= pixel && qAbs(zoomed.to(0, 0, 0) - zoomTo) <= pixel,
            qPrintable(zoomed.describe()));
        QVERIFY(qAbs(w.statsModel()->stats().nodes[2].aboveMs - 60 * kMin) <= pixel); // the first hot hour
        // Zoomed in within the rows already read: nothing more was read for the node chart.
        QCOMPARE(w.nodeRowReads(), reads);
        drawn.clear();
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(drawn.wait(20000));
        QCOMPARE(w.rangeBar()->range(), TimeRange::last(12 * 60 * kMin));
        // Shift+drag pans: a quarter of the width to the right shows three hours earlier.
        drawn.clear();
        const qint64 shownTo = chart->to();
        const QPoint grab(chart->xOf(m_end - 6 * 60 * kMin), y);
        const QPoint release = grab + QPoint(chart->xOf(m_end) - chart->xOf(m_end - 3 * 60 * kMin), 0);
        QTest::mousePress(chart, Qt::LeftButton, Qt::ShiftModifier, grab);
        for (const QPoint& at : { (grab + release) / 2, release }) {
            QMouseEvent move(
                QEvent::MouseMove, at, chart->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
            QApplication::sendEvent(chart, &move);
        }
        QTest::mouseRelease(chart, Qt::LeftButton, Qt::ShiftModifier, release);
        QVERIFY(drawn.wait(20000));
        const TimeRange panned = w.rangeBar()->range();
        QVERIFY2(qAbs(panned.to(0, 0, 0) - (shownTo - 3 * 60 * kMin)) <= 2 * pixel, qPrintable(panned.describe()));
        drawn.clear();
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(drawn.wait(20000));
        QCOMPARE(w.rangeBar()->range(), TimeRange::last(12 * 60 * kMin));
        // A week back: the whole file, from the rollups.
        drawn.clear();
        w.setRange(TimeRange::last(7 * 24 * 60 * kMin));
        QVERIFY(drawn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(w.complete(), 20000);
        QVERIFY2(w.statusText().contains(QLatin1String("rollups")), qPrintable(w.statusText()));
        QCOMPARE(w.statsModel()->stats().nodes[2].aboveMs, 120 * kMin);
    }
    void followsTheCollectorLive()
    {
        // A range that ends at now follows the file: a sample a collector writes shows within
        // about one interval (the reader looks every second).
        const QString path = m_dir.path() + QStringLiteral("/live.db");
        StoreWriter writer;
        QString error;
        QVERIFY(writer.open(path, &error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto sample = [&](qint64 t, double load) {
            ClusterSnapshot s;
            s.timeMs = t;
            s.backend = QStringLiteral("openmosix");
            s.nodes = { node(1, true, load, qint64(1) << 30), node(2, true, load / 2, qint64(1) << 30) };
            return writer.record(s, &error);
        };
        for (int i = 10; i > 0; --i)
            QVERIFY(sample(now - i * 5000, 20));
        AnalyzerWindow w(path, QStringLiteral("live"));
        QSignalSpy drawn(&w, &AnalyzerWindow::drawn);
        w.show();
        QElapsedTimer opened;
        opened.start();
        QVERIFY(drawn.wait(20000));
        qInfo("first drawn after %lld ms", qint64(opened.elapsed()));
        QVERIFY(w.rangeBar()->range().follows());
        const int before = w.clusterPoints();
        QVERIFY(before > 0);
        QVERIFY(sample(QDateTime::currentMSecsSinceEpoch(), 95)); // a hot moment, just now
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY2_WITH_TIMEOUT(
            w.crosshairText(QDateTime::currentMSecsSinceEpoch()).contains(QLatin1String("node 1: 95.0 %")),
            qPrintable(w.crosshairText(QDateTime::currentMSecsSinceEpoch()) + QLatin1Char('\n') + w.statusText()),
            5000);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed()))); // the reader looks every second
        // Over 12 hours (1-minute rollups) the rows around the range are read ahead; never past
        // the file's end into the future, or the rows the collector writes there would count as
        // read already and the node chart would stop following.
        drawn.clear();
        w.setRange(TimeRange::last(12 * 60 * kMin));
        QVERIFY(drawn.wait(20000));
        QTest::qWait(300); // the read ahead
        QVERIFY2(w.nodeRows().to() <= QDateTime::currentMSecsSinceEpoch(),
            qPrintable(QStringLiteral("rows held up to %1 ms from now")
                           .arg(w.nodeRows().to() - QDateTime::currentMSecsSinceEpoch())));
    }
    void followsARunningCollector()
    {
        // The real thing: omsim, the collector recording it every 2 s, the window on its file.
        // Each sample the collector commits is on the chart within one interval.
        DemoCluster demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        const QString path = m_dir.path() + QStringLiteral("/collected.db");
        QProcess collector;
        collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        collector.start(omv::test::TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--demo-root"), demo.root(), QStringLiteral("--db"), path, QStringLiteral("--interval"),
                QStringLiteral("2") });
        struct Stop {
            QProcess& p;
            ~Stop()
            {
                p.terminate();
                p.waitForFinished(5000);
            }
        } stop { collector };
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        StoreReader file;
        QTRY_VERIFY_WITH_TIMEOUT(file.open(path, &error) && file.extent().last > 0, 10000);
        AnalyzerWindow w(path, QStringLiteral("collected"));
        QSignalSpy drawn(&w, &AnalyzerWindow::drawn);
        w.show();
        QVERIFY(drawn.wait(20000));
        QVERIFY(w.rangeBar()->range().follows());
        for (int round = 0; round < 3; ++round) {
            // A sample committed now (seen by polling the file), then on the chart.
            const qint64 before = file.extent().last;
            QTRY_VERIFY_WITH_TIMEOUT(file.extent().last > before, 5000);
            const qint64 newest = file.extent().last;
            QElapsedTimer t;
            t.start();
            QTRY_VERIFY_WITH_TIMEOUT(w.shownUntil() > newest, 5000);
            QVERIFY2(t.elapsed() <= 2000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
            qInfo("sample of the collector on the chart after %lld ms", qint64(t.elapsed()));
        }
        QVERIFY(w.clusterPoints() >= 3);
    }
    void aFileThatIsNoHistory()
    {
        const QString junk = m_dir.path() + QStringLiteral("/junk.db");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all\n");
        f.close();
        AnalyzerWindow w(junk, QStringLiteral("junk"));
        QSignalSpy failed(&w, &AnalyzerWindow::failed);
        w.show();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(w.statusText(), failed.first().at(0).toString());
    }
    void headlessReport()
    {
        // The PDF: who, the range, the statistics, the events, page numbers — read back as text.
        const QString pdf = m_dir.path() + QStringLiteral("/report.pdf");
        const QString bin = omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must choose offscreen itself
        p.setProcessEnvironment(env);
        p.start(bin,
            { QStringLiteral("--db"), m_db, QStringLiteral("--from"), QStringLiteral("-12h"),
                QStringLiteral("--report"), pdf });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        for (const char* expected : { "load and memory", "Statistics", "node 3", "2 h 0 min", "Events",
                 "kernel upgrade", "down", "page 1 of", "page 2 of" })
            QVERIFY2(out.contains(QLatin1String(expected)),
                qPrintable(QStringLiteral("%1 missing in:\n%2").arg(QLatin1String(expected), out)));
        const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QProcess::execute(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), pdf,
                    shots + QStringLiteral("/openmosixanalyzer-report") });
        // The CSV: the statistics, one line per row.
        const QString csv = m_dir.path() + QStringLiteral("/stats.csv");
        p.start(bin,
            { QStringLiteral("--db"), m_db, QStringLiteral("--from"), QStringLiteral("-12h"),
                QStringLiteral("--report"), csv });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[0].startsWith("node,samples,mean_load_percent"));
        QCOMPARE(lines.size(), 1 + 5 + 1); // header, cluster and four nodes, the final newline
        // A report of a file that is none: an error, not a hang.
        p.start(bin,
            { QStringLiteral("--db"), m_dir.path() + QStringLiteral("/junk.db"), QStringLiteral("--report"), pdf });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
    }
    void nodesKeepTheirColourAboveTheThresholdAndMemoryPerNode()
    {
        // Node 3 runs at 90 % for two hours: above the threshold its line keeps node 3's colour
        // (every line turned red there, so that nodes could not be told apart where it mattered),
        // and the region above the threshold is tinted instead.
        AnalyzerWindow w(m_db, QStringLiteral("test"));
        w.resize(1200, 860);
        QSignalSpy drawn(&w, &AnalyzerWindow::drawn);
        w.show();
        QVERIFY(drawn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(w.complete(), 20000);
        QTest::qWait(100);
        TimeChart* chart = w.nodeChart();
        const QImage img = chart->grab().toImage();
        const qint64 hotFrom = m_end - 6 * 60 * kMin, hotTo = hotFrom + 120 * kMin;
        const int y75 = chart->yOf(TimeChart::Left, 75), y90 = chart->yOf(TimeChart::Left, 90);
        const int x0 = chart->xOf(hotFrom + 10 * kMin), x1 = chart->xOf(hotTo - 10 * kMin);
        QVERIFY(x1 - x0 > 40 && y90 < y75 - 5);
        auto near = [](QColor a, QColor b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 60;
        };
        int own = 0, red = 0;
        for (int x = x0; x <= x1; ++x) {
            for (int y = y90 - 2; y <= y90 + 2; ++y) {
                const QColor c(img.pixel(x, y));
                own += near(c, nodeColour(3));
                red += near(c, QColor(0xd0, 0x20, 0x20));
            }
        }
        QVERIFY2(own > (x1 - x0) / 2, qPrintable(QStringLiteral("%1 of node 3's colour, %2 red").arg(own).arg(red)));
        QCOMPARE(red, 0);
        // Between the threshold and node 3's line: tinted, not the plot's white.
        const QColor tint(img.pixel((x0 + x1) / 2, (y75 + y90) / 2));
        QVERIFY2(tint != QColor(Qt::white) && tint.red() > tint.green(), qPrintable(tint.name()));
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            w.grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixanalyzer-threshold.png"));
        // The node chart by memory: each node's memory used ((2 + i) / 2 GiB as written), no threshold.
        w.setNodeFigure(true);
        QVERIFY(w.nodeFigureIsMemory());
        QVERIFY(chart->axisTop(TimeChart::Left) >= 3.0);
        for (NodeId n : { 1, 2, 3, 4 }) {
            int line = -1;
            for (int i = 0; i < chart->lineCount(); ++i)
                if (chart->line(i).name.endsWith(QStringLiteral(" %1").arg(n)))
                    line = i;
            QVERIFY(line >= 0);
            QVERIFY(!chart->line(line).points.isEmpty());
            for (const QPointF& p : chart->line(line).points)
                QVERIFY2(std::abs(p.y() - (2.0 + n) / 2) < 1e-9, qPrintable(QString::number(p.y())));
        }
        QVERIFY2(w.crosshairText(m_end - 30 * kMin).contains(QLatin1String("node 4: 3.00 GiB used")),
            qPrintable(w.crosshairText(m_end - 30 * kMin)));
        QTest::qWait(100);
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            w.grab().save(qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixanalyzer-memory.png"));
        w.setNodeFigure(false);
        QCOMPARE(chart->axisTop(TimeChart::Left), 100.0);
    }
    void reportsHonourTheRangeAndAgree()
    {
        // A range around node 3's hot two hours, at odd seconds: the CSV report, the text
        // statistics and the PDF all cover exactly it (they used to take the default range), the
        // CSV holds numbers (units in its header), and every figure equals a brute force over the
        // day as it was written.
        const qint64 hotFrom = m_end - 6 * 60 * kMin;
        const qint64 from = hotFrom - 25 * kMin + 7000, to = hotFrom + 123 * kMin + 11000;
        auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
        const QStringList range { QStringLiteral("--db"), m_db, QStringLiteral("--from"), iso(from),
            QStringLiteral("--to"), iso(to) };
        const QString csvPath = m_dir.path() + QStringLiteral("/range.csv");
        int code = 0;
        QString out = runAnalyzer(range + QStringList { QStringLiteral("--report"), csvPath }, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const QStringList header = lines[0].split(QLatin1Char(','));
        for (const char* column : { "node", "mean_load_percent", "max_load_percent", "p95_load_percent",
                 "above_threshold_seconds", "mean_memory_bytes", "from", "to" })
            QVERIFY2(header.contains(QLatin1String(column)), column);
        QVERIFY2(
            !lines.join(QString()).contains(QLatin1Char('%')) && !lines.join(QString()).contains(QLatin1String("iB")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        auto cell = [&](int row, const char* column) {
            return lines[row].split(QLatin1Char(','))[header.indexOf(QLatin1String(column))];
        };
        QString stats = runAnalyzer(range + QStringList { QStringLiteral("--stats") }, &code);
        QVERIFY2(code == 0, qPrintable(stats));
        QVERIFY2(stats.contains(QLatin1String("From the raw samples (one every 30 s).")), qPrintable(stats));
        const QStringList statLines = stats.split(QLatin1Char('\n'));
        for (int row = 1; row <= 5; ++row) {
            const int node = row - 1;
            QCOMPARE(cell(row, "from"), iso(from));
            QCOMPARE(cell(row, "to"), iso(to));
            QCOMPARE(cell(row, "node"), node == 0 ? QStringLiteral("cluster") : QString::number(node));
            const DayFigures want = dayFigures(node, from, to, m_end, 75);
            const QString where = QStringLiteral("row %1").arg(row);
            QCOMPARE(cell(row, "samples").toLongLong(), want.samples);
            QVERIFY2(std::abs(cell(row, "mean_load_percent").toDouble() - want.mean) < 1e-9, qPrintable(where));
            QVERIFY2(std::abs(cell(row, "mean_memory_bytes").toDouble() - want.memMean) < 1e-3, qPrintable(where));
            QCOMPARE(cell(row, "max_load_percent").toDouble(), want.max);
            QCOMPARE(cell(row, "min_load_percent").toDouble(), want.min);
            QCOMPARE(cell(row, "p95_load_percent").toDouble(), want.p95);
            QCOMPARE(qint64(cell(row, "above_threshold_seconds").toDouble() * 1000), want.aboveMs);
            // The text statistics say the same, rounded as they print.
            const QString name = node == 0 ? QStringLiteral("cluster") : QStringLiteral("node %1").arg(node);
            const auto line = std::find_if(statLines.cbegin(), statLines.cend(),
                [&](const QString& l) { return l.startsWith(name + QLatin1Char(' ')); });
            QVERIFY2(line != statLines.cend(), qPrintable(stats));
            for (double v : { want.mean, want.max, want.p95 })
                QVERIFY2(line->contains(QString::number(v, 'f', 1) + QStringLiteral(" %")), qPrintable(*line));
        }
        QCOMPARE(cell(4, "above_threshold_seconds"), QStringLiteral("7200")); // node 3's two hot hours
        QCOMPARE(cell(4, "max_load_percent"), QStringLiteral("90"));
        // The PDF says that range, not a default one.
        const QString pdf = m_dir.path() + QStringLiteral("/range.pdf");
        out = runAnalyzer(range + QStringList { QStringLiteral("--report"), pdf }, &code);
        QVERIFY2(code == 0, qPrintable(out));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString page = QString::fromUtf8(text.readAllStandardOutput());
        const QString local = QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(page.contains(local) && !page.contains(QLatin1String("last 12 h"))
                && !page.contains(QLatin1String("last 15 min")) && page.contains(QLatin1String("From the raw samples")),
            qPrintable(page));
        // Only the end given: from the recording's first sample.
        out = runAnalyzer(
            { QStringLiteral("--db"), m_db, QStringLiteral("--to"), iso(to), QStringLiteral("--report"), csvPath },
            &code);
        QVERIFY2(code == 0, qPrintable(out));
        f.close(); // the report was written anew (a new file renamed over the old one)
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString again = QString::fromUtf8(f.readAll());
        QVERIFY2(
            again.contains(QStringLiteral(",%1,%2,").arg(iso(m_end - 24 * 60 * kMin), iso(to))), qPrintable(again));
    }
    void aNewlineInAnEventStaysOnItsLine()
    {
        // A checkpoint text (or an audit record) with newlines in it: its event line in the report
        // shows them as "\n" and the next event keeps its own line (the rows overlapped).
        const QString db = m_dir.path() + QStringLiteral("/newline.db");
        QVERIFY(QFile::copy(m_db, db));
        {
            StoreWriter w;
            QString error;
            QVERIFY2(w.open(db, &error), qPrintable(error));
            QVERIFY(w.recordEvent(m_end - 30 * kMin, 0, QStringLiteral("checkpoint"),
                QStringLiteral("deploy\nrolled back\nagain"), QStringLiteral("admin"), &error));
            QVERIFY(w.recordEvent(m_end - 29 * kMin, 0, QStringLiteral("checkpoint"), QStringLiteral("after it"),
                QStringLiteral("admin"), &error));
        }
        const QString pdf = m_dir.path() + QStringLiteral("/newline.pdf");
        int code = 0;
        const QString out = runAnalyzer({ QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("-2h"),
                                            QStringLiteral("--report"), pdf },
            &code);
        QVERIFY2(code == 0, qPrintable(out));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\n'));
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [](const QString& l) {
            return l.contains(QLatin1String("checkpoint")) && l.contains(QLatin1String("deploy"));
        });
        QVERIFY(line != lines.cend());
        QVERIFY2(line->contains(QLatin1String("deploy\\nrolled back\\nagain")), qPrintable(*line));
        QVERIFY2((line + 1)->contains(QLatin1String("after it")), qPrintable(*(line + 1)));
    }
    void aLongPathStaysOnThePage()
    {
        // The report's header names the file: a path of 300 characters is shortened in its middle,
        // not run off the page (every word pdftotext finds lies inside the page).
        QString dir = m_dir.path();
        for (int i = 0; i < 6; ++i)
            dir += QStringLiteral("/a-rather-long-folder-name-for-history-%1").arg(i);
        QVERIFY(QDir().mkpath(dir));
        const QString db = dir + QStringLiteral("/the-cluster-history-database-of-the-lab.db");
        QVERIFY(QFile::copy(m_db, db));
        const QString pdf = m_dir.path() + QStringLiteral("/long.pdf");
        int code = 0;
        const QString out = runAnalyzer({ QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("-12h"),
                                            QStringLiteral("--report"), pdf },
            &code);
        QVERIFY2(code == 0, qPrintable(out));
        QProcess box;
        box.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), pdf, QStringLiteral("-") });
        QVERIFY(box.waitForFinished(30000));
        const QString html = QString::fromUtf8(box.readAllStandardOutput());
        const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\""));
        const QRegularExpressionMatch pm = page.match(html);
        QVERIFY(pm.hasMatch());
        const double width = pm.captured(1).toDouble();
        const QRegularExpression word(
            QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
        int words = 0;
        bool named = false;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            ++words;
            named = named || w.captured(3).contains(QLatin1String("lab.db"));
            QVERIFY2(w.captured(2).toDouble() <= width,
                qPrintable(w.captured(3) + QStringLiteral(" ends at ") + w.captured(2)));
        }
        QVERIFY(words > 20);
        QVERIFY(named); // the file's own name is kept
    }
    void aFullDiskSaysSoAndKeepsTheOldReport()
    {
        // The report cannot be written (a file size limit stands for a full disk): exit 1 with what
        // failed, and the report that was there stays (it was left empty, with exit 0).
        const QString db = m_dir.path() + QStringLiteral("/full.db");
        QVERIFY(QFile::copy(m_db, db));
        sql::Database reader; // holds the WAL's shared memory open: the analyzer needs to create nothing
        QVERIFY(reader.open(db, sql::Database::Mode::ReadOnly));
        sql::Statement q = reader.prepare("SELECT count(*) FROM node");
        QVERIFY(q.step());
        const QString csv = m_dir.path() + QStringLiteral("/full.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the report of yesterday\n");
        }
        QProcess p;
        p.start(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$@\""), QStringLiteral("sh"),
                omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
                QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("-24h"),
                QStringLiteral("--report"), csv });
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 1, qPrintable(err + QString::number(QFileInfo(csv).size())));
        QVERIFY2(err.contains(QLatin1String("cannot write")) && err.contains(csv), qPrintable(err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the report of yesterday\n"));
    }
    void aDamagedFileIsSaidSo()
    {
        // Leaf pages in the middle of the raw samples overwritten: the analyzer's statistics and
        // report and the history's JSON say the file is damaged and exit non-zero (the PDF showed
        // an empty chart and the JSON fell back to rollups, with exit 0) — found on open (quick
        // check) and, where the file is not checked whole, by the query that meets the page.
        const QString db = m_dir.path() + QStringLiteral("/damaged.db");
        QVERIFY(QFile::copy(m_db, db));
        QList<qint64> pages;
        int pageSize = 0;
        {
            sql::Database d;
            QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
            sql::Statement size = d.prepare("PRAGMA page_size");
            QVERIFY(size.step());
            pageSize = int(size.int64(0));
            sql::Statement q = d.prepare("SELECT pageno FROM dbstat WHERE name = 'node_sample' AND pagetype = 'leaf'");
            while (q.step())
                pages << q.int64(0);
        }
        QVERIFY2(pages.size() > 20, qPrintable(QString::number(pages.size())));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (int i = pages.size() / 2; i < pages.size() / 2 + 4; ++i) {
                QVERIFY(f.seek((pages[i] - 1) * pageSize));
                f.write(QByteArray(pageSize, '\xff'));
            }
        }
        const QString analyzer = omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer");
        const QString history = omv::test::TestCluster::buildDir() + QStringLiteral("/history/openmosixhistory");
        const QString at = QDateTime::fromMSecsSinceEpoch(m_end - 12 * 60 * kMin).toString(Qt::ISODate);
        for (const char* check : { "", "0" }) { // checked whole on open; not checked (a large file)
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (*check)
                env.insert(QStringLiteral("OMV_QUICK_CHECK_MB"), QLatin1String(check));
            const QString expect = *check ? QStringLiteral("reading failed") : QStringLiteral("is damaged");
            auto run = [&](const QString& bin, const QStringList& args) {
                QProcess p;
                p.setProcessEnvironment(env);
                p.start(bin, args);
                p.waitForFinished(60000);
                return qMakePair(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                    QString::fromUtf8(p.readAllStandardError()));
            };
            auto r = run(analyzer,
                { QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("-48h"),
                    QStringLiteral("--stats") });
            QVERIFY2(r.first == 1 && r.second.contains(expect), qPrintable(QString::number(r.first) + r.second));
            r = run(analyzer,
                { QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("-24h"),
                    QStringLiteral("--report"), m_dir.path() + QStringLiteral("/damaged.pdf") });
            QVERIFY2(r.first == 1 && r.second.contains(expect), qPrintable(QString::number(r.first) + r.second));
            if (*check)
                continue; // a moment reads little of the file: it may well not meet the page
            r = run(history, { QStringLiteral("--db"), db, QStringLiteral("--at"), at, QStringLiteral("--json") });
            QVERIFY2(r.first != 0 && r.second.contains(expect), qPrintable(QString::number(r.first) + r.second));
        }
    }
    void aReadOnlyFolderIsSaidSo()
    {
        // A history in a folder the reader cannot write (here: user nobody, under setpriv): SQLite
        // cannot make the -shm a WAL database needs, and the analyzer says that — not "not an
        // openMosixview history database" (what it said).
        QVERIFY2(::geteuid() == 0, "this test runs the analyzer as another user: it needs root, as CI has");
        char folder[] = "/tmp/omv-readonly-XXXXXX";
        QVERIFY(::mkdtemp(folder));
        const QString dir = QString::fromLocal8Bit(folder);
        const auto removeDir = qScopeGuard([&] { QDir(dir).removeRecursively(); });
        QVERIFY(::chmod(folder, 0755) == 0);
        const QString db = dir + QStringLiteral("/history.db");
        QVERIFY(QFile::copy(m_db, db));
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
        QProcess p;
        p.start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
                QStringLiteral("--db"), db, QStringLiteral("--stats") });
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("read-only")) && err.contains(QLatin1String("-shm"))
                && !err.contains(QLatin1String("not an openMosixview history")),
            qPrintable(err));
    }
    void demoRecordsAndCleansUp()
    {
        // --demo: its own omsim and collector into a temporary database; the window shows the
        // first interval; closing ends both (no collector left, nothing mounted).
        const QString png = m_dir.path() + QStringLiteral("/demo.png");
        QProcess p;
        p.start(omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
            { QStringLiteral("--demo"), QStringLiteral("--screenshot"), png });
        bool finished = false;
        const QList<qint64> children = omv::test::waitNotingChildren(p, 60000, &finished);
        QVERIFY(finished);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY(QImage(png).width() > 600);
        QVERIFY2(err.contains(QLatin1String("recording every 1 s")) && err.contains(QLatin1String("unmounted")),
            qPrintable(err));
        // Its omsim and collector (its children while it ran) are gone with it.
        QVERIFY(children.size() >= 2);
        for (qint64 child : children)
            QTRY_VERIFY_WITH_TIMEOUT(!omv::test::running(child), 5000);
    }
    void headlessStatistics()
    {
        QProcess p;
        p.start(omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
            { QStringLiteral("--db"), m_db, QStringLiteral("--stats"), QStringLiteral("--from"),
                QStringLiteral("-12h") });
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(QLatin1String("cluster")) && out.contains(QLatin1String("node 3")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("2 h 0 min")), qPrintable(out));
        // Bad input: a range that ends before it starts, a time that is none, a missing file.
        for (const QStringList& bad : { QStringList { QStringLiteral("--from"), QStringLiteral("-1h"),
                                            QStringLiteral("--to"), QStringLiteral("-2h") },
                 QStringList { QStringLiteral("--from"), QStringLiteral("yesterday") } }) {
            p.start(omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
                QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--stats") } + bad);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(!p.readAllStandardError().isEmpty());
        }
        p.start(omv::test::TestCluster::buildDir() + QStringLiteral("/analyzer/openmosixanalyzer"),
            { QStringLiteral("--db"), m_dir.path() + QStringLiteral("/none.db"), QStringLiteral("--stats") });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("no such file"));
    }
};

QTEST_MAIN(TestAnalyzerWindow)
#include "tst_analyzerwindow.moc"
