// Snapshot of 16 real-sshd test nodes (50 processes each) in parallel, and one node's report alone.
// `bench_snapshot linux`: 16 sshd nodes that all read this machine's real /proc through the plain
// Linux backend (every node lists every process of this machine), and the bytes of one node's
// answer, full and in collector mode.
#include "benchutil.h"
#include "core/backend/backendfactory.h"
#include "core/backend/linux/linuxbackend.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace omv;

static int linuxOnTheRealProc(int nodes, int port)
{
    test::TestCluster cluster(nodes, port, QStringLiteral("/proc"));
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "bench_snapshot: %s\n", qPrintable(error));
        return 1;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(cluster.writeProfile(QStringLiteral("linux")));
    std::unique_ptr<ClusterBackend> backend = createBackend(profile.value(), SshPrompts(), &error);
    if (!backend) {
        std::fprintf(stderr, "bench_snapshot: %s\n", qPrintable(error));
        return 1;
    }
    bool ok = true;
    int processes = 0;
    const double allMs = bench::medianMs(2, 15, [&] {
        const ClusterSnapshot s = backend->snapshot();
        ok = ok && s.nodeErrors.isEmpty() && s.nodes.size() == nodes;
        processes = s.processes.size() / nodes;
    });
    std::shared_ptr<Transport> one = backend->transports().get(QStringLiteral("127.0.1.1"));
    CommandResult full, light;
    const double oneMs = bench::medianMs(2, 15, [&] {
        full = one->run(LinuxBackend::nodeReportCommand(), 10000);
        ok = ok && full.ok();
    });
    const double lightMs = bench::medianMs(2, 15, [&] {
        light = one->run(LinuxBackend::nodeLightCommand(), 10000);
        ok = ok && light.ok();
    });
    if (!ok) {
        std::fprintf(stderr, "bench_snapshot: a snapshot was incomplete\n");
        return 1;
    }
    bench::figure("linux_processes_per_node", processes, "processes");
    bench::figure("linux_snapshot_16_nodes_parallel_median", allMs, "ms");
    bench::figure("linux_one_node_report_roundtrip_median", oneMs, "ms");
    bench::figure("linux_one_node_report_bytes", full.out.size(), "bytes");
    bench::figure("linux_one_node_collector_sample_roundtrip_median", lightMs, "ms");
    bench::figure("linux_one_node_collector_sample_bytes", light.out.size(), "bytes");
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = 16;
    const int port
        = qEnvironmentVariableIntValue("OMV_BENCH_PORT") > 0 ? qEnvironmentVariableIntValue("OMV_BENCH_PORT") : 22391;
    if (argc > 1 && QByteArray(argv[1]) == "linux")
        return linuxOnTheRealProc(nodes, port);
    QTemporaryDir trees;
    if (QProcess::execute(QStringLiteral("bash"),
            { QStringLiteral(OMV_SOURCE_DIR "/tests/cluster/make_tree.sh"), trees.path(), QString::number(nodes),
                QStringLiteral("50") })
        != 0)
        return 1;
    test::TestCluster cluster(nodes, port, trees.path() + QStringLiteral("/node%d"));
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "bench_snapshot: %s\n", qPrintable(error));
        return 1;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(cluster.writeProfile(QStringLiteral("openmosix")));
    std::unique_ptr<ClusterBackend> backend = createBackend(profile.value(), SshPrompts(), &error);
    bool ok = true;
    const double allMs = bench::medianMs(2, 15, [&] {
        const ClusterSnapshot s = backend->snapshot();
        ok = ok && s.nodeErrors.isEmpty() && s.nodes.size() == nodes && s.processes.size() == nodes * 50;
    });
    std::shared_ptr<Transport> one = backend->transports().get(QStringLiteral("127.0.1.1"));
    const double oneMs
        = bench::medianMs(2, 15, [&] { ok = ok && one->run(OpenMosixBackend::nodeReportCommand(), 10000).ok(); });
    const double tableMs
        = bench::medianMs(2, 15, [&] { ok = ok && one->run(OpenMosixBackend::nodeTableCommand(), 10000).ok(); });
    if (!ok) {
        std::fprintf(stderr, "bench_snapshot: a snapshot was incomplete\n");
        return 1;
    }
    bench::figure("snapshot_16_nodes_parallel_median", allMs, "ms");
    bench::figure("one_node_report_roundtrip_median", oneMs, "ms");
    bench::figure("node_table_roundtrip_median", tableMs, "ms");
    return 0;
}
