#include "storewriter_p.h"

#include "../util/logging.h"

#include "../model/snapshotdiff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace omv
{

bool StoreWriter::Impl::prepareAll()
{
    insSample = db.prepare("INSERT OR REPLACE INTO node_sample(node_id, ts, up, load_raw, load, speed, cpus, "
                           "mem_used, mem_total, util) VALUES(?,?,?,?,?,?,?,?,?,?)");
    insNode = db.prepare("INSERT INTO node(id, address, first_seen, last_seen) VALUES(?,?,?,?) "
                         "ON CONFLICT(id) DO UPDATE SET address = excluded.address, last_seen = excluded.last_seen");
    upsertRollup = db.prepare("INSERT OR REPLACE INTO rollup(tier, node_id, ts, n, up_n, load_avg, load_min, "
                              "load_max, mem_avg, mem_min, mem_max, mem_total) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    insSpan
        = db.prepare("INSERT INTO process_span(home, pid, node, uid, user, command, start_ts) VALUES(?,?,?,?,?,?,?)");
    insSpanIndex = db.prepare("INSERT INTO span_index(id, start_s, end_s) VALUES(?,?,?)");
    closeSpan = db.prepare("UPDATE process_span SET end_ts = ? WHERE id = ?");
    closeSpanIndex = db.prepare("UPDATE span_index SET end_s = ? WHERE id = ?");
    insMigration = db.prepare("INSERT INTO migration(ts, home, pid, from_node, to_node, cause) VALUES(?,?,?,?,?,?)");
    insEvent = db.prepare("INSERT INTO event(ts, node_id, kind, detail, actor) VALUES(?,?,?,?,?)");
    insCluster = db.prepare("INSERT OR REPLACE INTO cluster_sample(ts, nodes, nodes_up, load_sum, load_min, "
                            "load_max, mem_used, mem_total, processes, migrations) VALUES(?,?,?,?,?,?,?,?,?,?)");
    upsertClusterRollup = db.prepare(
        "INSERT OR REPLACE INTO cluster_rollup(tier, ts, n, nodes_sum, up_sum, load_sum, load_min, load_max, "
        "mem_sum, mem_min, mem_max, proc_sum, proc_n, migrations, live_n, mean_sum, mean_min, mean_max, "
        "live_mem_sum, live_mem_min, live_mem_max, mem_total_sum) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    return log.prepare(db) && insCluster.valid() && upsertClusterRollup.valid() && insSample.valid() && insNode.valid()
        && upsertRollup.valid() && insSpan.valid() && insSpanIndex.valid() && closeSpan.valid()
        && closeSpanIndex.valid() && insMigration.valid() && insEvent.valid();
}

// What the writer keeps in memory about the file; for a file that starts afresh.
void StoreWriter::Impl::resetState()
{
    open.clear();
    lastSequence = 0;
    wantsFull = false;
    backend.clear();
    reachable.clear();
    missing.clear();
    nodeTouched.clear();
    buckets.clear();
    clusterBuckets = {};
    adminMigrate.clear();
}

bool StoreWriter::Impl::event(qint64 ts, NodeId node, const QString& kind, const QString& detail, const QString& actor)
{
    insEvent.bind(1, ts).bind(2, qint64(node)).bind(3, kind).bind(4, detail).bind(5, actor);
    return insEvent.exec();
}

bool StoreWriter::Impl::openSpan(const ProcessInfo& p, qint64 ts, std::vector<OpenSpan>* into)
{
    insSpan.bind(1, qint64(p.homeNode))
        .bind(2, qint64(p.pid))
        .bind(3, qint64(p.node))
        .bind(4, qint64(p.uid))
        .bind(5, p.user)
        .bind(6, p.commandLine())
        .bind(7, ts);
    if (!insSpan.exec())
        return false;
    const qint64 id = db.lastInsertId();
    insSpanIndex.bind(1, id).bind(2, store::spanSeconds(ts)).bind(3, store::kOpenEnd);
    if (!insSpanIndex.exec())
        return false;
    into->push_back({ processKey(p.homeNode, p.pid), id, p.node, ts });
    return true;
}

bool StoreWriter::Impl::endSpan(const OpenSpan& s, qint64 ts)
{
    closeSpan.bind(1, ts).bind(2, s.id);
    // The index keeps whole seconds; a span that ends within its first second still covers it.
    closeSpanIndex.bind(1, std::max(store::spanSeconds(ts), store::spanSeconds(s.start))).bind(2, s.id);
    return closeSpan.exec() && closeSpanIndex.exec();
}

void StoreWriter::Impl::loadState()
{
    log.load(db);
    sql::Statement q = db.prepare("SELECT id, home, pid, node, start_ts FROM process_span WHERE end_ts IS NULL");
    while (q.step())
        open.push_back({ processKey(NodeId(q.int64(1)), int(q.int64(2))), q.int64(0), NodeId(q.int64(3)), q.int64(4) });
    std::sort(open.begin(), open.end(), [](const OpenSpan& a, const OpenSpan& b) { return a.key < b.key; });
    // Each node's last state: the latest up/down event (a node with none counts as up).
    sql::Statement e = db.prepare("SELECT node_id, kind FROM event WHERE kind IN ('up','down') ORDER BY ts");
    while (e.step())
        reachable.insert(NodeId(e.int64(0)), e.text(1) == QLatin1String("up"));
    // Rollup buckets that were still open: rebuilt from the raw samples they cover.
    sql::Statement last = db.prepare("SELECT max(ts) FROM node_sample");
    if (!last.step() || last.isNull(0))
        return;
    const qint64 latest = last.int64(0);
    for (size_t t = 0; t < store::kTiers.size(); ++t) {
        const qint64 size = qint64(store::kTiers[t]) * 1000;
        const qint64 start = latest - latest % size;
        sql::Statement raw = db.prepare(
            "SELECT node_id, ts, up, load, mem_used, mem_total FROM node_sample WHERE ts >= ? ORDER BY ts");
        raw.bind(1, start);
        while (raw.step())
            accumulate(t, NodeId(raw.int64(0)), raw.int64(1), raw.int64(2) != 0, raw.real(3), raw.int64(4),
                raw.int64(5), false);
        sql::Statement cluster = db.prepare("SELECT ts, nodes, nodes_up, load_sum, load_min, load_max, mem_used, "
                                            "mem_total, processes, migrations FROM cluster_sample WHERE ts >= ? "
                                            "ORDER BY ts");
        cluster.bind(1, start);
        while (cluster.step()) {
            ClusterPoint c;
            c.ts = cluster.int64(0);
            c.nodes = int(cluster.int64(1));
            c.up = int(cluster.int64(2));
            c.loadSum = cluster.real(3);
            c.loadMin = cluster.real(4);
            c.loadMax = cluster.real(5);
            c.memUsed = cluster.int64(6);
            c.memTotal = cluster.int64(7);
            c.processes = cluster.isNull(8) ? -1 : cluster.int64(8);
            c.migrations = cluster.int64(9);
            accumulateCluster(clusterBuckets[t], t, c, false);
        }
    }
}

StoreWriter::StoreWriter()
    : d(std::make_unique<Impl>())
{
}

StoreWriter::~StoreWriter()
{
    close();
}

bool StoreWriter::open(const QString& path, QString* error)
{
    close();
    if (!d->db.open(path, sql::Database::Mode::ReadWrite)) {
        *error = Store::tr("%1: cannot open: %2").arg(path, d->db.lastError());
        d->db.close();
        return false;
    }
    // One writer: an advisory lock on the file itself (SQLite's own locks are fcntl locks, which
    // flock does not touch), released by the kernel however the collector ends.
    d->lockFd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (d->lockFd < 0 || flock(d->lockFd, LOCK_EX | LOCK_NB) != 0) {
        const bool busy = errno == EWOULDBLOCK;
        *error = busy ? Store::tr("%1: another collector is already writing to this database").arg(path)
                      : Store::tr("%1: cannot lock: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        close();
        return false;
    }
    // The cluster's history is the collector's alone: a file of another user is not ours to
    // write, and one that others could read (copied in, made by hand) is closed to them.
    d->notice.clear();
    struct stat st {
    };
    if (::fstat(d->lockFd, &st) != 0 || (st.st_uid != ::geteuid() && ::geteuid() != 0)) {
        *error = Store::tr("%1: belongs to uid %2, not to this collector's user (uid %3)")
                     .arg(path)
                     .arg(st.st_uid)
                     .arg(::geteuid());
        close();
        return false;
    }
    // Only a file that is ours, or empty, is used: another program's database (a browser's, say)
    // is refused as it is — no tables added, no WAL, no mode changed.
    const store::FileKind kind = store::identify(d->db);
    if (kind.kind == store::FileKind::Foreign || kind.kind == store::FileKind::Unreadable) {
        *error
            = Store::tr("%1 is not an openMosixview history: %2 — not touched").arg(path, store::describeForeign(kind));
        close();
        return false;
    }
    if (st.st_mode & 077) {
        if (::fchmod(d->lockFd, 0600) != 0) {
            *error = Store::tr("%1: readable by others (mode %2) and cannot be made private: %3")
                         .arg(path, QString::number(st.st_mode & 0777, 8), QString::fromLocal8Bit(strerror(errno)));
            close();
            return false;
        }
        for (const char* suffix : { "-wal", "-shm" })
            ::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), 0600);
        d->notice = Store::tr("%1 was readable by others (mode %2): made 0600")
                        .arg(path, QString::number(st.st_mode & 0777, 8));
    }
    // WAL with synchronous=NORMAL: a commit is durable against a crash of the collector (kill -9)
    // at once, and against a crash of the machine from the next checkpoint on. A bigger cache and
    // fewer checkpoints keep a 1,000-node interval to a few pages written.
    if (!d->db.exec("PRAGMA journal_mode=WAL") || !d->db.exec("PRAGMA synchronous=NORMAL")
        || !d->db.exec("PRAGMA cache_size=-65536") || !d->db.exec("PRAGMA wal_autocheckpoint=8192")
        || !d->db.exec("PRAGMA foreign_keys=OFF")) {
        *error = Store::tr("%1: %2").arg(path, d->db.lastError());
        close();
        return false;
    }
    QString why;
    if (!migrateSchema(d->db, &why) || !d->prepareAll()) {
        *error = Store::tr("%1: %2").arg(path, why.isEmpty() ? d->db.lastError() : why);
        close();
        return false;
    }
    d->path = path;
    qCDebug(log::store).noquote() << path << "open for writing, schema" << store::schemaVersion(d->db).version;
    // A rotation a crash cut short: its copy named now (the live file was emptied already), and
    // any other partial copy of this file — one whose live rows were never removed — deleted.
    if (!finishRotation(error)) {
        close();
        return false;
    }
    const QFileInfo live(path);
    for (const QFileInfo& left : live.absoluteDir().entryInfoList(
             { live.fileName() + QStringLiteral(".*.partial") }, QDir::Files | QDir::Hidden | QDir::System)) {
        store::removeDatabaseFiles(left.absoluteFilePath());
        d->notice += (d->notice.isEmpty() ? QString() : QStringLiteral("; "))
            + Store::tr("removed %1, a copy a crash left unfinished (its rows are still in %2)")
                  .arg(left.fileName(), live.fileName());
    }
    d->loadState();
    return true;
}

void StoreWriter::close()
{
    if (d->db.isOpen() && d->insSample.valid()) { // (a file refused at open is left as it was)
        // Flush the buckets that are still open, so a clean stop loses nothing of the rollups.
        sql::Transaction t(d->db);
        d->writeOpenBuckets();
        t.commit();
    }
    d->insSample = {};
    d->insNode = {};
    d->upsertRollup = {};
    d->insSpan = {};
    d->insSpanIndex = {};
    d->closeSpan = {};
    d->closeSpanIndex = {};
    d->insMigration = {};
    d->insEvent = {};
    d->db.close();
    if (d->lockFd >= 0) {
        ::close(d->lockFd);
        d->lockFd = -1;
    }
    d->resetState();
}

QString StoreWriter::notice() const
{
    return d->notice;
}

bool StoreWriter::isOpen() const
{
    return d->db.isOpen();
}

sql::Database& StoreWriter::database()
{
    return d->db;
}

// Each node's sample, its row in `node` (once a minute), its summaries, and its up/down events
// (a node that missed one answer is in doubt, not down); `cluster` gathers the interval's totals.
bool StoreWriter::Impl::recordNodes(const ClusterSnapshot& snap, ClusterPoint* cluster)
{
    const qint64 ts = snap.timeMs;
    bool ok = true;
    for (const NodeSample& n : snap.nodes) {
        ++cluster->nodes;
        if (n.up && n.loadPercent >= 0) {
            cluster->loadMin = cluster->up ? std::min(cluster->loadMin, n.loadPercent) : n.loadPercent;
            cluster->loadMax = cluster->up ? std::max(cluster->loadMax, n.loadPercent) : n.loadPercent;
            cluster->loadSum += n.loadPercent;
            ++cluster->up;
            cluster->memUsed += std::max<qint64>(0, n.memUsed());
            cluster->memTotal += std::max<qint64>(0, n.memTotal);
        }
        const bool answered = !snap.nodeErrors.contains(n.id);
        const bool reachable = n.up && answered;
        insSample.bind(1, qint64(n.id)).bind(2, ts).bind(3, qint64(n.up ? 1 : 0));
        if (n.up) {
            insSample.bind(4, n.loadRaw)
                .bind(5, n.loadPercent)
                .bind(6, n.speed)
                .bind(7, qint64(n.cpus))
                .bind(8, n.memUsed())
                .bind(9, n.memTotal)
                .bind(10, qint64(n.util));
        } else {
            for (int c = 4; c <= 10; ++c)
                insSample.bindNull(c);
        }
        ok = ok && insSample.exec();
        // node.last_seen once a minute is plenty; a new node is written at once.
        qint64& touched = nodeTouched[n.id]; // 0 for a node not written yet
        if (touched == 0 || ts - touched >= 60000) {
            insNode.bind(1, qint64(n.id)).bind(2, n.primaryAddress()).bind(3, ts).bind(4, ts);
            ok = ok && insNode.exec();
            touched = ts;
        }
        auto& tiers = buckets[n.id];
        for (size_t k = 0; k < store::kTiers.size(); ++k)
            accumulateInto(tiers[k], k, n.id, ts, n.up, n.loadPercent, n.memUsed(), n.memTotal, true);
        const auto was = this->reachable.constFind(n.id);
        const bool wasReachable = was == this->reachable.cend() || was.value();
        qint64 eventTs = ts;
        QString why;
        if (n.up && !answered) {
            Miss& miss = missing[n.id];
            if (miss.count++ == 0) {
                miss.since = ts;
                miss.why = snap.nodeErrors.value(n.id);
            }
            if (miss.count < kMissesBeforeDown)
                continue; // in doubt: its last state stands for now
            eventTs = miss.since;
            why = Store::tr("no answer for %n interval(s): %1", nullptr, miss.count).arg(miss.why);
        } else {
            missing.remove(n.id);
            if (!n.up)
                why = Store::tr("down in the kernel's node table");
        }
        if (wasReachable != reachable)
            ok = ok
                && event(eventTs, n.id, reachable ? QStringLiteral("up") : QStringLiteral("down"), why,
                    QStringLiteral("collector"));
        this->reachable.insert(n.id, reachable);
    }
    return ok;
}

// Process spans: one per (home, pid) and node, matched against the open ones in one walk in key
// order. A node that did not answer tells nothing about its processes: theirs stay open, and so
// do those of homes outside `vouched`. `sorted` says whether the snapshot listed them in order.
bool StoreWriter::Impl::recordSpans(
    const ClusterSnapshot& snap, const QSet<NodeId>& vouched, std::vector<OpenSpan>* next, bool* sorted)
{
    const qint64 ts = snap.timeMs;
    bool ok = true;
    // Processes in key order (backends list them so; anything else is put in order here).
    QVector<int> order;
    const auto keyAt = [&](int i) { return processKey(snap.processes[i].homeNode, snap.processes[i].pid); };
    *sorted = true;
    for (int i = 1; i < snap.processes.size() && *sorted; ++i)
        *sorted = keyAt(i - 1) <= keyAt(i);
    if (!*sorted) {
        order.resize(snap.processes.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keyAt(a) < keyAt(b); });
    }
    const int count = snap.processes.size();
    next->reserve(open.size() + 64);
    NodeId decidedHome = 0;
    bool endsAbsent = false; // for decidedHome: does a missing process mean it ended?
    const auto procAt = [&](int i) -> const ProcessInfo& { return snap.processes[*sorted ? i : order[i]]; };
    mergeByKey(
        count, [&](int i) { return keyAt(*sorted ? i : order[i]); }, int(open.size()),
        [&](int j) { return open[size_t(j)].key; },
        [&](int i, int j) {
            if (!ok)
                return; // the transaction rolls back anyway
            if (i < 0) { // open, not in the snapshot: ended, or its home said nothing new
                const OpenSpan& o = open[size_t(j)];
                const NodeId home = NodeId(o.key >> 32);
                if (home != decidedHome) {
                    decidedHome = home;
                    endsAbsent = vouched.contains(home);
                }
                if (endsAbsent)
                    ok = endSpan(o, ts);
                else
                    next->push_back(o);
                return;
            }
            const ProcessInfo& p = procAt(i);
            if (j < 0) {
                ok = openSpan(p, ts, next);
                return;
            }
            const OpenSpan old = open[size_t(j)];
            if (old.node == p.node) {
                next->push_back(old);
                return;
            }
            ok = recordMove(ts, p, old) && openSpan(p, ts, next);
        });
    return ok;
}

// A process seen on another node than its open span's: that span ends, the move is recorded —
// the admin's when the suite asked for it within two minutes, else the balancer's.
bool StoreWriter::Impl::recordMove(qint64 ts, const ProcessInfo& p, const OpenSpan& old)
{
    const quint64 pk = old.key;
    bool ok = endSpan(old, ts);
    const auto asked = adminMigrate.constFind(pk);
    const bool byAdmin = asked != adminMigrate.cend() && ts - asked.value() <= 120000;
    insMigration.bind(1, ts)
        .bind(2, qint64(p.homeNode))
        .bind(3, qint64(p.pid))
        .bind(4, qint64(old.node))
        .bind(5, qint64(p.node))
        .bind(6, byAdmin ? QStringLiteral("admin") : QStringLiteral("balancer"));
    ok = ok && insMigration.exec();
    lastMoves.append(MigrationRow {
        ts, p.homeNode, p.pid, old.node, p.node, byAdmin ? QStringLiteral("admin") : QStringLiteral("balancer") });
    if (byAdmin)
        adminMigrate.remove(pk);
    return ok;
}

bool StoreWriter::record(const ClusterSnapshot& snap, QString* error)
{
    const qint64 ts = snap.timeMs;
    d->lastMoves.clear();
    sql::Transaction t(d->db);
    if (!t.ok()) {
        *error = d->db.lastError();
        return false;
    }
    // What a snapshot changes in memory stands only if its transaction commits: the collector
    // hands a snapshot it could not write (a full disk) over again, and it must count once — no
    // up/down event taken for written, no sample in the rollups twice. (Shallow copies: a hash
    // is copied only when this snapshot changes it.)
    struct Undo {
        Impl* d;
        decltype(Impl::reachable) reachable = d->reachable;
        decltype(Impl::missing) missing = d->missing;
        decltype(Impl::nodeTouched) nodeTouched = d->nodeTouched;
        decltype(Impl::buckets) buckets = d->buckets;
        decltype(Impl::adminMigrate) adminMigrate = d->adminMigrate;
        decltype(Impl::clusterBuckets) clusterBuckets = d->clusterBuckets;
        ProcessLogWriter::State log = d->log.state();
        bool committed = false;
        ~Undo()
        {
            if (committed)
                return;
            d->reachable = reachable;
            d->missing = missing;
            d->nodeTouched = nodeTouched;
            d->buckets = buckets;
            d->adminMigrate = adminMigrate;
            d->clusterBuckets = clusterBuckets;
            d->log.restore(log);
        }
    } undo { d.get() };
    bool ok = true;
    // Which backend recorded the file (meta, no schema step): what a reader says of a moment.
    const bool newBackend = !snap.backend.isEmpty() && snap.backend != d->backend;
    if (newBackend) {
        sql::Statement b = d->db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('backend', ?)");
        ok = b.bind(1, snap.backend).exec();
    }
    Impl::ClusterPoint cluster;
    cluster.ts = ts;
    ok = ok && d->recordNodes(snap, &cluster);
    if (!snap.gatewayError.isEmpty() && snap.nodes.isEmpty()) { // nothing was seen at all
        undo.committed = ok && t.commit();
        if (!undo.committed)
            *error = d->db.lastError();
        return undo.committed;
    }
    // The processes of the homes the snapshot says are unchanged stay as they were — when it
    // builds on what was recorded last; otherwise the recorder lost track (a rotated file, a
    // snapshot that could not be written) and asks for a full snapshot.
    const bool builds = snap.unchangedHomes.isEmpty() || snap.unchangedSince == d->lastSequence;
    QSet<NodeId> vouched; // homes whose processes the snapshot lists in full
    vouched.reserve(snap.nodes.size());
    for (const NodeSample& n : snap.nodes) {
        if (!snap.nodeErrors.contains(n.id))
            vouched.insert(n.id);
    }
    for (NodeId h : snap.unchangedHomes)
        vouched.remove(h);
    std::vector<Impl::OpenSpan> next;
    bool sorted = true;
    const int movesBefore = d->lastMoves.size();
    ok = ok && d->recordSpans(snap, vouched, &next, &sorted);
    cluster.migrations += d->lastMoves.size() - movesBefore;
    cluster.processes = qint64(next.size());
    ok = ok && d->log.record(snap, vouched, sorted);
    ok = ok && d->writeClusterPoint(cluster);
    if (!ok) {
        *error = d->db.lastError(); // the transaction rolls back: all or nothing
        return false;
    }
    if (!t.commit()) {
        *error = d->db.lastError();
        return false;
    }
    undo.committed = true;
    if (newBackend)
        d->backend = snap.backend;
    d->open.swap(next); // only now: a rolled back snapshot leaves the spans as they were
    d->lastSequence = snap.sequence;
    if (!builds)
        d->wantsFull = true;
    return true;
}

QVector<MigrationRow> StoreWriter::lastMigrations() const
{
    return d->lastMoves;
}

bool StoreWriter::wantsFullSnapshot()
{
    return std::exchange(d->wantsFull, false);
}

bool StoreWriter::recordEvent(
    qint64 ts, NodeId node, const QString& kind, const QString& detail, const QString& actor, QString* error)
{
    if (!d->event(ts, node, kind, detail, actor)) {
        *error = d->db.lastError();
        return false;
    }
    return true;
}

bool StoreWriter::recordCommand(qint64 ts, const Command& command, const QString& commandLine, const QString& result,
    bool ok, const QString& actor, const QString& via, QString* error, Sender sender)
{
    if ((command.kind == Command::Kind::MigrateToNode || command.kind == Command::Kind::MigrateHome
            || command.kind == Command::Kind::MigrateBest)
        && ok && sender == Sender::Admin) {
        // The tool reports after the command ran, so a sample may have seen the move first and
        // put it down to the balancer: a move of this process in the last interval or so was
        // this command's.
        // Only a move to where the command sent it (any node for "best"), the latest one.
        const qint64 target = command.kind == Command::Kind::MigrateToNode ? command.value
            : command.kind == Command::Kind::MigrateHome                   ? qint64(command.node)
                                                                           : -1;
        sql::Statement fix
            = d->db.prepare("UPDATE migration SET cause = 'admin' WHERE rowid = (SELECT rowid FROM migration WHERE "
                            "home = ? AND pid = ? "
                            "AND ts >= ? AND cause = 'balancer' AND (? < 0 OR to_node = ?) ORDER BY ts DESC LIMIT 1)");
        fix.bind(1, qint64(command.node))
            .bind(2, qint64(command.pid))
            .bind(3, ts - store::kAdminLateMs)
            .bind(4, target)
            .bind(5, target);
        if (!fix.exec()) {
            *error = d->db.lastError();
            return false;
        }
        if (d->db.changes() == 0)
            d->adminMigrate.insert(processKey(command.node, command.pid), ts);
    }
    const QString detail = command.describe() + QStringLiteral(" | ") + commandLine + QStringLiteral(" | ")
        + (ok ? QStringLiteral("ok") : QStringLiteral("failed: ") + result)
        + (via.isEmpty() ? QString() : QStringLiteral(" | via ") + via)
        + (sender == Sender::Viewer ? QStringLiteral(" | from a viewer") : QString());
    return recordEvent(ts, command.node, QStringLiteral("command"), detail, actor, error);
}

} // namespace omv
