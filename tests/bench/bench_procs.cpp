// openmosixprocs at stress-1000 (1,000 nodes, ~50,000 processes): GUI-thread time to apply one
// snapshot to the process table and repaint it, to sort by a column, to apply one filter
// keystroke, and the process's memory.
#include "benchutil.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "guestpanel.h"
#include "gui/clustersession.h"
#include "gui/guesttablemodel.h"
#include "gui/processtablemodel.h"
#include "processwindow.h"
#include "stresscluster.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>

using namespace omv;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Two real snapshots a few seconds apart (processes started, ended and moved in between).
    const QVector<ClusterSnapshot> snaps = bench::twoStressSnapshots("bench_procs");
    if (snaps.isEmpty())
        return 1;
    const int processes = snaps[1].processes.size();
    if (processes < 40000) {
        std::fprintf(stderr, "bench_procs: expected about 50,000 processes, got %d\n", processes);
        return 1;
    }
    const double rssBefore = bench::rssMiB();

    auto session = std::make_unique<ClusterSession>(std::make_unique<bench::CannedBackend>(snaps));
    session->setPaused(true);
    ProcessWindow window(std::move(session), QStringLiteral("stress-1000"));
    window.resize(1220, 900);
    window.show();
    QSignalSpy first(&window, &ProcessWindow::snapshotApplied);
    first.wait(20000);
    QTableView* table = window.table();
    // A few rows selected, as an admin would have: they are kept across every refresh.
    table->selectRow(10);

    bench::PerfControl
        perf; // OMV_PERF_PART=update|sort|filter|update-by-command|guests picks the part profiled (update)
    if (!perf.ok())
        return 1;
    const QString part = qEnvironmentVariable("OMV_PERF_PART", QStringLiteral("update"));
    auto profile = [&](const char* name, bool on) {
        if (part == QLatin1String(name))
            on ? perf.enable() : perf.disable();
    };
    int k = 0;
    // Each round: the next snapshot into the window (what snapshotReady does) and a repaint. Sorted by
    // CPU, the usual view, so every refresh reorders.
    table->sortByColumn(ProcessTableModel::CpuColumn, Qt::DescendingOrder);
    profile("update", true);
    const double update = bench::medianMs(3, 21, [&] {
        window.applySnapshot(snaps[k++ % 2]);
        table->viewport()->repaint();
    });
    profile("update", false);
    // Sorting: alternately by command (text) and by memory (numbers), with a repaint.
    int s = 0;
    profile("sort", true);
    const double sort = bench::medianMs(2, 11, [&] {
        const bool text = s++ % 2 == 0;
        table->sortByColumn(text ? ProcessTableModel::CommandColumn : ProcessTableModel::MemoryColumn,
            text ? Qt::AscendingOrder : Qt::DescendingOrder);
        table->viewport()->repaint();
    });
    profile("sort", false);
    // Refreshes while sorted by command line: the texts that did not change keep their order and
    // only the processes that are new (or have a new command line) are sorted and merged in.
    table->sortByColumn(ProcessTableModel::CommandColumn, Qt::AscendingOrder);
    profile("update-by-command", true);
    const double updateByCommand = bench::medianMs(3, 21, [&] {
        window.applySnapshot(snaps[k++ % 2]);
        table->viewport()->repaint();
    });
    profile("update-by-command", false);
    // One keystroke in the filter: "l", "la", "lam", "lame", back to "" ... each a new filter.
    const QStringList typed { QStringLiteral("l"), QStringLiteral("la"), QStringLiteral("lam"), QStringLiteral("lame"),
        QStringLiteral("lam"), QStringLiteral("la"), QStringLiteral("l"), QString() };
    int t = 0;
    profile("filter", true);
    const double keystroke = bench::medianMs(2, 24, [&] {
        window.filterEdit()->setText(typed[t++ % typed.size()]);
        table->viewport()->repaint();
    });
    profile("filter", false);
    // The Guests tab in front, every node's guests, sorted by CPU: the processes and the guests
    // joined to them on each refresh.
    window.filterEdit()->clear();
    table->sortByColumn(ProcessTableModel::CpuColumn, Qt::DescendingOrder); // as in the update figure
    window.showGuests(true);
    QTableView* guests = window.guestPanel()->table();
    guests->sortByColumn(GuestTableModel::CpuColumn, Qt::DescendingOrder);
    guests->selectRow(5);
    profile("guests", true);
    const double guestUpdate = bench::medianMs(3, 21, [&] {
        window.applySnapshot(snaps[k++ % 2]);
        guests->viewport()->repaint();
    });
    profile("guests", false);
    const double rssWindow = bench::rssMiB();

    bench::figure("procs_processes_in_snapshot", processes, "processes");
    bench::figure("procs_update_and_repaint_50k_median", update, "ms");
    bench::figure("procs_sort_and_repaint_50k_median", sort, "ms");
    bench::figure("procs_update_sorted_by_command_50k_median", updateByCommand, "ms");
    bench::figure("procs_filter_keystroke_50k_median", keystroke, "ms");
    bench::figure("procs_guests_in_snapshot", snaps[1].guests.size(), "guests");
    bench::figure("procs_guests_tab_update_and_repaint_50k_median", guestUpdate, "ms");
    bench::figure("procs_rss_two_snapshots_held", rssBefore, "MiB");
    bench::figure("procs_rss_with_window", rssWindow, "MiB");
    return 0;
}
