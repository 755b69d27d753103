// The collector's options and the files it is given (issue 26): every number parsed strictly —
// "7d" is seven days, "7x" is refused with the option's name and nothing is touched — and what the
// retention options say is what is kept. Runs the real collector on its own --demo cluster.
#include "core/store/store.h"
#include "support/testcluster.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
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
