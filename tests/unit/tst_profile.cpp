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
    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("backend") << QByteArray("[cluster]\nbackend=plan9\ngateway=a\n")
                                 << QStringLiteral("cluster/backend");
        QTest::newRow("linux") << QByteArray("[cluster]\nbackend=linux\ngateway=a\n")
                               << QStringLiteral("cluster/backend");
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
        QTest::newRow("transport") << QByteArray("[cluster]\ngateway=a\ntransport=rsh\n")
                                   << QStringLiteral("cluster/transport");
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
