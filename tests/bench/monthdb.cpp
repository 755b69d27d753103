#include "monthdb.h"

#include <QFile>

#include "core/store/store.h"
#include "core/store/storewriter_p.h"

#include <QRandomGenerator>
#include <QVector>

#include <algorithm>

namespace omv::bench
{

ClusterSnapshot monthNodes()
{
    ClusterSnapshot s;
    for (int i = 1; i <= 64; ++i) {
        NodeSample n;
        n.id = i;
        n.addresses = QStringList { QStringLiteral("10.0.0.%1").arg(i) };
        n.up = true;
        n.speed = 10000;
        n.cpus = 4;
        n.memTotal = qint64(8) << 30;
        n.memFree = qint64(4) << 30;
        s.nodes << n;
    }
    return s;
}

void setMonthLoads(ClusterSnapshot* s, qint64 ts)
{
    s->timeMs = ts;
    for (NodeSample& n : s->nodes)
        n.loadPercent = double((ts / 5000 + n.id * 13) % 200) / 2.0;
}

QString monthDatabaseFromArgs(int argc, char** argv, const QString& dir, qint64* t0, qint64* end, QString* error)
{
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir + QStringLiteral("/month.db");
    *t0 = Q_INT64_C(1767225600000);
    *end = *t0 + qint64(30) * 24 * 3600 * 1000;
    if (!QFile::exists(path)) {
        *t0 = writeMonthDatabase(path, end, error);
        if (!error->isEmpty())
            return QString();
    }
    return path;
}

qint64 writeMonthDatabase(const QString& path, qint64* end, QString* error)
{
    const qint64 t0 = Q_INT64_C(1767225600000);
    const qint64 day = qint64(24) * 3600 * 1000;
    *end = t0 + 30 * day;
    StoreWriter w;
    if (!w.open(path, error))
        return -1;
    ClusterSnapshot s = monthNodes();
    for (qint64 t = t0; t < *end; t += 5000) {
        setMonthLoads(&s, t);
        if (!w.record(s, error))
            return -1;
    }
    w.applyRetention(*end, Retention(), error);
    // 10 million spans over the month, straight into the tables the collector writes, in the
    // order the collector writes them: as time goes (so the spans alive at a moment are near
    // each other in the table, as they are in a real history). One job in five moves once
    // halfway (a tenth of those by an admin): two stays and a migration row, as the collector
    // writes a move — 8.3 million jobs, 1.7 million migrations, 10 million spans.
    {
        QRandomGenerator rng(7);
        const qint64 jobs = 8333333;
        QVector<qint64> starts { QVector<qint64>(int(jobs)) };
        for (qint64& st : starts)
            st = t0 + qint64(rng.generate64() % quint64(30 * day));
        std::sort(starts.begin(), starts.end());
        sql::Database& db = w.database();
        sql::Statement span
            = db.prepare("INSERT INTO process_span(id, home, pid, node, uid, user, command, start_ts, end_ts) "
                         "VALUES(?,?,?,?,1000,'alice','job --input data',?,?)");
        sql::Statement idx = db.prepare("INSERT INTO span_index(id, start_s, end_s) VALUES(?,?,?)");
        sql::Statement move
            = db.prepare("INSERT INTO migration(ts, home, pid, from_node, to_node, cause) VALUES(?,?,?,?,?,?)");
        qint64 nextId = jobs + 1; // the second stays
        for (qint64 chunk = 0; chunk * 1000000 < jobs; ++chunk) {
            sql::Transaction tx(db);
            for (qint64 id = chunk * 1000000 + 1; id <= std::min(jobs, (chunk + 1) * 1000000); ++id) {
                const qint64 start = starts[int(id - 1)];
                const qint64 len = 1000 + qint64(rng.generate64() % quint64(3600 * 1000)); // up to an hour
                const qint64 home = 1 + id % 64, node = 1 + (id / 7) % 64;
                const bool moves = id % 5 == 0;
                const qint64 mid = moves ? start + len / 2 : start + len;
                auto stay = [&](qint64 sid, qint64 where, qint64 from, qint64 to) {
                    span.bind(1, sid).bind(2, home).bind(3, 1000 + id).bind(4, where).bind(5, from).bind(6, to);
                    // The index counts seconds as the writer does (from 2020 since schema 4).
                    idx.bind(1, sid).bind(2, store::spanSeconds(from)).bind(3, store::spanSeconds(to));
                    return span.exec() && idx.exec();
                };
                bool ok = stay(id, node, start, mid);
                if (moves) {
                    const qint64 to = 1 + (node + 16) % 64;
                    move.bind(1, mid)
                        .bind(2, home)
                        .bind(3, 1000 + id)
                        .bind(4, node)
                        .bind(5, to)
                        .bind(6, id % 50 == 0 ? QStringLiteral("admin") : QStringLiteral("balancer"));
                    ok = ok && move.exec() && stay(nextId++, to, mid, start + len);
                }
                if (!ok) {
                    *error = db.lastError();
                    return -1;
                }
            }
            tx.commit();
        }
    }
    w.close();
    error->clear();
    return t0;
}

} // namespace omv::bench
