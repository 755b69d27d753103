// The Reader on a database of 64 nodes x 30 days at 5 s (written through the collector's own
// path, retention applied) plus 10 million process spans: a 30-day series at 1,000 points, and
// the processes at a random moment.
#include "benchutil.h"
#include "core/store/store.h"
#include "monthdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // bench_reader [DB]: a month database written by an earlier run (bench_analyzer's too);
    // a path that does not exist yet is written and kept.
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.path() + QStringLiteral("/month.db");
    qint64 t0 = Q_INT64_C(1767225600000);
    qint64 end = t0 + qint64(30) * 24 * 3600 * 1000;
    QString error;
    if (!QFile::exists(path)) {
        t0 = bench::writeMonthDatabase(path, &end, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_reader: %s\n", qPrintable(error));
            return 1;
        }
    }
    const qint64 day = qint64(24) * 3600 * 1000;
    StoreReader r;
    if (!r.open(path, &error))
        return 1;
    int points = 0;
    const double seriesMs = bench::medianMs(2, 20, [&] { points = r.nodeSeries(17, t0, end, 1000).size(); });
    const double clusterMs = bench::medianMs(1, 5, [&] { r.clusterSeries(t0, end, 1000); });
    // What the analyzer reads when its node chart's rows do not cover a range: every node's
    // 10-minute rows of the month, as stored.
    qint64 rows = 0;
    const double nodeRowsMs = bench::medianMs(1, 5, [&] {
        rows = 0;
        for (const auto& r : r.nodeRows(600, t0, end))
            rows += r.size();
    });
    QRandomGenerator rng(11);
    int found = 0;
    const double atMs = bench::medianMs(
        5, 50, [&] { found += r.processesAt(t0 + qint64(qint64(rng.generate64() % quint64(30 * day)))).size(); });
    // Statistics (issue 25: exact wherever raw samples are kept): the month (a week of raw samples
    // after three weeks of summaries), the raw week alone, one raw day.
    RangeStats stats;
    const double stats30Ms = bench::medianMs(0, 3, [&] { stats = r.statistics(t0, end); });
    const int stats30Tier = stats.tier;
    const double stats7Ms = bench::medianMs(0, 3, [&] { stats = r.statistics(end - 7 * day + 3600000, end); });
    const qint64 weekSamples = stats.cluster.samples;
    const int stats7Tier = stats.tier;
    const double stats1Ms = bench::medianMs(1, 5, [&] { stats = r.statistics(end - day, end); });
    if (points < 500 || found == 0) {
        std::fprintf(stderr, "bench_reader: %d points, %d processes found\n", points, found);
        return 1;
    }
    bench::figure("reader_30day_series_1000_points_median", seriesMs, "ms");
    bench::figure("reader_30day_cluster_series_1000_points_median", clusterMs, "ms");
    bench::figure("reader_processes_at_random_t_10M_spans_median", atMs, "ms");
    bench::figure("reader_30day_node_rows_10min_64_nodes_median", nodeRowsMs, "ms");
    bench::figure("reader_30day_node_rows_10min_64_nodes_rows", double(rows), "rows");
    bench::figure("reader_processes_at_t_average_rows", double(found) / 55.0, "rows");
    std::fprintf(stderr, "statistics: month from tier %d, week from tier %d (%lld cluster samples)\n", stats30Tier,
        stats7Tier, static_cast<long long>(weekSamples));
    bench::figure("reader_statistics_30day_median", stats30Ms, "ms");
    bench::figure("reader_statistics_raw_week_median", stats7Ms, "ms");
    bench::figure("reader_statistics_raw_day_median", stats1Ms, "ms");
    return 0;
}
