#include "core/profile/clusterprofile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace omv;

class TestProfile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QByteArray& text)
    {
        static int n = 0;
        const QString path = m_dir.path() + QStringLiteral("/p%1.ini").arg(++n);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

private slots:
    void designExample()
    {
        // The example from DESIGN.md, inline comments and all.
        QFile map(m_dir.path() + QStringLiteral("/openmosix.map"));
        QVERIFY(map.open(QIODevice::WriteOnly));
        map.write("1 10.0.0.1 4\n");
        map.close();
        const Result<ClusterProfile> p = ClusterProfile::load(
            write("[cluster]\nbackend=openmosix          ; openmosix | mattx | linux\ngateway=10.0.0.1           ; "
                  "node whose "
                  "kernel table lists every node\nmap=openmosix.map\n[ssh]\nuser=root\nidentity=~/.ssh/id_ed25519 ; "
                  "ssh-agent is "
                  "tried first\nknown_hosts=~/.ssh/known_hosts\nport=22\n"));
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        QCOMPARE(p->backend, BackendKind::OpenMosix);
        QCOMPARE(p->gateway, QStringLiteral("10.0.0.1"));
        QCOMPARE(p->mapFile, m_dir.path() + QStringLiteral("/openmosix.map"));
        QCOMPARE(p->sshUser, QStringLiteral("root"));
        QCOMPARE(p->sshIdentity, QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"));
        QCOMPARE(p->sshPort, 22);
        QCOMPARE(p->connectTimeoutMs, 5000);
        QCOMPARE(p->commandTimeoutMs, 10000);
        QVERIFY(p->sshAgent);
        QCOMPARE(p->keepSessionS, 300); // a session to a collector's host kept 5 minutes
        const Result<ClusterProfile> never = ClusterProfile::load(
            write("[cluster]\ngateway=a\n[collector]\nhost=ctl\ndatabase=/h.db\nkeep_session=0\n"));
        QVERIFY2(never.ok(), qPrintable(never.errorString()));
        QCOMPARE(never->keepSessionS, 0);
        QVERIFY(never->warnings.isEmpty());
    }
    void unknownKeysAreReported()
    {
        const Result<ClusterProfile> p = ClusterProfile::load(
            write("[cluster]\nbackend=openmosix\ngateway=10.0.0.1\n; a comment\n[ssh]\nidenity=~/.ssh/key\n"
                  "port=22\nconect_timeout=3\nfrobnicate=1\n[colector]\ndatabase=x.db\n"));
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        QCOMPARE(p->warnings.size(), 4);
        QVERIFY2(p->warnings[0].endsWith(QLatin1String(":6: unknown key [ssh] idenity (identity?)")),
            qPrintable(p->warnings[0]));
        QVERIFY2(p->warnings[1].endsWith(QLatin1String(":8: unknown key [ssh] conect_timeout (connect_timeout?)")),
            qPrintable(p->warnings[1]));
        QVERIFY2(
            p->warnings[2].endsWith(QLatin1String(":9: unknown key [ssh] frobnicate")), qPrintable(p->warnings[2]));
        QVERIFY2(p->warnings[3].endsWith(QLatin1String(":10: unknown section [colector]")), qPrintable(p->warnings[3]));
        // The DESIGN.md example has none.
        const Result<ClusterProfile> clean
            = ClusterProfile::load(write("[cluster]\nbackend=openmosix ; x\ngateway=10.0.0.1\n[ssh]\nuser=root\n"));
        QVERIFY(clean.ok());
        QVERIFY(clean->warnings.isEmpty());
    }
    void mattx()
    {
        const Result<ClusterProfile> p = ClusterProfile::load(
            write("[cluster]\nbackend=mattx\ngateway=node1.lab\n[ssh]\nagent=false\ncommand_timeout=3\nconfig=none\n"));
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        QCOMPARE(p->backend, BackendKind::MattX);
        QVERIFY(!p->sshAgent);
        QCOMPARE(p->commandTimeoutMs, 3000);
        QCOMPARE(p->sshConfig, QStringLiteral("none"));
    }
    void linuxNodes()
    {
        // pdsh / ClusterShell host lists: ranges with their zero padding, lists in brackets,
        // several brackets, commas and spaces between items.
        QString error;
        QCOMPARE(ClusterProfile::expandHostList(QStringLiteral("node[01-03], gpu[1,4] 10.0.0.[7-8]"), &error),
            (QStringList { QStringLiteral("node01"), QStringLiteral("node02"), QStringLiteral("node03"),
                QStringLiteral("gpu1"), QStringLiteral("gpu4"), QStringLiteral("10.0.0.7"),
                QStringLiteral("10.0.0.8") }));
        QVERIFY(error.isEmpty());
        QCOMPARE(ClusterProfile::expandHostList(QStringLiteral("r[1-2]n[8-9]"), &error),
            (QStringList {
                QStringLiteral("r1n8"), QStringLiteral("r1n9"), QStringLiteral("r2n8"), QStringLiteral("r2n9") }));
        for (const char* bad : { "n[1-", "n]1[", "n[a-b]", "n[5-2]", "n[1-2-3]", "n[[1]]", "n[1-70000]" }) {
            QVERIFY2(ClusterProfile::expandHostList(QLatin1String(bad), &error).isEmpty(), bad);
            QVERIFY2(!error.isEmpty(), bad);
        }
        const Result<ClusterProfile> p
            = ClusterProfile::load(write("[cluster]\nbackend=linux\nnodes=127.0.1.[1-3], localhost\n"));
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        QCOMPARE(p->backend, BackendKind::Linux);
        QCOMPARE(p->nodes.size(), 4);
        QCOMPARE(p->gateway, QStringLiteral("127.0.1.1")); // the first node
        QVERIFY(p->warnings.isEmpty());
        // Saved and read back: the same nodes.
        const QString path = m_dir.path() + QStringLiteral("/linux.ini");
        QVERIFY2(p->save(path, &error), qPrintable(error));
        const Result<ClusterProfile> back = ClusterProfile::load(path);
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->nodes, p->nodes);
        QCOMPARE(back->backend, BackendKind::Linux);
    }
    void saveReadsBackEqual()
    {
        ClusterProfile p;
        p.name = QStringLiteral("Lab cluster");
        p.backend = BackendKind::MattX;
        p.gateway = QStringLiteral("127.0.1.1");
        p.sshUser = QStringLiteral("admin");
        p.sshPort = 2222;
        p.sshIdentity = m_dir.path() + QStringLiteral("/id key");
        p.sshKnownHosts = m_dir.path() + QStringLiteral("/known_hosts");
        p.sshAgent = false;
        p.commandTimeoutMs = 3000;
        p.database = m_dir.path() + QStringLiteral("/lab.db");
        p.viewers = QStringLiteral("lab-admins");
        const QString path = m_dir.path() + QStringLiteral("/sub/lab.ini");
        QString error;
        QVERIFY2(p.save(path, &error), qPrintable(error));
        QCOMPARE(QFile(path).permissions() & 0x0077, QFileDevice::Permissions()); // 0600: nobody else reads it
        const Result<ClusterProfile> back = ClusterProfile::load(path);
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->backend, p.backend);
        QCOMPARE(back->gateway, p.gateway);
        QCOMPARE(back->sshUser, p.sshUser);
        QCOMPARE(back->sshPort, p.sshPort);
        QCOMPARE(back->sshIdentity, p.sshIdentity);
        QCOMPARE(back->sshKnownHosts, p.sshKnownHosts);
        QCOMPARE(back->sshAgent, false);
        QCOMPARE(back->commandTimeoutMs, 3000);
        QCOMPARE(back->connectTimeoutMs, 5000);
        QCOMPARE(back->databasePath(), p.database);
        QCOMPARE(back->viewers, p.viewers);

        QVERIFY(!back->autoBackend);
        ClusterProfile detect = p;
        detect.autoBackend = true; // backend=auto: asked of the gateway when opened
        QVERIFY2(detect.save(path, &error), qPrintable(error));
        QVERIFY(ClusterProfile::load(path)->autoBackend);
        QVERIFY2(p.save(path, &error), qPrintable(error));

        ClusterProfile hostile = p;
        hostile.sshUser = QStringLiteral("x;rm");
        QVERIFY(!hostile.save(path, &error));
        QVERIFY(error.contains(QLatin1String("user")));
        QCOMPARE(ClusterProfile::load(path)->sshUser, QStringLiteral("admin")); // the old file is untouched

        ClusterProfile unnamed;
        unnamed.name = QStringLiteral("../a b");
        QVERIFY(unnamed.databasePath().endsWith(QLatin1String("/.._a_b.db")) == false);
        QVERIFY(unnamed.databasePath().endsWith(QLatin1String("/cluster.._a_b.db")));
    }
    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("backend") << QByteArray("[cluster]\nbackend=plan9\ngateway=a\n")
                                 << QStringLiteral("cluster/backend");
        QTest::newRow("linux without nodes")
            << QByteArray("[cluster]\nbackend=linux\ngateway=a\n") << QStringLiteral("cluster/nodes");
        QTest::newRow("linux bad range") << QByteArray("[cluster]\nbackend=linux\nnodes=n[3-1]\n")
                                         << QStringLiteral("cluster/nodes");
        QTest::newRow("linux hostile node")
            << QByteArray("[cluster]\nbackend=linux\nnodes=a, b$(reboot)\n") << QStringLiteral("cluster/nodes");
        QTest::newRow("no gateway") << QByteArray("[cluster]\nbackend=openmosix\n")
                                    << QStringLiteral("cluster/gateway");
        QTest::newRow("hostile gateway") << QByteArray("[cluster]\ngateway=a$(reboot)\n")
                                         << QStringLiteral("cluster/gateway");
        QTest::newRow("option gateway") << QByteArray("[cluster]\ngateway=-oProxyCommand=x\n")
                                        << QStringLiteral("cluster/gateway");
        QTest::newRow("missing map") << QByteArray("[cluster]\ngateway=a\nmap=/nonexistent/map\n")
                                     << QStringLiteral("cluster/map");
        QTest::newRow("port") << QByteArray("[cluster]\ngateway=a\n[ssh]\nport=99999\n") << QStringLiteral("ssh/port");
        QTest::newRow("timeout") << QByteArray("[cluster]\ngateway=a\n[ssh]\ncommand_timeout=soon\n")
                                 << QStringLiteral("ssh/command_timeout");
        QTest::newRow("user") << QByteArray("[cluster]\ngateway=a\n[ssh]\nuser=a b\n") << QStringLiteral("ssh/user");
        QTest::newRow("viewers") << QByteArray("[cluster]\ngateway=a\n[collector]\nviewers=wheel,adm\n")
                                 << QStringLiteral("collector/viewers");
        QTest::newRow("transport") << QByteArray("[cluster]\ngateway=a\ntransport=rsh\n")
                                   << QStringLiteral("cluster/transport");
        QTest::newRow("keep_session") << QByteArray("[cluster]\ngateway=a\n[collector]\nkeep_session=-1\n")
                                      << QStringLiteral("collector/keep_session");
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        const QString path = write(text);
        const Result<ClusterProfile> p = ClusterProfile::load(path);
        QVERIFY(!p.ok());
        QVERIFY2(p.errorString().startsWith(path), qPrintable(p.errorString()));
        QVERIFY2(p.errorString().contains(key), qPrintable(p.errorString()));
    }
    void missingFile()
    {
        const Result<ClusterProfile> p = ClusterProfile::load(m_dir.path() + QStringLiteral("/nope.ini"));
        QVERIFY(!p.ok());
        QVERIFY(p.errorString().contains(QLatin1String("no such file")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
