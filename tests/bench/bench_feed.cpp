// The collector's snapshot feed at stress-1000 (issue 17), in one process: real snapshots of
// omsim's 1,000 nodes and 50,000 processes (two, 3 s apart, published alternately), 10
// subscribers reading on threads of their own and an 11th that never reads. Figures: the
// publisher's work per snapshot (the delta made and framed once, queued for everyone), bytes per
// delta, the time from publish() to the snapshot applied at a subscriber (the stalled one must not
// slow the others).
#include "benchutil.h"
#include "core/control/feed.h"
#include "stresscluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace omv;
using clk = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QVector<ClusterSnapshot> snaps = bench::twoStressSnapshots("bench_feed");
    if (snaps.isEmpty())
        return 1;
    QTemporaryDir dir;
    control::FeedServer server;
    QString db, error;
    if (!bench::listenFeed(server, dir, true, &db, "bench_feed"))
        return 1;
    constexpr int kSubscribers = 10, kRounds = 21;
    std::atomic<bool> done { false };
    std::mutex m;
    QVector<double> latencyMs;
    QVector<qint64> bytes(kSubscribers);
    std::atomic<qint64> publishedAt { 0 }; // steady-clock ns of the last publish()
    std::vector<std::thread> readers;
    std::atomic<int> connected { 0 };
    for (int i = 0; i < kSubscribers; ++i) {
        readers.emplace_back([&, i] {
            control::FeedSubscriber sub;
            QString e;
            if (!sub.connect(db, &e))
                return;
            ++connected;
            ClusterSnapshot s;
            bool first = true;
            while (!done) {
                if (!sub.next(&s, 200, &e))
                    continue;
                const double ms = double((clk::now().time_since_epoch().count() - publishedAt.load())) / 1e6;
                if (!first) {
                    std::lock_guard<std::mutex> l(m);
                    latencyMs << ms;
                }
                first = false;
            }
            bytes[i] = sub.bytesReceived();
        });
    }
    QString socketError;
    const std::optional<control::SocketPaths> paths = control::socketPaths(db, &socketError);
    const int stalled = paths ? control::connectTo(paths->feed) : -1; // connected, never reads
    while (connected < kSubscribers || server.subscribers() < kSubscribers + 1)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    QVector<double> publishMs;
    qint64 deltaBytes = 0;
    int deltas = 0;
    ClusterSnapshot previous;
    for (int r = 0; r < kRounds; ++r) {
        ClusterSnapshot next = snaps[r % 2];
        next.timeMs = snaps[0].timeMs + qint64(r) * 1000;
        const auto t0 = clk::now();
        QByteArray delta;
        if (r > 0)
            delta = control::feedFrame(feedDelta(previous, next, quint64(r), quint64(r + 1)));
        publishedAt = clk::now().time_since_epoch().count();
        server.publish(next, quint64(r + 1), delta);
        publishMs << std::chrono::duration<double, std::milli>(clk::now() - t0).count();
        if (r > 0) {
            deltaBytes += delta.size();
            ++deltas;
        }
        previous = next;
        std::this_thread::sleep_for(std::chrono::milliseconds(1000)); // the collector's interval
    }
    done = true;
    for (std::thread& t : readers)
        t.join();
    ::close(stalled);
    server.close();
    std::sort(publishMs.begin(), publishMs.end());
    std::sort(latencyMs.begin(), latencyMs.end());
    if (latencyMs.isEmpty())
        return 1;
    std::printf("feed_publish_per_snapshot_median %.3f ms\n", publishMs[publishMs.size() / 2]);
    std::printf("feed_publish_share_of_one_core_at_1s %.3f %%\n", publishMs[publishMs.size() / 2] / 10.0);
    std::printf("feed_bytes_per_delta %lld bytes\n", (long long)(deltaBytes / std::max(1, deltas)));
    std::printf("feed_bytes_whole_snapshot %lld bytes\n", (long long)control::feedFrame(feedFull(snaps[0], 1)).size());
    std::printf("feed_latency_publish_to_applied_median %.3f ms\n", latencyMs[latencyMs.size() / 2]);
    std::printf("feed_latency_publish_to_applied_p95 %.3f ms\n", latencyMs[latencyMs.size() * 95 / 100]);
    return 0;
}
