// The collector's /metrics at stress-1000 (1,000 nodes, 50,000 processes), from real snapshots of
// omsim: the time to make the text once per sample (the collector's cost), its size, and how
// long a scrape takes — connect, GET /metrics, the whole answer read — served by MetricsServer
// from the last text (issue 16: < 10 ms at 1,000 nodes).
#include "benchutil.h"
#include "metrics.h"
#include "stresscluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QVector<ClusterSnapshot> snaps = bench::twoStressSnapshots("bench_metrics");
    if (snaps.isEmpty())
        return 1;
    CollectorFigures figures;
    for (const NodeSample& n : snaps[0].nodes) {
        figures.moves[QString::number(n.id) + QStringLiteral("\tin\tbalancer")] = 3;
        figures.moves[QString::number(n.id) + QStringLiteral("\tout\tadmin")] = 1;
    }
    QVector<double> makeMs;
    QByteArray text;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        text = metricsText(snaps[i % 2], figures, QStringLiteral("stress"));
        makeMs << t.nsecsElapsed() / 1e6;
    }
    std::sort(makeMs.begin(), makeMs.end());
    std::printf("metrics_text_per_sample_median %.3f ms\n", makeMs[makeMs.size() / 2]);
    std::printf("metrics_text_bytes %lld bytes\n", (long long)text.size());

    MetricsServer server;
    QString error, warning;
    if (!server.listen(QStringLiteral("127.0.0.1:0"), &error, &warning)) {
        std::fprintf(stderr, "bench_metrics: %s\n", qPrintable(error));
        return 1;
    }
    server.set(text);
    QVector<double> scrapeMs;
    for (int i = 0; i < 51; ++i) {
        QElapsedTimer t;
        t.start();
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        if (!s.waitForConnected(2000))
            return 1;
        s.write("GET /metrics HTTP/1.1\r\nHost: bench\r\n\r\n");
        QByteArray got;
        while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(2000))
            got += s.readAll();
        got += s.readAll();
        scrapeMs << t.nsecsElapsed() / 1e6;
        if (!got.startsWith("HTTP/1.1 200") || !got.endsWith(text.right(64))) {
            std::fprintf(stderr, "bench_metrics: a scrape got %lld bytes\n", (long long)got.size());
            return 1;
        }
    }
    std::sort(scrapeMs.begin(), scrapeMs.end());
    std::printf("scrape_1000_nodes_median %.3f ms\n", scrapeMs[scrapeMs.size() / 2]);
    std::printf("scrape_1000_nodes_p95 %.3f ms\n", scrapeMs[scrapeMs.size() * 95 / 100]);
    server.close();
    return 0;
}
