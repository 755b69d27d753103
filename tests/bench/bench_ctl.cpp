// openmosixctl as an admin's script meets it: whole processes, start to exit.
//  - `openmosixctl nodes` (and --json) on omsim's stress-1000 (1,000 nodes, 50,000 processes),
//    read through local transports (--demo-root): what the program itself costs at that size;
//  - `openmosixctl migrate PID@HOME N` over real sshd against the same move made by hand with
//    OpenSSH (`ssh node migrate PID N`), alternately in one run on a 3-node omsim cluster.
// One figure per line: "name value unit".
#include "stresscluster.h"

#include "core/control/feed.h"
#include "support/snapshotwait.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace omv;

namespace
{

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

// Wall time of one run, or -1 when it failed.
double timed(const QString& program, const QStringList& args, QByteArray* out = nullptr)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_ctl: %s %s failed: %s\n", qPrintable(program),
            qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return -1;
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (out)
        *out = p.readAllStandardOutput();
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString ctl = test::TestCluster::buildDir() + QStringLiteral("/ctl/openmosixctl");
    const int runs = 5;
    {
        bench::StressCluster cluster;
        if (!cluster.ready()) {
            std::fprintf(stderr, "bench_ctl: omsim did not start\n");
            return 1;
        }
        QThread::sleep(3);
        std::vector<double> table, json;
        QByteArray out;
        for (int i = 0; i < runs; ++i) {
            table.push_back(
                timed(ctl, { QStringLiteral("--demo-root"), cluster.root(), QStringLiteral("nodes") }, &out));
            json.push_back(timed(ctl,
                { QStringLiteral("--demo-root"), cluster.root(), QStringLiteral("--json"), QStringLiteral("nodes") }));
        }
        std::printf("ctl_nodes_stress1000_rows %d rows\n", int(out.count('\n')));
        std::printf("ctl_nodes_stress1000_whole_process_median %.1f ms\n", median(table));
        std::printf("ctl_nodes_json_stress1000_whole_process_median %.1f ms\n", median(json));
        std::fflush(stdout);

        // With a collector recording the cluster: nodes takes its latest snapshot from the feed.
        // Both see the demo database in a private data folder, never the user's.
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        const QString db = data.path() + QStringLiteral("/openmosixview/demo.db");
        QDir().mkpath(data.path() + QStringLiteral("/openmosixview"));
        QProcess collector;
        collector.start(test::TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--demo-root"), cluster.root(), QStringLiteral("--db"), db, QStringLiteral("--interval"),
                QStringLiteral("60") });
        // Its first sample reads every process of every node: waited for on the feed itself (a
        // ctl run meanwhile would sample the whole cluster beside it).
        bool published = false;
        for (int i = 0; i < 300 && !published; ++i) {
            control::FeedSubscriber feed;
            ClusterSnapshot snap;
            QString why;
            published = feed.connect(db, &why) && feed.next(&snap, 2000, &why);
            if (!published)
                QThread::sleep(1);
        }
        QByteArray first;
        timed(ctl, { QStringLiteral("--demo-root"), cluster.root(), QStringLiteral("--json"), QStringLiteral("nodes") },
            &first);
        if (!first.contains("\"source\": \"collector\"")) {
            std::fprintf(stderr, "bench_ctl: the collector's feed never answered\n");
            return 1;
        }
        std::vector<double> fed, fedJson;
        for (int i = 0; i < 11; ++i) {
            fed.push_back(timed(ctl, { QStringLiteral("--demo-root"), cluster.root(), QStringLiteral("nodes") }, &out));
            fedJson.push_back(timed(ctl,
                { QStringLiteral("--demo-root"), cluster.root(), QStringLiteral("--json"), QStringLiteral("nodes") }));
        }
        std::printf("ctl_nodes_stress1000_from_collector_rows %d rows\n", int(out.count('\n')));
        std::printf("ctl_nodes_stress1000_from_collector_whole_process_median %.1f ms\n", median(fed));
        std::printf("ctl_nodes_json_stress1000_from_collector_whole_process_median %.1f ms\n", median(fedJson));
        std::fflush(stdout);
        collector.terminate();
        collector.waitForFinished(30000);
        qunsetenv("XDG_DATA_HOME");
    }

    QTemporaryDir files;
    test::TestCluster om(test::testPort(22990),
        test::writeText(files.path(), QStringLiteral("om.scenario"),
            "kernel openmosix\nnode 1 speed=10000 cpus=2 mem=4096\nnode 2 speed=10000 cpus=2 mem=4096\n"
            "node 3 speed=10000 cpus=2 mem=4096\nspawn 1 1 cmd=\"render\" user=alice cpu=1 mem=40\n"),
        { QStringLiteral("--manual") });
    QString error;
    if (!om.start(&error)) {
        std::fprintf(stderr, "bench_ctl: %s\n", qPrintable(error));
        return 1;
    }
    const QString profile = om.writeProfile(
        QStringLiteral("openmosix"), 1, true, QStringLiteral("[collector]\ndatabase=%1/om.db\n").arg(files.path()));
    QByteArray ps;
    timed(ctl, { QStringLiteral("--profile"), profile, QStringLiteral("--json"), QStringLiteral("ps") }, &ps);
    int pid = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(ps).array())
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("render"))
            pid = v.toObject().value(QStringLiteral("pid")).toInt();
    if (!pid) {
        std::fprintf(stderr, "bench_ctl: no render process\n");
        return 1;
    }
    // The same move both ways: openmosixctl sends it to node 2, ssh brings it back to node 1 (the
    // deputy on its home answers for it either way: both run the line on node 1).
    const QStringList ssh { QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"), om.identity(),
        QStringLiteral("-p"), QString::number(om.port()), QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=") + om.knownHosts(), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), om.address(1) };
    std::vector<double> byCtl, bySsh;
    for (int i = 0; i < 7; ++i) {
        byCtl.push_back(timed(ctl,
            { QStringLiteral("--profile"), profile, QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid),
                QStringLiteral("2") }));
        bySsh.push_back(timed(QStringLiteral("ssh"), ssh + QStringList { QStringLiteral("migrate %1 1").arg(pid) }));
    }
    std::printf("ctl_migrate_whole_process_median %.1f ms\n", median(byCtl));
    std::printf("openssh_migrate_by_hand_median %.1f ms\n", median(bySsh));
    om.stop();
    return 0;
}
