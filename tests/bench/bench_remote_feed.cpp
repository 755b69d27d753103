// The collector's feed from the admin's desk (issue 30): omsim's stress-1000 snapshots (1,000
// nodes, 50,000 processes, two 3 s apart, published alternately every second as bench_feed does)
// from a FeedServer here, followed through `openmosixcollector --serve feed` over a loopback
// sshd (node 1 of a test cluster stands for the controller) — once directly and once behind a
// 20 ms / 50 Mbit/s link (SlowLink: this kernel has no netem). Figures: the time from publish()
// to the snapshot applied at the desk's subscriber, the bytes a delta and the first whole
// snapshot moved, and how long the first snapshot took to arrive.
#include "benchutil.h"
#include "core/backend/backendfactory.h"
#include "core/control/feed.h"
#include "core/control/socketdir.h"
#include "core/profile/clusterprofile.h"
#include "slowlink.h"
#include "stresscluster.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace omv;
using omv::test::TestCluster;
using clk = std::chrono::steady_clock;

namespace
{

struct Follower {
    const char* name = "";
    control::CollectorHost where;
    QVector<double> latencyMs;
    double firstMs = -1; // connect() → the first whole snapshot applied
    qint64 firstBytes = 0, bytes = 0;
    int deltas = 0;
    std::thread thread;
    std::atomic<bool> connected { false };
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QVector<ClusterSnapshot> snaps = bench::twoStressSnapshots("bench_remote_feed");
    if (snaps.isEmpty())
        return 1;
    // Its sockets go where the serve, run by sshd as this user, looks for them.
    QTemporaryDir dir;
    control::FeedServer server;
    QString db, error;
    if (!bench::listenFeed(server, dir, false, &db, "bench_remote_feed"))
        return 1;
    TestCluster cluster(
        1, omv::test::testPort(23360), TestCluster::sourceDir() + QStringLiteral("/tests/data/om3/node%d"));
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "bench_remote_feed: %s\n", qPrintable(error));
        return 1;
    }
    const QString collector
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../../collector/openmosixcollector");
    const Result<ClusterProfile> p = ClusterProfile::load(cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
        QStringLiteral("[collector]\nhost=%1\nprogram=%2\ndatabase=%3\n")
            .arg(cluster.address(1), QFileInfo(collector).canonicalFilePath(), QFileInfo(db).absoluteFilePath())));
    if (!p.ok()) {
        std::fprintf(stderr, "bench_remote_feed: %s\n", qPrintable(p.errorString()));
        return 1;
    }
    bench::SlowLink link(10, 50);
    if (!link.start(cluster.address(1), cluster.address(1), cluster.port(), &error)
        || !bench::trustLinkPort(cluster, link.port(), &error)) {
        std::fprintf(stderr, "bench_remote_feed: %s\n", qPrintable(error));
        return 1;
    }
    Follower direct, slow;
    direct.name = "feed_remote";
    slow.name = "feed_link";
    direct.where = slow.where = collectorHost(p.value(), {});
    slow.where.ssh.port = link.port();

    std::atomic<bool> done { false };
    std::atomic<qint64> publishedAt { 0 }; // steady-clock ns of the last publish()
    std::mutex m;
    for (Follower* f : { &direct, &slow }) {
        f->thread = std::thread([&, f] {
            control::FeedSubscriber sub;
            QString e;
            const auto t0 = clk::now();
            if (!sub.connect(f->where, QFileInfo(db).absoluteFilePath(), &e)) {
                std::fprintf(stderr, "bench_remote_feed: %s: %s\n", f->name, qPrintable(e));
                return;
            }
            f->connected = true;
            ClusterSnapshot s;
            bool first = true;
            qint64 before = 0;
            while (!done) {
                if (!sub.next(&s, 200, &e)) {
                    if (!e.isEmpty()) {
                        std::fprintf(stderr, "bench_remote_feed: %s: %s\n", f->name, qPrintable(e));
                        return;
                    }
                    continue;
                }
                const double ms = double((clk::now().time_since_epoch().count() - publishedAt.load())) / 1e6;
                std::lock_guard<std::mutex> l(m);
                if (first) {
                    f->firstMs = std::chrono::duration<double, std::milli>(clk::now() - t0).count();
                    f->firstBytes = sub.bytesReceived();
                } else {
                    f->latencyMs << ms;
                    f->bytes += sub.bytesReceived() - before;
                    ++f->deltas;
                }
                before = sub.bytesReceived();
                first = false;
            }
        });
    }
    // The first whole snapshot is there before the followers connect.
    server.publish(snaps[0], 1, QByteArray());
    for (int i = 0; i < 3000 && !(direct.connected && slow.connected && server.subscribers() >= 2); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(2000)); // their first snapshot taken
    ClusterSnapshot previous = snaps[0];
    constexpr int kRounds = 21;
    for (int r = 1; r <= kRounds; ++r) {
        ClusterSnapshot next = snaps[r % 2];
        next.timeMs = snaps[0].timeMs + qint64(r) * 1000;
        const QByteArray delta = control::feedFrame(feedDelta(previous, next, quint64(r), quint64(r + 1)));
        publishedAt = clk::now().time_since_epoch().count();
        server.publish(next, quint64(r + 1), delta);
        previous = next;
        std::this_thread::sleep_for(std::chrono::milliseconds(1000)); // the collector's interval
    }
    done = true;
    for (Follower* f : { &direct, &slow })
        f->thread.join();
    server.close();
    link.stop();
    cluster.stop();
    for (Follower* f : { &direct, &slow }) {
        QVector<double>& l = f->latencyMs;
        std::sort(l.begin(), l.end());
        if (l.size() < kRounds / 2) {
            std::fprintf(stderr, "bench_remote_feed: %s: %d of %d snapshots came\n", f->name, int(l.size()), kRounds);
            return 1;
        }
        const QByteArray n(f->name);
        bench::figure(QByteArray(n + "_latency_publish_to_applied_median").constData(), l[l.size() / 2], "ms");
        bench::figure(QByteArray(n + "_latency_publish_to_applied_p95").constData(), l[l.size() * 95 / 100], "ms");
        bench::figure(QByteArray(n + "_bytes_per_delta").constData(), double(f->bytes / std::max(1, f->deltas)), "B");
        bench::figure(QByteArray(n + "_first_snapshot").constData(), f->firstMs, "ms");
        bench::figure(QByteArray(n + "_first_snapshot_bytes").constData(), double(f->firstBytes), "B");
    }
    return 0;
}
