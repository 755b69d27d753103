// Both backends through real sshd test nodes: snapshots equal the fixtures, every command reaches
// the node it concerns with the right argv, and one dead node does not hold up the others.
#include "core/backend/backendfactory.h"
#include "core/backend/mattx/mattxbackend.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "core/profile/clusterprofile.h"
#include "core/transport/localtransport.h"
#include "support/fixturechecks.h"
#include "support/testcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace omv;
using omv::test::TestCluster;

static QString copyTree(const QTemporaryDir& dir, const QString& name)
{
    // Commands write to kernel files (lock, mattx/admin): never into the source tree.
    QProcess::execute(QStringLiteral("cp"),
        { QStringLiteral("-r"), QStringLiteral(OMV_SOURCE_DIR "/tests/data/") + name, dir.path() });
    return dir.path() + QLatin1Char('/') + name + QStringLiteral("/node%d");
}

static QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class TestBackendsSsh : public QObject
{
    Q_OBJECT
    QTemporaryDir m_trees;
    QString m_omTree = copyTree(m_trees, QStringLiteral("om3"));
    QString m_mxTree = copyTree(m_trees, QStringLiteral("mx3"));
    TestCluster m_om { 3, omv::test::testPort(22302), m_omTree };
    TestCluster m_mx { 3, omv::test::testPort(22302) + 100, m_mxTree };
    std::unique_ptr<ClusterBackend> m_backend;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_om.start(&error), qPrintable(error));
        QVERIFY2(m_mx.start(&error), qPrintable(error));
        m_backend = omv::test::backendFor(m_om.writeProfile(QStringLiteral("openmosix")));
    }
    void cleanupTestCase()
    {
        m_backend.reset();
        m_om.stop();
        m_mx.stop();
    }

    void openMosixSnapshotEqualsFixtures()
    {
        const ClusterSnapshot s = m_backend->snapshot();
        test::checkOpenMosixFixtureSnapshot(s);
        if (QTest::currentTestFailed())
            return;
        // And the same as reading the trees on this machine directly.
        auto pool = std::make_shared<TransportPool>([this](const QString& address) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("OMV_PROC"),
                QString(m_omTree).replace(QStringLiteral("%d"), address.section(QLatin1Char('.'), 3)));
            env.insert(QStringLiteral("PATH"), QStringLiteral(OMV_SOURCE_DIR "/tests/cluster/bin:/usr/bin:/bin"));
            return std::make_shared<LocalTransport>(env);
        });
        const NodeMap map { { 1, { QStringLiteral("127.0.1.1") } }, { 2, { QStringLiteral("127.0.1.2") } },
            { 3, { QStringLiteral("127.0.1.3") } } };
        OpenMosixBackend local(QStringLiteral("127.0.1.1"), pool, 10000, map);
        const ClusterSnapshot l = local.snapshot();
        QCOMPARE(s.nodes, l.nodes);
        QCOMPARE(s.processes, l.processes);
        QCOMPARE(s.guests, l.guests);
    }
    void everyCommandReachesItsNode_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("argv");
        QTest::newRow("speed 2") << Command::setSpeed(2, 7000) << 2 << QStringLiteral("mosctl setspeed 7000");
        QTest::newRow("auto on 1") << Command::autoMigration(1, true) << 1 << QStringLiteral("mosctl nostay");
        QTest::newRow("auto off 3") << Command::autoMigration(3, false) << 3 << QStringLiteral("mosctl stay");
        QTest::newRow("quiet 3") << Command::quiet(3, true) << 3 << QStringLiteral("mosctl quiet");
        QTest::newRow("noquiet 2") << Command::quiet(2, false) << 2 << QStringLiteral("mosctl noquiet");
        QTest::newRow("nolstay 2") << Command::localStay(2, false) << 2 << QStringLiteral("mosctl nolstay");
        QTest::newRow("lstay 1") << Command::localStay(1, true) << 1 << QStringLiteral("mosctl lstay");
        QTest::newRow("block 1") << Command::block(1, true) << 1 << QStringLiteral("mosctl block");
        QTest::newRow("noblock 2") << Command::block(2, false) << 2 << QStringLiteral("mosctl noblock");
        QTest::newRow("expel 2") << Command::expel(2) << 2 << QStringLiteral("mosctl expel");
        QTest::newRow("bring 3") << Command::bring(3) << 3 << QStringLiteral("mosctl bring");
        QTest::newRow("start 3") << Command::startNode(3) << 3 << QStringLiteral("openmosix start");
        QTest::newRow("stop 3") << Command::stopNode(3) << 3 << QStringLiteral("openmosix stop");
        QTest::newRow("migrate") << Command::migrate(1, 101, 3) << 1 << QStringLiteral("migrate 101 3");
        QTest::newRow("home") << Command::migrateHome(1, 101) << 1 << QStringLiteral("migrate 101 home");
        QTest::newRow("best") << Command::migrateBest(2, 201) << 2 << QStringLiteral("migrate 201 balance");
        QTest::newRow("hostile name") << Command::migrate(1, 104, 2) << 1 << QStringLiteral("migrate 104 2");
        QTest::newRow("sigstop") << Command::sendSignal(2, 201, ProcessSignal::Stop) << 2
                                 << QStringLiteral("kill -s STOP 201");
        QTest::newRow("sigcont") << Command::sendSignal(2, 201, ProcessSignal::Cont) << 2
                                 << QStringLiteral("kill -s CONT 201");
        QTest::newRow("sigkill") << Command::sendSignal(1, 104, ProcessSignal::Kill) << 1
                                 << QStringLiteral("kill -s KILL 104");
        QTest::newRow("renice") << Command::renice(1, 104, -5) << 1 << QStringLiteral("renice -n -5 -p 104");
    }
    void everyCommandReachesItsNode()
    {
        QFETCH(Command, command);
        QFETCH(int, node);
        QFETCH(QString, argv);
        m_om.clearLogs();
        const CommandOutcome o = m_backend->apply(command);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.ranOn, node);
        QCOMPARE(m_om.log(node), QStringList { argv });
        for (int other = 1; other <= 3; ++other) {
            if (other != node)
                QVERIFY2(m_om.log(other).isEmpty(), qPrintable(m_om.log(other).join(QLatin1Char('|'))));
        }
    }
    void lockWritesTheKernelFile()
    {
        const QString lockFile
            = QString(m_omTree).replace(QStringLiteral("%d"), QStringLiteral("1")) + QStringLiteral("/102/lock");
        QVERIFY(test::send(*m_backend, Command::lock(1, 102, false)).ok());
        QCOMPARE(readFile(lockFile), QByteArray("0\n"));
        QVERIFY(test::send(*m_backend, Command::lock(1, 102, true)).ok());
        QCOMPARE(readFile(lockFile), QByteArray("1\n"));
        QCOMPARE(m_backend->snapshot().processes[1].locked, true);
    }
    void failingCommandReportsNodeError()
    {
        const CommandOutcome o = test::send(*m_backend, Command::migrate(2, 99999, 1));
        QVERIFY(!o.ok());
        QVERIFY2(o.error.contains(QLatin1String("No such process")), qPrintable(o.error));
        QVERIFY(o.error.contains(QLatin1String("node 2")));
    }
    void allNodesInParallel()
    {
        m_om.clearLogs();
        const QVector<CommandOutcome> out = m_backend->applyAll({ Command::setSpeed(1, 1111),
            Command::setSpeed(2, 2222), Command::setSpeed(3, 3333), Command::migrate(2, 99999, 1) });
        QCOMPARE(out.size(), 4);
        QVERIFY(out[0].ok() && out[1].ok() && out[2].ok());
        QVERIFY(!out[3].ok()); // one failure does not stop the others
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_om.log(i).contains(QStringLiteral("mosctl setspeed %1").arg(i * 1111)));
    }
    void deadNodeDoesNotHoldUpOthers()
    {
        QVERIFY(m_om.stopNode(2));
        std::unique_ptr<ClusterBackend> fresh = omv::test::backendFor(m_om.writeProfile(QStringLiteral("openmosix")));
        QElapsedTimer timer;
        timer.start();
        const ClusterSnapshot s = fresh->snapshot();
        const qint64 ms = timer.elapsed();
        QVERIFY(m_om.startNode(2));
        QVERIFY2(ms < 4000, qPrintable(QString::number(ms)));
        QVERIFY(s.gatewayError.isEmpty());
        QCOMPARE(s.nodes.size(), 3);
        QVERIFY(s.nodeErrors.contains(2));
        QVERIFY(!s.nodeErrors.contains(1));
        QVERIFY(!s.nothingAnswered());
        int onNode1 = 0;
        for (const ProcessInfo& p : s.processes)
            onNode1 += p.homeNode == 1 ? 1 : 0;
        QCOMPARE(onNode1, 4);
    }
    void mattxThroughSsh()
    {
        QFile map(m_mx.dir() + QStringLiteral("/mattx.map"));
        QVERIFY(map.open(QIODevice::WriteOnly));
        map.write("709 127.0.1.1 1\n814 127.0.1.2 1\n901 127.0.1.3 1\n");
        map.close();
        const QString profile = m_mx.writeProfile(QStringLiteral("mattx"), 1, false);
        QFile p(profile);
        QVERIFY(p.open(QIODevice::ReadWrite));
        QByteArray text = p.readAll();
        text.replace("[ssh]", "map=" + map.fileName().toUtf8() + "\n[ssh]");
        p.resize(0);
        p.write(text);
        p.close();
        std::unique_ptr<ClusterBackend> mx = omv::test::backendFor(profile);
        const ClusterSnapshot s = mx->snapshot();
        test::checkMattxFixtureSnapshot(s);
        QString error;
        const std::optional<NodeFlags> f = mx->nodeFlags(814, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->stay, std::optional<bool>(true));

        const QString admin1
            = QString(m_mxTree).replace(QStringLiteral("%d"), QStringLiteral("1")) + QStringLiteral("/mattx/admin");
        const QString admin2
            = QString(m_mxTree).replace(QStringLiteral("%d"), QStringLiteral("2")) + QStringLiteral("/mattx/admin");
        QVERIFY(mx->apply(Command::setSpeed(814, 8000)).ok());
        QCOMPARE(readFile(admin2), QByteArray("affinity 8000\n"));
        QVERIFY(mx->apply(Command::autoMigration(709, false)).ok());
        QCOMPARE(readFile(admin1), QByteArray("balancer 0\n"));
        QVERIFY(test::send(*mx, Command::migrate(709, 302, 814)).ok());
        QCOMPARE(readFile(admin1), QByteArray("migrate 302 814\n"));
        QVERIFY(test::send(*mx, Command::migrateHome(709, 301)).ok());
        QCOMPARE(readFile(admin1), QByteArray("migrate 301 home\n"));
        const CommandOutcome best = test::send(*mx, Command::migrateBest(709, 302));
        QVERIFY2(best.ok(), qPrintable(best.error));
        QCOMPARE(readFile(admin1), QByteArray("migrate 302 814\n"));
        QVERIFY(!best.note.isEmpty());
        m_mx.clearLogs();
        QVERIFY(test::send(*mx, Command::sendSignal(814, 402, ProcessSignal::Term)).ok());
        QCOMPARE(m_mx.log(2), QStringList { QStringLiteral("kill -s TERM 402") });
        const CommandOutcome refused = mx->apply(Command::block(709, true));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QLatin1String("MattX")));
    }
};

QTEST_GUILESS_MAIN(TestBackendsSsh)
#include "tst_backends_ssh.moc"
