// The drivers' snapshot of a 64-node omsim cluster (20 processes a node) through 64 real sshd.
#include "benchutil.h"
#include "core/backend/backendfactory.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString scenario = dir.path() + QStringLiteral("/s64");
    QFile f(scenario);
    f.open(QIODevice::WriteOnly);
    f.write("kernel openmosix\nnodes 64 speed=10000 cpus=4 mem=8192\nspawn all 20 cmd=\"job{n} --input data{n}\" "
            "user=* cpu=0.05..1 mem=10..100\n");
    f.close();
    const int port
        = qEnvironmentVariableIntValue("OMV_BENCH_PORT") > 0 ? qEnvironmentVariableIntValue("OMV_BENCH_PORT") : 22392;
    test::TestCluster cluster(port, scenario, { QStringLiteral("--manual") });
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "bench_omsim_snapshot: %s\n", qPrintable(error));
        return 1;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(cluster.writeProfile(QStringLiteral("openmosix")));
    std::unique_ptr<ClusterBackend> backend = createBackend(profile.value(), SshPrompts(), &error);
    bool ok = true;
    const double ms = bench::medianMs(2, 10, [&] {
        const ClusterSnapshot s = backend->snapshot();
        ok = ok && s.nodeErrors.isEmpty() && s.nodes.size() == 64 && s.processes.size() == 64 * 20;
    });
    if (!ok) {
        std::fprintf(stderr, "bench_omsim_snapshot: a snapshot was incomplete\n");
        return 1;
    }
    bench::figure("omsim_64_nodes_snapshot_median", ms, "ms");
    return 0;
}
