// openmosixanalyzer on the reader benchmark's database (64 nodes × 30 days at 5 s, 10 million
// spans): the window opened on the 30-day view until every chart and the statistics are drawn,
// zoom and pan steps (query + redraw), the 30-day report as PDF, and the memory it holds.
// bench_analyzer [DB]: a month database written by an earlier run (writing one takes minutes);
// a DB path that does not exist yet is written and kept.
#include "analyzerwindow.h"
#include "benchutil.h"
#include "gui/timerangebar.h"
#include "monthdb.h"
#include "rangesteps.h"
#include "stresscluster.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    qint64 t0 = 0, end = 0;
    QString monthError;
    const QString path = bench::monthDatabaseFromArgs(argc, argv, dir.path(), &t0, &end, &monthError);
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_analyzer: %s\n", qPrintable(monthError));
        return 1;
    }
    // The month, fixed (its clock is not ours): what "last 30 days" is at the end of the file.
    const TimeRange month = TimeRange::between(t0, end);
    QElapsedTimer t;
    t.start();
    AnalyzerWindow w(path, QStringLiteral("bench"));
    QSignalSpy drawn(&w, &AnalyzerWindow::drawn);
    w.rangeBar()->setClock([end] { return end; });
    w.show();
    // The window starts on the file's whole span (older than 12 h): the 30 days.
    if (!drawn.wait(60000)) {
        std::fprintf(stderr, "bench_analyzer: the first view was not drawn\n");
        return 1;
    }
    app.processEvents(); // the paint that follows
    const double firstPaint = double(t.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "first view: %s\n", qPrintable(w.statusText()));
    // The 30-day view, drawn; then its statistics.
    QSignalSpy stats(&w, &AnalyzerWindow::statisticsReady);
    while (!w.complete())
        stats.wait(60000);
    drawn.clear();
    stats.clear();
    t.restart();
    w.setRange(month);
    drawn.wait(60000);
    app.processEvents();
    const double monthDrawn = double(t.nsecsElapsed()) / 1e6;
    while (!w.complete())
        stats.wait(60000);
    const double monthStats = double(t.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "30 days: %s\n", qPrintable(w.statusText()));
    if (const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR"); !shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/openmosixanalyzer-month.png")); // the month of 64 nodes
    // Zoom in, back, forward, out … each step until its charts are drawn and painted.
    QVector<double> steps;
    for (int i = 0; i < 20; ++i) {
        drawn.clear();
        QElapsedTimer s;
        s.start();
        bench::rangeStep(w.rangeBar(), i);
        if (!drawn.wait(60000)) {
            std::fprintf(stderr, "bench_analyzer: step %d was not drawn\n", i);
            return 1;
        }
        app.processEvents();
        steps << double(s.nsecsElapsed()) / 1e6;
    }
    std::sort(steps.begin(), steps.end());
    w.setRange(month);
    drawn.wait(60000);
    while (!w.complete())
        stats.wait(60000);
    const double pdf = bench::medianMs(0, 3, [&] {
        QString error;
        if (!w.exportPdf(dir.path() + QStringLiteral("/month.pdf"), &error))
            std::fprintf(stderr, "bench_analyzer: %s\n", qPrintable(error));
    });
    // Live: a collector's file of 64 nodes with the last hour at 5 s, the window on "last hour"
    // (1-minute rollups) following it; each new interval written, from the reader noticing it to
    // the charts drawn and painted.
    QVector<double> appends, appendsDrawn;
    {
        const QString livePath = dir.path() + QStringLiteral("/live.db");
        StoreWriter writer;
        QString error;
        if (!writer.open(livePath, &error)) {
            std::fprintf(stderr, "bench_analyzer: %s\n", qPrintable(error));
            return 1;
        }
        ClusterSnapshot snap = bench::monthNodes();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto record = [&](qint64 ts) {
            bench::setMonthLoads(&snap, ts);
            if (!writer.record(snap, &error))
                std::fprintf(stderr, "bench_analyzer: %s\n", qPrintable(error));
        };
        for (qint64 ts = now - 3600 * 1000; ts < now; ts += 5000)
            record(ts);
        AnalyzerWindow live(livePath, QStringLiteral("live"));
        QSignalSpy liveDrawn(&live, &AnalyzerWindow::drawn);
        QSignalSpy changed(live.reader(), &HistoryReader::changed);
        live.show();
        liveDrawn.wait(10000);
        live.setRange(TimeRange::last(TimeRange::kHour));
        liveDrawn.wait(10000);
        while (!live.complete())
            liveDrawn.wait(10000);
        std::fprintf(stderr, "live: %s\n", qPrintable(live.statusText()));
        for (int i = 0; i < 11; ++i) {
            changed.clear();
            liveDrawn.clear();
            record(QDateTime::currentMSecsSinceEpoch());
            if (!changed.wait(5000)) {
                std::fprintf(stderr, "bench_analyzer: the reader did not notice a write\n");
                return 1;
            }
            QElapsedTimer s;
            s.start();
            if (!liveDrawn.wait(5000)) {
                std::fprintf(stderr, "bench_analyzer: a live interval was not drawn\n");
                return 1;
            }
            const double inCharts = double(s.nsecsElapsed()) / 1e6;
            app.processEvents();
            if (i > 0) { // the first follows the window's first paint
                appends << double(s.nsecsElapsed()) / 1e6;
                appendsDrawn << inCharts;
            }
        }
        std::sort(appends.begin(), appends.end());
        std::sort(appendsDrawn.begin(), appendsDrawn.end());
    }
    bench::figure("analyzer_open_to_first_view_painted", firstPaint, "ms");
    bench::figure("analyzer_30day_view_drawn_and_painted", monthDrawn, "ms");
    bench::figure("analyzer_30day_statistics_in", monthStats, "ms");
    bench::figure("analyzer_zoom_pan_step_median", steps[steps.size() / 2], "ms");
    bench::figure("analyzer_zoom_pan_step_max", steps.last(), "ms");
    bench::figure("analyzer_30day_report_pdf_median", pdf, "ms");
    bench::figure("analyzer_live_append_in_charts_median", appendsDrawn[appendsDrawn.size() / 2], "ms");
    bench::figure("analyzer_live_append_painted_median", appends[appends.size() / 2], "ms");
    bench::figure("analyzer_live_append_painted_max", appends.last(), "ms");
    bench::figure("analyzer_rss", bench::rssMiB(), "MiB");
    return 0;
}
