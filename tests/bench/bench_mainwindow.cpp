// openmosixview at stress-1000: GUI-thread time to apply one snapshot to the table model and
// repaint the table, the process's memory, and the time from start to the first filled table on
// the demo cluster.
#include "benchutil.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "core/transport/localtransport.h"
#include "gui/clustersession.h"
#include "gui/nodetablemodel.h"
#include "mainwindow.h"
#include "stresscluster.h"
#include "support/testcluster.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <ctime>

using namespace omv;

namespace
{
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // 1. Two real stress-1000 snapshots (1,000 nodes), a few seconds apart.
    QVector<ClusterSnapshot> snaps = bench::twoStressSnapshots("bench_mainwindow");
    if (snaps.isEmpty())
        return 1;
    if (snaps[0].nodes.size() != 1000 || snaps[1].nodes.size() != 1000) {
        std::fprintf(stderr, "bench_mainwindow: expected 1,000 nodes\n");
        return 1;
    }
    const double rssBefore = bench::rssMiB();

    // 2. The window over them; each round applies one snapshot and repaints, as onSnapshot does.
    auto session = std::make_unique<ClusterSession>(std::make_unique<bench::CannedBackend>(snaps));
    session->setPaused(true);
    MainWindow window(std::move(session), QStringLiteral("stress-1000"));
    window.resize(1140, 900);
    window.show();
    QSignalSpy first(&window, &MainWindow::snapshotApplied);
    first.wait(10000);
    int k = 0;
    bench::PerfControl perf; // profiles the apply-and-repaint rounds only
    if (!perf.ok())
        return 1;
    perf.enable();
    const double applyRepaint = bench::medianMs(5, 41, [&] {
        window.model()->applySnapshot(snaps[k++ % 2]);
        window.table()->viewport()->repaint();
    });
    perf.disable();
    // The same rounds as CPU time of the GUI thread (what the window costs, not waiting).
    timespec c0 {}, c1 {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
    for (int i = 0; i < 41; ++i) {
        window.model()->applySnapshot(snaps[k++ % 2]);
        window.table()->viewport()->repaint();
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
    const double applyRepaintCpu = (double(c1.tv_sec - c0.tv_sec) * 1e3 + double(c1.tv_nsec - c0.tv_nsec) / 1e6) / 41;
    k = 0;
    const double applyOnly = bench::medianMs(5, 41, [&] { window.model()->applySnapshot(snaps[k++ % 2]); });
    window.table()->sortByColumn(NodeTableModel::LoadColumn, Qt::DescendingOrder);
    k = 0;
    const double applySorted = bench::medianMs(5, 41, [&] {
        window.model()->applySnapshot(snaps[k++ % 2]);
        window.table()->viewport()->repaint();
    });
    const double rssWindow = bench::rssMiB();

    // 3. Start to first filled table, the demo cluster (omsim started by the program itself).
    QVector<double> starts;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/omv-bench-config"));
        p.setProcessEnvironment(env);
        p.start(test::TestCluster::buildDir() + QStringLiteral("/app/openmosixview"),
            { QStringLiteral("--demo"), QStringLiteral("--time-to-table") });
        p.waitForFinished(60000);
        for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
            if (line.startsWith("time_to_first_table "))
                starts << line.split(' ').at(1).toDouble();
        }
    }
    std::sort(starts.begin(), starts.end());

    bench::figure("gui_apply_and_repaint_stress1000_median", applyRepaint, "ms");
    bench::figure("gui_apply_and_repaint_stress1000_cpu_mean", applyRepaintCpu, "ms");
    bench::figure("gui_apply_only_stress1000_median", applyOnly, "ms");
    bench::figure("gui_apply_and_repaint_sorted_by_load_median", applySorted, "ms");
    bench::figure("gui_process_rss_two_snapshots_held", rssBefore, "MiB");
    bench::figure("gui_process_rss_with_window", rssWindow, "MiB");
    bench::figure("demo_start_to_first_table_median", starts.isEmpty() ? -1 : starts[starts.size() / 2], "ms");
    return 0;
}
