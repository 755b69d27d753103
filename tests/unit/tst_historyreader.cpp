// HistoryReader on real SQLite files: answers by queued signal on the GUI thread, latest request
// wins per channel (a long query is cut short), a growing file is followed, a rotate and a file
// replaced under its name are survived, and a file that is not a history says so.
#include "core/store/historyreader.h"
#include "core/store/historywire.h"
#include "core/store/sqlite.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstdio>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace omv;

namespace
{

constexpr qint64 kT0 = Q_INT64_C(1767225600000);

ClusterSnapshot snap(qint64 ts, int nodes, const QVector<ProcessInfo>& procs = {})
{
    ClusterSnapshot s;
    s.timeMs = ts;
    s.backend = QStringLiteral("openmosix");
    for (int i = 1; i <= nodes; ++i) {
        NodeSample n;
        n.id = i;
        n.addresses = QStringList { QStringLiteral("10.0.0.%1").arg(i) };
        n.up = true;
        n.loadPercent = 10 * i;
        n.speed = 10000;
        n.cpus = 2;
        n.memTotal = qint64(4) << 30;
        n.memFree = qint64(1) << 30;
        s.nodes << n;
    }
    s.processes = procs;
    return s;
}

ProcessInfo proc(NodeId home, int pid, NodeId node)
{
    ProcessInfo p;
    p.homeNode = home;
    p.pid = pid;
    p.node = node;
    p.user = QStringLiteral("alice");
    p.uid = 1000;
    p.argv = QStringList { QStringLiteral("job"), QString::number(pid) };
    p.name = p.argv.first();
    return p;
}

} // namespace

class TestHistoryReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.path() + QStringLiteral("/r%1.db").arg(++m_n); }
    QString m_slow;
    // Enough spans that a filtered search of all of them takes a while; made once.
    QString slowDb()
    {
        if (!m_slow.isEmpty())
            return m_slow;
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        if (!w.open(path, &error) || !w.record(snap(kT0, 2), &error))
            qFatal("%s", qPrintable(error));
        sql::Database& db = w.database();
        sql::Transaction t(db);
        sql::Statement span = db.prepare("INSERT INTO process_span(home, pid, node, uid, user, command, start_ts, "
                                         "end_ts) VALUES(1, ?, 1, 1000, 'alice', ?, ?, ?)");
        const QString cmd = QStringLiteral("a-long-command-line ").repeated(20);
        for (int i = 0; i < 300000; ++i)
            span.bind(1, qint64(i)).bind(2, cmd).bind(3, kT0 + i).bind(4, kT0 + i + 10).exec();
        t.commit();
        return m_slow = path;
    }
    // The desk's end of a history channel, by hand: frames written and read on a socket.
    struct WireDesk {
        int fd = -1;
        history::wire::FrameReader frames;
        void send(history::wire::Kind kind, quint64 id, const QByteArray& body = QByteArray())
        {
            const QByteArray f = history::wire::encodeFrame(kind, id, body);
            QVERIFY(control::writeAll(fd, f.constData(), f.size()));
        }
        // The next End or Failed, its pieces put together (End: uncompressed).
        std::optional<history::wire::Frame> answer(int timeoutMs = 30000)
        {
            QByteArray packed;
            QElapsedTimer t;
            t.start();
            for (;;) {
                while (std::optional<history::wire::Frame> f = frames.next()) {
                    if (f->kind == history::wire::Kind::Part) {
                        packed += f->body;
                        continue;
                    }
                    if (f->kind == history::wire::Kind::End) {
                        QString why;
                        history::wire::Packed whole { packed, -1 };
                        f->body = history::wire::addPiece(&whole, f->kind, f->body, &why)
                            ? history::wire::uncompressAnswer(whole, &why).value_or("?")
                            : QByteArray("?");
                    }
                    return f;
                }
                pollfd p { fd, POLLIN, 0 };
                if (t.elapsed() > timeoutMs || ::poll(&p, 1, int(timeoutMs - t.elapsed())) <= 0)
                    return std::nullopt;
                char buf[65536];
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0 || !frames.feed(buf, int(n)))
                    return std::nullopt;
            }
        }
    };

    // A question's answer as its own signal brings it (or failed()), waited for.
    template <class Q> struct Got {
        bool ok = false;
        QString error;
        history::Head head;
        typename Q::Answer answer {};
    };
    template <class Q, class Signal>
    static Got<Q> ask(
        HistoryReader& r, Signal signal, const Q& question, const QString& channel = QString(), int timeoutMs = 10000)
    {
        Got<Q> got;
        QEventLoop loop;
        quint64 id = 0;
        const auto take = [&](const history::Head& head, const auto&... rest) {
            if (head.id != id)
                return;
            got.ok = true;
            got.head = head;
            got.answer = std::get<sizeof...(rest) - 1>(std::tie(rest...));
            loop.quit();
        };
        const QMetaObject::Connection answered = QObject::connect(&r, signal, &loop, take);
        const QMetaObject::Connection failed
            = QObject::connect(&r, &HistoryReader::failed, &loop, [&](const history::Head& head, const QString& error) {
                  if (head.id != id)
                      return;
                  got.head = head;
                  got.error = error;
                  loop.quit();
              });
        id = r.request(question, channel);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(answered);
        QObject::disconnect(failed);
        if (!got.ok && got.error.isEmpty())
            got.error = QStringLiteral("no answer");
        return got;
    }

    // Bytes of a value as the wire carries it: equal bytes, equal values.
    template <class T> static QByteArray bytesOf(const T& v)
    {
        QByteArray b;
        QDataStream s(&b, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_5_15);
        s << v;
        return b;
    }
    // A request and its answer through the wire and back: the same, and nothing else takes them.
    template <class Q> static bool roundTrip(const Q& q, const typename Q::Answer& answer)
    {
        const QByteArray request = history::encodeRequest(q);
        const std::optional<Q> back = history::decodeRequest<Q>(request);
        using Other = std::conditional_t<std::is_same_v<Q, history::Extent>, history::Events, history::Extent>;
        if (!back || bytesOf(*back) != bytesOf(q) || history::decodeRequest<Other>(request))
            return false;
        const QByteArray a = history::encodeAnswer<Q>(answer);
        const std::optional<typename Q::Answer> answerBack = history::decodeAnswer<Q>(a);
        return answerBack && bytesOf(*answerBack) == bytesOf(answer) && !history::decodeAnswer<Q>(a.left(a.size() - 1));
    }

private slots:
    void answersEveryKind()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        for (int i = 0; i < 60; ++i)
            QVERIFY(w.record(snap(kT0 + i * 1000, 3, { proc(1, 100, 1 + (i / 20)) }), &error));
        QVERIFY(w.recordEvent(
            kT0 + 5000, 0, QStringLiteral("checkpoint"), QStringLiteral("mark"), QStringLiteral("t"), &error));
        HistoryReader r(path, 100);
        using H = HistoryReader;
        const auto extent = ask(r, &H::extentAnswered, history::Extent());
        QVERIFY2(extent.ok, qPrintable(extent.error));
        QCOMPARE(extent.head.channel, QStringLiteral("extent")); // a question's own channel by default
        QCOMPARE(extent.answer.first, kT0);
        QCOMPARE(extent.answer.last, kT0 + 59000);
        QCOMPARE(extent.answer.nodes, (QList<NodeId> { 1, 2, 3 }));
        const auto cluster = ask(r, &H::clusterSeriesAnswered, history::ClusterSeries { kT0, kT0 + 60000, 6 });
        QCOMPARE(cluster.answer.size(), 6);
        QCOMPARE(cluster.answer[0].loadAvg, 20.0);
        QCOMPARE(cluster.answer[0].nodesUp, 3.0);
        const auto two = ask(r, &H::nodeSeriesAnswered, history::NodeSeries { 2, kT0, kT0 + 60000, 3 });
        QCOMPARE(two.answer.size(), 3);
        QCOMPARE(two.answer[0].loadAvg, 20.0);
        const auto all = ask(r, &H::allNodeSeriesAnswered, history::AllNodeSeries { kT0, kT0 + 60000, 3 });
        QCOMPARE(all.answer.size(), 3);
        QCOMPARE(all.answer.value(2).size(), two.answer.size());
        for (int i = 0; i < two.answer.size(); ++i) {
            QCOMPARE(all.answer.value(2)[i].ts, two.answer[i].ts);
            QCOMPARE(all.answer.value(2)[i].loadAvg, two.answer[i].loadAvg);
            QCOMPARE(all.answer.value(2)[i].memMax, two.answer[i].memMax);
        }
        const auto at = ask(r, &H::processesAtAnswered, history::ProcessesAt { kT0 + 25000, {} });
        QCOMPARE(at.answer.size(), 1);
        QCOMPARE(at.answer[0].node, 2);
        const auto life = ask(r, &H::processLifeAnswered, history::ProcessLife { 1, 100, kT0 + 25000 });
        QCOMPARE(life.answer.stays.size(), 3);
        QCOMPARE(life.answer.moves.size(), 2);
        const auto lives = ask(r, &H::livesAtAnswered, history::LivesAt { kT0 + 25000 });
        QCOMPARE(lives.answer.size(), 1);
        QCOMPARE(lives.answer[0].stays.size(), 3);
        QCOMPARE(lives.answer[0].moves.size(), 2);
        const auto between = ask(r, &H::spansBetweenAnswered, history::SpansBetween { kT0 + 19000, kT0 + 21000, {} });
        QCOMPARE(between.answer.size(), 2); // the stay on 1 ended, the one on 2 began
        const auto events = ask(r, &H::eventsAnswered, history::Events { kT0, kT0 + 60000 });
        QCOMPARE(events.answer.size(), 1);
        const auto moves = ask(r, &H::migrationsAnswered, history::Migrations { kT0, kT0 + 60000 });
        QCOMPARE(moves.answer.size(), 2);
        const auto stats = ask(r, &H::statisticsAnswered, history::Statistics { kT0, kT0 + 60000, 25 });
        QCOMPARE(stats.answer.nodes.size(), 3);
        QCOMPARE(stats.answer.nodes[2].loadMean, 30.0);
        QCOMPARE(stats.answer.nodes[2].aboveMs, qint64(60000));
        QCOMPARE(stats.answer.nodes[0].migrationsOut, 1);
        const auto rows = ask(r, &H::nodeRowsAnswered, history::NodeRows { 0, kT0, kT0 + 60000 });
        QCOMPARE(rows.answer.value(1).size(), 60);
        const auto moment = ask(r, &H::momentAnswered, history::Moment { kT0 + 25000, {} });
        QCOMPARE(moment.answer.sampleTs, kT0 + 25000);
        QCOMPARE(moment.answer.snapshot.processes.size(), 1);
        const auto changes = ask(r, &H::changesAnswered, history::Changes { kT0, kT0 + 60000, {} });
        QCOMPARE(changes.answer.changes.size(), 3); // started, moved twice
        QCOMPARE(changes.answer.cutAt, qint64(-1));

        // Every request and its answer cross a wire and come back the same (what a history
        // served over ssh carries).
        QVERIFY(roundTrip(history::Extent(), extent.answer));
        QVERIFY(roundTrip(history::ClusterSeries { kT0, kT0 + 60000, 6 }, cluster.answer));
        QVERIFY(roundTrip(history::NodeSeries { 2, kT0, kT0 + 60000, 3 }, two.answer));
        QVERIFY(roundTrip(history::AllNodeSeries { kT0, kT0 + 60000, 3 }, all.answer));
        QVERIFY(roundTrip(
            history::ProcessesAt { kT0 + 25000, { QStringLiteral("alice"), 2, QStringLiteral("x") } }, at.answer));
        QVERIFY(roundTrip(history::ProcessLife { 1, 100, kT0 + 25000 }, life.answer));
        QVERIFY(roundTrip(history::LivesAt { kT0 + 25000 }, lives.answer));
        QVERIFY(roundTrip(history::SpansBetween { kT0 + 19000, kT0 + 21000, {}, 7 }, between.answer));
        QVERIFY(roundTrip(history::Events { kT0, kT0 + 60000 }, events.answer));
        QVERIFY(roundTrip(history::Migrations { kT0, kT0 + 60000 }, moves.answer));
        QVERIFY(roundTrip(history::Statistics { kT0, kT0 + 60000, 25 }, stats.answer));
        QVERIFY(roundTrip(history::NodeRows { 0, kT0, kT0 + 60000 }, rows.answer));
        QVERIFY(roundTrip(history::Moment { kT0 + 25000, {} }, moment.answer));
        QVERIFY(roundTrip(history::Changes { kT0, kT0 + 60000, {} }, changes.answer));
    }
    void latestRequestWins()
    {
        const QString path = slowDb();
        HistoryReader r(path, 1000);
        ProcessFilter never;
        never.command = QStringLiteral("never there");
        const history::SpansBetween slow { kT0, kT0 + 1000000, never, 100000 };
        const QString table = QStringLiteral("table");
        // How long it takes alone.
        const auto alone = ask(r, &HistoryReader::spansBetweenAnswered, slow, table, 60000);
        QVERIFY(alone.ok);
        QVERIFY2(alone.head.elapsedMs >= 30, qPrintable(QString::number(alone.head.elapsedMs)));
        qInfo("the slow query alone: %lld ms", alone.head.elapsedMs);
        // Five in a row on one channel, and one on another: the last of the five and the other.
        QList<quint64> ids;
        QObject::connect(&r, &HistoryReader::spansBetweenAnswered, this,
            [&](const history::Head& head, const history::SpansBetween&, const QVector<SpanRow>&) { ids << head.id; });
        QObject::connect(&r, &HistoryReader::extentAnswered, this,
            [&](const history::Head& head, const TimeExtent&) { ids << head.id; });
        quint64 last = 0;
        for (int i = 0; i < 5; ++i) {
            last = r.request(slow, table);
            QTest::qWait(int(alone.head.elapsedMs / 4));
        }
        const quint64 otherId = r.request(history::Extent(), QStringLiteral("other"));
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(ids.size() >= 2, 60000);
        const qint64 took = t.elapsed();
        QVERIFY(ids.contains(last));
        QVERIFY(ids.contains(otherId));
        QTest::qWait(int(alone.head.elapsedMs) * 2 + 200);
        QCOMPARE(ids.size(), 2); // nothing else comes
        // Cut short, not run to the end: the five together took about one run, not five.
        QVERIFY2(took < alone.head.elapsedMs * 3 + 500, qPrintable(QString::number(took)));
    }
    // The history channel's serve (openmosixcollector --serve history) on a socket pair: an
    // answer decodes to what the file gives read here directly; a cancelled query that runs ends
    // at once, a cancelled one that waits is dropped, each with "cancelled"; a frame that is too
    // long ends the serve with status 2 and a sentence.
    void theWireAnswersAndCancels()
    {
        const QString path = slowDb();
        StoreReader direct;
        QString error;
        QVERIFY(direct.open(path, &error));
        int fds[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0);
        int status = -1;
        QString serveError;
        std::thread serving([&] {
            StoreReader reader;
            QString e;
            if (reader.open(path, &e))
                status = history::wire::serve(reader, path, fds[1], fds[1], &serveError);
            ::close(fds[1]);
        });
        WireDesk desk;
        desk.fd = fds[0];
        // An answer equals the file's own.
        desk.send(history::wire::Kind::Ask, 1, history::encodeRequest(history::Extent()));
        std::optional<history::wire::Frame> a = desk.answer();
        QVERIFY(a && a->kind == history::wire::Kind::End && a->id == 1);
        QCOMPARE(a->body, history::encodeAnswer<history::Extent>(direct.extent()));
        // The slow one alone, then cut short a moment after it started.
        ProcessFilter never;
        never.command = QStringLiteral("never there");
        const history::SpansBetween slow { kT0, kT0 + 1000000, never, 100000 };
        QElapsedTimer t;
        t.start();
        desk.send(history::wire::Kind::Ask, 2, history::encodeRequest(slow));
        a = desk.answer();
        const qint64 alone = t.elapsed();
        QVERIFY(a && a->kind == history::wire::Kind::End && a->id == 2);
        QVERIFY2(alone >= 30, qPrintable(QString::number(alone)));
        t.restart();
        desk.send(history::wire::Kind::Ask, 3, history::encodeRequest(slow));
        desk.send(history::wire::Kind::Ask, 4, history::encodeRequest(history::Extent()));
        QTest::qWait(int(alone / 4));
        desk.send(history::wire::Kind::Cancel, 4); // waiting: dropped
        desk.send(history::wire::Kind::Cancel, 3); // running: interrupted
        a = desk.answer();
        QVERIFY(a && a->kind == history::wire::Kind::Failed);
        QCOMPARE(a->body, QByteArray("cancelled"));
        std::optional<history::wire::Frame> b = desk.answer();
        QVERIFY(b && b->kind == history::wire::Kind::Failed);
        QCOMPARE(b->body, QByteArray("cancelled"));
        QCOMPARE(QSet<quint64>({ a->id, b->id }), QSet<quint64>({ 3, 4 }));
        QVERIFY2(t.elapsed() < alone / 4 + alone / 2 + 200, qPrintable(QString::number(t.elapsed())));
        // Still serving; then a request of no known type, and a frame longer than any.
        desk.send(history::wire::Kind::Ask, 5, QByteArray("\0\0\0\4nope", 8));
        a = desk.answer();
        QVERIFY(a && a->kind == history::wire::Kind::Failed && a->id == 5);
        QVERIFY2(a->body.startsWith("no request"), a->body.constData());
        const QByteArray huge("\xff\xff\xff\xf0Q", 5);
        QVERIFY(control::writeAll(fds[0], huge.constData(), huge.size()));
        serving.join();
        ::close(fds[0]);
        QCOMPARE(status, 2);
        QVERIFY2(serveError.contains(QLatin1String("a bad history request")), qPrintable(serveError));
    }

    // Answers from elsewhere are read without trusting their counts: a vector that claims four
    // billion elements in a few bytes is corrupt, not an allocation of gigabytes.
    void answersFromElsewhereAreBounded()
    {
        QByteArray bytes;
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_5_15);
        s << quint32(0xfffffff0) << qint64(1);
        QVERIFY(!history::decodeAnswer<history::SpansBetween>(bytes));
        QVERIFY(!history::decodeAnswer<history::AllNodeSeries>(bytes));
        QVERIFY(!history::decodeAnswer<history::ProcessLife>(bytes));
        QVERIFY(!history::decodeAnswer<history::Extent>(QByteArray(8, '\0') + bytes));
        // A claimed size beyond the bound is refused before anything is uncompressed.
        QString why;
        history::wire::Packed packed;
        QVERIFY(!history::wire::addPiece(
            &packed, history::wire::Kind::End, QByteArray("\0\0\0\0\x7f\xff\xff\xff", 8) + QByteArray(16, 'x'), &why));
        QVERIFY2(why.contains(QLatin1String("at most")), qPrintable(why));
        history::wire::FrameReader r;
        QVERIFY(!r.feed("\0\0\0\x20Z\0\0\0\0\0\0\0\1", 13)); // an unknown kind
        history::wire::FrameReader ask;
        const QByteArray bigAsk
            = history::wire::encodeFrame(history::wire::Kind::Ask, 1, QByteArray(history::wire::kMaxRequest + 1, 'x'));
        QVERIFY(!ask.feed(bigAsk.constData(), 13)); // refused from its head, before its body
    }

    // Series go as one block: the same bytes as QDataStream writes point by point (the format
    // the far side may speak), and read back to the same points; a block cut short is refused.
    void seriesGoAsOneBlock()
    {
        QVector<SeriesPoint> points;
        QRandomGenerator rng(11);
        for (int i = 0; i < 500; ++i) {
            SeriesPoint p;
            p.ts = qint64(rng.generate64() >> 1) - (qint64(1) << 61);
            p.loadAvg = rng.generateDouble() * 400;
            p.loadMin = -rng.generateDouble();
            p.loadMax = i % 7 == 0 ? std::numeric_limits<double>::infinity() : rng.generateDouble() * 1e9;
            p.memAvg = rng.generateDouble() * 1e12;
            p.memMin = i;
            p.memMax = 1e300;
            p.memTotal = i % 3 ? -1 : 4e9;
            p.upFraction = rng.generateDouble();
            p.samples = int(rng.generate()) - (1 << 30);
            p.nodesUp = i / 2.0;
            p.processes = i % 5 ? -1 : 50000.5;
            p.migrations = qint64(rng.generate64() >> 3) * (i % 2 ? 1 : -1);
            points << p;
        }
        QByteArray byField;
        {
            QDataStream s(&byField, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_5_15);
            s << quint32(points.size());
            for (const SeriesPoint& p : std::as_const(points))
                s << p; // one SeriesPoint: field by field
        }
        const QByteArray block = history::encodeAnswer<history::NodeSeries>(points);
        QCOMPARE(block.size(), 4 + 100 * points.size());
        QVERIFY(block == byField);
        const std::optional<QVector<SeriesPoint>> back = history::decodeAnswer<history::NodeSeries>(byField);
        QVERIFY(back);
        QCOMPARE(back->size(), points.size());
        for (int i = 0; i < points.size(); ++i) {
            QVERIFY2(bytesOf((*back)[i]) == bytesOf(points[i]), qPrintable(QString::number(i)));
        }
        QVERIFY(!history::decodeAnswer<history::NodeSeries>(block.left(block.size() - 1)));
        QVERIFY(!history::decodeAnswer<history::NodeSeries>(block + 'x'));
        // Inside a map of nodes (the analyzer's rows), both ways too.
        QHash<NodeId, QVector<SeriesPoint>> rows { { 1, points }, { 2, points.mid(7, 30) }, { 3, {} } };
        const std::optional<QHash<NodeId, QVector<SeriesPoint>>> rowsBack
            = history::decodeAnswer<history::NodeRows>(history::encodeAnswer<history::NodeRows>(rows));
        QVERIFY(rowsBack);
        QCOMPARE(rowsBack->size(), 3);
        QCOMPARE(rowsBack->value(2).size(), 30);
        QCOMPARE(rowsBack->value(2).last().ts, points[36].ts);
        QCOMPARE(rowsBack->value(1).last().migrations, points.last().migrations);
    }

    // An answer goes out in pieces as it is written (the serve never holds it whole) and is read
    // back as it uncompresses (nor does the desk): the bytes equal what zlib itself makes of the
    // stream (qUncompress, given the size the End says); an End that says another size, a stream
    // cut short, bytes after its end are not an answer.
    void answersStreamInPieces()
    {
        QByteArray answer(3 * history::wire::kPiece + 123, Qt::Uninitialized);
        QRandomGenerator rng(7); // random bytes do not compress: several pieces
        for (char& c : answer)
            c = char(rng.generate());
        QVector<history::wire::Frame> frames;
        qint64 writtenAtFirstPiece = -1;
        std::unique_ptr<history::wire::AnswerSink> sink;
        sink = std::make_unique<history::wire::AnswerSink>(9, [&](const QByteArray& bytes) {
            history::wire::FrameReader r;
            r.feed(bytes.constData(), bytes.size());
            while (std::optional<history::wire::Frame> f = r.next())
                frames << *f;
            if (writtenAtFirstPiece < 0)
                writtenAtFirstPiece = sink->written();
            return true;
        });
        for (int i = 0; i < answer.size(); i += 1000)
            QCOMPARE(sink->write(answer.mid(i, 1000)), qint64(std::min(1000, answer.size() - i)));
        QVERIFY(sink->finish());
        QVERIFY2(frames.size() >= 4, qPrintable(QString::number(frames.size())));
        QVERIFY2(writtenAtFirstPiece > 0 && writtenAtFirstPiece < answer.size() / 2,
            qPrintable(QString::number(writtenAtFirstPiece)));
        history::wire::Packed packed;
        QString why;
        for (int i = 0; i < frames.size(); ++i) {
            QCOMPARE(frames[i].id, quint64(9));
            QCOMPARE(frames[i].kind, i + 1 < frames.size() ? history::wire::Kind::Part : history::wire::Kind::End);
            QVERIFY(frames[i].body.size() <= history::wire::kMaxPiece);
            QVERIFY2(history::wire::addPiece(&packed, frames[i].kind, frames[i].body, &why), qPrintable(why));
        }
        QCOMPARE(packed.size, qint64(answer.size()));
        QByteArray sized(4, '\0');
        qToBigEndian<quint32>(quint32(packed.size), sized.data());
        QVERIFY(qUncompress(sized + packed.compressed) == answer);
        QVERIFY(history::wire::uncompressAnswer(packed, &why).value_or(QByteArray()) == answer);
        history::wire::Packed lies = packed;
        for (qint64 size : { packed.size - 1, packed.size + 1 }) {
            lies.size = size;
            QVERIFY(!history::wire::uncompressAnswer(lies, &why));
        }
        history::wire::Packed cut = packed;
        cut.compressed.chop(5);
        QVERIFY(!history::wire::uncompressAnswer(cut, &why));
        history::wire::Packed after = packed;
        after.compressed += 'x';
        QVERIFY(!history::wire::uncompressAnswer(after, &why));
        // A small answer goes as it is, in its End alone: compressing it would cost more than it
        // saves. Its size says so; an End whose bytes are not that size is refused.
        const QByteArray small(1000, 's');
        const QByteArray smallSent = history::wire::answerFrames(5, small);
        history::wire::FrameReader smallReader;
        QVERIFY(smallReader.feed(smallSent.constData(), smallSent.size()));
        const std::optional<history::wire::Frame> only = smallReader.next();
        QVERIFY(only && only->kind == history::wire::Kind::End && !smallReader.next());
        QCOMPARE(only->body.mid(8), small);
        history::wire::Packed smallPacked;
        QVERIFY(history::wire::addPiece(&smallPacked, only->kind, only->body, &why));
        QVERIFY(smallPacked.stored);
        QVERIFY(history::wire::uncompressAnswer(smallPacked, &why).value_or(QByteArray()) == small);
        history::wire::Packed shortPacked;
        QVERIFY(!history::wire::addPiece(&shortPacked, only->kind, only->body.chopped(1), &why));
        // A map of node rows read as it uncompresses is the map that was written.
        QHash<NodeId, QVector<SeriesPoint>> rows;
        for (NodeId n = 1; n <= 20; ++n)
            for (int i = 0; i < 2000; ++i) {
                SeriesPoint p;
                p.ts = i * 600000;
                p.loadAvg = rng.generateDouble() * 100;
                p.memAvg = double(n) * i;
                rows[n] << p;
            }
        const QByteArray plain = history::encodeAnswer<history::NodeRows>(rows);
        const QByteArray sent = history::wire::answerFrames(3, plain);
        history::wire::FrameReader reader;
        QVERIFY(reader.feed(sent.constData(), sent.size()));
        history::wire::Packed rowsPacked;
        while (std::optional<history::wire::Frame> f = reader.next())
            QVERIFY(history::wire::addPiece(&rowsPacked, f->kind, f->body, &why));
        const std::optional<QHash<NodeId, QVector<SeriesPoint>>> back
            = history::wire::readPacked<history::NodeRows>(rowsPacked, &why);
        QVERIFY2(back, qPrintable(why));
        QVERIFY(history::encodeAnswer<history::NodeRows>(*back) == plain);
        rowsPacked.size -= 1;
        QVERIFY(!history::wire::readPacked<history::NodeRows>(rowsPacked, &why));
    }

    // Every node's points written as a query steps (interleaved, as raw samples come by time)
    // and read as the pieces come equal the points made here; bad ends, oversized chunks and
    // bytes after the end are errors.
    void rowsAreReadAsTheyCome()
    {
        QHash<NodeId, QVector<SeriesPoint>> made;
        QRandomGenerator rng(5);
        for (int i = 0; i < 9000; ++i)
            for (NodeId n = 1; n <= 7; ++n) {
                if (n == 7 && i > 0)
                    continue; // one node with a single point
                SeriesPoint p;
                p.ts = qint64(i) * 5000;
                p.loadAvg = rng.generateDouble();
                p.memAvg = n * 1e9 + i;
                p.samples = 1;
                made[n] << p;
            }
        made[9]; // a node without points keeps its place when written whole
        const auto frames = [&](bool stepwise) {
            QByteArray out;
            history::wire::AnswerSink sink(4, [&](const QByteArray& f) {
                out += f;
                return true;
            });
            QDataStream s(&sink);
            s.setVersion(QDataStream::Qt_5_15);
            history::RowsWriter w(s);
            if (stepwise) {
                for (int i = 0; i < 9000; ++i)
                    for (NodeId n = 1; n <= 7; ++n)
                        if (i < made[n].size())
                            w.add(n, made[n][i]);
            } else {
                for (auto it = made.cbegin(); it != made.cend(); ++it)
                    w.add(it.key(), it.value());
            }
            w.finish();
            sink.finish();
            return out;
        };
        for (bool stepwise : { true, false }) {
            const QByteArray sent = frames(stepwise);
            history::wire::FrameReader reader;
            QVERIFY(reader.feed(sent.constData(), sent.size()));
            QVector<history::wire::Frame> pieces;
            while (std::optional<history::wire::Frame> f = reader.next())
                pieces << *f;
            QVERIFY2(pieces.size() > 2, qPrintable(QString::number(pieces.size())));
            history::wire::RowsAnswerReader rows;
            QString why;
            for (const history::wire::Frame& f : std::as_const(pieces))
                QVERIFY2(rows.add(f.kind, f.body, &why), qPrintable(why));
            QHash<NodeId, QVector<SeriesPoint>> back = rows.take();
            QHash<NodeId, QVector<SeriesPoint>> expected = made;
            if (stepwise)
                expected.remove(9);
            QCOMPARE(back.size(), expected.size());
            QVERIFY(
                history::encodeAnswer<history::NodeRows>(back) == history::encodeAnswer<history::NodeRows>(expected));
            // The End saying one byte more than came: not an answer.
            history::wire::RowsAnswerReader lied;
            history::wire::Frame last = pieces.last();
            qToBigEndian<quint64>(qFromBigEndian<quint64>(last.body.constData()) + 1, last.body.data());
            for (int i = 0; i + 1 < pieces.size(); ++i)
                QVERIFY(lied.add(pieces[i].kind, pieces[i].body, &why));
            QVERIFY(!lied.add(last.kind, last.body, &why));
        }
        // A chunk claiming more points than any writer puts in one, and bytes after the end.
        QString why;
        QByteArray big;
        {
            QDataStream s(&big, QIODevice::WriteOnly);
            s << quint8(1) << qint32(1) << quint32(history::RowsWriter::kChunk + 1);
        }
        const QByteArray bigFrames = history::wire::answerFrames(1, big);
        history::wire::FrameReader r;
        QVERIFY(r.feed(bigFrames.constData(), bigFrames.size()));
        history::wire::RowsAnswerReader tooBig;
        bool refused = false;
        while (std::optional<history::wire::Frame> f = r.next())
            refused = refused || !tooBig.add(f->kind, f->body, &why);
        QVERIFY(refused);
        QVERIFY2(why.contains(QLatin1String("at most")), qPrintable(why));
        const QByteArray trailing = history::wire::answerFrames(1, QByteArray(1, '\0') + QByteArray(3, 'x'));
        history::wire::FrameReader t;
        QVERIFY(t.feed(trailing.constData(), trailing.size()));
        history::wire::RowsAnswerReader after;
        refused = false;
        while (std::optional<history::wire::Frame> f = t.next())
            refused = refused || !after.add(f->kind, f->body, &why);
        QVERIFY2(refused && why.contains(QLatin1String("after the end")), qPrintable(why));
    }

    // Rows that compress seventyfold: a 64 KiB piece holds far more than one output buffer,
    // and zlib may have taken all of a piece's bytes while still holding output back — read to
    // the last point all the same.
    void rowsThatCompressALot()
    {
        QByteArray plain;
        {
            QDataStream s(&plain, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_5_15);
            history::RowsWriter w(s);
            SeriesPoint same;
            same.samples = 1;
            for (NodeId n = 1; n <= 8; ++n)
                for (int i = 0; i < 60000; ++i)
                    w.add(n, same);
            w.finish();
        }
        const QByteArray sent = history::wire::answerFrames(2, plain);
        QVERIFY2(sent.size() < plain.size() / 50, qPrintable(QString::number(sent.size())));
        history::wire::FrameReader frames;
        QVERIFY(frames.feed(sent.constData(), sent.size()));
        history::wire::RowsAnswerReader reader;
        QString why;
        while (std::optional<history::wire::Frame> f = frames.next())
            QVERIFY2(reader.add(f->kind, f->body, &why), qPrintable(why));
        const QHash<NodeId, QVector<SeriesPoint>> rows = reader.take();
        QCOMPARE(rows.size(), 8);
        for (NodeId n = 1; n <= 8; ++n)
            QCOMPARE(rows.value(n).size(), 60000);
    }

    // Answers made by another program (tests/data/wire/make-seeds.py, Python's struct and zlib,
    // also the fuzzer's seeds) read as the points it wrote: 2 nodes × 3 points as they are, and
    // 4 nodes × 60 points compressed in two pieces.
    void rowsFromAnotherWriter()
    {
        struct Seed {
            const char* file;
            int nodes, points;
        };
        for (const Seed& seed :
            { Seed { "history-rows-stored.bin", 2, 3 }, Seed { "history-rows-deflated.bin", 4, 60 } }) {
            QFile f(QStringLiteral(OMV_SOURCE_DIR "/tests/data/wire/") + QLatin1String(seed.file));
            QVERIFY2(f.open(QIODevice::ReadOnly), seed.file);
            const QByteArray bytes = f.readAll();
            history::wire::FrameReader frames;
            QVERIFY(frames.feed(bytes.constData(), bytes.size()));
            history::wire::RowsAnswerReader reader;
            QString why;
            int pieces = 0;
            while (std::optional<history::wire::Frame> piece = frames.next()) {
                QVERIFY2(reader.add(piece->kind, piece->body, &why), qPrintable(why));
                ++pieces;
            }
            QCOMPARE(pieces, seed.nodes == 2 ? 1 : 2);
            const QHash<NodeId, QVector<SeriesPoint>> rows = reader.take();
            QCOMPARE(rows.size(), seed.nodes);
            for (NodeId n = 1; n <= seed.nodes; ++n) {
                QCOMPARE(rows.value(n).size(), seed.points);
                const SeriesPoint& last = rows.value(n).last();
                QCOMPARE(last.ts, 1769212800000LL + (seed.points - 1) * 5000);
                QCOMPARE(last.loadAvg, 10.0 * n);
                QCOMPARE(last.memTotal, 8e9);
                QCOMPARE(last.samples, 1);
                QCOMPARE(last.processes, -1.0);
            }
        }
    }

    void followsGrowthRotateAndReplacement()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        QVERIFY(w.record(snap(kT0, 2), &error));
        HistoryReader r(path, 100);
        QSignalSpy changed(&r, &HistoryReader::changed);
        QTest::qWait(300);
        changed.clear();
        QVERIFY(w.record(snap(kT0 + 1000, 2), &error));
        QVERIFY(changed.wait(2000));
        QCOMPARE(ask(r, &HistoryReader::extentAnswered, history::Extent()).answer.last, kT0 + 1000);
        // A rotate empties the file under the reader: it sees the new state.
        changed.clear();
        QVERIFY(w.rotate(freshPath(), &error));
        QVERIFY(w.record(snap(kT0 + 2000, 2), &error));
        QVERIFY(changed.wait(2000));
        QCOMPARE(ask(r, &HistoryReader::extentAnswered, history::Extent()).answer.first, kT0 + 2000);
        w.close();
        // Another file put in its place (a backup restored with the collector stopped, its -wal
        // and -shm removed as SQLite's documentation asks): opened anew.
        const QString other = freshPath();
        {
            StoreWriter w2;
            QVERIFY(w2.open(other, &error));
            QVERIFY(w2.record(snap(kT0 + 9000, 5), &error));
        }
        QTest::qWait(300); // what closing the writer committed has been seen
        changed.clear();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QCOMPARE(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()), 0);
        QVERIFY(changed.wait(3000));
        QCOMPARE(ask(r, &HistoryReader::extentAnswered, history::Extent()).answer.nodes.size(), 5);
    }
    void notAHistory()
    {
        HistoryReader missing(m_dir.path() + QStringLiteral("/none.db"), 100);
        QSignalSpy opened(&missing, &HistoryReader::opened);
        QVERIFY(opened.wait(5000) || !opened.isEmpty());
        QCOMPARE(opened.first().at(0).toBool(), false);
        QVERIFY(opened.first().at(1).toString().contains(QLatin1String("no such database")));
        const auto a = ask(missing, &HistoryReader::extentAnswered, history::Extent());
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("no such database")), qPrintable(a.error));
        const QString foreign = freshPath();
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not SQLite at all, just text that someone saved with a .db name\n");
        }
        HistoryReader junk(foreign, 100);
        QSignalSpy opened2(&junk, &HistoryReader::opened);
        QVERIFY(opened2.wait(5000) || !opened2.isEmpty());
        QCOMPARE(opened2.first().at(0).toBool(), false);
        QVERIFY(!opened2.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryReader)
#include "tst_historyreader.moc"
