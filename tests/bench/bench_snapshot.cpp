// Snapshot of 16 real-sshd test nodes (50 processes each) in parallel, and one node's report alone.
#include "benchutil.h"
#include "core/backend/backendfactory.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = 16;
    const int port
        = qEnvironmentVariableIntValue("OMV_BENCH_PORT") > 0 ? qEnvironmentVariableIntValue("OMV_BENCH_PORT") : 22391;
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
