// Parsing a 1,000-node openMosix node table and a 1,000-node MattX table.
#include "benchutil.h"
#include "core/backend/mattx/mattxparsers.h"
#include "core/backend/openmosix/openmosixparsers.h"

#include <QCoreApplication>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = 1000;
    QByteArray om;
    for (int i = 1; i <= nodes; ++i) {
        const QByteArray id = QByteArray::number(i);
        om += id + "/load:" + QByteArray::number(i * 37 % 1000) + '\n' + id + "/speed:10000\n" + id + "/cpus:4\n" + id
            + "/mem:4000000000\n" + id + "/rmem:3900000000\n" + id + "/tmem:8000000000\n" + id + "/util:30\n" + id
            + "/status:3\n";
    }
    QByteArray mx = "MattX Cluster Nodes:\n" + QByteArray(72, '-')
        + "\nNode ID         IP Address      CPU Load        "
          "Affinity        Mem Free (MB)\n"
        + QByteArray(72, '-') + '\n';
    for (int i = 1; i <= nodes; ++i) {
        const QByteArray ip = "10.0." + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250 + 1);
        mx += QByteArray::number(i).leftJustified(16) + ip.leftJustified(16)
            + QByteArray::number(i * 7 % 4000).leftJustified(16) + QByteArray("4000").leftJustified(16) + "725\n";
    }
    mx += "\nBalancer Enabled: YES\nMattXFS Enabled: YES\nDebug Mode: OFF\nNode Affinity: 0 (0 = Auto)\n"
          "Migration Excludes: top,bash\nMigration Includes: \n";

    int count = 0;
    const double omMs = bench::medianMs(20, 200, [&] { count += parseOpenMosixNodeTable(om)->nodes.size(); });
    const double mxMs
        = bench::medianMs(20, 200, [&] { count += parseMattxNodes(mx, QStringLiteral("n"))->nodes.size(); });
    if (count != 440 * nodes) {
        std::fprintf(stderr, "bench_parse: parsed %d nodes, expected %d\n", count, 440 * nodes);
        return 1;
    }
    bench::figure("parse_openmosix_node_table_1000_nodes_median", omMs, "ms");
    bench::figure("parse_mattx_node_table_1000_nodes_median", mxMs, "ms");
    return 0;
}
