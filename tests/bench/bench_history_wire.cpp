// What an answer costs on the history channel besides its query (issue 30), stage by stage, on
// the month database: the analyzer's 30-day node rows (tier 600 s) and its first view's (the
// last six hours, raw samples) and the history step's moment — the query (for node rows it runs
// while they are written), the serve's encoding and compressing into frames as it goes, the
// desk's taking them apart, uncompressing as it decodes. One figure per line: the
// first time in the process (its memory fresh, as a window's first answer), then medians of 5
// after a warm-up.
//
//   bench_history_wire [MONTH.db]
#include "benchutil.h"
#include "monthdb.h"

#include "core/store/historyrequests.h"
#include "core/store/historywire.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <type_traits>

using namespace omv;

namespace
{

// The stages once (`cold`: the first answer of a process, its memory fresh) or as a median of 5.
template <class Q> void stages(const char* name, StoreReader& reader, const QString& path, const Q& q, bool cold)
{
    const int warmup = cold ? 0 : 1, runs = cold ? 1 : 5;
    const QByteArray request = history::encodeRequest(q);
    history::wire::FileIdentity opened { 0, 0 };
    std::optional<history::wire::AnswerWriter> writer;
    const double query = bench::medianMs(warmup, runs, [&] {
        QString why;
        writer = history::wire::prepareAnswer(reader, path, request, &why, &opened);
    });
    QByteArray frames;
    qint64 plain = 0;
    const double out = bench::medianMs(warmup, runs, [&] {
        frames.clear();
        history::wire::AnswerSink sink(1, [&](const QByteArray& f) {
            frames += f;
            return true;
        });
        (*writer)(&sink);
        sink.finish();
        plain = sink.written();
    });
    history::wire::Packed packed;
    const double unframe = bench::medianMs(warmup, runs, [&] {
        history::wire::FrameReader frameReader;
        frameReader.feed(frames.constData(), frames.size());
        packed = history::wire::Packed();
        QString why;
        while (std::optional<history::wire::Frame> f = frameReader.next())
            history::wire::addPiece(&packed, f->kind, f->body, &why);
    });
    int points = 0;
    const double read = bench::medianMs(warmup, runs, [&] {
        QString why;
        const auto a = history::wire::readPacked<Q>(packed, &why);
        points = 0;
        if constexpr (std::is_same_v<Q, history::NodeRows>) {
            if (a)
                for (const QVector<SeriesPoint>& v : *a)
                    points += v.size();
        } else if (a) {
            points = a->snapshot.processes.size();
        }
    });
    const auto f = [&](const char* what, double value, const char* unit) {
        bench::figure(QByteArray(QByteArray(name) + (cold ? "_cold" : "") + what).constData(), value, unit);
    };
    f(std::is_same_v<Q, history::NodeRows> ? "_points" : "_processes", points, "");
    f("_prepare_ms", query, "ms"); // the query, except for node rows (read as they are written)
    f("_answer_bytes", double(plain), "B");
    f("_write_ms", out, "ms"); // encoded, compressed, framed (node rows: queried too)
    f("_sent_bytes", frames.size(), "B");
    f("_unframe_ms", unframe, "ms");
    f("_read_ms", read, "ms"); // uncompressed and decoded
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    qint64 t0 = 0, end = 0;
    QString error;
    const QString path = bench::monthDatabaseFromArgs(argc, argv, dir.path(), &t0, &end, &error);
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_history_wire: %s\n", qPrintable(error));
        return 1;
    }
    StoreReader reader;
    if (!reader.open(path, &error)) {
        std::fprintf(stderr, "bench_history_wire: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 hour = 3600 * 1000;
    const history::NodeRows month { 600, (end - 30 * 24 * hour) / 600000 * 600000, end };
    const history::NodeRows sixHours { 0, end - 6 * hour, end };
    stages("wire_30day_rows", reader, path, month, true);
    stages("wire_30day_rows", reader, path, month, false);
    stages("wire_6h_raw_rows", reader, path, sixHours, false);
    // The history window's step: the cluster at a moment a day back (every process then).
    stages("wire_moment", reader, path, history::Moment { end - 24 * hour, {} }, false);
    return 0;
}
