// The collector's own cost at stress-1000 (1,000 nodes, 50,000 processes): CPU time of the
// collector process per snapshot (sampling, parsing, recording; not the nodes' shells), as a share
// of one core at a 1 s interval, and database growth per day.
#include "benchutil.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "core/backend/openmosix/openmosixparsers.h"
#include "core/store/store.h"
#include "core/transport/localtransport.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <mutex>

#include <sys/resource.h>

using namespace omv;

static double ownCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir root, dbDir;
    QProcess omsim;
    omsim.start(test::TestCluster::buildDir() + QStringLiteral("/sim/omsim"),
        { QStringLiteral("--root"), root.path(), QStringLiteral("--scenario"), QStringLiteral("stress-1000") });
    for (int i = 0; i < 600 && !QFile::exists(root.path() + QStringLiteral("/status")); ++i)
        QThread::msleep(50);
    QThread::sleep(8); // let the balancer settle
    NodeMap map;
    for (int i = 1; i <= 1000; ++i)
        map.insert(i, { QStringLiteral("n%1").arg(i) });
    const QString r = root.path();
    auto pool = std::make_shared<TransportPool>(
        [r](const QString& address) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("OMV_PROC"), r + QLatin1Char('/') + address.mid(1));
            env.insert(QStringLiteral("PATH"), r + QStringLiteral("/bin:/usr/bin:/bin"));
            return std::make_shared<LocalTransport>(env);
        },
        16);
    // The nodes' answers are fetched for real once (a recording transport), then replayed from
    // memory: the timed part is the collector's own work each interval — the backend in collector
    // mode (where files; details only for new processes) and the recording — not the transport
    // (LocalTransport forks a shell per node, which is not what a deployment pays; SshTransport's
    // cost is in bench_transport / bench_snapshot).
    struct Replay : Transport {
        std::shared_ptr<Transport> inner;
        std::mutex m;
        QHash<QString, CommandResult> seen;
        bool replaying = false;
        CommandResult run(const QString& line, int timeoutMs) override
        {
            if (replaying) {
                std::lock_guard<std::mutex> l(m);
                return seen.value(line);
            }
            const CommandResult r = inner->run(line, timeoutMs);
            std::lock_guard<std::mutex> l(m);
            seen.insert(line, r);
            return r;
        }
        QString describe() const override { return QStringLiteral("replay"); }
    };
    QHash<QString, std::shared_ptr<Replay>> replays;
    std::mutex replaysMutex;
    auto replayPool = std::make_shared<TransportPool>(
        [&](const QString& address) {
            auto t = std::make_shared<Replay>();
            t->inner = pool->get(address);
            std::lock_guard<std::mutex> l(replaysMutex);
            replays.insert(address, t);
            return t;
        },
        16);
    OpenMosixBackend light(QStringLiteral("n1"), replayPool, 60000, map);
    light.setCollectorMode(true);
    const ClusterSnapshot firstSnap = light.snapshot(); // reads every process's details once
    light.snapshot(); // records the answers of a steady interval (where files only)
    omsim.terminate();
    omsim.waitForFinished(10000);
    for (const auto& t : replays)
        t->replaying = true;
    double snapshotCpu = 0;
    auto assemble = [&](qint64 ts) {
        const double c0 = ownCpuSeconds();
        ClusterSnapshot s = light.snapshot();
        snapshotCpu += ownCpuSeconds() - c0;
        s.timeMs = ts;
        return s;
    };
    StoreWriter w;
    QString error;
    const QString dbPath = dbDir.path() + QStringLiteral("/stress.db");
    if (!w.open(dbPath, &error))
        return 1;
    qint64 ts = Q_INT64_C(1767225600000);
    ClusterSnapshot opening = firstSnap;
    opening.timeMs = ts;
    w.record(opening, &error); // opens the 50,000 spans
    const qint64 sizeAfterFirst = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    const int rounds = 20;
    int processes = 0;
    const double cpu0 = ownCpuSeconds();
    for (int i = 0; i < rounds; ++i) {
        ts += 1000;
        const ClusterSnapshot s = assemble(ts);
        processes = s.processes.size();
        if (!w.record(s, &error)) {
            std::fprintf(stderr, "bench_collector: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double cpuPerSnapshot = (ownCpuSeconds() - cpu0) / rounds;
    const double samplingPerSnapshot = snapshotCpu / rounds;
    w.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 sizeAfter = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    w.close();
    if (processes < 49000) {
        std::fprintf(stderr, "bench_collector: only %d processes\n", processes);
        return 1;
    }
    bench::figure("collector_cpu_per_snapshot_stress1000", cpuPerSnapshot * 1000, "ms");
    bench::figure("collector_cpu_sampling_part_per_snapshot", samplingPerSnapshot * 1000, "ms");
    bench::figure("collector_cpu_recording_part_per_snapshot", (cpuPerSnapshot - samplingPerSnapshot) * 1000, "ms");
    bench::figure("collector_cpu_share_of_one_core_at_1s", cpuPerSnapshot * 100, "%");
    bench::figure("collector_cpu_per_simulated_hour_at_1s", cpuPerSnapshot * 3600, "s");
    bench::figure("db_growth_per_snapshot_after_first", double(sizeAfter - sizeAfterFirst) / rounds / 1024, "KiB");
    bench::figure(
        "db_growth_per_day_at_1s", double(sizeAfter - sizeAfterFirst) / rounds * 86400 / 1048576.0 / 1024, "GiB");
    return 0;
}
