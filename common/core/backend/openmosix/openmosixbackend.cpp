#include "openmosixbackend.h"

#include "../../util/textscan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace omv
{

// Where a process is computed, from what its where file said; migrating ones stay put meanwhile.
static void place(ProcessInfo* p, const ProcessWhere& w, NodeId node, const QHash<QString, NodeId>& addressToNode)
{
    p->migrating = w.kind == ProcessWhere::Kind::Migrating;
    p->node = w.kind == ProcessWhere::Kind::Node ? w.node
        : w.kind == ProcessWhere::Kind::Address  ? addressToNode.value(w.address, node)
                                                 : node;
}

static const char* const kAdminFiles[]
    = { "block", "bring", "expel", "lstay", "quiet", "stay", "nomfs", "speed", "mospe" };

OpenMosixBackend::OpenMosixBackend(
    QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap staticMap)
    : ClusterBackend(
        BackendKind::OpenMosix, std::move(gateway), std::move(pool), commandTimeoutMs, std::move(staticMap))
{
}

QString OpenMosixBackend::nodeTableCommand()
{
    return QStringLiteral("cd \"${OMV_PROC:-/proc}\"/hpc/nodes && grep -H '' */*");
}

QString OpenMosixBackend::nodeReportCommand()
{
    static const QString command = [] {
        QStringList files;
        for (const char* f : kAdminFiles)
            files << QStringLiteral("hpc/admin/") + QLatin1String(f);
        files << QStringLiteral("hpc/remote/*/from") << QStringLiteral("hpc/remote/*/identity");
        return ClusterBackend::nodeReportCommand(files,
            { QStringLiteral("stat"), QStringLiteral("cmdline"), QStringLiteral("where"), QStringLiteral("lock"),
                QStringLiteral("nmigs"), QStringLiteral("cantmove"), QStringLiteral("om/where"),
                QStringLiteral("om/stay") });
    }(); // the same for every node and sample: built once
    return command;
}

QString OpenMosixBackend::nodeWhereCommand()
{
    static const QString command = [] {
        QString cmd = QStringLiteral("cd \"${OMV_PROC:-/proc}\" || exit 3; grep -H ''");
        for (const char* f : kAdminFiles)
            cmd += QStringLiteral(" hpc/admin/") + QLatin1String(f);
        cmd += QStringLiteral(
            " hpc/remote/*/from hpc/remote/*/identity [0-9]*/where [0-9]*/om/where 2>/dev/null; exit 0");
        return cmd;
    }(); // the same for every node and sample: built once
    return command;
}

QString OpenMosixBackend::nodeDetailsCommand(const QVector<int>& pids)
{
    return processDetailsCommand(pids,
        { QStringLiteral("stat"), QStringLiteral("cmdline"), QStringLiteral("lock"), QStringLiteral("nmigs"),
            QStringLiteral("cantmove"), QStringLiteral("om/stay") });
}

bool OpenMosixBackend::readNodeLight(
    NodeSample& s, const QHash<QString, NodeId>& addressToNode, NodeRead& out, bool full)
{
    QString* error = &out.error;
    const std::shared_ptr<Transport> t = m_pool->get(s.primaryAddress());
    const CommandResult where = t->run(nodeWhereCommand(), m_timeoutMs);
    if (!where.ok()) {
        *error = where.exitStatus == 3 ? tr("cannot read the proc tree on the node") : where.failureText();
        return false;
    }
    LightNode last;
    {
        std::lock_guard<std::mutex> lock(m_cacheMutex);
        last = m_cache.value(s.id); // implicitly shared: no deep copy
    }
    auto handOut = [&](const LightNode& n, bool unchanged) {
        s.flags = n.flags;
        if (s.speed < 0)
            s.speed = n.adminSpeed;
        s.problems << n.problems;
        out.unchanged = unchanged;
        if (!unchanged)
            out.processes << n.processes;
        out.guests << n.guests;
    };
    if (!last.answer.isNull() && where.out == last.answer && m_addressGeneration == last.addressGeneration) {
        // Nothing changed on this node since it was last read. Only when that was the snapshot
        // just before may its processes be left out: a node missed in between (down, silent) may
        // have had them ended by the recorder.
        handOut(last, !full && last.readIn == m_sequence - 1);
        std::lock_guard<std::mutex> lock(m_cacheMutex);
        m_cache[s.id].readIn = m_sequence;
        return true;
    }

    // The where lines ("123/where:0", "123/om/where:10.0.0.2") are most of the answer: read them
    // in place; the rest (switches, guests) goes through the ordinary report.
    std::vector<std::pair<int, ProcessWhere>> places;
    places.reserve(size_t(last.processes.size()) + 8);
    QStringList problems;
    QByteArray rest;
    const char* data = where.out.constData();
    const int n = where.out.size();
    for (int start = 0; start < n;) {
        const char* nl = static_cast<const char*>(memchr(data + start, '\n', size_t(n - start)));
        const int end = nl ? int(nl - data) : n;
        const char* line = data + start;
        const int len = end - start;
        start = end + 1;
        int i = 0;
        int pid = 0;
        while (i < len && line[i] >= '0' && line[i] <= '9' && pid < 100000000)
            pid = pid * 10 + (line[i++] - '0');
        const bool plain = i > 0 && len - i > 7 && memcmp(line + i, "/where:", 7) == 0;
        const bool pmi = i > 0 && len - i > 10 && memcmp(line + i, "/om/where:", 10) == 0;
        if (!plain && !pmi) {
            rest.append(line, len).append('\n');
            continue;
        }
        const int v = i + (plain ? 7 : 10);
        qint64 id = 0;
        if (parseDecimal(line + v, len - v, &id) && id >= 0 && id <= limits::kMaxNode) { // the usual answer
            ProcessWhere w;
            if (id > 0) {
                w.kind = ProcessWhere::Kind::Node;
                w.node = NodeId(id);
            }
            places.emplace_back(pid, std::move(w));
            continue;
        }
        const Result<ProcessWhere> w = parseWhere(QByteArray(line + v, len - v),
            QString::number(pid) + (plain ? QLatin1String("/where") : QLatin1String("/om/where")));
        if (w.ok())
            places.emplace_back(pid, w.value());
        else
            problems << w.errorString();
    }
    // grep lists the files in glob order ("10" before "9"): put them in pid order.
    std::stable_sort(places.begin(), places.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    places.erase(
        std::unique(places.begin(), places.end(), [](const auto& x, const auto& y) { return x.first == y.first; }),
        places.end()); // a pid with both kinds of where file: the first one counts

    // Processes not seen before (the previous list is in pid order too: one walk finds them):
    // their details, in batches, then the ordinary assembly.
    std::vector<int> knownAt(places.size(), -1); // index in last.processes
    QVector<int> fresh;
    for (int k = 0, i = 0; k < int(places.size()); ++k) {
        const int pid = places[size_t(k)].first;
        while (i < last.processes.size() && last.processes[i].pid < pid)
            ++i;
        if (i < last.processes.size() && last.processes[i].pid == pid)
            knownAt[size_t(k)] = i;
        else
            fresh << pid;
    }
    LightNode next;
    next.answer = where.out;
    next.addressGeneration = m_addressGeneration;
    next.readIn = m_sequence;
    GrepReport report = parseGrepReport(rest);
    problems << report.problems;
    for (int i = 0; i < fresh.size(); i += kDetailsBatch) {
        const CommandResult details = t->run(nodeDetailsCommand(fresh.mid(i, kDetailsBatch)), m_timeoutMs);
        if (!details.ok()) {
            *error = details.failureText();
            return false;
        }
        const GrepReport d = parseGrepReport(details.out);
        for (auto it = d.pids.cbegin(); it != d.pids.cend(); ++it)
            report.pids.insert(it.key(), it.value());
        for (auto u = d.users.cbegin(); u != d.users.cend(); ++u)
            report.users.insert(u.key(), u.value());
    }
    NodeSample probe; // the admin files' speed, kept apart from the node table's
    QVector<ProcessInfo> assembled; // the fresh ones, in pid order
    assembleNodeReport(report, s.id, addressToNode, &probe, &assembled, &next.guests, &problems);
    std::sort(
        assembled.begin(), assembled.end(), [](const ProcessInfo& x, const ProcessInfo& y) { return x.pid < y.pid; });
    next.flags = probe.flags;
    next.adminSpeed = probe.speed;
    next.problems = problems;

    next.processes.reserve(int(places.size()));
    for (int k = 0, a = 0; k < int(places.size()); ++k) {
        const int pid = places[size_t(k)].first;
        if (knownAt[size_t(k)] >= 0) {
            next.processes << last.processes[knownAt[size_t(k)]];
        } else {
            while (a < assembled.size() && assembled[a].pid < pid)
                ++a;
            if (a == assembled.size() || assembled[a].pid != pid)
                continue; // it ended between the two commands
            next.processes << assembled[a];
        }
        place(&next.processes.last(), places[size_t(k)].second, s.id, addressToNode);
    }
    handOut(next, false);
    std::lock_guard<std::mutex> lock(m_cacheMutex);
    m_cache.insert(s.id, std::move(next));
    return true;
}

void OpenMosixBackend::refreshAddresses()
{
    rereadMapFile(); // a node added to the map file (and the kernel) while the suite runs
    if (!m_staticMap.isEmpty())
        return;
    const CommandResult r = m_pool->get(m_gateway)->run(QStringLiteral("showmap"), m_timeoutMs);
    if (!r.ok())
        return;
    const Result<NodeMap> map = parseShowmap(r.out, QStringLiteral("showmap"));
    if (map.ok())
        learnAddresses(map.value());
}

void OpenMosixBackend::assembleNodeReport(const GrepReport& report, NodeId node,
    const QHash<QString, NodeId>& addressToNode, NodeSample* sample, QVector<ProcessInfo>* processes,
    QVector<GuestProcess>* guests, QStringList* problems)
{
    const OpenMosixAdmin admin = parseOpenMosixAdmin(report);
    sample->flags = admin.flags;
    *problems << admin.problems;
    if (sample->speed < 0)
        sample->speed = admin.speed;

    for (auto it = report.pids.cbegin(); it != report.pids.cend(); ++it) {
        const int pid = it.key();
        const QHash<QByteArray, QByteArray>& files = it.value();
        std::optional<ProcessInfo> p = processFromReport(pid, files, report.users, node, problems);
        if (!p)
            continue;
        const QString prefix = QString::number(pid) + QLatin1Char('/');
        auto whereIt = files.constFind(QByteArrayLiteral("where"));
        QString whereName = prefix + QLatin1String("where");
        if (whereIt == files.cend()) {
            whereIt = files.constFind(QByteArrayLiteral("om/where"));
            whereName = prefix + QLatin1String("om/where");
        }
        if (whereIt != files.cend()) {
            const Result<ProcessWhere> w = parseWhere(whereIt.value(), whereName);
            if (!w.ok()) {
                *problems << w.errorString();
            } else {
                place(&*p, w.value(), node, addressToNode);
                if (w->kind == ProcessWhere::Kind::Address && !addressToNode.contains(w->address))
                    *problems << tr("%1: address %2 is no known node").arg(whereName, w->address);
            }
        }
        auto intFile = [&](const char* name, qint64 fallback) {
            auto f = files.constFind(QByteArray(name));
            if (f == files.cend())
                return fallback;
            const Result<qint64> v = parseIntFile(f.value(), prefix + QLatin1String(name));
            if (!v.ok()) {
                *problems << v.errorString();
                return fallback;
            }
            return v.value();
        };
        p->locked = intFile("lock", 0) != 0;
        p->migrations = int(intFile("nmigs", 0));
        p->cantMove = QString::fromUtf8(files.value(QByteArrayLiteral("cantmove"))).trimmed();
        const QByteArray omStay = files.value(QByteArrayLiteral("om/stay")).trimmed();
        if (!omStay.isEmpty()) {
            // LinuxPMI lists every reason a process stays; a user lock is the lock bit.
            const QString reasons = QString::fromUtf8(omStay).simplified();
            if (reasons.contains(QLatin1String("user_lock")))
                p->locked = true;
            if (p->cantMove.isEmpty())
                p->cantMove = reasons;
        }
        processes->append(*p);
    }

    for (auto it = report.files.cbegin(); it != report.files.cend(); ++it) {
        const QByteArray& path = it.key();
        if (!path.startsWith("hpc/remote/") || !path.endsWith("/from"))
            continue;
        const QByteArray pidText = path.mid(11, path.size() - 11 - 5);
        bool ok = false;
        const int pid = pidText.toInt(&ok);
        const Result<RemoteFrom> from = parseRemoteFrom(it.value(), QString::fromUtf8(path));
        if (!ok || !from.ok()) {
            *problems << (from.ok() ? tr("%1: bad pid").arg(QString::fromUtf8(path)) : from.errorString());
            continue;
        }
        GuestProcess g { node, pid, from->homeNode, from->address };
        const QByteArray idPath = path.left(path.size() - 4) + "identity";
        const auto id = report.files.constFind(idPath);
        if (id != report.files.cend()) {
            const Result<RemoteIdentity> who = parseRemoteIdentity(id.value(), QString::fromUtf8(idPath));
            if (!who.ok())
                *problems << who.errorString();
            else if (who->homeNode != g.homeNode)
                *problems << tr("%1: home node %2, but 'from' says %3")
                                 .arg(QString::fromUtf8(idPath))
                                 .arg(who->homeNode)
                                 .arg(g.homeNode);
            else
                g.homePid = who->homePid;
        }
        guests->append(g);
    }
}

ClusterSnapshot OpenMosixBackend::snapshot()
{
    ClusterSnapshot snap = beginSnapshot();

    QString used;
    CommandResult r = runOnGateway(nodeTableCommand(), &used);
    Result<OpenMosixNodeTable> table = ParseError { QStringLiteral("hpc/nodes"), 0, r.failureText() };
    if (r.ok()) {
        table = parseOpenMosixNodeTable(r.out);
        if (table.ok() && table->transientEmpty) {
            // The kernel was updating a value: read once more, then take what is there.
            const CommandResult again = m_pool->get(used)->run(nodeTableCommand(), m_timeoutMs);
            if (again.ok()) {
                Result<OpenMosixNodeTable> second = parseOpenMosixNodeTable(again.out);
                if (second.ok())
                    table = second;
            }
        }
    }
    NodeMap addresses = knownAddresses();
    if (!table.ok()) {
        setGatewayError(snap, table.errorString());
        for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
            NodeSample s;
            s.id = it.key();
            s.addresses = it.value();
            snap.nodes << s;
            snap.nodeErrors.insert(s.id, snap.gatewayError);
        }
        rememberSnapshot(snap);
        return snap;
    }
    snap.nodes = table->nodes;
    bool missing = false;
    for (const NodeSample& s : snap.nodes)
        missing = missing || !addresses.contains(s.id);
    if (missing) {
        refreshAddresses();
        addresses = knownAddresses();
    }
    QHash<QString, NodeId> addressToNode;
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
        for (const QString& a : it.value())
            addressToNode.insert(a, it.key());
    }

    if (addressToNode != m_addressToNode) { // once per snapshot, not once per node
        m_addressToNode = addressToNode;
        ++m_addressGeneration;
    }

    QVector<int> toAsk;
    for (int i = 0; i < snap.nodes.size(); ++i) {
        NodeSample& s = snap.nodes[i];
        s.addresses = addresses.value(s.id);
        if (!s.up)
            continue;
        if (s.addresses.isEmpty())
            snap.nodeErrors.insert(s.id, tr("no address known for node %1: name it in the map file").arg(s.id));
        else
            toAsk << i;
    }

    const bool full = m_fullNext.exchange(false);
    readNodes(snap, toAsk, [&](NodeSample& s, NodeRead& out) {
        if (m_collectorMode) {
            readNodeLight(s, addressToNode, out, full);
            return;
        }
        GrepReport report;
        if (runReport(s, nodeReportCommand(), &report, out))
            assembleNodeReport(report, s.id, addressToNode, &s, &out.processes, &out.guests, &s.problems);
    });
    if (!snap.unchangedHomes.isEmpty())
        snap.unchangedSince = m_sequence - 1;
    rememberSnapshot(snap);
    return snap;
}

std::optional<NodeFlags> OpenMosixBackend::nodeFlags(NodeId node, QString* error)
{
    const QString address = addressOf(node);
    if (address.isEmpty()) {
        *error = tr("no address known for node %1").arg(node);
        return std::nullopt;
    }
    QString cmd = QStringLiteral("cd \"${OMV_PROC:-/proc}\" && grep -H ''");
    for (const char* f : kAdminFiles)
        cmd += QStringLiteral(" hpc/admin/") + QLatin1String(f);
    const CommandResult r = m_pool->get(address, TransportPool::Lane::Commands)->run(cmd, m_timeoutMs);
    if (r.status != CommandResult::Status::Ok || r.out.isEmpty()) {
        *error = r.failureText().isEmpty() ? tr("node %1: no hpc/admin files").arg(node) : r.failureText();
        return std::nullopt;
    }
    return parseOpenMosixAdmin(parseGrepReport(r.out)).flags;
}

} // namespace omv
