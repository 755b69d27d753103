// HistoryReader on real SQLite files: answers by queued signal on the GUI thread, latest request
// wins per channel (a long query is cut short), a growing file is followed, a rotate and a file
// replaced under its name are survived, and a file that is not a history says so.
#include "core/store/historyreader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace omv;

namespace
{

constexpr qint64 kT0 = Q_INT64_C(1767225600000);

ClusterSnapshot snap(qint64 ts, int nodes, const QVector<ProcessInfo>& procs = {})
{
    ClusterSnapshot s;
    s.timeMs = ts;
    s.backend = QStringLiteral("openmosix");
    for (int i = 1; i <= nodes; ++i) {
        NodeSample n;
        n.id = i;
        n.addresses = QStringList { QStringLiteral("10.0.0.%1").arg(i) };
        n.up = true;
        n.loadPercent = 10 * i;
        n.speed = 10000;
        n.cpus = 2;
        n.memTotal = qint64(4) << 30;
        n.memFree = qint64(1) << 30;
        s.nodes << n;
    }
    s.processes = procs;
    return s;
}

ProcessInfo proc(NodeId home, int pid, NodeId node)
{
    ProcessInfo p;
    p.homeNode = home;
    p.pid = pid;
    p.node = node;
    p.user = QStringLiteral("alice");
    p.uid = 1000;
    p.argv = QStringList { QStringLiteral("job"), QString::number(pid) };
    p.name = p.argv.first();
    return p;
}

} // namespace

class TestHistoryReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.path() + QStringLiteral("/r%1.db").arg(++m_n); }

    static HistoryAnswer waitAnswer(QSignalSpy& spy, int timeoutMs = 10000)
    {
        if (spy.isEmpty() && !spy.wait(timeoutMs)) {
            HistoryAnswer none;
            none.ok = false;
            none.error = QStringLiteral("no answer");
            return none;
        }
        return spy.takeFirst().at(0).value<HistoryAnswer>();
    }

private slots:
    void answersEveryKind()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        for (int i = 0; i < 60; ++i)
            QVERIFY(w.record(snap(kT0 + i * 1000, 3, { proc(1, 100, 1 + (i / 20)) }), &error));
        QVERIFY(w.recordEvent(
            kT0 + 5000, 0, QStringLiteral("checkpoint"), QStringLiteral("mark"), QStringLiteral("t"), &error));
        HistoryReader r(path, 100);
        QSignalSpy spy(&r, &HistoryReader::answered);
        quint64 id = r.request(HistoryQuery::extent());
        HistoryAnswer a = waitAnswer(spy);
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.id, id);
        QCOMPARE(a.extent.first, kT0);
        QCOMPARE(a.extent.last, kT0 + 59000);
        QCOMPARE(a.extent.nodes, (QList<NodeId> { 1, 2, 3 }));
        r.request(HistoryQuery::clusterSeries(kT0, kT0 + 60000, 6));
        a = waitAnswer(spy);
        QCOMPARE(a.series.size(), 6);
        QCOMPARE(a.series[0].loadAvg, 20.0);
        QCOMPARE(a.series[0].nodesUp, 3.0);
        r.request(HistoryQuery::nodeSeries(2, kT0, kT0 + 60000, 3));
        a = waitAnswer(spy);
        QCOMPARE(a.series.size(), 3);
        QCOMPARE(a.series[0].loadAvg, 20.0);
        const QVector<SeriesPoint> two = a.series;
        r.request(HistoryQuery::allNodeSeries(kT0, kT0 + 60000, 3));
        a = waitAnswer(spy);
        QCOMPARE(a.nodeSeries.size(), 3);
        QCOMPARE(a.nodeSeries.value(2).size(), two.size());
        for (int i = 0; i < two.size(); ++i) {
            QCOMPARE(a.nodeSeries.value(2)[i].ts, two[i].ts);
            QCOMPARE(a.nodeSeries.value(2)[i].loadAvg, two[i].loadAvg);
            QCOMPARE(a.nodeSeries.value(2)[i].memMax, two[i].memMax);
        }
        r.request(HistoryQuery::processesAt(kT0 + 25000));
        a = waitAnswer(spy);
        QCOMPARE(a.spans.size(), 1);
        QCOMPARE(a.spans[0].node, 2);
        r.request(HistoryQuery::processLife(1, 100, kT0 + 25000));
        a = waitAnswer(spy);
        QCOMPARE(a.spans.size(), 3);
        QCOMPARE(a.migrations.size(), 2);
        r.request(HistoryQuery::spansBetween(kT0 + 19000, kT0 + 21000));
        a = waitAnswer(spy);
        QCOMPARE(a.spans.size(), 2); // the stay on 1 ended, the one on 2 began
        r.request(HistoryQuery::events(kT0, kT0 + 60000));
        a = waitAnswer(spy);
        QCOMPARE(a.events.size(), 1);
        r.request(HistoryQuery::migrations(kT0, kT0 + 60000));
        a = waitAnswer(spy);
        QCOMPARE(a.migrations.size(), 2);
        r.request(HistoryQuery::statistics(kT0, kT0 + 60000, 25));
        a = waitAnswer(spy);
        QCOMPARE(a.statistics.nodes.size(), 3);
        QCOMPARE(a.statistics.nodes[2].loadMean, 30.0);
        QCOMPARE(a.statistics.nodes[2].aboveMs, qint64(60000));
        QCOMPARE(a.statistics.nodes[0].migrationsOut, 1);
    }
    void latestRequestWins()
    {
        // Enough spans that a filtered search of all of them takes a while.
        const QString path = freshPath();
        {
            StoreWriter w;
            QString error;
            QVERIFY(w.open(path, &error));
            QVERIFY(w.record(snap(kT0, 2), &error));
            sql::Database& db = w.database();
            sql::Transaction t(db);
            sql::Statement span = db.prepare("INSERT INTO process_span(home, pid, node, uid, user, command, start_ts, "
                                             "end_ts) VALUES(1, ?, 1, 1000, 'alice', ?, ?, ?)");
            const QString cmd = QStringLiteral("a-long-command-line ").repeated(20);
            for (int i = 0; i < 300000; ++i)
                QVERIFY(span.bind(1, qint64(i)).bind(2, cmd).bind(3, kT0 + i).bind(4, kT0 + i + 10).exec());
            QVERIFY(t.commit());
        }
        HistoryReader r(path, 1000);
        QSignalSpy spy(&r, &HistoryReader::answered);
        ProcessFilter never;
        never.command = QStringLiteral("never there");
        const HistoryQuery slow = HistoryQuery::spansBetween(kT0, kT0 + 1000000, never).on(QStringLiteral("table"));
        // How long it takes alone.
        r.request(slow);
        const HistoryAnswer alone = waitAnswer(spy, 60000);
        QVERIFY(alone.ok);
        QVERIFY2(alone.elapsedMs >= 30, qPrintable(QString::number(alone.elapsedMs)));
        qInfo("the slow query alone: %lld ms", alone.elapsedMs);
        // Five in a row on one channel, and one on another: the last of the five and the other.
        quint64 last = 0;
        for (int i = 0; i < 5; ++i) {
            last = r.request(slow);
            QTest::qWait(int(alone.elapsedMs / 4));
        }
        const quint64 otherId = r.request(HistoryQuery::extent().on(QStringLiteral("other")));
        QElapsedTimer t;
        t.start();
        QList<quint64> ids;
        while (ids.size() < 2 && t.elapsed() < 60000) {
            const HistoryAnswer a = waitAnswer(spy, 60000);
            ids << a.id;
        }
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.contains(last));
        QVERIFY(ids.contains(otherId));
        QVERIFY(!spy.wait(int(alone.elapsedMs) * 2 + 200)); // nothing else comes
        // Cut short, not run to the end: the five together took about one run, not five.
        QVERIFY2(t.elapsed() < alone.elapsedMs * 3 + 500, qPrintable(QString::number(t.elapsed())));
    }
    void followsGrowthRotateAndReplacement()
    {
        const QString path = freshPath();
        StoreWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        QVERIFY(w.record(snap(kT0, 2), &error));
        HistoryReader r(path, 100);
        QSignalSpy changed(&r, &HistoryReader::changed);
        QSignalSpy spy(&r, &HistoryReader::answered);
        QTest::qWait(300);
        changed.clear();
        QVERIFY(w.record(snap(kT0 + 1000, 2), &error));
        QVERIFY(changed.wait(2000));
        r.request(HistoryQuery::extent());
        HistoryAnswer a = waitAnswer(spy);
        QCOMPARE(a.extent.last, kT0 + 1000);
        // A rotate empties the file under the reader: it sees the new state.
        changed.clear();
        QVERIFY(w.rotate(freshPath(), &error));
        QVERIFY(w.record(snap(kT0 + 2000, 2), &error));
        QVERIFY(changed.wait(2000));
        r.request(HistoryQuery::extent());
        a = waitAnswer(spy);
        QCOMPARE(a.extent.first, kT0 + 2000);
        w.close();
        // Another file put in its place (a backup restored with the collector stopped, its -wal
        // and -shm removed as SQLite's documentation asks): opened anew.
        const QString other = freshPath();
        {
            StoreWriter w2;
            QVERIFY(w2.open(other, &error));
            QVERIFY(w2.record(snap(kT0 + 9000, 5), &error));
        }
        QTest::qWait(300); // what closing the writer committed has been seen
        changed.clear();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QCOMPARE(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()), 0);
        QVERIFY(changed.wait(3000));
        r.request(HistoryQuery::extent());
        a = waitAnswer(spy);
        QCOMPARE(a.extent.nodes.size(), 5);
    }
    void notAHistory()
    {
        HistoryReader missing(m_dir.path() + QStringLiteral("/none.db"), 100);
        QSignalSpy opened(&missing, &HistoryReader::opened);
        QVERIFY(opened.wait(5000) || !opened.isEmpty());
        QCOMPARE(opened.first().at(0).toBool(), false);
        QVERIFY(opened.first().at(1).toString().contains(QLatin1String("no such database")));
        QSignalSpy spy(&missing, &HistoryReader::answered);
        missing.request(HistoryQuery::extent());
        const HistoryAnswer a = waitAnswer(spy);
        QVERIFY(!a.ok);
        QVERIFY(a.error.contains(QLatin1String("no such database")));
        const QString foreign = freshPath();
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not SQLite at all, just text that someone saved with a .db name\n");
        }
        HistoryReader junk(foreign, 100);
        QSignalSpy opened2(&junk, &HistoryReader::opened);
        QVERIFY(opened2.wait(5000) || !opened2.isEmpty());
        QCOMPARE(opened2.first().at(0).toBool(), false);
        QVERIFY(!opened2.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryReader)
#include "tst_historyreader.moc"
