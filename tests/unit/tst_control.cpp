// The control protocol: framing and records (hostile and cut-off input), and the server in this
// process against clients that hang up, dawdle or flood it. SIGPIPE keeps its default here, so a
// write to a closed socket anywhere in the server would end this test.
#include "core/control/controlserver.h"
#include "core/control/serve.h"
#include "core/util/logthrottle.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <time.h>
#include <unistd.h>

using namespace omv;
using namespace omv::control;

namespace
{

int rawConnect(const QByteArray& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    socklen_t len = 0;
    const sockaddr_un a = unixAddress(path, &len);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&a), len) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Where the collector of `db` listens.
QByteArray socketOf(const QString& db)
{
    QString error;
    const std::optional<SocketPaths> p = socketPaths(db, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return p->control;
}

// The same, its folder made (and anything there removed) for a server to listen.
QByteArray claimed(const QString& db)
{
    QString error;
    const std::optional<SocketPaths> p = claimSocketDir(db, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return p->control;
}

// The client runs on a thread while this one's event loop serves the handler (as the collector's does).
bool askOnThread(const QString& db, const Message& m, QString* answer, int deadlineMs = 3000)
{
    bool ok = false;
    QThread* t = QThread::create([&] { ok = request(db, m, answer, deadlineMs); });
    QEventLoop loop;
    QObject::connect(t, &QThread::finished, &loop, &QEventLoop::quit);
    t->start();
    loop.exec();
    t->wait();
    delete t;
    return ok;
}

QByteArray frameHeader(quint32 n)
{
    return QByteArray(1, char(n >> 24)) + char(n >> 16) + char(n >> 8) + char(n);
}

} // namespace

class TestControl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshDb()
    {
        static int n = 0;
        const QString path = m_dir.path() + QStringLiteral("/c%1.db").arg(++n);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        return path;
    }

private slots:
    // The desk asks and closes its side; the collector still works on the answer: the relay
    // half-closes the collector's connection and then waits on it alone — a closed pipe left in
    // its poll would wake it at once, every round, for as long as the answer takes.
    void relayBothWaitsQuietlyAfterTheDesksHalfClose()
    {
        int sock[2], in[2], out[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sock) == 0);
        QVERIFY(::pipe2(in, O_CLOEXEC) == 0 && ::pipe2(out, O_CLOEXEC) == 0);
        std::atomic<int> status { -1 };
        std::thread relay([&] { status = control::relayBoth(sock[0], in[0], out[1]); });
        QCOMPARE(::write(in[1], "ask", 3), ssize_t(3));
        ::close(in[1]);
        char buf[16];
        QCOMPARE(::read(sock[1], buf, sizeof buf), ssize_t(3)); // the request
        QCOMPARE(::read(sock[1], buf, sizeof buf), ssize_t(0)); // and the end of requests
        clockid_t cpu;
        QCOMPARE(::pthread_getcpuclockid(relay.native_handle(), &cpu), 0);
        const auto cpuMs = [cpu] {
            timespec ts {};
            ::clock_gettime(cpu, &ts);
            return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
        };
        const double before = cpuMs();
        QThread::msleep(400); // the collector working on the answer
        const double spent = cpuMs() - before;
        QCOMPARE(::write(sock[1], "answer", 6), ssize_t(6));
        ::close(sock[1]);
        relay.join();
        QCOMPARE(status.load(), 0);
        QCOMPARE(::read(out[0], buf, sizeof buf), ssize_t(6));
        QCOMPARE(QByteArray(buf, 6), QByteArray("answer"));
        for (int fd : { sock[0], in[0], out[0], out[1] })
            ::close(fd);
        QVERIFY2(spent < 40, qPrintable(QStringLiteral("%1 ms of CPU while waiting").arg(spent)));
    }

    void initTestCase()
    {
        // The sockets' folders go into our own temporary folder, not /run.
        qputenv("OMV_RUNTIME_DIR", QFile::encodeName(m_dir.path() + QStringLiteral("/run")));
    }
    void roundTrip()
    {
        const Message m { "checkpoint", QByteArray("with\nnewline\tand tab"), QByteArray(), QByteArray(70000, 'x') };
        QString error;
        const std::optional<Message> back = decode(encode(m), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, m);
        // Byte by byte, as a slow client sends it.
        Decoder d;
        const QByteArray wire = encode(m);
        for (int i = 0; i < wire.size() - 1; ++i)
            QCOMPARE(d.feed(wire.constData() + i, 1), Decoder::State::NeedMore);
        QCOMPARE(d.feed(wire.constData() + wire.size() - 1, 1), Decoder::State::Done);
        QCOMPARE(d.message(), m);
    }
    void hostileFrames()
    {
        QString error;
        QVERIFY(!decode(frameHeader(kMaxFrame + 1), &error));
        QVERIFY2(error.contains(QLatin1String("bytes")), qPrintable(error));
        QVERIFY(!decode(frameHeader(0xffffffffu) + QByteArray(100, 'a'), &error));
        // A field longer than its frame, a cut length, nothing at all.
        QVERIFY(!decode(frameHeader(8) + frameHeader(1000) + "abcd", &error));
        QVERIFY(!decode(frameHeader(2) + "ab", &error));
        QVERIFY(!decode(frameHeader(0), &error));
        // Too many fields.
        QByteArray many;
        for (int i = 0; i <= kMaxFields; ++i)
            many += frameHeader(0);
        QVERIFY(!decode(frameHeader(quint32(many.size())) + many, &error));
        // A second message on the same connection.
        QVERIFY(!decode(encode(statusRequest()) + encode(statusRequest()), &error));
        // Cut off: incomplete, not an error yet.
        Decoder d;
        const QByteArray wire = encode(stopRequest());
        QCOMPARE(d.feed(wire.constData(), wire.size() - 1), Decoder::State::NeedMore);
    }
    void commandRecords()
    {
        // The longest command line the suite sends (64 KiB) with a long result fits in a frame.
        CommandRecord r { Command::sendSignal(3, 1234, ProcessSignal::Stop), true,
            QStringLiteral("openmosixprocs@host"), QString(65536, QChar(0x20ac)), QString(16384, QLatin1Char('r')) };
        const QByteArray wire = encode(commandRequest(r));
        QVERIFY2(wire.size() <= kMaxFrame, qPrintable(QString::number(wire.size())));
        const std::optional<Message> m = decode(wire);
        QVERIFY(m);
        const std::optional<CommandRecord> back = parseCommandRequest(*m);
        QVERIFY(back);
        QCOMPARE(back->command, r.command);
        QCOMPARE(back->ok, true);
        QCOMPARE(back->program, r.program);
        QCOMPARE(back->commandLine, r.commandLine);
        QCOMPARE(back->result, r.result);
        // Malformed: wrong field count, a kind out of range, a number that is not one.
        Message bad = *m;
        bad.removeLast();
        QVERIFY(!parseCommandRequest(bad));
        bad = *m;
        bad[1] = "999";
        QVERIFY(!parseCommandRequest(bad));
        bad = *m;
        bad[3] = "12x";
        QVERIFY(!parseCommandRequest(bad));
        bad = *m;
        bad[6] = "-1";
        QVERIFY(!parseCommandRequest(bad));
    }
    void serverAnswersAndSurvivesHangUps()
    {
        const QString db = freshDb();
        int handled = 0;
        ControlServer server([&](const Message& r, const Peer& p) {
            ++handled;
            return p.uid == ::getuid() ? okReply(QString::fromUtf8(r.first())) : errorReply(QStringLiteral("?"));
        });
        QString error;
        QVERIFY2(server.listen(claimed(db), &error), qPrintable(error));
        auto ask = [&](const Message& m, QString* answer) { return askOnThread(db, m, answer); };
        QString answer;
        QVERIFY(ask(statusRequest(), &answer));
        QCOMPARE(answer, QStringLiteral("status"));
        // Clients that connect and hang up, before and after sending.
        for (int i = 0; i < 20; ++i)
            ::close(rawConnect(socketOf(db)));
        for (int i = 0; i < 20; ++i) {
            const int fd = rawConnect(socketOf(db));
            const QByteArray w = encode(statusRequest());
            QCOMPARE(::write(fd, w.constData(), size_t(w.size())), ssize_t(w.size()));
            ::close(fd);
        }
        QTest::qWait(300); // the replies to the hung-up clients are written into closed sockets
        QVERIFY(ask(statusRequest(), &answer));
        QVERIFY(handled >= 2);
    }
    void slowAndFloodingClientsDoNotStall()
    {
        const QString db = freshDb();
        ControlServer server([](const Message&, const Peer&) { return okReply(QStringLiteral("fine")); });
        server.setDeadlineMs(500);
        QString error;
        QVERIFY(server.listen(claimed(db), &error));
        // A client that sends one byte and then nothing, and a flood of idle connections.
        const int slow = rawConnect(socketOf(db));
        QCOMPARE(::write(slow, "\0", 1), ssize_t(1));
        QVector<int> idle;
        for (int i = 0; i < ControlServer::kOwnerSlots + 10; ++i)
            idle << rawConnect(socketOf(db));
        // The event loop (the collector's recording) goes on meanwhile; a real request waits at
        // most until the idle ones time out.
        QElapsedTimer t;
        t.start();
        QString answer;
        QVERIFY2(askOnThread(db, statusRequest(), &answer), qPrintable(answer));
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        // The slow one was told why it was dropped.
        char buf[256];
        const ssize_t n = ::read(slow, buf, sizeof buf);
        QVERIFY(n > 0);
        const std::optional<Message> reply = decode(QByteArray(buf, int(n)));
        QVERIFY(reply);
        QCOMPARE(reply->first(), QByteArray("error"));
        ::close(slow);
        for (int fd : idle)
            ::close(fd);
    }
    void refusalFloodsBecomeSummaries()
    {
        // 20,000 like lines from one uid in 10 s: three written, then one summary with the count
        // and the last; another uid's lines are its own; a quiet key says nothing more.
        QStringList out;
        LogThrottle t([&](const QString& l) { out << l; }, 10000, 3);
        for (int i = 0; i < 20000; ++i)
            t.say(QStringLiteral("65534"), QStringLiteral("refused %1").arg(i), 1000 + i / 2);
        t.say(QStringLiteral("1000"), QStringLiteral("other"), 5000);
        QCOMPARE(out.size(), 4);
        QCOMPARE(out.last(), QStringLiteral("other"));
        t.flush(false, 10999); // the window has not ended
        QCOMPARE(out.size(), 4);
        t.flush(false, 11000);
        QCOMPARE(out.size(), 5);
        QVERIFY2(out.last().contains(QLatin1String("19997 more like it in 10 s, the last: refused 19999")),
            qPrintable(out.last()));
        QCOMPARE(t.held(), qint64(19997));
        t.flush(true, 20000); // "other" said once, nothing held: no summary
        QCOMPARE(out.size(), 5);
    }
    void clientDeadlineAgainstSilentServer()
    {
        // Something listens and accepts, but never answers: the client gives up on time.
        const QString db = freshDb();
        const QByteArray name = claimed(db);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        socklen_t len = 0;
        const sockaddr_un a = unixAddress(name, &len);
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr*>(&a), len), 0);
        QCOMPARE(::listen(fd, 4), 0);
        QElapsedTimer t;
        t.start();
        QString answer;
        QVERIFY(!request(db, statusRequest(), &answer, 400));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(answer.contains(QLatin1String("did not answer")), qPrintable(answer));
        // And a second server under the same name is refused with who holds it.
        ControlServer second([](const Message&, const Peer&) { return okReply(); });
        QString error;
        QVERIFY(!second.listen(name, &error));
        QVERIFY2(error.contains(QStringLiteral("pid %1").arg(::getpid())), qPrintable(error));
        ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestControl)
#include "tst_control.moc"
