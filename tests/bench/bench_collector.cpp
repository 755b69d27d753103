// The collector's own cost at stress-1000 (1,000 nodes, 50,000 processes): CPU time of the
// collector process per snapshot (sampling, parsing, recording; not the nodes' shells), as a share
// of one core at a 1 s interval, and database growth per day. `bench_collector linux`: the same
// on omsim's stock kernels with the plain Linux backend. `bench_collector feed`: the collector
// (CollectorService itself) per snapshot with no window, and with 10 windows following its feed
// (issue 17): then it samples in full mode and publishes every snapshot.
#include "benchutil.h"
#include "collectorservice.h"
#include "core/backend/linux/linuxbackend.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "core/backend/openmosix/openmosixparsers.h"
#include "core/control/feed.h"
#include "core/store/store.h"
#include "core/transport/localtransport.h"
#include "stresscluster.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
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
    QTemporaryDir dbDir;
    const bool linux = argc > 1 && QByteArray(argv[1]) == "linux";
    const bool feed = argc > 1 && QByteArray(argv[1]) == "feed";
    // The backend in collector mode, as the collector sets it.
    auto makeBackend
        = [linux](std::shared_ptr<TransportPool> pool, const NodeMap& map) -> std::unique_ptr<ClusterBackend> {
        if (linux) {
            auto b = std::make_unique<LinuxBackend>(QStringLiteral("n1"), pool, 60000, map);
            b->setCollectorMode(true);
            return b;
        }
        auto b = std::make_unique<OpenMosixBackend>(QStringLiteral("n1"), pool, 60000, map);
        b->setCollectorMode(true);
        return b;
    };
    bench::StressCluster cluster(QStringLiteral("stress-1000"), 1000,
        linux ? QStringList { QStringLiteral("--kernel"), QStringLiteral("linux") } : QStringList());
    if (!cluster.ready()) {
        std::fprintf(stderr, "bench_collector: omsim did not start\n");
        return 1;
    }
    QThread::sleep(8); // let the balancer settle
    const NodeMap map = cluster.map();
    const QString r = cluster.root();
    auto pool = cluster.pool();
    // A real sequence of intervals is fetched through a recording transport: the opening one
    // (every process's details), then `rounds` more, before each of which the cluster is stirred —
    // on a tenth of the nodes a process is started, one ends or one is sent to the next node — and
    // omsim's balancer runs for a second. A fresh backend then replays the sequence from memory in
    // order, so it meets exactly the changes the cluster went through. The timed part is the
    // collector's own work each interval — the backend in collector mode and the recording — not
    // the transport (LocalTransport forks a shell per node, which is not what a deployment pays;
    // SshTransport's cost is in bench_transport / bench_snapshot).
    const int rounds = std::max(2,
        qEnvironmentVariableIntValue("OMV_BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("OMV_BENCH_ROUNDS") : 10);
    static std::atomic<int> phase { 0 }; // the interval being recorded or replayed
    static std::atomic<bool> replaying { false };
    static std::atomic<int> missing { 0 }; // replayed commands that were never recorded
    struct Replay : Transport {
        std::shared_ptr<Transport> inner;
        std::mutex m;
        QVector<QHash<QString, CommandResult>> seen;
        CommandResult run(const QString& line, int timeoutMs) override
        {
            const int p = phase.load();
            if (replaying.load()) {
                std::lock_guard<std::mutex> l(m);
                if (p >= seen.size() || !seen[p].contains(line)) {
                    ++missing;
                    return {};
                }
                return seen[p].value(line);
            }
            const CommandResult r = inner->run(line, timeoutMs);
            std::lock_guard<std::mutex> l(m);
            if (seen.size() <= p)
                seen.resize(p + 1);
            seen[p].insert(line, r);
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
    auto writeFile = [](const QString& path, const QByteArray& data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && f.write(data) == data.size();
    };
    auto ctl = [](const QByteArrayList& fields) { return fields.join('\0'); }; // omsim's ctl format
    int stirred = 0;
    ClusterSnapshot truth; // the last interval, every process listed
    {
        // It asks the same as the replaying backend will, but lists every process each time.
        std::unique_ptr<ClusterBackend> recorder = makeBackend(replayPool, map);
        ClusterSnapshot last = recorder->snapshot(); // interval 0: every process's details
        // With `feed`, also what a full-mode collector asks each interval (while windows listen).
        std::unique_ptr<ClusterBackend> fullRecorder;
        if (feed) {
            fullRecorder = makeBackend(replayPool, map);
            fullRecorder->setCollectorMode(false);
            fullRecorder->snapshot();
        }
        for (int i = 1; i <= rounds; ++i) {
            QHash<NodeId, int> firstPid;
            for (const ProcessInfo& p : last.processes) {
                if (!firstPid.contains(p.homeNode) && p.node == p.homeNode)
                    firstPid.insert(p.homeNode, p.pid);
            }
            for (NodeId n = NodeId(1 + i % 10); n <= 1000; n += 10) {
                const int pid = firstPid.value(n);
                const QString node = QString::number(n);
                bool done = false;
                switch ((n / 10 + i) % 3) {
                case 0: // uid 1000, 0.5 CPU, 50 MB, not locked, stays home
                    done = writeFile(r + QStringLiteral("/ctl"),
                        ctl({ "spawn", node.toLatin1(), "1000", "500", "50", "0", "0", "churn" }));
                    break;
                case 1:
                    done = pid > 0
                        && writeFile(r + QStringLiteral("/ctl"),
                            ctl({ "kill", node.toLatin1(), QByteArray::number(pid), "KILL" }));
                    break;
                default:
                    done = pid > 0
                        && writeFile(r + QLatin1Char('/') + node + QLatin1Char('/') + QString::number(pid)
                                + QStringLiteral("/goto"),
                            QByteArray::number(n % 1000 + 1));
                }
                stirred += done;
            }
            QThread::sleep(1);
            phase = i;
            recorder->requestFullSnapshot();
            last = recorder->snapshot();
            if (fullRecorder)
                fullRecorder->snapshot();
        }
        truth = last;
    }
    cluster.stop();
    int changedAnswers = 0;
    const QString everySample = linux ? LinuxBackend::nodeLightCommand() : OpenMosixBackend::nodeWhereCommand();
    for (const auto& t : replays) {
        for (int i = 1; i < t->seen.size(); ++i)
            changedAnswers += t->seen[i].value(everySample).out != t->seen[i - 1].value(everySample).out;
    }

    replaying = true;
    bench::PerfControl perf; // profiles the timed part only
    if (!perf.ok())
        return 1;
    // The replay is repeated (OMV_BENCH_REPLAYS, default 5), each time with a fresh backend and a
    // fresh database; the CPU figures are the medians of the repeats (this machine is a VM whose
    // neighbours make single runs vary by a third), the growth their average.
    const int repeats
        = qEnvironmentVariableIntValue("OMV_BENCH_REPLAYS") > 0 ? qEnvironmentVariableIntValue("OMV_BENCH_REPLAYS") : 5;
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    if (feed) {
        // The collector itself — CollectorService with its control socket, feed and database, the
        // replayed intervals handed in (no sampling thread) — in three states: collector mode and
        // no window; full mode and no window; full mode with 10 windows following the feed (each
        // an omv_controlprobe process reading every byte, so their work is not counted). CPU time
        // of this process (all its threads: the feed's sending is the collector's work) per
        // snapshot; a pause after each lets the feed's thread send it all.
        int run = 0;
        auto serviceCpu = [&](bool fullMode, int windows, double* perSnapshot) {
            phase = 0;
            std::unique_ptr<ClusterBackend> b = makeBackend(replayPool, map);
            b->setCollectorMode(!fullMode);
            ClusterBackend* backend = b.get();
            ClusterSnapshot first = backend->snapshot();
            CollectorOptions opt;
            opt.dbPath = dbDir.path() + QStringLiteral("/feed%1.db").arg(run++);
            opt.intervalMs = 1000;
            opt.manual = true;
            CollectorService service(std::move(b), opt);
            QString error;
            if (!service.start(&error)) {
                std::fprintf(stderr, "bench_collector: %s\n", qPrintable(error));
                return false;
            }
            std::vector<std::unique_ptr<QProcess>> readers;
            for (int i = 0; i < windows; ++i) {
                readers.push_back(std::make_unique<QProcess>());
                readers.back()->start(test::TestCluster::buildDir() + QStringLiteral("/tests/omv_controlprobe"),
                    { QStringLiteral("subscribe"), omv::test::feedSocketOf(opt.dbPath), QStringLiteral("600") });
            }
            for (int i = 0; i < 200 && service.feedSubscribers() < windows; ++i)
                QThread::msleep(50);
            if (service.feedSubscribers() < windows) {
                std::fprintf(
                    stderr, "bench_collector: %d of %d windows subscribed\n", service.feedSubscribers(), windows);
                return false;
            }
            qint64 ts = Q_INT64_C(1767225600000);
            first.timeMs = ts;
            service.take(first); // the opening interval: every span opened, a whole snapshot sent
            QThread::msleep(1000);
            const double c0 = ownCpuSeconds();
            for (int i = 1; i <= rounds; ++i) {
                phase = i;
                ClusterSnapshot s = backend->snapshot();
                s.timeMs = ts += 1000;
                service.take(s);
                QThread::msleep(300);
            }
            *perSnapshot = (ownCpuSeconds() - c0) / rounds;
            service.stop();
            for (auto& r : readers) {
                r->kill();
                r->waitForFinished(5000);
            }
            return missing == 0;
        };
        std::vector<double> light, full, watched;
        for (int rep = 0; rep < repeats; ++rep) {
            double a = 0, b = 0, c = 0;
            if (!serviceCpu(false, 0, &a) || !serviceCpu(true, 0, &b) || !serviceCpu(true, 10, &c)) {
                std::fprintf(stderr, "bench_collector: %d commands not recorded\n", missing.load());
                return 1;
            }
            light.push_back(a);
            full.push_back(b);
            watched.push_back(c);
        }
        const double a = median(light), b = median(full), c = median(watched);
        bench::figure("collector_cpu_per_snapshot_no_window", a * 1000, "ms");
        bench::figure("collector_cpu_per_snapshot_full_mode_no_window", b * 1000, "ms");
        bench::figure("collector_cpu_per_snapshot_10_windows", c * 1000, "ms");
        bench::figure("feed_cost_on_top_of_full_mode", (c - b) / b * 100, "%");
        bench::figure("ten_windows_cost_on_top_of_collector_mode", (c - a) / a * 100, "%");
        return 0;
    }
    std::vector<double> cpuRuns, samplingRuns;
    double samplingTotal = 0;
    qint64 growth = 0;
    int processes = 0;
    for (int rep = 0; rep < repeats; ++rep) {
        phase = 0;
        std::unique_ptr<ClusterBackend> light = makeBackend(replayPool, map);
        const ClusterSnapshot firstSnap = light->snapshot(); // the replayed opening interval
        auto assemble = [&](qint64 ts) {
            const double c0 = ownCpuSeconds();
            ClusterSnapshot s = light->snapshot();
            samplingTotal += ownCpuSeconds() - c0;
            s.timeMs = ts;
            return s;
        };
        StoreWriter w;
        QString error;
        const QString dbPath = dbDir.path() + QStringLiteral("/stress%1.db").arg(rep);
        if (!w.open(dbPath, &error))
            return 1;
        qint64 ts = Q_INT64_C(1767225600000);
        ClusterSnapshot opening = firstSnap;
        opening.timeMs = ts;
        w.record(opening, &error); // opens the 50,000 spans
        const qint64 sizeAfterFirst = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
        perf.enable();
        const double cpu0 = ownCpuSeconds();
        samplingTotal = 0;
        for (int i = 1; i <= rounds; ++i) {
            ts += 1000;
            phase = i;
            const ClusterSnapshot s = assemble(ts);
            if (!w.record(s, &error)) {
                std::fprintf(stderr, "bench_collector: %s\n", qPrintable(error));
                return 1;
            }
        }
        cpuRuns.push_back((ownCpuSeconds() - cpu0) / rounds);
        samplingRuns.push_back(samplingTotal / rounds);
        perf.disable();
        // What was recorded from the snapshots that left out unchanged nodes must be what the
        // full listing of the last interval says: every process open on its node, nothing more.
        QSet<quint64> truthSpans;
        for (const ProcessInfo& p : truth.processes)
            truthSpans.insert(quint64(p.homeNode) << 40 | quint64(p.pid) << 16 | quint64(p.node));
        QSet<quint64> openSpans;
        for (sql::Statement q = w.database().prepare("SELECT home, pid, node FROM process_span WHERE end_ts IS NULL");
             q.step();)
            openSpans.insert(quint64(q.int64(0)) << 40 | quint64(q.int64(1)) << 16 | quint64(q.int64(2)));
        if (openSpans != truthSpans) {
            std::fprintf(stderr, "bench_collector: %d open spans recorded, %d processes in the last interval\n",
                int(openSpans.size()), int(truthSpans.size()));
            return 1;
        }
        processes = openSpans.size();
        w.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        growth += QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size() - sizeAfterFirst;
        w.close();
        QFile::remove(dbPath);
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
    }
    const double cpuPerSnapshot = median(cpuRuns);
    const double samplingPerSnapshot = median(samplingRuns);
    const double growthPerSnapshot = double(growth) / rounds / repeats;
    if (processes < 49000 || missing > 0) {
        std::fprintf(stderr, "bench_collector: %d processes, %d commands not recorded\n", processes, missing.load());
        return 1;
    }
    bench::figure("cluster_changes_made_per_interval", double(stirred) / rounds, "");
    bench::figure("nodes_whose_answer_changed_per_interval", double(changedAnswers) / rounds, "");
    bench::figure("collector_cpu_per_snapshot_stress1000", cpuPerSnapshot * 1000, "ms");
    bench::figure("collector_cpu_sampling_part_per_snapshot", samplingPerSnapshot * 1000, "ms");
    bench::figure("collector_cpu_recording_part_per_snapshot", (cpuPerSnapshot - samplingPerSnapshot) * 1000, "ms");
    bench::figure("collector_cpu_share_of_one_core_at_1s", cpuPerSnapshot * 100, "%");
    bench::figure("collector_cpu_per_simulated_hour_at_1s", cpuPerSnapshot * 3600, "s");
    bench::figure("db_growth_per_snapshot_after_first", growthPerSnapshot / 1024, "KiB");
    bench::figure("db_growth_per_day_at_1s", growthPerSnapshot * 86400 / 1048576.0 / 1024, "GiB");
    return 0;
}
