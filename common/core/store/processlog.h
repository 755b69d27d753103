#pragma once

#include "../model/clustersnapshot.h"
#include "sqlite.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace omv
{

/// The writer's side of "log process" (StoreWriter::markLogged): which processes an admin asked
/// to keep at full detail (process_log: one row per mark, from when to when) and a row of
/// process_sample for each of them in every recorded snapshot that lists it — where it ran, its
/// state, CPU, memory, nice, moves, lock. A mark ends when the admin takes it off or the process
/// ends (its home answered and listed it no more): a pid the kernel gives to another process later
/// is not logged. Used inside the writer's transactions; its memory is a value the writer keeps
/// a copy of, so that a snapshot that could not be written leaves it as it was.
class ProcessLogWriter
{
public:
    bool prepare(sql::Database& db);
    /// The marks still open in the file (a collector that starts again goes on logging).
    void load(sql::Database& db);
    /// Opens (`on`) or closes the mark of (home, pid) at `ts`; false with `error` when there is no
    /// such mark to close, or (opening) one is open already.
    bool mark(qint64 ts, NodeId home, int pid, bool on, const QString& actor, QString* error);
    /// A sample of every marked process the snapshot lists; the marks of those that ended (their
    /// home is in `vouched`: it answered with its whole list) are closed at the snapshot's time.
    /// `sorted`: the snapshot lists its processes in (home, pid) order (else they are searched).
    bool record(const ClusterSnapshot& snap, const QSet<NodeId>& vouched, bool sorted);
    /// The processes marked now, by (home, pid).
    QVector<QPair<NodeId, int>> marked() const;
    bool isMarked(NodeId home, int pid) const { return m_open.contains(key(home, pid)); }
    int count() const { return m_open.size(); }
    /// After the file was emptied (a rotation): the marks go on in it from `ts`.
    bool reopenAll(qint64 ts);

    static quint64 key(NodeId home, int pid) { return processKey(home, pid); }

    struct Open {
        qint64 from = 0;
        QString actor;
        ProcessInfo last; // the sample before, for the CPU share when the backend gave none
        qint64 lastTs = -1;
    };
    /// What it keeps in memory, for the writer to put back when a transaction rolls back.
    using State = QHash<quint64, Open>;
    const State& state() const { return m_open; }
    void restore(const State& state) { m_open = state; }

private:
    State m_open;
    sql::Statement m_insMark, m_closeMark, m_insSample;
};

} // namespace omv
