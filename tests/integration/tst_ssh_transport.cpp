// SshTransport against real sshd test nodes on 127.0.1.x.
#include "core/transport/sshtransport.h"
#include "core/transport/transportpool.h"
#include "support/processtree.h"
#include "support/testcluster.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace omv;
using omv::test::TestCluster;

class TestSshTransport : public QObject
{
    Q_OBJECT
    TestCluster m_cluster { 3, omv::test::testPort(22301), QStringLiteral(OMV_SOURCE_DIR "/tests/data/om3/node%d") };

    QString emptyKnownHosts()
    {
        static int n = 0;
        const QString path = m_cluster.dir() + QStringLiteral("/kh_empty_%1").arg(++n);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void roundTripAndReuse()
    {
        SshTransport t(m_cluster.sshOptions(2));
        const CommandResult r = t.run(QStringLiteral("echo hello; echo oops >&2; exit 3"), 5000);
        QCOMPARE(int(r.status), int(CommandResult::Status::Ok));
        QCOMPARE(r.out, QByteArray("hello\n"));
        QCOMPARE(r.err, QByteArray("oops\n"));
        QCOMPARE(r.exitStatus, 3);
        QVERIFY(!r.ok());
        QVERIFY(r.failureText().contains(QLatin1String("oops")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QCOMPARE(t.connectCount(), 1); // one session, a channel per command
        const CommandResult env = t.run(QStringLiteral("echo \"$OMV_PROC\""), 5000);
        QVERIFY(env.out.trimmed().endsWith("om3/node2"));
    }
    void sshConfigHonoured()
    {
        // A host alias, port, user and identity that only the ssh config file knows.
        const QString config = m_cluster.dir() + QStringLiteral("/ssh_config");
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Host node-two\n  HostName 127.0.1.2\n  Port %1\n  IdentityFile %2\n")
                    .arg(m_cluster.port())
                    .arg(m_cluster.identity())
                    .toUtf8());
        f.close();
        SshOptions o = m_cluster.sshOptions(2);
        o.host = QStringLiteral("node-two");
        o.port = 0;
        o.identityFile.clear();
        o.configFile = config;
        SshTransport t(o);
        const CommandResult r = t.run(QStringLiteral("echo \"$OMV_NODE\""), 5000);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QCOMPARE(r.out, QByteArray("2\n"));
    }
    void largeOutput()
    {
        SshTransport t(m_cluster.sshOptions(1));
        const CommandResult r = t.run(QStringLiteral("head -c 3000000 /dev/zero; head -c 100000 /dev/zero >&2"), 10000);
        QVERIFY(r.ok());
        QCOMPARE(r.out.size(), 3000000);
        QCOMPARE(r.err.size(), 100000);
    }
    void streamsInAndOutWithoutHoldingIt()
    {
        // 40 MiB into a command's stdin, fed in chunks as asked, and 40 MiB out of another's
        // stdout, handed over as it comes: neither is kept in the result (checkpoint images
        // relayed between nodes are as large as the process).
        SshTransport t(m_cluster.sshOptions(1));
        const qint64 total = 40 << 20;
        qint64 fed = 0;
        QCryptographicHash sent(QCryptographicHash::Md5);
        StreamIo in;
        in.input = [&](char* buf, qint64 max) -> qint64 {
            const qint64 n = qMin(max, total - fed);
            for (qint64 i = 0; i < n; ++i)
                buf[i] = char((fed + i) * 7 % 251);
            sent.addData(buf, int(n));
            fed += n;
            return n;
        };
        CommandResult r = t.runStreamed(QStringLiteral("md5sum"), 60000, in);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QCOMPARE(r.out.left(32), sent.result().toHex());
        qint64 got = 0;
        bool allX = true;
        StreamIo out;
        out.output = [&](const char* data, qint64 size) {
            for (qint64 i = 0; i < size; ++i)
                allX = allX && data[i] == 'x';
            got += size;
            return true;
        };
        r = t.runStreamed(QStringLiteral("head -c %1 /dev/zero | tr '\\0' x").arg(total), 60000, out);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QCOMPARE(got, total);
        QVERIFY(allX);
        QVERIFY(r.out.isEmpty());
        // The receiver gives up: the command is ended (not left to fill the pipe), at once.
        QElapsedTimer timer;
        timer.start();
        StreamIo stop;
        stop.output = [](const char*, qint64) { return false; };
        r = t.runStreamed(QStringLiteral("yes"), 20000, stop);
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QVERIFY2(r.error.contains(QLatin1String("gave up")), qPrintable(r.error));
        QVERIFY(timer.elapsed() < 5000);
        // The sender gives up: likewise.
        StreamIo broken;
        broken.input = [](char*, qint64) -> qint64 { return -1; };
        r = t.runStreamed(QStringLiteral("cat >/dev/null"), 20000, broken);
        QCOMPARE(r.status, CommandResult::Status::Failed);
        // And the session is still good for the next command.
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
    }
    // A command that stops reading its stdin and ends while the input still flows (a restore
    // whose disk filled up): its exit status and what it said on stderr come back, the session is
    // not taken for lost. A write refused because the channel closed used to be called "connection
    // lost" whenever the command's words were still unread in libssh's buffer — a race, so it is
    // run many times.
    void aCommandThatStopsReadingIsHeardOut()
    {
        SshTransport t(m_cluster.sshOptions(1));
        int lost = 0;
        qint64 slowest = 0;
        for (int round = 0; round < 30; ++round) {
            QElapsedTimer timer;
            timer.start();
            StreamIo in;
            QByteArray chunk(256 * 1024, 'i');
            in.input = [&](char* buf, qint64 max) -> qint64 {
                const qint64 n = qMin<qint64>(max, chunk.size());
                memcpy(buf, chunk.constData(), size_t(n));
                return n; // never ends: only the command's stopping ends the conversation
            };
            const CommandResult r = t.runStreamed(
                QStringLiteral("head -c %1 >/dev/null; echo 'tar: omv: Cannot write: No space left on device' >&2; "
                               "exit 2")
                    .arg(64 * 1024 * (round % 8)),
                30000, in);
            slowest = qMax(slowest, timer.elapsed());
            if (r.status == CommandResult::Status::Unreachable) {
                ++lost;
                continue;
            }
            QCOMPARE(r.status, CommandResult::Status::Ok);
            QCOMPARE(r.exitStatus, 2);
            QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        }
        QCOMPARE(lost, 0);
        // Nor does it wait out its deadline for window the ended command will never give (a
        // write that blocked for window did, about one round in ten).
        QVERIFY2(slowest < 10000, qPrintable(QString::number(slowest)));
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
    }
    void unknownHostKeyRefusedWithoutCallback()
    {
        SshOptions o = m_cluster.sshOptions(1);
        o.knownHostsFile = emptyKnownHosts();
        SshTransport t(o);
        const CommandResult r = t.run(QStringLiteral("true"), 5000);
        QCOMPARE(int(r.status), int(CommandResult::Status::HostKeyRejected));
        QVERIFY2(r.error.contains(QLatin1String("SHA256:")), qPrintable(r.error));
        QCOMPARE(t.connectCount(), 0);
    }
    void unknownHostKeyAskedAndSaved()
    {
        SshOptions o = m_cluster.sshOptions(1);
        o.knownHostsFile = emptyKnownHosts();
        int asked = 0;
        HostKeyInfo seen;
        o.hostKeyCallback = [&](const HostKeyInfo& k) {
            ++asked;
            seen = k;
            return HostKeyDecision::AcceptAndSave;
        };
        SshTransport t(o);
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QCOMPARE(asked, 1);
        QCOMPARE(int(seen.state), int(HostKeyInfo::State::Unknown));
        QCOMPARE(seen.keyType, QStringLiteral("ssh-ed25519"));
        QVERIFY(seen.fingerprint.startsWith(QLatin1String("SHA256:")));
        // The fingerprint is the one ssh-keygen shows for the node's host key.
        QProcess kg;
        kg.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-lf"), m_cluster.dir() + QStringLiteral("/hostkey_1.pub") });
        kg.waitForFinished();
        QVERIFY(kg.readAllStandardOutput().contains(seen.fingerprint.toLatin1()));
        // Saved: a transport without any callback now connects.
        SshOptions again = o;
        again.hostKeyCallback = nullptr;
        SshTransport t2(again);
        QVERIFY(t2.run(QStringLiteral("true"), 5000).ok());
    }
    void unknownHostKeyAcceptedOnceIsNotSaved()
    {
        SshOptions o = m_cluster.sshOptions(1);
        o.knownHostsFile = emptyKnownHosts();
        o.hostKeyCallback = [](const HostKeyInfo&) { return HostKeyDecision::AcceptOnce; };
        SshTransport t(o);
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QCOMPARE(QFileInfo(o.knownHostsFile).size(), 0);
    }
    void changedHostKeyRefused()
    {
        QVERIFY(m_cluster.newHostKey(3));
        SshOptions o = m_cluster.sshOptions(3);
        int asked = 0;
        o.hostKeyCallback = [&](const HostKeyInfo&) {
            ++asked;
            return HostKeyDecision::AcceptAndSave; // must never be asked for a changed key
        };
        SshTransport t(o);
        const CommandResult r = t.run(QStringLiteral("true"), 5000);
        QCOMPARE(int(r.status), int(CommandResult::Status::HostKeyRejected));
        QVERIFY2(r.error.contains(QLatin1String("CHANGED")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("SHA256:")));
        QCOMPARE(asked, 0);
        QCOMPARE(t.connectCount(), 0);
    }
    void hostKeyOfAnotherTypeRefused()
    {
        // known_hosts holds only an ECDSA key for the node; the node offers Ed25519.
        const QString other = m_cluster.dir() + QStringLiteral("/otherkey");
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-N"),
                         QString(), QStringLiteral("-f"), other }),
            0);
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        const QString kh = emptyKnownHosts();
        QFile f(kh);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[127.0.1.1]:" + QByteArray::number(m_cluster.port()) + ' ' + parts[0] + ' ' + parts[1] + '\n');
        f.close();
        SshOptions o = m_cluster.sshOptions(1);
        o.knownHostsFile = kh;
        int asked = 0;
        o.hostKeyCallback = [&](const HostKeyInfo&) {
            ++asked;
            return HostKeyDecision::AcceptOnce;
        };
        SshTransport t(o);
        const CommandResult r = t.run(QStringLiteral("true"), 5000);
        QCOMPARE(int(r.status), int(CommandResult::Status::HostKeyRejected));
        QVERIFY2(r.error.contains(QLatin1String("another type")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("SHA256:")));
        QCOMPARE(asked, 0);
    }
    void stoppedNodeUnreachableOthersAnswer()
    {
        QVERIFY(m_cluster.stopNode(2));
        std::vector<std::shared_ptr<SshTransport>> ts;
        for (int i = 1; i <= 2; ++i)
            ts.push_back(std::make_shared<SshTransport>(m_cluster.sshOptions(i)));
        TransportPool pool([](const QString&) { return nullptr; }, 4);
        QVector<CommandResult> results(2);
        QElapsedTimer timer;
        timer.start();
        pool.forEach(2, [&](int i) { results[i] = ts[size_t(i)]->run(QStringLiteral("echo up"), 5000); });
        QVERIFY(results[0].ok());
        QCOMPARE(int(results[1].status), int(CommandResult::Status::Unreachable));
        QVERIFY(timer.elapsed() < 4000); // within the 3 s connect timeout
        // While it stays down, asking again costs nothing (backoff) and says so.
        timer.restart();
        const CommandResult again = ts[1]->run(QStringLiteral("echo up"), 5000);
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QLatin1String("next attempt")), qPrintable(again.error));
        QVERIFY(timer.elapsed() < 200);
        QVERIFY(m_cluster.startNode(2));
    }
    void hangingNodeTimesOut()
    {
        // Accepts the TCP connection and never says a word, like a hung node.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.1.9")), 0));
        SshOptions o = m_cluster.sshOptions(1);
        o.host = QStringLiteral("127.0.1.9");
        o.port = silent.serverPort();
        o.connectTimeoutMs = 1500;
        SshTransport t(o);
        QElapsedTimer timer;
        timer.start();
        const CommandResult r = t.run(QStringLiteral("true"), 5000);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.status), int(CommandResult::Status::Unreachable));
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }
    void hangingCommandTimesOut()
    {
        SshTransport t(m_cluster.sshOptions(1));
        QElapsedTimer timer;
        timer.start();
        // The command says its pid first (into a file of this test's): the process to look for.
        QTemporaryDir dir;
        const QString pidFile = dir.path() + QStringLiteral("/pid");
        const CommandResult r = t.run(QStringLiteral("echo $$ > '%1'; exec sleep 61").arg(pidFile), 1500);
        QCOMPARE(int(r.status), int(CommandResult::Status::Timeout));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r.error.contains(QLatin1String("timed out")));
        // The session is still good, and the command was ended on the node.
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QCOMPARE(t.connectCount(), 1);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !omv::test::running(pid) || omv::test::commandLineOf(pid).value(0) != QLatin1String("sleep"), 5000);
    }
    void droppedSessionReconnects()
    {
        SshTransport t(m_cluster.sshOptions(1));
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QCOMPARE(t.connectCount(), 1);
        QVERIFY(m_cluster.killSessions(1));
        const CommandResult r = t.run(QStringLiteral("echo back"), 5000);
        QVERIFY2(r.ok(), qPrintable(r.failureText()));
        QCOMPARE(r.out, QByteArray("back\n"));
        QCOMPARE(t.connectCount(), 2);
    }
    void passphraseIdentity()
    {
        SshOptions o = m_cluster.sshOptions(1);
        o.identityFile = m_cluster.passphraseIdentity();
        {
            SshTransport t(o);
            const CommandResult r = t.run(QStringLiteral("true"), 5000);
            QCOMPARE(int(r.status), int(CommandResult::Status::AuthFailed));
        }
        int asked = 0;
        o.passphraseCallback = [&](const QString& file) -> std::optional<QString> {
            ++asked;
            return file == m_cluster.passphraseIdentity() ? std::optional<QString>(TestCluster::passphrase())
                                                          : std::nullopt;
        };
        SshTransport t(o);
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        t.disconnect();
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QCOMPARE(asked, 1); // the decrypted key is kept for reconnects
        QCOMPARE(t.connectCount(), 2);
        // Other nodes with the same key, connecting at once: nobody is asked again (it used to
        // be once per node).
        TransportPool pool([&](const QString& address) -> std::shared_ptr<Transport> {
            SshOptions n = o;
            n.host = address;
            return std::make_shared<SshTransport>(n);
        });
        const QStringList nodes { m_cluster.address(1), m_cluster.address(2) }; // node 3's key changed above
        std::atomic<int> ok { 0 };
        pool.forEach(nodes.size(), [&](int i) { ok += pool.get(nodes[i])->run(QStringLiteral("true"), 5000).ok(); });
        QCOMPARE(ok.load(), 2);
        QCOMPARE(asked, 1);
    }
    void passphraseAskedOnceAtOnce()
    {
        // A key nobody has unlocked yet, wanted by three nodes at the same moment: one question.
        const QString key = m_cluster.dir() + QStringLiteral("/id_at_once");
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                         QStringLiteral("word"), QStringLiteral("-f"), key }),
            0);
        QFile auth(m_cluster.dir() + QStringLiteral("/authorized_keys"));
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(auth.open(QIODevice::Append) && pub.open(QIODevice::ReadOnly));
        auth.write(pub.readAll());
        auth.close();
        std::atomic<int> asked { 0 };
        SshOptions n = m_cluster.sshOptions(1);
        n.identityFile = key;
        n.passphraseCallback = [&](const QString&) -> std::optional<QString> {
            ++asked;
            QThread::msleep(300); // a person types
            return QStringLiteral("word");
        };
        // Three sessions (node 1 twice, node 2) connecting on three threads.
        std::vector<std::unique_ptr<SshTransport>> ts;
        for (int node : { 1, 1, 2 }) {
            n.host = m_cluster.address(node);
            ts.push_back(std::make_unique<SshTransport>(n));
        }
        TransportPool threads([](const QString&) { return std::shared_ptr<Transport>(); });
        std::atomic<int> ok { 0 };
        threads.forEach(3, [&](int i) { ok += ts[size_t(i)]->run(QStringLiteral("true"), 5000).ok(); });
        QCOMPARE(ok.load(), 3);
        QCOMPARE(asked.load(), 1);
    }
    void stalledSessionCostsOneDeadline()
    {
        // A node whose sshd (listener and session) stops dead after the session was set up: the
        // TCP connection stays, nothing answers. The command costs its own deadline, once.
        SshOptions o = m_cluster.sshOptions(2);
        o.connectTimeoutMs = 3000;
        SshTransport t(o);
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QVERIFY(m_cluster.pauseNode(2, true));
        QElapsedTimer timer;
        timer.start();
        const CommandResult r = t.run(QStringLiteral("true"), 1200);
        const qint64 took = timer.elapsed();
        QVERIFY(!r.ok());
        QVERIFY2(took < 1700, qPrintable(QStringLiteral("%1 ms: %2").arg(took).arg(r.error)));
        // Dropped, and the next attempt waits for its backoff instead of dialling into the hang.
        timer.restart();
        const CommandResult again = t.run(QStringLiteral("true"), 1200);
        QVERIFY(!again.ok());
        QVERIFY2(timer.elapsed() < 300, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(m_cluster.pauseNode(2, false));
        QTRY_VERIFY_WITH_TIMEOUT(t.run(QStringLiteral("true"), 3000).ok(), 10000);
        QVERIFY(t.connectCount() >= 2);
    }
    void commandsDoNotWaitBehindSampling()
    {
        // One node, two lanes: a slow read on the sampling session, a click on the commands one.
        TransportPool pool([&](const QString&) -> std::shared_ptr<Transport> {
            return std::make_shared<SshTransport>(m_cluster.sshOptions(1));
        });
        const QString node = m_cluster.address(1);
        QVERIFY(pool.get(node, TransportPool::Lane::Commands)->run(QStringLiteral("true"), 5000).ok());
        std::atomic<bool> slowDone { false };
        QThread* sampler = QThread::create([&] {
            pool.get(node, TransportPool::Lane::Sampling)->run(QStringLiteral("sleep 3"), 10000);
            slowDone = true;
        });
        sampler->start();
        QThread::msleep(300); // the slow read is under way
        QElapsedTimer timer;
        timer.start();
        const CommandResult click
            = pool.get(node, TransportPool::Lane::Commands)->run(QStringLiteral("echo moved"), 5000);
        QVERIFY(click.ok());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!slowDone);
        sampler->wait();
        delete sampler;
    }
    void abortCutsARunningCommand()
    {
        SshTransport t(m_cluster.sshOptions(1));
        QVERIFY(t.run(QStringLiteral("true"), 5000).ok());
        QElapsedTimer timer;
        timer.start();
        QThread* closer = QThread::create([&] {
            QThread::msleep(300);
            t.abort();
        });
        closer->start();
        const CommandResult r = t.run(QStringLiteral("sleep 20"), 15000);
        QVERIFY(!r.ok());
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        closer->wait();
        delete closer;
        QVERIFY(!t.run(QStringLiteral("true"), 5000).ok()); // and stays closed
    }
    void foreignKeyRefused()
    {
        const QString key = m_cluster.dir() + QStringLiteral("/foreign");
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                     { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                         QString(), QStringLiteral("-f"), key }),
            0);
        SshOptions o = m_cluster.sshOptions(1);
        o.identityFile = key;
        SshTransport t(o);
        const CommandResult r = t.run(QStringLiteral("true"), 5000);
        QCOMPARE(int(r.status), int(CommandResult::Status::AuthFailed));
    }
};

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_ssh_transport.moc"
