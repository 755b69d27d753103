#include "monitormodel.h"

#include "core/model/snapshotdiff.h"

#include <algorithm>

namespace omv
{

namespace
{
const QVector<MonitorModel::Slot> kNoSlots;

// The process with this key in a snapshot (listed in key order), or null.
const ProcessInfo* findProcess(const ClusterSnapshot& s, qint64 key)
{
    const auto found = std::lower_bound(s.processes.cbegin(), s.processes.cend(), key,
        [](const ProcessInfo& a, qint64 b) { return MonitorModel::key(a.homeNode, a.pid) < b; });
    return found != s.processes.cend() && MonitorModel::key(found->homeNode, found->pid) == key ? &*found : nullptr;
}
} // namespace

bool MonitorModel::accepts(const ProcessInfo& p) const
{
    if (m_filter.homedOn != 0 && p.homeNode != m_filter.homedOn)
        return false;
    if (!m_filter.user.isEmpty() && p.user != m_filter.user)
        return false;
    if (m_filter.onlyMigrated && !p.isMigrated())
        return false;
    if (!m_filter.text.isEmpty() && !p.commandLine().contains(m_filter.text, Qt::CaseInsensitive)
        && QString::number(p.pid) != m_filter.text)
        return false;
    return true;
}

MonitorModel::Place MonitorModel::take(NodeId node, qint64 key, int index)
{
    QVector<Slot>& cells = m_slots[node];
    int& hint = m_firstFree[node];
    int s = hint;
    while (s < cells.size() && cells[s].key >= 0)
        ++s;
    if (s == cells.size())
        cells.append(Slot());
    cells[s] = Slot { key, index };
    hint = s + 1;
    const Place place { node, s };
    m_places.insert(key, place);
    return place;
}

void MonitorModel::release(const Place& place)
{
    auto it = m_slots.find(place.node);
    if (it == m_slots.end() || place.slot < 0 || place.slot >= it->size())
        return;
    m_places.remove(it->at(place.slot).key);
    (*it)[place.slot] = Slot();
    int& hint = m_firstFree[place.node];
    hint = std::min(hint, place.slot);
    // Free cells at the end are given back (the node's footprint shrinks); holes stay holes so
    // that no other square moves.
    while (!it->isEmpty() && it->last().key < 0)
        it->removeLast();
    if (it->isEmpty()) {
        m_slots.erase(it);
        m_firstFree.remove(place.node);
    }
}

QVector<MonitorModel::Change> MonitorModel::apply(const ClusterSnapshot& snapshot)
{
    const SnapshotDiff diff = SnapshotDiff::between(m_snapshot, snapshot);
    const QVector<ProcessInfo>& after = snapshot.processes;
    const QVector<ProcessInfo>& before = m_snapshot.processes;
    QVector<Change> changes;
    // Gone first, so that their cells are free for what comes.
    QVector<std::pair<qint64, int>> appear; // key, index in `after`
    QVector<std::pair<qint64, int>> move;
    auto keyOf = [](const ProcessInfo& p) { return key(p.homeNode, p.pid); };
    auto gone = [&](qint64 k) {
        const auto it = m_places.constFind(k);
        if (it == m_places.cend())
            return;
        const Place from = *it;
        release(from);
        changes << Change { Change::Gone, k, from, {} };
    };
    // CPU use since the last snapshot, for every process seen in both.
    const double seconds = m_snapshot.timeMs > 0 ? double(snapshot.timeMs - m_snapshot.timeMs) / 1000.0 : 0;
    QVector<double> cpu(after.size(), -1.0);
    for (int a = 0; a < after.size(); ++a)
        cpu[a] = after[a].cpuPercent;
    for (const auto& [b, a] : diff.stayed)
        cpu[a] = after[a].cpuPercentSince(before[b], seconds);
    for (const SnapshotDiff::Move& m : diff.moved)
        cpu[m.after] = after[m.after].cpuPercentSince(before[m.before], seconds);
    m_cpu = std::move(cpu);
    for (int i : diff.ended)
        gone(keyOf(before[i]));
    for (const auto& [b, a] : diff.stayed) {
        const qint64 k = keyOf(after[a]);
        const bool shown = m_places.contains(k), pass = accepts(after[a]);
        if (shown && !pass)
            gone(k);
        else if (shown) // same slot; the index into the new snapshot changes
            m_slots[m_places[k].node][m_places[k].slot].index = a;
        else if (pass)
            appear.push_back({ k, a });
    }
    for (const SnapshotDiff::Move& m : diff.moved) {
        const qint64 k = keyOf(after[m.after]);
        const bool shown = m_places.contains(k), pass = accepts(after[m.after]);
        if (shown && pass)
            move.push_back({ k, m.after });
        else if (shown)
            gone(k);
        else if (pass)
            appear.push_back({ k, m.after });
    }
    for (int a : diff.started)
        if (accepts(after[a]))
            appear.push_back({ keyOf(after[a]), a });
    for (const auto& [k, a] : std::as_const(move)) {
        const Place from = m_places.value(k);
        release(from);
        changes << Change { Change::Moved, k, from, take(after[a].node, k, a) };
    }
    for (const auto& [k, a] : std::as_const(appear))
        changes << Change { Change::Appeared, k, {}, take(after[a].node, k, a) };
    m_snapshot = snapshot;
    // A process that ended leaves its group — ended as its home node says: a home that did not
    // answer this time keeps its processes' groups.
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        const bool homeSilent = snapshot.nodeErrors.contains(homeOf(it.key()));
        it = homeSilent || findProcess(snapshot, it.key()) ? std::next(it) : m_groups.erase(it);
    }
    settlePending();
    return changes;
}

void MonitorModel::settlePending()
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const qint64 k = it.key();
        Pending& p = it.value();
        ++p.samplesSince;
        const ProcessInfo* info = findProcess(m_snapshot, k);
        if (!info && m_snapshot.nodeErrors.contains(homeOf(k))) {
            ++it; // its home did not answer: nothing to tell yet
        } else if (!info) {
            m_settled << Settled { k, false, QStringLiteral("the process ended") };
            it = m_pending.erase(it);
        } else if (info->node == p.target) {
            m_settled << Settled { k, true, QString() };
            it = m_pending.erase(it);
        } else if (p.samplesSince >= m_patience) {
            m_settled << Settled { k, false,
                info->cantMove.isEmpty()
                    ? QStringLiteral("still on node %1 after %2 samples").arg(info->node).arg(p.samplesSince)
                    : info->cantMove };
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

QVector<MonitorModel::Change> MonitorModel::setFilter(const Filter& filter)
{
    QVector<Change> changes;
    if (filter == m_filter)
        return changes;
    m_filter = filter;
    const QVector<ProcessInfo>& procs = m_snapshot.processes;
    for (int i = 0; i < procs.size(); ++i) {
        const qint64 k = key(procs[i].homeNode, procs[i].pid);
        const bool shown = m_places.contains(k), pass = accepts(procs[i]);
        if (shown && !pass) {
            const Place from = m_places.value(k);
            release(from);
            changes << Change { Change::Gone, k, from, {} };
        } else if (!shown && pass) {
            changes << Change { Change::Appeared, k, {}, take(procs[i].node, k, i) };
        }
    }
    return changes;
}

const QVector<MonitorModel::Slot>& MonitorModel::slotsOf(NodeId node) const
{
    const auto it = m_slots.constFind(node);
    return it == m_slots.cend() ? kNoSlots : *it;
}

int MonitorModel::widestNode() const
{
    int widest = 0;
    for (const QVector<Slot>& s : m_slots)
        widest = std::max(widest, int(s.size()));
    return widest;
}

const ProcessInfo* MonitorModel::process(qint64 key) const
{
    const auto it = m_places.constFind(key);
    if (it == m_places.cend())
        return nullptr;
    const Slot& s = m_slots.value(it->node).at(it->slot);
    return s.index >= 0 && s.index < m_snapshot.processes.size() ? &m_snapshot.processes[s.index] : nullptr;
}

double MonitorModel::cpuOf(qint64 key) const
{
    const auto it = m_places.constFind(key);
    return it == m_places.cend() ? -1 : cpuAt(m_slots.value(it->node).at(it->slot).index);
}

QVector<qint64> MonitorModel::keysOn(NodeId node) const
{
    QVector<qint64> out;
    for (const Slot& s : slotsOf(node))
        if (s.key >= 0)
            out << s.key;
    return out;
}

void MonitorModel::setGroup(const QSet<qint64>& keys, int group)
{
    for (qint64 k : keys) {
        if (group > 0 && group <= kGroups)
            m_groups.insert(k, group);
        else
            m_groups.remove(k);
    }
}

QSet<qint64> MonitorModel::members(int group) const
{
    QSet<qint64> out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (it.value() == group)
            out.insert(it.key());
    return out;
}

QStringList MonitorModel::saveGroups() const
{
    QStringList out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        out << QStringLiteral("%1:%2:%3").arg(homeOf(it.key())).arg(pidOf(it.key())).arg(it.value());
    out.sort();
    return out;
}

void MonitorModel::restoreGroups(const QStringList& saved)
{
    m_groups.clear();
    for (const QString& s : saved) {
        const QStringList f = s.split(QLatin1Char(':'));
        bool a = false, b = false, c = false;
        const int home = f.value(0).toInt(&a), pid = f.value(1).toInt(&b), group = f.value(2).toInt(&c);
        if (f.size() == 3 && a && b && c && home > 0 && pid > 0 && group > 0 && group <= kGroups)
            m_groups.insert(key(NodeId(home), pid), group);
    }
}

void MonitorModel::setPending(qint64 key, NodeId target)
{
    m_pending.insert(key, Pending { target, 0 });
}

void MonitorModel::clearPending(qint64 key)
{
    m_pending.remove(key);
}

} // namespace omv
