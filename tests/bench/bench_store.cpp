// The store's ingest in the collector's own path (StoreWriter::record, one transaction per
// snapshot): node samples per second, and process-span changes per second.
#include "benchutil.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <QTemporaryDir>
#include <algorithm>
#include <vector>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    StoreWriter w;
    QString error;
    if (!w.open(dir.path() + QStringLiteral("/bench.db"), &error)) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(error));
        return 1;
    }
    const int nodes = 1000;
    ClusterSnapshot s;
    for (int i = 1; i <= nodes; ++i) {
        NodeSample n;
        n.id = i;
        n.addresses = QStringList { QStringLiteral("10.0.%1.%2").arg(i / 250).arg(i % 250 + 1) };
        n.up = true;
        n.loadRaw = 250;
        n.loadPercent = 50;
        n.speed = 10000;
        n.cpus = 4;
        n.memTotal = qint64(8) << 30;
        n.memFree = qint64(4) << 30;
        n.util = 50;
        s.nodes << n;
    }
    // 1. Node samples: 300 snapshots of 1,000 nodes, 5 s apart, into a fresh database — five
    //    times, each into a database of its own; the figure is the median (this VM's disk and
    //    neighbours make single runs vary by a third). Then the same writer goes on for 1.5
    //    million samples into one database, WAL checkpoints included: the sustained rate.
    const qint64 t0 = Q_INT64_C(1767225600000);
    QElapsedTimer timer;
    const int snapshots = 300;
    auto ingest = [&](StoreWriter& into, int from, int count) {
        timer.start();
        for (int k = from; k < from + count; ++k) {
            s.timeMs = t0 + qint64(k) * 5000;
            for (NodeSample& n : s.nodes)
                n.loadPercent = double((k * 7 + n.id) % 100);
            if (!into.record(s, &error)) {
                std::fprintf(stderr, "bench_store: %s\n", qPrintable(error));
                std::exit(1);
            }
        }
        return double(count) * nodes / (double(timer.nsecsElapsed()) / 1e9);
    };
    std::vector<double> rates;
    for (int run = 0; run < 5; ++run) {
        StoreWriter fresh;
        if (!fresh.open(dir.path() + QStringLiteral("/fresh%1.db").arg(run), &error)) {
            std::fprintf(stderr, "bench_store: %s\n", qPrintable(error));
            return 1;
        }
        rates.push_back(ingest(fresh, 0, snapshots));
    }
    std::sort(rates.begin(), rates.end());
    const double samplesPerSecond = rates[rates.size() / 2];
    const double sustained = ingest(w, 0, 5 * snapshots);

    // 2. Span changes: 10,000 processes, a tenth of which move every snapshot (a close, an open
    //    and a migration each), the node samples as before.
    for (int p = 0; p < 10000; ++p) {
        ProcessInfo pi;
        pi.homeNode = 1 + p % nodes;
        pi.pid = 1000 + p;
        pi.node = pi.homeNode;
        pi.uid = 1000;
        pi.user = QStringLiteral("alice");
        pi.argv = QStringList { QStringLiteral("job%1").arg(p) };
        s.processes << pi;
    }
    s.timeMs = t0 + qint64(5 * snapshots) * 5000;
    w.record(s, &error); // opens the 10,000 spans
    qint64 changes = 0;
    timer.restart();
    const int rounds = 50;
    for (int k = 0; k < rounds; ++k) {
        s.timeMs += 5000;
        for (int p = k % 10; p < s.processes.size(); p += 10) {
            ProcessInfo& pi = s.processes[p];
            pi.node = pi.node % nodes + 1;
            ++changes;
        }
        if (!w.record(s, &error)) {
            std::fprintf(stderr, "bench_store: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double changesPerSecond = double(changes) / (double(timer.nsecsElapsed()) / 1e9);
    bench::figure("store_ingest_node_samples_per_second", samplesPerSecond, "samples/s");
    bench::figure("store_ingest_sustained_1_5M_samples_per_second", sustained, "samples/s");
    bench::figure("store_span_changes_per_second", changesPerSecond, "changes/s");
    return 0;
}
