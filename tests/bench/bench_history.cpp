// openmosixhistory on the reader benchmark's database (64 nodes × 30 days at 5 s, 10 million
// spans): the window opened at the file's end, slider steps to random moments of the last week
// (raw samples) until shown and painted, a drag across the month (how many moments are shown
// after the last position was asked for), `--at T --json` as a process, and the memory held.
// bench_history [DB]: a month database written by an earlier run (bench_analyzer's too).
#include "benchutil.h"
#include "changetablemodel.h"
#include "gui/processtablemodel.h"
#include "historywindow.h"
#include "monthdb.h"
#include "stresscluster.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

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
        std::fprintf(stderr, "bench_history: %s\n", qPrintable(monthError));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    HistoryWindow w(path, QStringLiteral("bench"));
    QSignalSpy shown(&w, &HistoryWindow::shownChanged);
    w.show();
    if (!shown.wait(60000)) {
        std::fprintf(stderr, "bench_history: nothing was shown\n");
        return 1;
    }
    app.processEvents();
    const double opened = double(t.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "opened: %s\n", qPrintable(w.statusText()));
    // Steps: random moments of the last week (where raw samples are kept), each until shown and
    // painted.
    const qint64 day = qint64(24) * 3600 * 1000;
    QRandomGenerator rng(3);
    QVector<double> steps;
    int processes = 0;
    for (int i = 0; i < 21; ++i) {
        const qint64 at = end - 7 * day + qint64(rng.generate64() % quint64(7 * day));
        shown.clear();
        QElapsedTimer s;
        s.start();
        w.setMoment(at);
        if (!shown.wait(30000)) {
            std::fprintf(stderr, "bench_history: a step was not shown\n");
            return 1;
        }
        app.processEvents();
        steps << double(s.nsecsElapsed()) / 1e6;
        processes += w.processModel()->snapshot().processes.size();
    }
    std::sort(steps.begin(), steps.end());
    // A drag across the month: every slider position at once, then how many moments are shown
    // after the last position was asked for (1: only the last).
    QSlider* slider = w.slider();
    shown.clear();
    for (int v = slider->minimum(); v <= slider->maximum(); v += std::max(1, slider->maximum() / 300))
        slider->setValue(v);
    const int before = shown.count();
    QElapsedTimer d;
    d.start();
    while (w.shown().snapshot.timeMs < 0 || shown.isEmpty() || shown.count() == before)
        shown.wait(30000);
    app.processEvents();
    QTest::qWait(500);
    const int behind = shown.count() - before;
    // A process's life (a different one each time) and the list between two moments an hour
    // apart, each until shown.
    QSignalSpy life(&w, &HistoryWindow::lifeShown);
    QVector<double> lives;
    const QVector<ProcessInfo> procs = w.processModel()->snapshot().processes;
    for (int i = 0; i < 15 && i < procs.size(); ++i) {
        const ProcessInfo& p = procs[(i * 397) % procs.size()];
        life.clear();
        QElapsedTimer l;
        l.start();
        if (!w.selectProcess(p.homeNode, p.pid) || !life.wait(10000))
            continue;
        lives << double(l.nsecsElapsed()) / 1e6;
    }
    std::sort(lives.begin(), lives.end());
    QSignalSpy changes(&w, &HistoryWindow::changesShown);
    QVector<double> betweens;
    int changed = 0;
    for (int i = 0; i < 9; ++i) {
        const qint64 a = end - 7 * day + qint64(rng.generate64() % quint64(6 * day));
        changes.clear();
        QElapsedTimer b;
        b.start();
        w.setBetween(a, a + 3600 * 1000);
        if (!changes.wait(30000))
            continue;
        betweens << double(b.nsecsElapsed()) / 1e6;
        changed += w.changesModel()->rowCount();
    }
    std::sort(betweens.begin(), betweens.end());
    // --at T --json as a process (start, open, query, print).
    const QString bin = QCoreApplication::applicationDirPath() + QStringLiteral("/../../history/openmosixhistory");
    const double jsonMs = bench::medianMs(1, 5, [&] {
        QProcess proc;
        proc.setStandardOutputFile(QProcess::nullDevice()); // ~3 MB of JSON, as into a pipe to a file
        proc.start(bin,
            { QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("--at"),
                QDateTime::fromMSecsSinceEpoch(end - day).toString(Qt::ISODate) });
        proc.waitForFinished(60000);
        if (proc.exitCode() != 0)
            std::fprintf(stderr, "bench_history: --json: %s\n", proc.readAllStandardError().constData());
    });
    bench::figure("history_window_open_to_first_moment", opened, "ms");
    bench::figure("history_step_median", steps[steps.size() / 2], "ms");
    bench::figure("history_step_max", steps.last(), "ms");
    bench::figure("history_step_processes_average", double(processes) / 21.0, "processes");
    bench::figure("history_drag_moments_shown_after_the_last", double(behind), "moments");
    bench::figure("history_process_life_median", lives.value(lives.size() / 2, -1), "ms");
    bench::figure("history_between_1h_median", betweens.value(betweens.size() / 2, -1), "ms");
    bench::figure(
        "history_between_1h_rows_average", betweens.isEmpty() ? 0 : double(changed) / betweens.size(), "rows");
    bench::figure("history_json_at_t_process_median", jsonMs, "ms");
    bench::figure("history_rss", bench::rssMiB(), "MiB");
    return 0;
}
