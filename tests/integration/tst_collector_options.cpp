// The collector's options and the files it is given (issue 26): every number parsed strictly —
// "7d" is seven days, "7x" is refused with the option's name and nothing is touched — and what the
// retention options say is what is kept. Runs the real collector on its own --demo cluster.
#include "core/control/controlserver.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "support/processtree.h"
#include "support/testcluster.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <map>
#include <memory>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

using namespace omv;
using omv::test::TestCluster;

namespace
{

QString collector()
{
    return TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector");
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

NodeSample node(NodeId id)
{
    NodeSample n;
    n.id = id;
    n.addresses = QStringList { QStringLiteral("127.0.1.%1").arg(id) };
    n.up = true;
    n.loadPercent = 20;
    n.speed = 10000;
    n.cpus = 1;
    n.memTotal = qint64(1) << 30;
    n.memFree = qint64(1) << 29;
    return n;
}

} // namespace

class TestCollectorOptions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // A history written days ago: a raw sample 3 days old, events 20 and 40 days old.
    QString oldHistory(const QString& name)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        StoreWriter w;
        QString error;
        const qint64 day = qint64(24) * 3600 * 1000, now = QDateTime::currentMSecsSinceEpoch();
        if (!w.open(path, &error))
            return QString();
        ClusterSnapshot s;
        s.timeMs = now - 3 * day;
        s.backend = QStringLiteral("openmosix");
        s.nodes = { node(1), node(2) };
        w.record(s, &error);
        w.recordEvent(
            now - 40 * day, 0, QStringLiteral("checkpoint"), QStringLiteral("forty"), QStringLiteral("t"), &error);
        w.recordEvent(
            now - 20 * day, 0, QStringLiteral("checkpoint"), QStringLiteral("twenty"), QStringLiteral("t"), &error);
        return path;
    }

    // A collector recording its own demo cluster into `db` every second; `crash`: where its
    // rotation dies (OMV_CRASH_DURING_ROTATE), empty: nowhere.
    std::unique_ptr<QProcess> startCollector(const QString& db, const QByteArray& crash = QByteArray())
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!crash.isEmpty())
            env.insert(QStringLiteral("OMV_CRASH_DURING_ROTATE"), QString::fromLatin1(crash));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedChannels);
        p->start(collector(),
            { QStringLiteral("--demo"), QStringLiteral("--db"), db, QStringLiteral("--interval"),
                QStringLiteral("1") });
        p->waitForStarted();
        return p;
    }
    // Its omsim and that one's mount: a collector killed with SIGKILL cannot end them itself.
    static void reap(qint64 omsim, const QString& root)
    {
        if (omsim > 0 && omv::test::running(omsim))
            ::kill(pid_t(omsim), SIGTERM);
        for (int i = 0; i < 50 && omsim > 0 && omv::test::running(omsim); ++i)
            QThread::msleep(100);
        if (!root.isEmpty() && omv::test::mounted(root))
            QProcess::execute(QStringLiteral("fusermount3"), { QStringLiteral("-uz"), root });
    }
    static std::pair<qint64, QString> omsimOf(const QProcess& collector)
    {
        for (qint64 c : omv::test::childrenOf(collector.processId())) {
            const QStringList args = omv::test::commandLineOf(c);
            if (!args.isEmpty() && args.first().endsWith(QLatin1String("omsim")))
                return { c, args.value(args.indexOf(QStringLiteral("--root")) + 1) };
        }
        return { -1, QString() };
    }
    // The instants a file holds (its cluster rows), read directly.
    static QList<qint64> instants(const QString& file)
    {
        QList<qint64> out;
        sql::Database d;
        if (!d.open(file, sql::Database::Mode::ReadOnly))
            return { -1 };
        for (sql::Statement q = d.prepare("SELECT ts FROM cluster_sample ORDER BY ts"); q.step();)
            out << q.int64(0);
        return out;
    }
    static bool waitForInstants(const QString& db, int atLeast)
    {
        for (QElapsedTimer t; !t.isValid() || t.elapsed() < 20000; QThread::msleep(100)) {
            if (!t.isValid())
                t.start();
            if (QFile::exists(db) && instants(db).size() >= atLeast)
                return true;
        }
        return false;
    }
    // Every file of the history in `dir`: none left half written, each readable, every instant in
    // exactly one of them. Returns the archives.
    static QStringList checkHistory(const QString& dir, const QString& live, QString* why)
    {
        const QStringList partial = QDir(dir).entryList({ QStringLiteral("*.partial*") }, QDir::Files);
        if (!partial.isEmpty()) {
            *why = QStringLiteral("left over: ") + partial.join(QStringLiteral(", "));
            return {};
        }
        QStringList archives = QDir(dir).entryList({ QFileInfo(live).fileName() + QStringLiteral(".2*") }, QDir::Files);
        archives = archives.filter(QRegularExpression(QStringLiteral("\\.\\d{8}-\\d{6}(-\\d+)?$")));
        std::map<qint64, QString> seen;
        for (const QString& name : archives + QStringList { QFileInfo(live).fileName() }) {
            const QString file = dir + QLatin1Char('/') + name;
            StoreReader r;
            QString error;
            if (!r.open(file, &error)) {
                *why = error;
                return {};
            }
            for (qint64 ts : instants(file)) {
                if (seen.count(ts)) {
                    *why = QStringLiteral("instant %1 in %2 and in %3").arg(ts).arg(seen[ts], name);
                    return {};
                }
                seen[ts] = name;
            }
        }
        return archives;
    }

private slots:
    void badNumbersAreRefusedAndNothingIsTouched()
    {
        const QString db = oldHistory(QStringLiteral("refused.db"));
        QVERIFY(!db.isEmpty());
        const QByteArray before = digest(db);
        const struct {
            const char* option;
            const char* value;
        } cases[] = {
            { "--keep-raw-days", "7x" },
            { "--keep-raw-days", "99999999999999999999" },
            { "--keep-raw-days", "-1" },
            { "--keep-raw-days", "1.5" },
            { "--keep-raw-days", "0" },
            { "--keep-minute-days", "ninety" },
            { "--keep-minute-days", "" },
            { "--keep-process-days", "30 days" },
            { "--keep-process-days", "30dd" },
            { "--interval", "5s" },
            { "--interval", "0" },
        };
        for (const auto& c : cases) {
            QProcess p;
            p.start(collector(),
                { QStringLiteral("--demo"), QStringLiteral("--db"), db, QLatin1String(c.option),
                    QString::fromLatin1(c.value) });
            QVERIFY(p.waitForFinished(20000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitCode() == 2,
                qPrintable(QStringLiteral("%1 %2: exit %3\n%4")
                               .arg(QLatin1String(c.option), QLatin1String(c.value))
                               .arg(p.exitCode())
                               .arg(err)));
            QVERIFY2(err.contains(QLatin1String(c.option)), qPrintable(err));
            QCOMPARE(digest(db), before); // untouched
        }
    }

    void aRotateKilledAtAStepKeepsEveryIntervalOnce()
    {
        // Killed after the copy was made, and after the live file was emptied: the next start
        // removes the half-done copy (its rows are still live) or names the finished one — never
        // an empty or unusable archive, never an interval in two files.
        for (const char* step : { "copied", "committed" }) {
            QTemporaryDir dir;
            const QString db = dir.path() + QStringLiteral("/history.db");
            auto c = startCollector(db, step);
            QVERIFY(waitForInstants(db, 3));
            const auto [omsim, root] = omsimOf(*c);
            QString answer;
            QVERIFY(!control::request(db, control::rotateRequest(), &answer)); // it died answering
            QVERIFY(c->waitForFinished(10000));
            QCOMPARE(c->exitStatus(), QProcess::CrashExit);
            reap(omsim, root);
            const int before = instants(db).size();
            auto again = startCollector(db);
            QVERIFY(waitForInstants(db, (QByteArray(step) == "copied" ? before : 0) + 2));
            const auto [omsim2, root2] = omsimOf(*again);
            ::kill(pid_t(again->processId()), SIGTERM);
            QVERIFY(again->waitForFinished(15000));
            reap(omsim2, root2);
            QString why;
            const QStringList archives = checkHistory(dir.path(), db, &why);
            QVERIFY2(why.isEmpty(), qPrintable(QLatin1String(step) + QStringLiteral(": ") + why));
            QCOMPARE(archives.size(), QByteArray(step) == "copied" ? 0 : 1);
            if (!archives.isEmpty())
                QVERIFY(instants(dir.path() + QLatin1Char('/') + archives.first()).size() >= 3);
        }
    }

    void aRotateKilledAtRandomKeepsEveryIntervalOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.path() + QStringLiteral("/history.db");
        QRandomGenerator rng(26);
        for (int i = 0; i < 8; ++i) {
            // (Waiting for this collector's own samples: then it runs, with its omsim, on the file.)
            const int before = QFile::exists(db) ? instants(db).size() : 0;
            auto c = startCollector(db);
            QVERIFY(waitForInstants(db, before + 2));
            const auto [omsim, root] = omsimOf(*c);
            QProcess rotate;
            rotate.start(collector(), { QStringLiteral("--db"), db, QStringLiteral("--rotate") });
            rotate.waitForStarted();
            QThread::usleep(rng.bounded(20000)); // within the client's connect and the copy, or after
            ::kill(pid_t(c->processId()), SIGKILL);
            QVERIFY(c->waitForFinished(10000));
            rotate.waitForFinished(10000);
            reap(omsim, root);
        }
        const int before = instants(db).size();
        auto last = startCollector(db);
        QVERIFY(waitForInstants(db, before + 1));
        const auto [omsim, root] = omsimOf(*last);
        ::kill(pid_t(last->processId()), SIGTERM);
        QVERIFY(last->waitForFinished(15000));
        reap(omsim, root);
        QString why;
        const QStringList archives = checkHistory(dir.path(), db, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        qInfo("%d archives after 8 kills", int(archives.size()));
    }

    void aFifoIsNoProfileAndStartUpStaysKillable()
    {
        // A FIFO given as the profile hung every program (and the collector then ignored
        // SIGTERM): refused at once as not a regular file.
        const QString fifo = m_dir.path() + QStringLiteral("/profile.ini");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString build = TestCluster::buildDir();
        const QList<QPair<QString, QStringList>> programs {
            { collector(),
                { QStringLiteral("--profile"), fifo, QStringLiteral("--db"), m_dir.path() + QStringLiteral("/f.db") } },
            { build + QStringLiteral("/analyzer/openmosixanalyzer"),
                { QStringLiteral("--profile"), fifo, QStringLiteral("--stats") } },
            { build + QStringLiteral("/app/openmosixview"), { QStringLiteral("--profile"), fifo } },
        };
        for (const auto& [bin, args] : programs) {
            // It says so at once (a window then also shows it in a message box, which waits).
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(bin, args);
            QString err;
            QTRY_VERIFY2_WITH_TIMEOUT(
                (err += QString::fromUtf8(p.readAllStandardError())).contains(QLatin1String("not a regular file")),
                qPrintable(bin + QStringLiteral(" hung on a FIFO: ") + err), 10000);
            const bool window = bin.endsWith(QLatin1String("openmosixview"));
            if (window)
                p.kill();
            QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(5000));
            if (!window)
                QVERIFY2(p.exitCode() != 0, qPrintable(bin));
        }
        // A gateway that takes the connection and never says a word: the collector asks it which
        // kernel it runs (backend=auto) — and a SIGTERM then ends it at once, not after the wait.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString profile = m_dir.path() + QStringLiteral("/silent.ini");
        {
            QFile f(profile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[cluster]\ngateway=127.0.0.1\n[ssh]\nport=%1\nconfig=none\nagent=false\n"
                                   "known_hosts=%2/known_hosts\nconnect_timeout=30\ncommand_timeout=30\n")
                        .arg(silent.serverPort())
                        .arg(m_dir.path())
                        .toUtf8());
        }
        QProcess p;
        p.start(collector(),
            { QStringLiteral("--profile"), profile, QStringLiteral("--db"), m_dir.path() + QStringLiteral("/s.db") });
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || silent.waitForNewConnection(100), 10000);
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY2(p.waitForFinished(5000), "the collector did not end on SIGTERM while starting");
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/s.db"))); // nothing was made
    }
    void whatTheOptionsSayIsKept()
    {
        // "7d" keeps the sample of 3 days ago (it became 1 day and deleted it); "30d" deletes the
        // event of 40 days ago and keeps the one of 20 (it became "keep everything").
        const QString db = oldHistory(QStringLiteral("kept.db"));
        QVERIFY(!db.isEmpty());
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(collector(),
            { QStringLiteral("--demo"), QStringLiteral("--db"), db, QStringLiteral("--interval"), QStringLiteral("1"),
                QStringLiteral("--keep-raw-days"), QStringLiteral("7d"), QStringLiteral("--keep-process-days"),
                QStringLiteral("30d") });
        QVERIFY(p.waitForStarted());
        // Until its first sample is written (retention runs with it).
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                StoreReader r;
                QString error;
                return r.open(db, &error) && r.extent().last >= started - 1000;
            }(),
            20000);
        QTest::qWait(1500);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
        StoreReader r;
        QString error;
        QVERIFY2(r.open(db, &error), qPrintable(error));
        const qint64 day = qint64(24) * 3600 * 1000;
        QVERIFY2(r.extent().first <= started - 3 * day + 1000, "the raw sample of 3 days ago went");
        QStringList kept;
        for (const EventRow& e : r.events(0, started + day))
            if (e.kind == QLatin1String("checkpoint"))
                kept << e.detail;
        QCOMPARE(kept, QStringList { QStringLiteral("twenty") });
    }
};

QTEST_GUILESS_MAIN(TestCollectorOptions)
#include "tst_collector_options.moc"
