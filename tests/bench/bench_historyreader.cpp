// HistoryReader, latest request wins: while a query of about a second runs (a command-text search
// over every process span of a long history), a newer request on the same channel cuts it short.
// Prints how long the long query takes alone, and how soon the newer request is answered after
// it was issued (the cancel included), median of 15 rounds.
#include "benchutil.h"
#include "core/store/historyreader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/history.db");
    const qint64 t0 = Q_INT64_C(1767225600000);
    {
        StoreWriter w;
        QString error;
        ClusterSnapshot s;
        s.timeMs = t0;
        NodeSample n;
        n.id = 1;
        n.up = true;
        s.nodes << n;
        if (!w.open(path, &error) || !w.record(s, &error)) {
            std::fprintf(stderr, "bench_historyreader: %s\n", qPrintable(error));
            return 1;
        }
        sql::Database& db = w.database();
        sql::Statement span = db.prepare("INSERT INTO process_span(home, pid, node, uid, user, command, start_ts, "
                                         "end_ts) VALUES(?, ?, ?, 1000, 'alice', ?, ?, ?)");
        for (int chunk = 0; chunk < 8; ++chunk) {
            sql::Transaction t(db);
            for (int i = chunk * 100000; i < (chunk + 1) * 100000; ++i) {
                const QString cmd
                    = QStringLiteral("render --scene shot%1 --frames 1-250 --out /scratch/frames/").arg(i);
                span.bind(1, qint64(1 + i % 64))
                    .bind(2, qint64(i))
                    .bind(3, qint64(1 + i % 64))
                    .bind(4, cmd)
                    .bind(5, t0 + qint64(i) * 1000)
                    .bind(6, t0 + qint64(i) * 1000 + 60000)
                    .exec();
            }
            t.commit();
        }
    }

    HistoryReader reader(path, 1000);
    ProcessFilter never;
    never.command = QStringLiteral("no such command anywhere");
    const history::SpansBetween longQuery { t0, t0 + qint64(3000000) * 1000, never, 100000 };
    const history::ProcessLife shortQuery { 5, 4, t0 + 4000 };
    const QString table = QStringLiteral("table"); // one channel: the newer request cancels the older

    // Waits for the answer to `id`; returns ms from `since` (an elapsed timer's ns) to it.
    auto waitFor = [&](quint64 id, const QElapsedTimer& since) {
        double ms = -1;
        QEventLoop loop;
        const auto heard = [&](const history::Head& head) {
            if (head.id != id)
                return;
            ms = double(since.nsecsElapsed()) / 1e6;
            loop.quit();
        };
        const auto a = QObject::connect(&reader, &HistoryReader::spansBetweenAnswered, &loop,
            [&](const history::Head& head, const history::SpansBetween&, const QVector<SpanRow>&) { heard(head); });
        const auto b = QObject::connect(&reader, &HistoryReader::processLifeAnswered, &loop,
            [&](const history::Head& head, const history::ProcessLife&, const StoreReader::Life&) { heard(head); });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(a);
        QObject::disconnect(b);
        return ms;
    };

    QVector<double> alone;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        alone << waitFor(reader.request(longQuery, table), t);
    }
    std::sort(alone.begin(), alone.end());
    QVector<double> afterCancel;
    for (int round = 0; round < 15; ++round) {
        reader.request(longQuery, table);
        QEventLoop pause;
        QTimer::singleShot(300, &pause, &QEventLoop::quit); // well into the long query
        pause.exec();
        QElapsedTimer t;
        t.start();
        const double ms = waitFor(reader.request(shortQuery, table), t);
        if (ms < 0) {
            std::fprintf(stderr, "bench_historyreader: the newer request was not answered\n");
            return 1;
        }
        afterCancel << ms;
    }
    std::sort(afterCancel.begin(), afterCancel.end());
    bench::figure("history_long_query_alone_median", alone[1], "ms");
    bench::figure("history_newer_request_answered_after_cancel_median", afterCancel[afterCancel.size() / 2], "ms");
    bench::figure("history_newer_request_answered_after_cancel_max", afterCancel.last(), "ms");
    return 0;
}
