// `openmosixcollector --profile FILE --once --json`, the real executable against real sshd nodes.
#include "support/testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QtTest>
#include <unistd.h>

using omv::test::TestCluster;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

static Run collector(const QStringList& args)
{
    const QString build = qEnvironmentVariable("OMV_BUILD_DIR", QStringLiteral(OMV_SOURCE_DIR "/build"));
    QProcess p;
    p.start(build + QStringLiteral("/collector/openmosixcollector"), args);
    if (!p.waitForFinished(60000))
        return {};
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

class TestCollectorOnce : public QObject
{
    Q_OBJECT
    TestCluster m_cluster { 3, omv::test::testPort(22303), QStringLiteral(OMV_SOURCE_DIR "/tests/data/om3/node%d") };

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void snapshotJson()
    {
        const Run r = collector({ QStringLiteral("--profile"), m_cluster.writeProfile(QStringLiteral("openmosix")),
            QStringLiteral("--once"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("backend")).toString(), QStringLiteral("openmosix"));
        QVERIFY(o.value(QStringLiteral("gateway_error")).isNull());
        QVERIFY(o.value(QStringLiteral("time_ms")).toDouble() > 1.7e12);
        const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 3);
        const QJsonObject n1 = nodes[0].toObject();
        QCOMPARE(n1.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(n1.value(QStringLiteral("up")).toBool(), true);
        QCOMPARE(n1.value(QStringLiteral("load_percent")).toDouble(), 50.0);
        QCOMPARE(n1.value(QStringLiteral("addresses")).toArray().first().toString(), QStringLiteral("127.0.1.1"));
        QCOMPARE(n1.value(QStringLiteral("flags")).toObject().value(QStringLiteral("stay")).toBool(), true);
        const QJsonObject n3 = nodes[2].toObject();
        QCOMPARE(n3.value(QStringLiteral("up")).toBool(), false);
        QVERIFY(n3.value(QStringLiteral("load_raw")).isNull());
        QVERIFY(n3.value(QStringLiteral("flags")).toObject().value(QStringLiteral("stay")).isNull());
        const QJsonArray procs = o.value(QStringLiteral("processes")).toArray();
        QCOMPARE(procs.size(), 6);
        const QJsonObject evil = procs[3].toObject();
        QCOMPARE(evil.value(QStringLiteral("pid")).toInt(), 104);
        QCOMPARE(
            evil.value(QStringLiteral("argv")).toArray()[2].toString(), QStringLiteral("echo $(reboot)\n104/where:3"));
        QCOMPARE(o.value(QStringLiteral("guests")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
    }
    void badProfile()
    {
        const Run missing = collector({ QStringLiteral("--profile"), QStringLiteral("/nonexistent.ini"),
            QStringLiteral("--once"), QStringLiteral("--json") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("no such file")));
        QVERIFY(missing.out.isEmpty());
        const QString path = m_cluster.dir() + QStringLiteral("/bad.ini");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[cluster]\nbackend=vms\ngateway=x\n");
        f.close();
        const Run bad
            = collector({ QStringLiteral("--profile"), path, QStringLiteral("--once"), QStringLiteral("--json") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("cluster/backend")), qPrintable(bad.err));
        QCOMPARE(collector({ QStringLiteral("--once"), QStringLiteral("--json") }).exitCode, 2);
    }
    void rootRefusesProfilesOthersCanWrite()
    {
        QVERIFY2(::geteuid() == 0, "this test checks what the collector does as root, as CI runs it");
        const QString profile = m_cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
            QStringLiteral("idenity=%1\n").arg(m_cluster.identity())); // a typo, warned about
        const QStringList args { QStringLiteral("--profile"), profile, QStringLiteral("--once"),
            QStringLiteral("--json") };
        QFile::setPermissions(profile,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther);
        const Run refused = collector(args);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("refusing to run as root"))
                && refused.err.contains(QLatin1String("writable by group or others")),
            qPrintable(refused.err));
        QFile::setPermissions(profile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run ok = collector(args);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.err.contains(QLatin1String("unknown key [ssh] idenity (identity?)")), qPrintable(ok.err));
    }
    void unknownHostKeysRefusedUnlessAccepted()
    {
        const QString kh = m_cluster.dir() + QStringLiteral("/kh_collector");
        QFile(kh).open(QIODevice::WriteOnly);
        const QString profile = m_cluster.dir() + QStringLiteral("/unknown.ini");
        QFile::remove(profile);
        QVERIFY(QFile::copy(m_cluster.writeProfile(QStringLiteral("openmosix")), profile));
        QSettings(profile, QSettings::IniFormat).setValue(QStringLiteral("ssh/known_hosts"), kh);
        const Run refused
            = collector({ QStringLiteral("--profile"), profile, QStringLiteral("--once"), QStringLiteral("--json") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("unknown host key")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("no node answered")));
        const Run accepted = collector({ QStringLiteral("--profile"), profile, QStringLiteral("--once"),
            QStringLiteral("--json"), QStringLiteral("--accept-new-host-keys") });
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY(accepted.err.contains(QLatin1String("SHA256:")));
        QFile saved(kh);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll().count('\n'), 2); // nodes 1 and 2 were asked (3 is down in the table)
    }
    void stoppedNodeReportedRestPrinted()
    {
        QVERIFY(m_cluster.stopNode(2));
        const Run r = collector({ QStringLiteral("--profile"), m_cluster.writeProfile(QStringLiteral("openmosix")),
            QStringLiteral("--once"), QStringLiteral("--json") });
        QVERIFY(m_cluster.startNode(2));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].toObject().value(QStringLiteral("node")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("processes")).toArray().size(), 4);
        QVERIFY(r.err.contains(QLatin1String("node 2:")));
    }
    void noNodeAnswers()
    {
        // A gateway where nothing listens and no map: nothing to ask.
        const QString profile = m_cluster.writeProfile(QStringLiteral("openmosix"), 9, false);
        const Run r
            = collector({ QStringLiteral("--profile"), profile, QStringLiteral("--once"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no node answered")));
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("gateway_error")).isString());
    }
};

QTEST_GUILESS_MAIN(TestCollectorOnce)
#include "tst_collector_once.moc"
