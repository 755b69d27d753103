// omsim at scale: stress-1000 (1,000 nodes, 50,000 processes) — one balancer tick in process;
// then omsim mounted: reading node 1's node table through FUSE as the gateway command does, and
// omsim's memory.
#include "benchutil.h"
#include "scenario.h"
#include "simcluster.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace omv;

static qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // 1. One balancer tick, in process.
    omsim::Scenario s;
    std::string error;
    if (!omsim::parseScenario(omsim::builtinScenario("stress-1000"), "stress-1000", &s, &error))
        return 1;
    omsim::SimCluster cluster(s.kernel, 1);
    omsim::ScenarioRunner runner(s);
    if (!runner.setUp(cluster, &error) || cluster.processes().size() != 50000) {
        std::fprintf(stderr, "bench_omsim: stress-1000 did not set up: %s\n", error.c_str());
        return 1;
    }
    const double firstTicks = bench::medianMs(0, 5, [&] { cluster.tick(); }); // while it spreads
    const double tickMs = bench::medianMs(5, 30, [&] { cluster.tick(); });

    // 2. Mounted: the gateway's node-table read through FUSE, and memory.
    QTemporaryDir root;
    QProcess omsimProc;
    omsimProc.start(test::TestCluster::buildDir() + QStringLiteral("/sim/omsim"),
        { QStringLiteral("--root"), root.path(), QStringLiteral("--scenario"), QStringLiteral("stress-1000") });
    for (int i = 0; i < 600 && !QFile::exists(root.path() + QStringLiteral("/status")); ++i)
        QThread::msleep(50);
    if (!QFile::exists(root.path() + QStringLiteral("/status"))) {
        std::fprintf(stderr, "bench_omsim: omsim did not mount: %s\n", omsimProc.readAllStandardError().constData());
        return 1;
    }
    bool ok = true;
    const QString grep = QStringLiteral("grep -H . %1/1/hpc/nodes/*/* | wc -l").arg(root.path());
    auto readTable = [&] {
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), grep });
        p.waitForFinished(60000);
        ok = ok && p.readAllStandardOutput().trimmed() == "8000";
    };
    auto migrations = [&] {
        QFile f(root.path() + QStringLiteral("/status"));
        f.open(QIODevice::ReadOnly);
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("migrations "))
                return line.mid(11).toLongLong();
        }
        return qint64(-1);
    };
    // While the 50,000 processes spread (the first ticks change up to a quarter of the table).
    const double churnMs = bench::medianMs(0, 5, readTable);
    // Settled: the balancer has stopped moving things, as on a cluster in steady state.
    qint64 last = -2;
    for (int i = 0; i < 60 && migrations() != last; ++i) {
        last = migrations();
        QThread::sleep(2);
    }
    const double grepMs = bench::medianMs(1, 9, readTable);
    const qint64 rss = rssKb(omsimProc.processId());
    omsimProc.terminate();
    omsimProc.waitForFinished(10000);
    if (!ok) {
        std::fprintf(stderr, "bench_omsim: the node table did not have 8,000 lines\n");
        return 1;
    }
    bench::figure("stress1000_balancer_tick_first5_median", firstTicks, "ms");
    bench::figure("stress1000_balancer_tick_median", tickMs, "ms");
    bench::figure("stress1000_fuse_node_table_grep_while_spreading_median", churnMs, "ms");
    bench::figure("stress1000_fuse_node_table_grep_median", grepMs, "ms");
    bench::figure("stress1000_omsim_rss", double(rss) / 1024.0, "MiB");
    return 0;
}
