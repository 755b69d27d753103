#include "storewriter_p.h"

#include "../util/logging.h"

#include "../model/snapshotdiff.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

// What keeps a file the right size and shape over months: rotation, retention, the interval and
// the processes logged at full detail.
namespace omv
{

namespace
{

// Fault injection for the rotation's crash tests: OMV_CRASH_DURING_ROTATE=copied|committed makes
// the process die (SIGKILL, as kill -9) at that step. Unset in any real use.
void crashPoint(const char* step)
{
    if (qgetenv("OMV_CRASH_DURING_ROTATE") == step)
        ::raise(SIGKILL);
}

// A rename is durable once its folder is on disk.
void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

void store::removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

bool StoreWriter::rotate(const QString& target, QString* error)
{
    qCDebug(log::store).noquote() << d->path << "rotating into" << target;
    if (!isOpen()) {
        *error = Store::tr("the database is not open");
        return false;
    }
    // The rollup buckets in progress belong to the old file: written there (they are rewritten
    // as they fill, so a partial bucket is what a clean stop leaves too).
    {
        sql::Transaction t(d->db);
        if (!t.ok() || !d->writeOpenBuckets() || !t.commit()) {
            *error = Store::tr("cannot write the open rollups: %1").arg(d->db.lastError());
            return false;
        }
    }
    // The copy goes under a temporary name first (fsynced); the live file is emptied in one
    // transaction that also records which copy holds what it had; only then the copy takes its
    // name. A crash (kill -9) at any point leaves either the live file whole and a partial copy
    // that the next start removes, or an emptied live file whose copy the next start names — every
    // interval in exactly one file.
    const QString temp = target + QStringLiteral(".partial");
    if (!d->db.backupTo(temp, error))
        return false;
    crashPoint("copied");
    sql::Transaction t(d->db);
    sql::Statement record = d->db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('rotation', ?)");
    const bool emptied = t.ok()
        && d->db.exec("DELETE FROM node_sample; DELETE FROM rollup; DELETE FROM span_index; DELETE FROM process_span; "
                      "DELETE FROM migration; DELETE FROM event; DELETE FROM node; DELETE FROM cluster_sample; "
                      "DELETE FROM cluster_rollup; DELETE FROM process_log; DELETE FROM process_sample;")
        && d->log.reopenAll(QDateTime::currentMSecsSinceEpoch()) // the marks go on in the new file
        && record.bind(1, temp + QLatin1Char('\n') + target).exec() && t.commit();
    if (!emptied) {
        // Both files would hold the same rows: keep them in the live one only.
        *error = Store::tr("cannot start the database afresh: %1").arg(d->db.lastError());
        store::removeDatabaseFiles(temp);
        return false;
    }
    d->resetState();
    crashPoint("committed");
    return finishRotation(error);
}

bool StoreWriter::finishRotation(QString* error)
{
    sql::Statement q = d->db.prepare("SELECT value FROM meta WHERE key = 'rotation'");
    if (!q.step())
        return true;
    const QStringList names = q.text(0).split(QLatin1Char('\n'));
    q.reset();
    if (names.size() != 2)
        return true;
    const QString& temp = names[0];
    const QString& target = names[1];
    if (QFile::exists(temp)) {
        // Never over another file: a name in the way keeps the copy under a name beside it.
        QString name = target;
        for (int i = 1; QFile::exists(name); ++i)
            name = target + QLatin1Char('-') + QString::number(i);
        if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(name).constData()) != 0) {
            *error = Store::tr("cannot name the copy %1: %2").arg(name, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        syncDirectory(QFileInfo(name).absolutePath());
    }
    return d->db.exec("DELETE FROM meta WHERE key = 'rotation'");
}
bool StoreWriter::markLogged(qint64 ts, NodeId home, int pid, bool on, const QString& actor, QString* error)
{
    if (!isOpen()) {
        *error = Store::tr("the database is not open");
        return false;
    }
    // Only a process that runs (as last recorded) is marked: a mark names that process, not a pid.
    if (on) {
        const quint64 k = processKey(home, pid);
        const auto it = std::lower_bound(
            d->open.cbegin(), d->open.cend(), k, [](const Impl::OpenSpan& o, quint64 k) { return o.key < k; });
        if (it == d->open.cend() || it->key != k) {
            *error = Store::tr("process %1 of node %2 is not running (as last recorded)").arg(pid).arg(home);
            return false;
        }
    }
    const ProcessLogWriter::State before = d->log.state();
    sql::Transaction t(d->db);
    const bool ok = t.ok() && d->log.mark(ts, home, pid, on, actor, error)
        && d->event(ts, home, on ? QStringLiteral("log") : QStringLiteral("unlog"),
            on ? Store::tr("process %1 logged at full detail").arg(pid)
               : Store::tr("process %1 no longer logged").arg(pid),
            actor)
        && t.commit();
    if (!ok) {
        d->log.restore(before);
        if (error->isEmpty())
            *error = d->db.lastError();
    }
    return ok;
}

QVector<QPair<NodeId, int>> StoreWriter::loggedProcesses() const
{
    return d->log.marked();
}

namespace
{
bool setMeta(sql::Database& db, const char* key, const QString& value, QString* error)
{
    sql::Statement q = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    if (!q.bind(1, QString::fromLatin1(key)).bind(2, value).exec()) {
        *error = db.lastError();
        return false;
    }
    return true;
}
} // namespace

bool StoreWriter::setSampleInterval(qint64 ms, QString* error)
{
    return setMeta(d->db, "interval_ms", QString::number(ms), error);
}

bool StoreWriter::setStartArguments(const QStringList& args, QString* error)
{
    return setMeta(d->db, "start_args",
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact)), error);
}

bool StoreWriter::applyRetention(qint64 nowMs, const Retention& r, QString* error)
{
    qCDebug(log::store).noquote() << d->path << "retention: raw" << r.rawMs / 1000 << "s, processes"
                                  << r.processMs / 1000 << "s, minutes" << r.tier60Ms / 1000 << "s";
    QList<qint64> nodes;
    {
        sql::Statement q = d->db.prepare("SELECT id FROM node");
        while (q.step())
            nodes << q.int64(0);
    }
    auto run = [&](const char* sql, qint64 a, qint64 b, qint64 c) {
        sql::Statement s = d->db.prepare(sql);
        s.bind(1, a).bind(2, b);
        if (c >= 0)
            s.bind(3, c);
        return s.exec();
    };
    // Raw samples are keyed by time: old ones are one contiguous range, deleted an hour at a time
    // so that no transaction holds the writer up for long.
    {
        sql::Statement first = d->db.prepare("SELECT min(ts) FROM node_sample");
        qint64 from = first.step() && !first.isNull(0) ? first.int64(0) : nowMs;
        first.reset();
        const qint64 cutoff = nowMs - r.rawMs;
        while (from < cutoff) {
            const qint64 upto = std::min(cutoff, from + 3600 * 1000);
            sql::Transaction t(d->db);
            if (!run("DELETE FROM node_sample WHERE ts >= ? AND ts < ?", from, upto, -1)
                || !run("DELETE FROM cluster_sample WHERE ts >= ? AND ts < ?", from, upto, -1) || !t.commit()) {
                *error = d->db.lastError();
                return false;
            }
            from = upto;
        }
    }
    // Rollups a node at a time, each in its own short transaction.
    const qint64 keep[] = { r.tier60Ms, r.tier600Ms, r.tier3600Ms };
    for (qint64 node : nodes) {
        sql::Transaction t(d->db);
        bool ok = true;
        for (size_t k = 0; k < store::kTiers.size(); ++k) {
            if (keep[k] > 0)
                ok = ok
                    && run("DELETE FROM rollup WHERE tier = ? AND node_id = ? AND ts < ?", store::kTiers[k], node,
                        nowMs - keep[k]);
        }
        if (!ok || !t.commit()) {
            *error = d->db.lastError();
            return false;
        }
    }
    {
        sql::Transaction t(d->db);
        bool ok = true;
        for (size_t k = 0; k < store::kTiers.size(); ++k) {
            if (keep[k] > 0)
                ok = ok
                    && run(
                        "DELETE FROM cluster_rollup WHERE tier = ? AND ts < ?", store::kTiers[k], nowMs - keep[k], -1);
        }
        if (!ok || !t.commit()) {
            *error = d->db.lastError();
            return false;
        }
    }
    // What processes did: spans that ended before the cutoff (with their index rows), migrations
    // and events, an hour of history per transaction. Spans still open are kept however old.
    if (r.processMs > 0) {
        const qint64 cutoff = nowMs - r.processMs;
        sql::Statement first
            = d->db.prepare("SELECT min(t) FROM (SELECT min(end_ts) AS t FROM process_span "
                            "UNION ALL SELECT min(ts) FROM migration UNION ALL SELECT min(ts) FROM event)");
        qint64 from = first.step() && !first.isNull(0) ? first.int64(0) : cutoff;
        first.reset();
        while (from < cutoff) {
            const qint64 upto = std::min(cutoff, from + 3600 * 1000);
            sql::Transaction t(d->db);
            const bool ok = run("DELETE FROM span_index WHERE id IN (SELECT id FROM process_span WHERE end_ts >= ? AND "
                                "end_ts < ?)",
                                from, upto, -1)
                && run("DELETE FROM process_span WHERE end_ts >= ? AND end_ts < ?", from, upto, -1)
                && run("DELETE FROM migration WHERE ts >= ? AND ts < ?", from, upto, -1)
                && run("DELETE FROM event WHERE ts >= ? AND ts < ?", from, upto, -1)
                && run("DELETE FROM process_log WHERE to_ts >= ? AND to_ts < ?", from, upto, -1);
            if (!ok || !t.commit()) {
                *error = d->db.lastError();
                return false;
            }
            from = upto;
        }
    }
    // A logged process's samples age as its stays do (keyed by process: one statement).
    if (r.processMs > 0) {
        sql::Transaction t(d->db);
        sql::Statement old = d->db.prepare("DELETE FROM process_sample WHERE ts < ?");
        if (!old.bind(1, nowMs - r.processMs).exec() || !t.commit()) {
            *error = d->db.lastError();
            return false;
        }
    }
    // Commands whose move was never seen: they can no longer claim one.
    for (auto it = d->adminMigrate.begin(); it != d->adminMigrate.end();) {
        if (nowMs - it.value() > 2 * store::kAdminLateMs)
            it = d->adminMigrate.erase(it);
        else
            ++it;
    }
    return true;
}

// ---- reader ----

} // namespace omv
