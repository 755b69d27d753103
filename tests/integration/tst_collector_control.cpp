// The collector's control socket and rotation against a real collector recording omsim through
// sshd: other users (a foreign user and a viewers member the test makes, run under setpriv) cannot
// stop, kill or stall it; clients that
// hang up or dawdle cost nothing; a squatter on the name is caught by both ends; a rotate with
// readers open keeps every interval exactly once, and a failed one keeps recording.
#include "core/control/controlserver.h"
#include "core/control/feed.h"
#include "core/store/sqlite.h"
#include "support/snapshotwait.h"
#include "support/testaccounts.h"
#include "support/testcluster.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
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
    return omv::test::writeText(dir.path(), QStringLiteral("control.scenario"),
        "kernel openmosix\nnodes 3 speed=10000 cpus=2 mem=8192\nspawn all 20 cmd=\"job{n}\" user=* cpu=0.01 mem=1\n");
}

QList<qint64> sampleTimes(const QString& file)
{
    QList<qint64> out;
    sql::Database d;
    if (!d.open(file, sql::Database::Mode::ReadOnly))
        return out;
    for (sql::Statement q = d.prepare("SELECT ts, count(*) FROM node_sample GROUP BY ts ORDER BY ts"); q.step();)
        out << (q.int64(1) == 3 ? q.int64(0) : -q.int64(0)); // negative: an interval not whole
    return out;
}

int modeOf(const QString& path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

qint64 worstGap(const QList<qint64>& ts)
{
    qint64 worst = 0;
    for (int i = 1; i < ts.size(); ++i)
        worst = qMax(worst, ts[i] - ts[i - 1]);
    return worst;
}

} // namespace

class TestCollectorControl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    QTemporaryDir m_probeDir; // the probe where nobody can run it
    TestCluster m_cluster { omv::test::testPort(22330), scenario(m_files), { QStringLiteral("--manual") } };
    QString m_profile;
    QString m_probe;
    omv::test::TestAccounts m_accounts { QStringLiteral("ctl") };

    QProcess* startCollector(const QString& db, const QString& profile = QString())
    {
        auto* p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(collectorBin(),
            { QStringLiteral("--profile"), profile.isEmpty() ? m_profile : profile, QStringLiteral("--db"), db,
                QStringLiteral("--interval"), QStringLiteral("1") });
        p->waitForStarted();
        return p;
    }
    static QString collectorBin() { return TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"); }
    static bool stopCollector(QProcess* p)
    {
        ::kill(pid_t(p->processId()), SIGTERM);
        const bool done = p->waitForFinished(15000);
        if (!done || p->exitCode() != 0)
            qWarning("collector: finished %d, exit %d: %s", done, p->exitCode(), p->readAllStandardError().constData());
        return done && p->exitCode() == 0;
    }
    static bool waitForSamples(const QString& db, int atLeast)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (sampleTimes(db).size() >= atLeast)
                return true;
            QThread::msleep(100);
        }
        return false;
    }
    // The probe, as this user, as the foreign user or as the member of the viewers group that
    // this test made.
    enum class As { Me, Foreign, Member };
    QProcess* probe(const QStringList& args, As as)
    {
        auto* p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        if (as == As::Me)
            p->start(m_probe, args);
        else
            p->start(QStringLiteral("setpriv"),
                (as == As::Foreign ? m_accounts.asForeign() : m_accounts.asMember()) + QStringList { m_probe } + args);
        return p;
    }
    QString runProbe(const QStringList& args, As as, int* exitCode = nullptr)
    {
        QProcess* p = probe(args, as);
        p->waitForFinished(30000);
        if (exitCode)
            *exitCode = p->exitCode();
        return QString::fromUtf8(p->readAll());
    }
    // A profile for this cluster with `[collector] viewers=` the test's group.
    QString viewersProfile(const QString& name)
    {
        const QString profile = m_files.path() + QLatin1Char('/') + name;
        QFile::remove(profile);
        QFile::copy(m_cluster.writeProfile(QStringLiteral("openmosix"), 1, true,
                        QStringLiteral("[collector]\nviewers=%1\n").arg(m_accounts.group())),
            profile);
        m_cluster.writeProfile(QStringLiteral("openmosix")); // the others' profile as it was
        return profile;
    }
    static bool status(const QString& db, QString* answer, qint64* tookMs = nullptr)
    {
        QElapsedTimer t;
        t.start();
        const bool ok = control::request(db, control::statusRequest(), answer);
        if (tookMs)
            *tookMs = t.elapsed();
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(::getuid() == 0, "this test runs other users' clients (setpriv) and needs root, as CI has");
        QString error;
        QVERIFY2(m_accounts.create(&error), qPrintable(error));
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_profile = m_cluster.writeProfile(QStringLiteral("openmosix"));
        // Our temporary directories are 0700: the probe goes where nobody may run it.
        QFile::setPermissions(m_probeDir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        m_probe = m_probeDir.path() + QStringLiteral("/omv_controlprobe");
        QVERIFY(QFile::copy(TestCluster::buildDir() + QStringLiteral("/tests/omv_controlprobe"), m_probe));
        QFile::setPermissions(
            m_probe, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void hangUpsAndOtherUsersCannotHurtIt()
    {
        // Where another user may look at the file (and so find its collector's sockets).
        const QString db = m_probeDir.path() + QStringLiteral("/hangups.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 2));
        const QString name = omv::test::controlSocketOf(db);
        // Clients that connect and hang up at once (the collector used to answer into the closed
        // socket and die of SIGPIPE).
        int code = -1;
        runProbe({ QStringLiteral("close"), name, QStringLiteral("50") }, As::Me, &code);
        QCOMPARE(code, 0);
        QTest::qWait(500);
        QCOMPARE(c->state(), QProcess::Running);
        // Another user cannot even connect (the sockets' folder is closed to it): not to hang up,
        // not to ask it to stop, not to write into the audit trail, not to hold connections.
        for (const QStringList& args : { QStringList { QStringLiteral("close"), name, QStringLiteral("50") },
                 { QStringLiteral("send"), name, QStringLiteral("stop") },
                 { QStringLiteral("send"), name, QStringLiteral("checkpoint"), QStringLiteral("forged") },
                 { QStringLiteral("hold"), name, QStringLiteral("60"), QStringLiteral("5") } }) {
            const QString out = runProbe(args, As::Foreign, &code);
            QCOMPARE(code, 3);
            QVERIFY2(out.contains(QLatin1String("Permission denied")), qPrintable(out));
        }
        // The GUI's client says so in a sentence.
        QProcess asNobody;
        asNobody.start(
            QStringLiteral("setpriv"), m_accounts.asForeign() + QStringList { m_probe, QStringLiteral("request"), db });
        QVERIFY(asNobody.waitForFinished(10000));
        const QString said = QString::fromUtf8(asNobody.readAllStandardOutput());
        QVERIFY2(said.contains(QStringLiteral("is not open to %1").arg(m_accounts.foreign())), qPrintable(said));
        // An audit record with a 64 KiB command line (the old line protocol stopped at 4 KiB).
        const QString longLine = QStringLiteral("render ") + QString(65536 - 7, QLatin1Char('x'));
        QString answer;
        QVERIFY2(control::request(db,
                     control::commandRequest({ Command::sendSignal(1, 4242, ProcessSignal::Stop), true,
                         QStringLiteral("test"), longLine, QString() }),
                     &answer),
            qPrintable(answer));
        qint64 took = 0;
        QVERIFY2(status(db, &answer, &took), qPrintable(answer));
        QVERIFY2(took < 500, qPrintable(QString::number(took)));
        QVERIFY(answer.startsWith(QLatin1String("pid ")));
        QCOMPARE(c->state(), QProcess::Running);
        QVERIFY(stopCollector(c));
        // Nothing another user sent reached the database.
        sql::Database d;
        QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
        sql::Statement q = d.prepare("SELECT count(*) FROM event WHERE detail = 'forged'");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 0);
        sql::Statement audit = d.prepare("SELECT length(detail), actor FROM event WHERE kind = 'command'");
        QVERIFY(audit.step());
        QVERIFY(audit.int64(0) > 65536);
        QCOMPARE(audit.text(1), control::userName(::getuid()));
    }

    void viewersFollowTheFeedButDoNotSteer()
    {
        // [collector] viewers=GROUP: another user in that group may follow the snapshot feed and
        // ask for the status, not stop, rotate or write checkpoints; another user outside it gets
        // nothing from either socket; the group taken away on SIGHUP, the member is refused again.
        const QString profile = m_files.path() + QStringLiteral("/viewers.ini");
        auto writeViewers = [&](const QString& extra) {
            QFile::remove(profile);
            const bool copied
                = QFile::copy(m_cluster.writeProfile(QStringLiteral("openmosix"), 1, true, extra), profile);
            m_cluster.writeProfile(QStringLiteral("openmosix")); // the others' profile as it was
            return copied;
        };
        QVERIFY(writeViewers(QStringLiteral("[collector]\nviewers=%1\n").arg(m_accounts.group())));
        const QString db = m_files.path() + QStringLiteral("/viewers.db");
        QProcess* c = startCollector(db, profile);
        QVERIFY(c->waitForStarted());
        QVERIFY(waitForSamples(db, 2));
        const QString name = omv::test::controlSocketOf(db);
        const QString feed = omv::test::feedSocketOf(db);
        int code = -1;
        // The sockets' folder belongs to the group now, and no one else may enter it.
        const QFileInfo folder(QFileInfo(name).path());
        QCOMPARE(folder.groupId(), uint(m_accounts.gid()));
        QCOMPARE(modeOf(folder.filePath()), 0750);
        // Not a member: nothing from either socket.
        QString out = runProbe({ QStringLiteral("subscribe"), feed, QStringLiteral("3") }, As::Foreign, &code);
        QCOMPARE(code, 3);
        QVERIFY2(out.contains(QLatin1String("Permission denied")), qPrintable(out));
        out = runProbe({ QStringLiteral("send"), name, QStringLiteral("status") }, As::Foreign, &code);
        QCOMPARE(code, 3);
        QVERIFY2(out.contains(QLatin1String("Permission denied")), qPrintable(out));
        // A member: the feed and the status, nothing that steers.
        out = runProbe({ QStringLiteral("subscribe"), feed, QStringLiteral("3") }, As::Member, &code);
        QCOMPARE(code, 0);
        out = runProbe({ QStringLiteral("send"), name, QStringLiteral("status") }, As::Member, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(QLatin1String("ok pid ")), qPrintable(out));
        for (const QStringList& steer : { QStringList { QStringLiteral("stop") }, { QStringLiteral("rotate") },
                 { QStringLiteral("checkpoint"), QStringLiteral("forged") } }) {
            out = runProbe(QStringList { QStringLiteral("send"), name } + steer, As::Member, &code);
            QCOMPARE(code, 1);
            QVERIFY2(out.contains(QLatin1String("not allowed")), qPrintable(out));
        }
        QCOMPARE(c->state(), QProcess::Running);
        // The group taken away and the profile read again: refused like anyone else.
        QVERIFY(writeViewers(QString()));
        ::kill(pid_t(c->processId()), SIGHUP);
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += QString::fromUtf8(c->readAllStandardError())).contains(QLatin1String("profile read again")), 10000);
        out = runProbe({ QStringLiteral("subscribe"), feed, QStringLiteral("2") }, As::Member, &code);
        QCOMPARE(code, 3);
        QCOMPARE(modeOf(folder.filePath()), 0700);
        // A group that does not exist: the collector does not start.
        QVERIFY(writeViewers(QStringLiteral("[collector]\nviewers=no-such-group-here\n")));
        QProcess second;
        second.start(collectorBin(),
            { QStringLiteral("--profile"), profile, QStringLiteral("--db"),
                m_files.path() + QStringLiteral("/viewers2.db") });
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 2);
        const QString said = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(said.contains(QLatin1String("viewers=no-such-group-here: no group called no-such-group-here")),
            qPrintable(said));
        QVERIFY(stopCollector(c));
        log += QString::fromUtf8(c->readAllStandardError());
        QVERIFY2(log.contains(QLatin1String("a viewer may not")), qPrintable(log));
        QVERIFY2(!QFileInfo::exists(folder.filePath()), "the sockets' folder outlived a clean stop");
        // Nothing the viewer sent reached the database.
        sql::Database d;
        QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
        sql::Statement q = d.prepare("SELECT count(*) FROM event WHERE detail = 'forged'");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 0);
    }

    void aViewerCannotStarveFloodOrRelabel()
    {
        // Issue 26, as a member of the viewers group: 40 half-open control connections and 64
        // feed connections leave the owner's checkpoint and subscription served at once; forged
        // audit records relabel no migration; a flood of them is held to the viewer's budget; a
        // flood of refused requests makes a few log lines and a summary, not one line each.
        const QString profile = viewersProfile(QStringLiteral("hostile.ini"));
        QString error;
        const QString db = m_probeDir.path() + QStringLiteral("/hostile.db");
        QProcess* c = startCollector(db, profile);
        QVERIFY(waitForSamples(db, 2));
        const QString name = omv::test::controlSocketOf(db);
        const QString feed = omv::test::feedSocketOf(db);

        // Starving: the viewer holds connections to both sockets and sends nothing.
        QProcess* holdControl
            = probe({ QStringLiteral("hold"), name, QStringLiteral("40"), QStringLiteral("8") }, As::Member);
        QProcess* holdFeed
            = probe({ QStringLiteral("hold"), feed, QStringLiteral("64"), QStringLiteral("8") }, As::Member);
        QVERIFY(holdControl->waitForReadyRead(10000));
        QVERIFY(holdFeed->waitForReadyRead(10000));
        QVERIFY2(holdControl->readAll().contains("holding 40"), "the viewer's connections were not even made");
        QElapsedTimer t;
        t.start();
        QString answer;
        QVERIFY2(control::request(db, control::checkpointRequest(QStringLiteral("owner here")), &answer),
            qPrintable(answer));
        const qint64 checkpointMs = t.elapsed();
        QVERIFY2(checkpointMs < 1000, qPrintable(QString::number(checkpointMs)));
        control::FeedSubscriber sub;
        QVERIFY2(sub.connect(db, &error), qPrintable(error));
        ClusterSnapshot snap;
        QVERIFY2(sub.next(&snap, 5000, &error), qPrintable(error));
        QVERIFY2(sub.next(&snap, 5000, &error), qPrintable(error)); // and it stays open
        QCOMPARE(snap.nodes.size(), 3);
        sub.disconnect();

        // Relabelling: a real migration (the omsim kernel moves a process of node 1 to node 2) is
        // the balancer's; the viewer's record saying it asked for it changes nothing, the owner's does.
        int pid = 0;
        for (const QString& e : QDir(m_cluster.root() + QStringLiteral("/1")).entryList(QDir::Dirs)) {
            if (e.toInt() > 1 && pid == 0)
                pid = e.toInt();
        }
        QVERIFY(pid > 0);
        {
            QFile go(m_cluster.root() + QStringLiteral("/1/%1/goto").arg(pid));
            QVERIFY(go.open(QIODevice::WriteOnly));
            QCOMPARE(go.write("2"), qint64(1));
        }
        auto causeOf = [&]() {
            sql::Database d;
            if (!d.open(db, sql::Database::Mode::ReadOnly))
                return QString();
            sql::Statement q = d.prepare("SELECT cause FROM migration WHERE home = 1 AND pid = ? AND to_node = 2");
            q.bind(1, qint64(pid));
            return q.step() ? q.text(0) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(causeOf(), QStringLiteral("balancer"), 15000);
        const QStringList forged { QStringLiteral("command"), QString::number(int(Command::Kind::MigrateToNode)),
            QStringLiteral("1"), QString::number(pid), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"),
            QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("forger"), QStringLiteral("migrate %1 2").arg(pid),
            QString() };
        int code = -1;
        QString out = runProbe(QStringList { QStringLiteral("send"), name } + forged, As::Member, &code);
        QCOMPARE(code, 0);
        QCOMPARE(causeOf(), QStringLiteral("balancer"));
        QVERIFY2(control::request(db,
                     control::commandRequest({ Command::migrate(1, pid, 2), true, QStringLiteral("test"),
                         QStringLiteral("migrate %1 2").arg(pid), QString() }),
                     &answer),
            qPrintable(answer));
        QCOMPARE(causeOf(), QStringLiteral("admin"));

        // Flooding the audit trail with 60 KiB records for 3 s: held to the budget.
        QStringList big = forged;
        big[10] = QString(60 * 1024, QLatin1Char('x'));
        const qint64 sizeBefore = QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size();
        out = runProbe(QStringList { QStringLiteral("flood"), name, QStringLiteral("3") } + big, As::Member, &code);
        const QRegularExpressionMatch counts = QRegularExpression(QStringLiteral("ok (\\d+) error (\\d+)")).match(out);
        QVERIFY2(counts.hasMatch(), qPrintable(out));
        const int accepted = counts.captured(1).toInt(), refused = counts.captured(2).toInt();
        QVERIFY2(accepted <= 20 && refused > 100, qPrintable(out)); // 1 MiB a minute: 17 of 60 KiB
        QVERIFY(status(db, &answer));
        QVERIFY2(
            answer.contains(QStringLiteral("%1 audit records of viewers refused").arg(refused)), qPrintable(answer));
        {
            sql::Database d;
            QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
            sql::Statement q = d.prepare("SELECT count(*), sum(length(detail)) FROM event WHERE actor = ?");
            q.bind(1, m_accounts.member());
            QVERIFY(q.step());
            QCOMPARE(q.int64(0), qint64(accepted + 1));
            QVERIFY2(q.int64(1) <= (1 << 20) + 4096, qPrintable(QString::number(q.int64(1))));
        }
        const qint64 grown = QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size() - sizeBefore;
        QVERIFY2(grown < 4 << 20, qPrintable(QString::number(grown)));

        // Noise: thousands of refused stop requests in 3 s.
        out = runProbe(
            { QStringLiteral("flood"), name, QStringLiteral("3"), QStringLiteral("stop") }, As::Member, &code);
        const int stops = QRegularExpression(QStringLiteral("error (\\d+)")).match(out).captured(1).toInt();
        QVERIFY2(stops > 500, qPrintable(out));
        holdControl->waitForFinished(15000);
        holdFeed->waitForFinished(15000);
        QCOMPARE(c->state(), QProcess::Running);
        QVERIFY(stopCollector(c));
        const QStringList lines = QString::fromUtf8(c->readAllStandardError()).split(QLatin1Char('\n'));
        const QString viewer = QStringLiteral("uid %1").arg(m_accounts.memberUid());
        int aboutViewer = 0;
        for (const QString& l : lines)
            aboutViewer += l.contains(viewer);
        QVERIFY2(aboutViewer < 40, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.filter(QStringLiteral("more like it")).size() >= 1, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.filter(QStringLiteral("turned away ") + viewer).size() >= 1,
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void subscribingInALoopKeepsTheCadence()
    {
        // Issue 26: a client that subscribes to the feed and hangs up, over and over, made the
        // collector sample out of turn (17 rows in 10 s at a 1 s interval). The rows stay on
        // their 1 s grid.
        const QString db = m_files.path() + QStringLiteral("/churn.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 2));
        const int before = sampleTimes(db).size();
        int code = -1;
        const QString out
            = runProbe({ QStringLiteral("churn"), omv::test::feedSocketOf(db), QStringLiteral("10") }, As::Me, &code);
        QVERIFY2(out.contains(QLatin1String("connections ")), qPrintable(out));
        QVERIFY2(out.section(QLatin1Char(' '), 1).toLongLong() > 1000, qPrintable(out));
        QVERIFY(stopCollector(c));
        const QList<qint64> ts = sampleTimes(db);
        const QList<qint64> during = ts.mid(before);
        QVERIFY2(during.size() <= 12 && during.size() >= 9, qPrintable(QString::number(during.size())));
        qint64 closest = 1000000;
        for (int i = 1; i < ts.size(); ++i)
            closest = qMin(closest, ts[i] - ts[i - 1]);
        QVERIFY2(closest >= 800, qPrintable(QString::number(closest)));
        QVERIFY2(worstGap(ts) <= 1600, qPrintable(QString::number(worstGap(ts))));
    }

    void backendAutoIsDetectedAndLogged()
    {
        // A profile that names no backend: the collector asks the gateway and says what it found
        // (it never writes the profile: it may be root's, read-only).
        const QString profile = m_files.path() + QStringLiteral("/auto.ini");
        QFile::remove(profile);
        QString text;
        {
            QFile f(m_profile);
            QVERIFY(f.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(f.readAll()).remove(QStringLiteral("backend=openmosix\n"));
        }
        QVERIFY(!text.contains(QLatin1String("backend=")));
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QProcess once;
        once.start(collectorBin(),
            { QStringLiteral("--profile"), profile, QStringLiteral("--once"), QStringLiteral("--json") });
        QVERIFY(once.waitForFinished(30000));
        const QString log = QString::fromUtf8(once.readAllStandardError());
        QCOMPARE(once.exitCode(), 0);
        QVERIFY2(log.contains(QLatin1String("backend=auto: 127.0.1.1 runs openMosix / LinuxPMI (/proc/hpc)"))
                && log.contains(QLatin1String("recording as backend=openmosix")),
            qPrintable(log));
        QVERIFY(QString::fromUtf8(once.readAllStandardOutput()).contains(QLatin1String("\"nodes\"")));
        QFile f(profile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("backend=")); // untouched
    }

    void slowClientDoesNotStallRecording()
    {
        const QString db = m_files.path() + QStringLiteral("/slow.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 2));
        const QString name = omv::test::controlSocketOf(db);
        const int before = sampleTimes(db).size();
        // One byte a second, as the collector's own user: allowed, but it must not hold anyone up.
        QProcess* slow = probe({ QStringLiteral("slow"), name, QStringLiteral("status"), QStringLiteral("8") }, As::Me);
        QElapsedTimer t;
        t.start();
        qint64 worstAnswer = 0;
        while (t.elapsed() < 5000) {
            QString answer;
            qint64 took = 0;
            QVERIFY2(status(db, &answer, &took), qPrintable(answer));
            worstAnswer = qMax(worstAnswer, took);
            QThread::msleep(250);
        }
        QVERIFY2(worstAnswer < 500, qPrintable(QString::number(worstAnswer)));
        QVERIFY(slow->waitForFinished(20000));
        // It was cut off with a reason once its deadline passed.
        const QString out = QString::fromUtf8(slow->readAll());
        QVERIFY2(out.contains(QLatin1String("took too long")), qPrintable(out));
        QVERIFY(stopCollector(c));
        const QList<qint64> ts = sampleTimes(db);
        QVERIFY2(ts.size() >= before + 4, qPrintable(QString::number(ts.size() - before)));
        QVERIFY2(worstGap(ts) <= 1600, qPrintable(QString::number(worstGap(ts))));
    }

    void nobodyCanTakeTheSocketsFirst()
    {
        // Issue 26: another user who bound the (abstract) name first kept the collector from
        // starting. The sockets are files in a folder only the collector's user may write: neither
        // a foreign user nor a viewers member can make the folder or bind in it, and the collector
        // starts.
        const QString db = m_files.path() + QStringLiteral("/squat.db");
        {
            QFile f(db); // the paths are the file's: it must exist before anyone can aim at them
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString name = omv::test::controlSocketOf(db);
        for (const As as : { As::Foreign, As::Member }) {
            int code = -1;
            const QString out = runProbe({ QStringLiteral("squat"), name, QStringLiteral("1") }, as, &code);
            QCOMPARE(code, 3);
            QVERIFY2(out.contains(QLatin1String("bind: ")), qPrintable(out));
        }
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 2));
        QString answer;
        QVERIFY2(status(db, &answer), qPrintable(answer));
        QCOMPARE(modeOf(QFileInfo(name).path()), 0700);
        QCOMPARE(modeOf(QFileInfo(name).path() + QStringLiteral("/..")) & 022, 0);
        // Killed, it leaves its socket files; the next collector removes them and starts.
        ::kill(pid_t(c->processId()), SIGKILL);
        QVERIFY(c->waitForFinished(10000));
        QVERIFY(QFileInfo::exists(name));
        QVERIFY2(!status(db, &answer), qPrintable(answer));
        QVERIFY2(answer.contains(QLatin1String("no collector is recording")), qPrintable(answer));
        c = startCollector(db);
        QTRY_VERIFY_WITH_TIMEOUT(status(db, &answer), 15000);
        QVERIFY(stopCollector(c));
        QVERIFY2(!QFileInfo::exists(QFileInfo(name).path()), "the sockets' folder outlived a clean stop");
    }

    void anUnsafeSocketFolderIsRefusedByBothEnds()
    {
        // OMV_RUNTIME_DIR aimed at a folder others may write into (here 1777, like /tmp): the
        // collector refuses to listen there, saying why, and a client that meets a squatter there
        // (another user's socket) is told who it is and sends it nothing.
        QTemporaryDir shared;
        QVERIFY(::chmod(QFile::encodeName(shared.path()).constData(), 01777) == 0);
        const QString db = m_files.path() + QStringLiteral("/unsafe.db");
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        qputenv("OMV_RUNTIME_DIR", QFile::encodeName(shared.path()));
        const QString name = omv::test::controlSocketOf(db);
        QProcess* squatter = probe({ QStringLiteral("squat"), name, QStringLiteral("30") }, As::Foreign);
        QVERIFY(squatter->waitForReadyRead(10000));
        QVERIFY(squatter->readAll().contains("listening"));
        QString answer;
        const bool told = control::request(db,
            control::commandRequest({ Command::migrate(1, 100, 2), true, QStringLiteral("test"),
                QStringLiteral("migrate 100 2"), QString() }),
            &answer);
        QProcess c;
        c.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        c.start(collectorBin(),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--db"), db, QStringLiteral("--interval"),
                QStringLiteral("1") });
        qunsetenv("OMV_RUNTIME_DIR");
        QVERIFY(!told);
        QVERIFY2(answer.contains(QStringLiteral("refusing to talk to uid %1").arg(m_accounts.foreignUid())),
            qPrintable(answer));
        QVERIFY(c.waitForFinished(15000));
        QCOMPARE(c.exitCode(), 2);
        const QString err = QString::fromUtf8(c.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("others may write into it (mode 1777)")), qPrintable(err));
        squatter->kill();
        squatter->waitForFinished();
    }

    void rotateWithReadersKeepsEveryInterval()
    {
        const QString db = m_files.path() + QStringLiteral("/rotate.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 3));
        // A reader in the middle of a read (an analyzer, sqlite3) and another that reads during.
        sql::Database held;
        QVERIFY(held.open(db, sql::Database::Mode::ReadOnly));
        sql::Statement open = held.prepare("SELECT ts FROM node_sample ORDER BY ts");
        QVERIFY(open.step());
        sql::Database reader;
        QVERIFY(reader.open(db, sql::Database::Mode::ReadOnly));
        QProcess cli;
        cli.start(collectorBin(), { QStringLiteral("--db"), db, QStringLiteral("--rotate") });
        while (cli.state() != QProcess::NotRunning) {
            sql::Statement q = reader.prepare("SELECT count(*) FROM node_sample");
            QVERIFY(q.step());
            cli.waitForFinished(20);
        }
        QCOMPARE(cli.exitCode(), 0);
        const QString rotated = QString::fromUtf8(cli.readAllStandardError()).section(QLatin1Char(' '), 1).trimmed();
        QVERIFY2(QFile::exists(rotated), qPrintable(rotated));
        QCOMPARE(QFileInfo(rotated).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        QVERIFY(waitForSamples(db, 3)); // the live file fills again
        open.reset();
        held.close();
        reader.close();
        QVERIFY(stopCollector(c));
        // Every interval in exactly one of the two files, whole, and no gap between them.
        const QList<qint64> old = sampleTimes(rotated);
        const QList<qint64> now = sampleTimes(db);
        QVERIFY(old.size() >= 3 && now.size() >= 3);
        for (qint64 ts : old + now)
            QVERIFY2(ts > 0, "an interval with fewer than three nodes");
        QVERIFY2(old.last() < now.first(), "an interval in both files");
        QVERIFY2(worstGap(old + now) <= 1600, qPrintable(QString::number(worstGap(old + now))));
        // The live file went on with every process (the cluster stands still: omsim is --manual).
        sql::Database d;
        QVERIFY(d.open(db, sql::Database::Mode::ReadOnly));
        sql::Statement spans = d.prepare("SELECT count(*) FROM process_span WHERE end_ts IS NULL");
        QVERIFY(spans.step());
        QCOMPARE(spans.int64(0), 60);
    }

    void failedRotateKeepsRecordingAndSaysSo()
    {
        const QString db = m_files.path() + QStringLiteral("/failrotate.db");
        QProcess* c = startCollector(db);
        QVERIFY(waitForSamples(db, 2));
        // Something in the way of the copy's journal for every name the next 30 s could pick.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList blockers;
        for (int s = 0; s < 30; ++s) {
            blockers << db + QLatin1Char('.') + now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss"))
                    + QStringLiteral(".partial-journal");
            QVERIFY(QDir().mkpath(blockers.last()));
        }
        QProcess cli;
        cli.start(collectorBin(), { QStringLiteral("--db"), db, QStringLiteral("--rotate") });
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 1);
        const int at = sampleTimes(db).size();
        QString answer;
        QVERIFY(status(db, &answer));
        QVERIFY2(answer.contains(QLatin1String("rotate failed")), qPrintable(answer));
        QVERIFY(waitForSamples(db, at + 3)); // still recording into the same file
        QCOMPARE(c->state(), QProcess::Running);
        const QStringList left = QDir(m_files.path()).entryList({ QStringLiteral("failrotate.db.*") }, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' ')))); // no partial copy
        for (const QString& b : blockers)
            QDir(b).removeRecursively();
        cli.start(collectorBin(), { QStringLiteral("--db"), db, QStringLiteral("--rotate") });
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(status(db, &answer));
        QVERIFY2(!answer.contains(QLatin1String("rotate failed")), qPrintable(answer));
        QVERIFY(stopCollector(c));
        const QString log = QString::fromUtf8(c->readAllStandardError());
        QVERIFY2(log.contains(QLatin1String("still recording into")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestCollectorControl)
#include "tst_collector_control.moc"
