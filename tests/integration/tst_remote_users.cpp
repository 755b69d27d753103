// The collector from another machine with real users (issue 30): node 1's sshd stands for the
// controller and lets in two users this test makes — one in the collector's viewers group, one
// outside it — while the collector runs as a third, its own user, recording into a file only it
// may read (0600). The member's history requests are answered by the collector (the member could
// not have read the file), byte for byte what root reads from the file here; the member follows the
// feed; the outsider is refused in one sentence, by the history programs and by a window's session,
// which samples directly instead. The users and their files go when the test ends.
#include "core/backend/backendfactory.h"
#include "core/backend/clusterbackend.h"
#include "core/control/remote.h"
#include "core/control/socketdir.h"
#include "core/profile/clusterprofile.h"
#include "core/store/store.h"
#include "gui/clustersession.h"
#include "gui/collectorcontrol.h"
#include "support/testaccounts.h"
#include "support/testcluster.h"

#include <QDateTime>
#include <QHostInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

namespace
{

QString scenario(const QTemporaryDir& dir)
{
    const QString path = dir.path() + QStringLiteral("/users.scenario");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("kernel openmosix\nnodes 3 speed=10000 cpus=2 mem=4096\n"
            "spawn all 6 cmd=\"job{n}\" user=* cpu=0.3 mem=8\n");
    return path;
}

QString program(const QString& name)
{
    return TestCluster::buildDir() + QLatin1Char('/') + name;
}

} // namespace

class TestRemoteUsers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    omv::test::TestAccounts m_accounts { QStringLiteral("rmt") };
    TestCluster m_cluster { omv::test::testPort(23250), scenario(m_files), { QStringLiteral("--manual") } };
    QString m_home, m_db, m_at;
    QProcess m_collector;

    // A profile for the desk: the cluster's nodes as root, the collector's host as `user`.
    QString deskProfile(const QString& user) const
    {
        return m_cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
            QStringLiteral("[collector]\nhost=%1\nuser=%2\nprogram=%3\ndatabase=%4\n")
                .arg(m_cluster.address(1), user, program(QStringLiteral("collector/openmosixcollector")), m_db));
    }
    QString m_profile;
    void startCollector(const QString& profile)
    {
        m_profile = profile;
        // As its own user, with nothing of root's runtime folders: its sockets go under its home.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("OMV_RUNTIME_DIR"));
        env.insert(QStringLiteral("HOME"), m_home);
        m_collector.setProcessEnvironment(env);
        m_collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_collector.start(QStringLiteral("setpriv"),
            m_accounts.asOwner()
                + QStringList { program(QStringLiteral("collector/openmosixcollector")), QStringLiteral("--profile"),
                    profile, QStringLiteral("--db"), m_db, QStringLiteral("--interval"), QStringLiteral("1") });
    }
    void stopCollector()
    {
        ::kill(pid_t(m_collector.processId()), SIGTERM);
        QVERIFY(m_collector.waitForFinished(15000));
    }
    // The outsider's refusal, one sentence: from the history program, and in a window's
    // session, which samples the nodes directly instead; the member's session follows live.
    void checkRefusal()
    {
        const QString sentence = QStringLiteral("%1 on %2 may not follow the collector: not a member of group %3")
                                     .arg(m_accounts.foreign(), QHostInfo::localHostName(), m_accounts.group());
        const QString outsider = deskProfile(m_accounts.foreign());
        const Ran refused = run(QStringLiteral("history/openmosixhistory"),
            { QStringLiteral("--profile"), outsider, QStringLiteral("--at"), m_at, QStringLiteral("--json") });
        QVERIFY(refused.status != 0);
        QVERIFY2(QString::fromUtf8(refused.err)
                     .contains(QStringLiteral("openmosixhistory: ") + sentence + QLatin1Char('\n')),
            refused.err.constData());
        for (const QString& user : { m_accounts.member(), m_accounts.foreign() }) {
            const QString desk = deskProfile(user);
            const Result<ClusterProfile> p = ClusterProfile::load(desk);
            QVERIFY(p.ok());
            ClusterSession session(omv::test::backendFor(desk));
            QSignalSpy snapshots(&session, &ClusterSession::snapshotReady);
            session.setIntervalMs(1000);
            session.setAuditDatabase(p->databasePath(), collectorHost(p.value(), {}));
            session.start();
            QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 20000);
            if (user == m_accounts.member()) {
                QTRY_COMPARE_WITH_TIMEOUT(session.sourceText(),
                    QStringLiteral("live from the collector on %1").arg(m_cluster.address(1)), 10000);
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(session.sourceText().startsWith(QLatin1String("sampling directly: ")), 10000);
                QCOMPARE(session.sourceText(), QStringLiteral("sampling directly: ") + sentence);
            }
        }
    }
    struct Ran {
        int status = -1;
        QByteArray out, err;
    };
    static Ran run(const QString& name, const QStringList& args)
    {
        QProcess p;
        p.start(program(name), args);
        Ran r;
        if (!p.waitForFinished(60000))
            return r;
        r.status = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase()
    {
        // The owner's home, the database's folder in it: others may pass, not write.
        QVERIFY(::chmod(QFile::encodeName(m_files.path()).constData(), 0755) == 0);
        m_home = m_files.path() + QStringLiteral("/owner");
        QString error;
        QVERIFY2(m_accounts.create(&error, true, m_home), qPrintable(error));
        qputenv("SSHD_ALLOW_USERS", (m_accounts.member() + QLatin1Char(' ') + m_accounts.foreign()).toLocal8Bit());
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        qunsetenv("SSHD_ALLOW_USERS");
        // sshd reads the authorized keys as the user logging in: theirs to pass to and read.
        QVERIFY(::chmod(QFile::encodeName(m_cluster.dir()).constData(), 0711) == 0);
        QVERIFY(
            ::chmod(QFile::encodeName(m_cluster.dir() + QStringLiteral("/authorized_keys")).constData(), 0644) == 0);
        // The collector's own copies of the key and the known hosts (it reaches the nodes as root).
        for (const QString& f : { m_cluster.identity(), m_cluster.knownHosts() }) {
            const QString copy = m_home + QLatin1Char('/') + QFileInfo(f).fileName();
            QVERIFY(QFile::copy(f, copy));
            QVERIFY(::chown(QFile::encodeName(copy).constData(), m_accounts.ownerUid(), gid_t(-1)) == 0);
            QVERIFY(::chmod(QFile::encodeName(copy).constData(), 0600) == 0);
        }
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/db")));
        QVERIFY(::chown(QFile::encodeName(m_home + QStringLiteral("/db")).constData(), m_accounts.ownerUid(), gid_t(-1))
            == 0);
        m_db = m_home + QStringLiteral("/db/history.db");
        QString text;
        {
            QFile f(m_cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
                QStringLiteral("[collector]\ndatabase=%1\nviewers=%2\n").arg(m_db, m_accounts.group())));
            QVERIFY(f.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(f.readAll());
        }
        // The cluster's folder is root's alone: the collector's copies of the map, key and hosts.
        const QString map = QRegularExpression(QStringLiteral("map=(\\S+)")).match(text).captured(1);
        QVERIFY(!map.isEmpty() && QFile::copy(map, m_home + QStringLiteral("/cluster.map")));
        text.replace(map, m_home + QStringLiteral("/cluster.map"));
        text.replace(m_cluster.identity(), m_home + QStringLiteral("/id_ed25519"));
        text.replace(m_cluster.knownHosts(), m_home + QStringLiteral("/known_hosts"));
        const QString profile = m_home + QStringLiteral("/collector.ini");
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        startCollector(profile);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_db), 20000);
        StoreReader direct;
        QTRY_VERIFY_WITH_TIMEOUT(
            direct.open(m_db, &error) && direct.extent().last - direct.extent().first >= 3000, 20000);
        m_at = QDateTime::fromMSecsSinceEpoch(direct.extent().first + 1500).toString(Qt::ISODateWithMs);
        // Only its owner may read it: whatever the member gets, the collector gave.
        QFileInfo info(m_db);
        QCOMPARE(info.ownerId(), m_accounts.ownerUid());
        QCOMPARE(int(info.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
    }
    void cleanupTestCase()
    {
        if (m_collector.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_collector.processId()), SIGTERM);
            m_collector.waitForFinished(15000);
        }
        m_cluster.stop();
    }

    // The member of the viewers group reads the history through the collector: what it prints is
    // what root prints reading the file here, byte for byte.
    void aViewerReadsTheHistoryThroughTheCollector()
    {
        const QString desk = deskProfile(m_accounts.member());
        const QList<QStringList> asks {
            { QStringLiteral("--at"), m_at, QStringLiteral("--json") },
            { QStringLiteral("--between"), m_at,
                QDateTime::fromString(m_at, Qt::ISODateWithMs).addSecs(2).toString(Qt::ISODateWithMs),
                QStringLiteral("--json") },
        };
        for (const QStringList& ask : asks) {
            const Ran local
                = run(QStringLiteral("history/openmosixhistory"), QStringList { QStringLiteral("--db"), m_db } + ask);
            const Ran remote = run(
                QStringLiteral("history/openmosixhistory"), QStringList { QStringLiteral("--profile"), desk } + ask);
            QVERIFY2(local.status == 0, local.err.constData());
            QVERIFY2(remote.status == 0, remote.err.constData());
            QCOMPARE(remote.out, local.out);
        }
        const QString until = QDateTime::fromString(m_at, Qt::ISODateWithMs).addSecs(2).toString(Qt::ISODateWithMs);
        const QStringList stats { QStringLiteral("--stats"), QStringLiteral("--from"), m_at, QStringLiteral("--to"),
            until };
        const Ran local
            = run(QStringLiteral("analyzer/openmosixanalyzer"), QStringList { QStringLiteral("--db"), m_db } + stats);
        const Ran remote = run(
            QStringLiteral("analyzer/openmosixanalyzer"), QStringList { QStringLiteral("--profile"), desk } + stats);
        QVERIFY2(remote.status == 0, remote.err.constData());
        QCOMPARE(remote.out, local.out);
    }

    // A collector not in its viewers group cannot give its sockets' folder to the group: anyone
    // may pass it, and the collector turns the outsider away itself — and says why in a line
    // that the serve passes on, for the history and for the feed alike.
    void theOutsiderIsRefusedByTheCollector() { checkRefusal(); }

    // Start from a desk is the database owner's and root's (issue 30): the member is refused in
    // a sentence; root's Start runs the collector as the owner (the kernel says whose process
    // it is), the member reads through it, root's desk stops it.
    void onlyTheOwnerOrRootStartsIt()
    {
        stopCollector();
        const auto restore = qScopeGuard([this] { startCollector(m_profile); });
        const auto ask = [&](const QString& user, QString* text) {
            const Result<ClusterProfile> p = ClusterProfile::load(deskProfile(user));
            if (!p.ok())
                return false;
            CollectorControl desk(m_db, {}, nullptr, collectorHost(p.value(), {}));
            QSignalSpy answered(&desk, &CollectorControl::startAnswered);
            QString error;
            if (!desk.start(1, &error) || !answered.wait(30000)) {
                *text = QStringLiteral("no answer: ") + error;
                return false;
            }
            *text = answered.first().at(1).toString();
            return answered.first().at(0).toBool();
        };
        const QString host = QHostInfo::localHostName();
        QString text;
        QVERIFY(!ask(m_accounts.member(), &text));
        QCOMPARE(text,
            QStringLiteral("%1 on %2 belongs to %3: only %3 or root may start its collector (asked by %4)")
                .arg(m_db, host, m_accounts.owner(), m_accounts.member()));
        QVERIFY2(ask(control::userName(::geteuid()), &text), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("started on %1 as %2: pid ").arg(host, m_accounts.owner())),
            qPrintable(text));
        const omv::test::StartedCollector started = omv::test::StartedCollector::fromStatus(text);
        const auto end = qScopeGuard([&] { started.end(); });
        QCOMPARE(started.uid(), m_accounts.ownerUid());
        QCOMPARE(started.commandLine().mid(1, 2), QStringList({ QStringLiteral("--profile"), m_profile }));
        aViewerReadsTheHistoryThroughTheCollector();
        const Result<ClusterProfile> p = ClusterProfile::load(deskProfile(control::userName(::geteuid())));
        QVERIFY(p.ok());
        QString answer;
        QVERIFY2(control::requestOn(collectorHost(p.value(), {}), m_db, control::stopRequest(), &answer),
            qPrintable(answer));
        QTRY_VERIFY_WITH_TIMEOUT(started.ended(), 20000);
    }

    // The collector in its viewers group (as the package's service is meant to run): the folder
    // is the group's (0750), the outsider cannot even connect, and the serve says the same
    // sentence from the folder's group. The member still reads and follows.
    void theOutsiderIsRefusedByTheFolder()
    {
        stopCollector();
        QProcess usermod;
        usermod.start(QStringLiteral("usermod"), { QStringLiteral("-aG"), m_accounts.group(), m_accounts.owner() });
        QVERIFY(usermod.waitForFinished(10000) && usermod.exitCode() == 0);
        startCollector(m_profile);
        const std::optional<control::SocketPaths> paths = [&] {
            QString error;
            return control::socketPaths(m_db, &error);
        }();
        QVERIFY(paths);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QFile::decodeName(paths->history)), 15000);
        struct stat st {
        };
        QVERIFY(::stat(QFile::encodeName(paths->dir).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 07777), 0750);
        QCOMPARE(st.st_gid, m_accounts.gid());
        checkRefusal();
        aViewerReadsTheHistoryThroughTheCollector();
    }
};

QTEST_GUILESS_MAIN(TestRemoteUsers)
#include "tst_remote_users.moc"
