#include "ctl.h"

#include "cluster.h"
#include "output.h"
#include "top.h"

#include "core/backend/commandbuilder.h"
#include "core/backend/commanddispatcher.h"
#include "core/backend/mapfile.h"
#include "core/control/controlserver.h"
#include "core/control/feed.h"
#include "core/model/snapshotjson.h"
#include "core/store/store.h"
#include "core/util/maintext.h"
#include "core/util/suiteprogram.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <langinfo.h>
#include <mutex>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace omv::ctl
{

namespace
{

using Tr = MainText;

struct Context {
    Output out;
    ClusterChoice choice;
    bool dryRun = false;
    bool fresh = false; ///< --fresh: sample even when a collector records the cluster
    Cluster cluster;
    ClusterSnapshot snap;
    bool fromCollector = false; ///< snap is the collector's latest, from its feed
};

int usage(const Output& o, const QString& message)
{
    o.error(message);
    return Usage;
}

// ---------------------------------------------------------------------------------------------
// Words on the command line

std::optional<NodeId> parseNode(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < limits::kMinNode || n > limits::kMaxNode)
        return std::nullopt;
    return n;
}

struct Target {
    int pid = 0;
    NodeId home = 0; ///< 0: not given, looked up in the snapshot
    QString text; ///< as written
};

std::optional<Target> parseTarget(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('@'));
    if (parts.size() > 2)
        return std::nullopt;
    bool ok = false;
    const int pid = parts[0].toInt(&ok);
    if (!ok || pid <= 0 || pid > limits::kMaxPid)
        return std::nullopt;
    Target t { pid, 0, text };
    if (parts.size() == 2) {
        const std::optional<NodeId> home = parseNode(parts[1]);
        if (!home)
            return std::nullopt;
        t.home = *home;
    }
    return t;
}

std::optional<bool> parseSwitch(const QString& text)
{
    const QString v = text.toLower();
    if (v == QLatin1String("on") || v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("off") || v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("false"))
        return false;
    return std::nullopt;
}

// The names the kernels' tools use for signals (kill -l), with and without SIG.
std::optional<ProcessSignal> parseSignal(QString text)
{
    text = text.toUpper();
    if (text.startsWith(QLatin1String("SIG")))
        text = text.mid(3);
    static const QHash<QString, ProcessSignal> names {
        { QStringLiteral("TERM"), ProcessSignal::Term },
        { QStringLiteral("15"), ProcessSignal::Term },
        { QStringLiteral("KILL"), ProcessSignal::Kill },
        { QStringLiteral("9"), ProcessSignal::Kill },
        { QStringLiteral("STOP"), ProcessSignal::Stop },
        { QStringLiteral("19"), ProcessSignal::Stop },
        { QStringLiteral("CONT"), ProcessSignal::Cont },
        { QStringLiteral("18"), ProcessSignal::Cont },
        { QStringLiteral("HUP"), ProcessSignal::Hup },
        { QStringLiteral("1"), ProcessSignal::Hup },
        { QStringLiteral("INT"), ProcessSignal::Int },
        { QStringLiteral("2"), ProcessSignal::Int },
        { QStringLiteral("USR1"), ProcessSignal::Usr1 },
        { QStringLiteral("10"), ProcessSignal::Usr1 },
        { QStringLiteral("USR2"), ProcessSignal::Usr2 },
        { QStringLiteral("12"), ProcessSignal::Usr2 },
    };
    const auto it = names.constFind(text);
    return it == names.cend() ? std::nullopt : std::optional<ProcessSignal>(*it);
}

// Edits from a to b, a swap of two neighbours counting one (a typo's usual shape: "nodse").
int editDistance(const QString& a, const QString& b)
{
    QVector<QVector<int>> d(a.size() + 1, QVector<int>(b.size() + 1));
    for (int i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (int j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (int i = 1; i <= a.size(); ++i)
        for (int j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

QString nearest(const QString& word, const QStringList& choices)
{
    QString best;
    int bestDistance = 1 << 30;
    for (const QString& c : choices) {
        const int d = c.startsWith(word) ? 0 : editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return bestDistance <= std::max(2, int(word.size()) / 2) ? best : QString();
}

// ---------------------------------------------------------------------------------------------
// The cluster

// Opens the cluster and takes a snapshot: what every subcommand but `collector` starts from.
// `follow`: a collector recording the cluster is asked for its latest snapshot (its feed sends
// it at once) instead of every node — for what only looks; steering samples itself, since its
// commands work from the backend's own last snapshot. Returns Done, or the exit status to end
// with (the reason said).
int openAndSample(Context& c, bool follow = false)
{
    QString error;
    if (!openCluster(c.choice, &c.cluster, &error))
        return usage(c.out, error);
    if (follow && !c.fresh && !c.cluster.database.isEmpty()) {
        control::FeedSubscriber feed;
        QString why;
        if (feed.connect(c.cluster.database, &why) && feed.next(&c.snap, 5000, &why)) {
            c.fromCollector = true;
            return Done;
        }
    }
    c.snap = c.cluster.backend->snapshot();
    for (const QString& key : *c.cluster.refusedKeys)
        c.out.error(
            Tr::tr("unknown host key of %1 — refused; check it and run again with --accept-new-host-keys").arg(key));
    if (!c.snap.gatewayError.isEmpty()) {
        c.out.error(c.snap.gatewayError);
        return SomeFailed;
    }
    return Done;
}

// The process a target names: its home from the snapshot when not given.
const ProcessInfo* findProcess(const ClusterSnapshot& snap, const Target& t, QString* error)
{
    const ProcessInfo* found = nullptr;
    QStringList homes;
    for (const ProcessInfo& p : snap.processes) {
        if (p.pid != t.pid || (t.home && p.homeNode != t.home))
            continue;
        homes << QString::number(p.homeNode);
        found = &p;
    }
    if (homes.size() > 1) {
        *error = Tr::tr("%1: there is a process %2 on homes %3 — say which: %2@HOME")
                     .arg(t.text)
                     .arg(t.pid)
                     .arg(homes.join(QStringLiteral(", ")));
        return nullptr;
    }
    if (!found)
        *error = t.home ? Tr::tr("%1: no process %2 of node %3 runs").arg(t.text).arg(t.pid).arg(t.home)
                        : Tr::tr("%1: no process %1 runs in the cluster").arg(t.text);
    return found;
}

QString switchesText(const NodeFlags& f, bool up)
{
    if (!up)
        return QStringLiteral("?");
    QStringList on;
    const std::pair<const std::optional<bool>*, const char*> all[] = { { &f.stay, "stay" }, { &f.lstay, "lstay" },
        { &f.block, "block" }, { &f.quiet, "quiet" }, { &f.expel, "expel" }, { &f.bring, "bring" } };
    for (const auto& [flag, name] : all)
        if (flag->value_or(false))
            on << QLatin1String(name);
    return on.isEmpty() ? QStringLiteral("-") : on.join(QLatin1Char(','));
}

QHash<NodeId, int> processesPerNode(const ClusterSnapshot& snap)
{
    QHash<NodeId, int> n;
    for (const ProcessInfo& p : snap.processes)
        ++n[p.node];
    return n;
}

// ---------------------------------------------------------------------------------------------
// Subcommands

struct Subcommand {
    const char* name;
    const char* synopsis; ///< after "openmosixctl NAME"
    const char* summary;
    std::function<void(QCommandLineParser&)> options;
    std::function<int(Context&, QCommandLineParser&)> run;
};

int nodesCommand(Context& c, QCommandLineParser&)
{
    if (const int e = openAndSample(c, true); e != Done)
        return e;
    const QHash<NodeId, int> procs = processesPerNode(c.snap);
    if (c.out.json) {
        // The nodes' part of the snapshot's JSON: its 50,000 processes are not converted for it.
        ClusterSnapshot nodesOnly = c.snap;
        nodesOnly.processes.clear();
        nodesOnly.guests.clear();
        QJsonObject all = snapshotToJson(nodesOnly);
        const QJsonArray plain = all.value(QStringLiteral("nodes")).toArray();
        QJsonArray nodes; // appended, not replaced in place: each replacement rewrites the array
        for (int i = 0; i < plain.size(); ++i) {
            const NodeSample& n = c.snap.nodes[i];
            QJsonObject o = plain[i].toObject();
            o.insert(QStringLiteral("address"), n.addresses.value(0));
            o.insert(
                QStringLiteral("mem_used"), n.up && n.memTotal >= 0 ? QJsonValue(double(n.memUsed())) : QJsonValue());
            o.insert(QStringLiteral("processes"), procs.value(n.id));
            if (c.snap.nodeErrors.contains(n.id))
                o.insert(QStringLiteral("error"), c.snap.nodeErrors.value(n.id));
            nodes.append(o);
        }
        c.out.print(QJsonObject { { QStringLiteral("time_ms"), all.value(QStringLiteral("time_ms")) },
            { QStringLiteral("backend"), all.value(QStringLiteral("backend")) },
            { QStringLiteral("gateway"), all.value(QStringLiteral("gateway")) },
            { QStringLiteral("source"), c.fromCollector ? QStringLiteral("collector") : QStringLiteral("sampled") },
            { QStringLiteral("nodes"), nodes } });
    } else {
        Table t({ { Tr::tr("ID"), Table::Right }, { Tr::tr("ADDRESS") }, { Tr::tr("UP") },
            { Tr::tr("SPEED"), Table::Right }, { Tr::tr("LOAD"), Table::Right }, { Tr::tr("MEM USED"), Table::Right },
            { Tr::tr("MEM TOTAL"), Table::Right }, { Tr::tr("CPUS"), Table::Right }, { Tr::tr("PROCS"), Table::Right },
            { Tr::tr("SWITCHES") } });
        for (const NodeSample& n : c.snap.nodes) {
            const bool up = n.up;
            using Cell = Table::Cell;
            t.add(QVector<Cell> { QString::number(n.id), n.addresses.value(0),
                up ? Cell(Tr::tr("up"), Output::kGreen) : Cell(Tr::tr("down"), Output::kRed),
                up && n.speed >= 0 ? QString::number(n.speed) : QStringLiteral("–"),
                up && n.loadPercent >= 0 ? QString::number(n.loadPercent, 'f', 0) + QStringLiteral(" %")
                                         : QStringLiteral("–"),
                up ? bytesText(n.memTotal >= 0 ? n.memUsed() : -1) : QStringLiteral("–"),
                up ? bytesText(n.memTotal) : QStringLiteral("–"),
                up && n.cpus >= 0 ? QString::number(n.cpus) : QStringLiteral("–"), QString::number(procs.value(n.id)),
                switchesText(n.flags, up) });
        }
        t.write(c.out);
    }
    for (auto it = c.snap.nodeErrors.cbegin(); it != c.snap.nodeErrors.cend(); ++it)
        c.out.error(Tr::tr("node %1: %2").arg(it.key()).arg(it.value()));
    return c.cluster.refusedKeys->isEmpty() ? Done : SomeFailed;
}

void psOptions(QCommandLineParser& p)
{
    p.addOptions({
        { QStringLiteral("node"), Tr::tr("Only processes running on node N."), QStringLiteral("N") },
        { QStringLiteral("user"), Tr::tr("Only processes of user U."), QStringLiteral("U") },
        { QStringLiteral("migrated"), Tr::tr("Only processes away from their home node.") },
        { QStringLiteral("guests"),
            Tr::tr("The guests the nodes' kernels list instead (node, pid there, home, pid at home).") },
        { QStringLiteral("sort"),
            Tr::tr("Sort by pid, home, node, user, mem, nice, migrations or command (default: home, then pid)."),
            QStringLiteral("KEY") },
    });
}

QString commandText(const ProcessInfo& p)
{
    return p.argv.isEmpty() ? QLatin1Char('[') + p.name + QLatin1Char(']') : p.commandLine();
}

int psCommand(Context& c, QCommandLineParser& p)
{
    std::optional<NodeId> node;
    if (p.isSet(QStringLiteral("node")) && !(node = parseNode(p.value(QStringLiteral("node")))))
        return usage(c.out,
            Tr::tr("--node: '%1' is not a node number (1–%2)")
                .arg(p.value(QStringLiteral("node")))
                .arg(limits::kMaxNode));
    static const QStringList keys { QStringLiteral("pid"), QStringLiteral("home"), QStringLiteral("node"),
        QStringLiteral("user"), QStringLiteral("mem"), QStringLiteral("nice"), QStringLiteral("migrations"),
        QStringLiteral("command") };
    const QString sort = p.value(QStringLiteral("sort"));
    if (!sort.isEmpty() && !keys.contains(sort))
        return usage(c.out, Tr::tr("--sort: '%1' is not one of %2").arg(sort, keys.join(QStringLiteral(", "))));
    if (const int e = openAndSample(c, true); e != Done)
        return e;
    if (p.isSet(QStringLiteral("guests"))) {
        QJsonArray json;
        Table t({ { Tr::tr("NODE"), Table::Right }, { Tr::tr("PID THERE"), Table::Right },
            { Tr::tr("HOME"), Table::Right }, { Tr::tr("PID AT HOME"), Table::Right } });
        for (const GuestProcess& g : c.snap.guests) {
            if (node && g.node != *node)
                continue;
            json.append(QJsonObject { { QStringLiteral("node"), g.node }, { QStringLiteral("pid"), g.pid },
                { QStringLiteral("home"), g.homeNode },
                { QStringLiteral("home_pid"), g.homePid ? QJsonValue(g.homePid) : QJsonValue() } });
            t.add(QStringList { QString::number(g.node), QString::number(g.pid), QString::number(g.homeNode),
                g.homePid ? QString::number(g.homePid) : QStringLiteral("?") });
        }
        c.out.json ? c.out.print(json) : t.write(c.out);
        return Done;
    }
    QVector<const ProcessInfo*> rows;
    const QString user = p.value(QStringLiteral("user"));
    for (const ProcessInfo& q : c.snap.processes) {
        if ((node && q.node != *node) || (!user.isEmpty() && q.user != user)
            || (p.isSet(QStringLiteral("migrated")) && q.node == q.homeNode))
            continue;
        rows << &q;
    }
    // Each row's key made once (a command line joins its argv): 50,000 rows sort in n log n
    // comparisons, not as many string joins.
    auto key = [&](const ProcessInfo* q) -> std::tuple<qint64, QString> {
        if (sort == QLatin1String("pid"))
            return { q->pid, QString() };
        if (sort == QLatin1String("node"))
            return { q->node, QString() };
        if (sort == QLatin1String("user"))
            return { 0, q->user };
        if (sort == QLatin1String("mem"))
            return { -q->rssBytes, QString() }; // the largest first
        if (sort == QLatin1String("nice"))
            return { q->nice, QString() };
        if (sort == QLatin1String("migrations"))
            return { -q->migrations, QString() };
        if (sort == QLatin1String("command"))
            return { 0, commandText(*q) };
        return { q->homeNode, QString() };
    };
    QVector<std::pair<std::tuple<qint64, QString>, const ProcessInfo*>> keyed;
    keyed.reserve(rows.size());
    for (const ProcessInfo* q : std::as_const(rows))
        keyed.append({ key(q), q });
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        return std::make_pair(a.second->homeNode, a.second->pid) < std::make_pair(b.second->homeNode, b.second->pid);
    });
    for (int i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
    if (c.out.json) {
        // The snapshot's keys for each process (README, "Snapshot JSON"), and its command line.
        ClusterSnapshot only;
        for (const ProcessInfo* q : rows)
            only.processes << *q;
        const QJsonArray plain = snapshotToJson(only).value(QStringLiteral("processes")).toArray();
        QJsonArray procs; // appended: a replacement in place rewrites the whole array each time
        for (int i = 0; i < plain.size(); ++i) {
            QJsonObject o = plain[i].toObject();
            o.insert(QStringLiteral("command"), commandText(*rows[i]));
            procs.append(o);
        }
        c.out.print(procs);
        return Done;
    }
    Table t({ { Tr::tr("PID"), Table::Right }, { Tr::tr("HOME"), Table::Right }, { Tr::tr("NODE"), Table::Right },
        { Tr::tr("USER") }, { Tr::tr("S") }, { Tr::tr("NI"), Table::Right }, { Tr::tr("MEM"), Table::Right },
        { Tr::tr("LOCK") }, { Tr::tr("MIGR"), Table::Right }, { Tr::tr("COMMAND") } });
    for (const ProcessInfo* q : rows) {
        const QString where = q->migrating ? Tr::tr("moving") : QString::number(q->node);
        using Cell = Table::Cell;
        t.add(QVector<Cell> { QString::number(q->pid), QString::number(q->homeNode),
            Cell(where, q->node != q->homeNode ? Output::kGreen : nullptr), q->user,
            q->state.isNull() ? QString() : QString(q->state), QString::number(q->nice), bytesText(q->rssBytes),
            q->locked ? Tr::tr("locked") : QString(), QString::number(q->migrations), commandText(*q) });
    }
    t.write(c.out);
    return Done;
}

int showCommand(Context& c, QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return usage(c.out, Tr::tr("show wants one process: PID or PID@HOME"));
    const std::optional<Target> t = parseTarget(args[0]);
    if (!t)
        return usage(c.out, Tr::tr("'%1' is not a process: PID or PID@HOME (numbers)").arg(args[0]));
    if (const int e = openAndSample(c, true); e != Done)
        return e;
    QString error;
    const ProcessInfo* q = findProcess(c.snap, *t, &error);
    if (!q) {
        c.out.error(error);
        return SomeFailed;
    }
    QJsonObject o = [&] {
        ClusterSnapshot one;
        one.processes << *q;
        return snapshotToJson(one).value(QStringLiteral("processes")).toArray().first().toObject();
    }();
    o.insert(QStringLiteral("command"), commandText(*q));
    // Why it cannot move: what the kernel says, or what the kernel lacks.
    const Capabilities caps = c.cluster.backend->capabilities();
    QString cannot = q->cantMove;
    if (cannot.isEmpty() && !caps.offers(Command::Kind::MigrateToNode))
        cannot = caps.reason(Command::Kind::MigrateToNode);
    if (cannot.isEmpty() && q->locked)
        cannot = Tr::tr("locked to its home node");
    o.insert(QStringLiteral("cant_move"), cannot);
    for (const GuestProcess& g : c.snap.guests)
        if (g.homeNode == q->homeNode && g.homePid == q->pid && g.node == q->node)
            o.insert(QStringLiteral("pid_there"), g.pid);
    // Its moves, as the collector recorded them (when one records the cluster and the file may
    // be read here): this life of the pid only.
    QVector<MigrationRow> moves;
    if (!c.cluster.database.isEmpty() && QFileInfo(c.cluster.database).isReadable()) {
        StoreReader reader;
        QString why;
        if (reader.open(c.cluster.database, &why))
            moves = reader.lifeAt(q->homeNode, q->pid, c.snap.timeMs).moves;
    }
    QJsonArray movesJson;
    QStringList movesText;
    for (const MigrationRow& m : std::as_const(moves)) {
        const QString when = QDateTime::fromMSecsSinceEpoch(m.ts).toString(Qt::ISODate);
        movesJson.append(QJsonObject { { QStringLiteral("ts"), when }, { QStringLiteral("from"), m.from },
            { QStringLiteral("to"), m.to }, { QStringLiteral("cause"), m.cause } });
        movesText << Tr::tr("%1 %2 → %3 (%4)").arg(when).arg(m.from).arg(m.to).arg(m.cause);
    }
    o.insert(QStringLiteral("moves"), movesJson);
    if (c.out.json) {
        c.out.print(o);
        return Done;
    }
    const QString where = q->migrating ? Tr::tr("moving") : Tr::tr("node %1").arg(q->node);
    QList<QPair<QString, QString>> lines {
        { Tr::tr("process"), QStringLiteral("%1@%2").arg(q->pid).arg(q->homeNode) },
        { Tr::tr("runs on"), q->node != q->homeNode ? c.out.green(where + Tr::tr(" (away from home)")) : where },
        { Tr::tr("home"), Tr::tr("node %1").arg(q->homeNode) },
        { Tr::tr("user"), plainText(q->user) },
        { Tr::tr("command"), plainText(commandText(*q)) },
        { Tr::tr("state"), q->state.isNull() ? QStringLiteral("–") : QString(q->state) },
        { Tr::tr("nice"), QString::number(q->nice) },
        { Tr::tr("memory"), bytesText(q->rssBytes) },
        { Tr::tr("migrations"), QString::number(q->migrations) },
        { Tr::tr("locked"), q->locked ? Tr::tr("yes") : Tr::tr("no") },
        { Tr::tr("can't move"), cannot.isEmpty() ? Tr::tr("nothing keeps it") : plainText(cannot) },
    };
    for (int i = std::max(0, int(movesText.size()) - 10); i < movesText.size(); ++i)
        lines.append({ i == std::max(0, int(movesText.size()) - 10) ? Tr::tr("moves") : QString(), movesText[i] });
    int width = 0;
    for (const auto& l : lines)
        width = std::max(width, int(l.first.size()));
    for (const auto& l : lines)
        c.out.line(l.first.leftJustified(width + 2) + l.second);
    return Done;
}

// Checks, then sends (or with --dry-run prints) `commands`, one line per target.
int send(Context& c, const QVector<Command>& commands, const QStringList& failedBefore)
{
    const Capabilities caps = c.cluster.backend->capabilities();
    for (const Command& cmd : commands) {
        if (!caps.offers(cmd.kind))
            return usage(c.out, Tr::tr("%1: %2").arg(cmd.describe(), caps.reason(cmd.kind)));
        if (cmd.kind == Command::Kind::RunProgram && !caps.offersRunMode(cmd.runMode))
            return usage(c.out, Tr::tr("%1: this kernel cannot start a program that way").arg(cmd.describe()));
        if (const QString why = validateCommand(cmd); !why.isEmpty())
            return usage(c.out, Tr::tr("%1: %2").arg(cmd.describe(), why));
    }
    QJsonArray json;
    int failed = failedBefore.size();
    for (const QString& f : failedBefore) {
        c.out.error(f);
        json.append(QJsonObject { { QStringLiteral("ok"), false }, { QStringLiteral("error"), f } });
    }
    if (c.dryRun) {
        for (const Command& cmd : commands) {
            const CommandOutcome o = c.cluster.backend->plan(cmd);
            QJsonObject j { { QStringLiteral("command"), cmd.describe() }, { QStringLiteral("node"), o.ranOn },
                { QStringLiteral("address"), o.address }, { QStringLiteral("line"), o.commandLine },
                { QStringLiteral("ok"), o.ok() } };
            if (!o.ok()) {
                ++failed;
                j.insert(QStringLiteral("error"), o.error);
                c.out.error(Tr::tr("%1 — would fail: %2").arg(cmd.describe(), o.error));
            } else if (!c.out.json) {
                c.out.line(QStringLiteral("# %1 — node %2 (%3):").arg(cmd.describe()).arg(o.ranOn).arg(o.address));
                c.out.line(o.commandLine);
            }
            json.append(j);
        }
    } else {
        CommandDispatcher dispatcher(c.cluster.backend);
        dispatcher.setAuditDatabase(c.cluster.database);
        // A live migration's rounds as they go, for someone watching (never into a pipe).
        if (::isatty(::fileno(c.out.err)))
            c.cluster.backend->setProgressSink([&c](const Command& cmd, const QString& text) {
                c.out.error(QStringLiteral("process %1@%2: %3").arg(cmd.pid).arg(cmd.node).arg(text));
            });
        const QVector<CommandOutcome> outcomes = dispatcher.dispatch(commands);
        c.cluster.backend->setProgressSink({});
        for (const CommandOutcome& o : outcomes) {
            QJsonObject j { { QStringLiteral("command"), o.command.describe() }, { QStringLiteral("node"), o.ranOn },
                { QStringLiteral("ok"), o.ok() } };
            if (!o.note.isEmpty())
                j.insert(QStringLiteral("note"), o.note);
            if (!o.ok()) {
                ++failed;
                j.insert(QStringLiteral("error"), o.error);
                c.out.error(CommandDispatcher::outcomeLine(o));
            } else if (!c.out.json) {
                c.out.line(plainText(CommandDispatcher::outcomeLine(o)));
            }
            json.append(j);
        }
    }
    if (c.out.json)
        c.out.print(json);
    return failed ? SomeFailed : Done;
}

// The processes the arguments name, each as a (home, pid); those not found are reasons.
bool resolveTargets(
    Context& c, const QStringList& words, QVector<std::pair<NodeId, int>>* out, QStringList* notFound, int* exit)
{
    QVector<Target> targets;
    for (const QString& w : words) {
        const std::optional<Target> t = parseTarget(w);
        if (!t) {
            *exit = usage(c.out, Tr::tr("'%1' is not a process: PID or PID@HOME (numbers)").arg(w));
            return false;
        }
        targets << *t;
    }
    if (targets.isEmpty()) {
        *exit = usage(c.out, Tr::tr("no process named: give PID or PID@HOME"));
        return false;
    }
    if ((*exit = openAndSample(c)) != Done)
        return false;
    for (const Target& t : targets) {
        QString error;
        if (const ProcessInfo* q = findProcess(c.snap, t, &error))
            *out << std::make_pair(q->homeNode, q->pid);
        else if (t.home) // named whole: sent anyway, the kernel says whether it is there
            *out << std::make_pair(t.home, t.pid);
        else
            *notFound << error;
    }
    return true;
}

int processCommand(Context& c, const QStringList& args, const std::function<Command(NodeId, int)>& make)
{
    QVector<std::pair<NodeId, int>> procs;
    QStringList notFound;
    int exit = Done;
    if (!resolveTargets(c, args, &procs, &notFound, &exit))
        return exit;
    QVector<Command> commands;
    for (const auto& [home, pid] : procs)
        commands << make(home, pid);
    return send(c, commands, notFound);
}

int migrateCommand(Context& c, QCommandLineParser& p)
{
    QStringList args = p.positionalArguments();
    if (args.size() < 2)
        return usage(c.out, Tr::tr("migrate wants PID[@HOME]… and where to: a node number, home or best"));
    const QString where = args.takeLast();
    std::optional<NodeId> node;
    if (where != QLatin1String("home") && where != QLatin1String("best") && !(node = parseNode(where)))
        return usage(c.out, Tr::tr("'%1' is not a node number (1–%2), home or best").arg(where).arg(limits::kMaxNode));
    return processCommand(c, args, [&](NodeId home, int pid) {
        return node                          ? Command::migrateTo(home, pid, *node)
            : where == QLatin1String("home") ? Command::migrateHome(home, pid)
                                             : Command::migrateBest(home, pid);
    });
}

// `node N|all set key=value…`, `node N|all expel|bring|start|stop`.
int nodeCommand(Context& c, QCommandLineParser& p)
{
    QStringList args = p.positionalArguments();
    if (args.size() < 2)
        return usage(c.out, Tr::tr("node wants N or all, then set KEY=VALUE…, expel, bring, start or stop"));
    const QString which = args.takeFirst();
    std::optional<NodeId> one;
    if (which != QLatin1String("all") && !(one = parseNode(which)))
        return usage(c.out, Tr::tr("'%1' is not a node number (1–%2) or all").arg(which).arg(limits::kMaxNode));
    const QString action = args.takeFirst();
    static const QStringList actions { QStringLiteral("set"), QStringLiteral("expel"), QStringLiteral("bring"),
        QStringLiteral("start"), QStringLiteral("stop") };
    if (!actions.contains(action)) {
        const QString near = nearest(action, actions);
        return usage(c.out,
            near.isEmpty() ? Tr::tr("'%1' is not set, expel, bring, start or stop").arg(action)
                           : Tr::tr("'%1' is not set, expel, bring, start or stop — %2?").arg(action, near));
    }
    // What to send to one node, checked before the cluster is opened.
    std::vector<std::function<Command(NodeId)>> make;
    if (action == QLatin1String("set")) {
        if (args.isEmpty())
            return usage(
                c.out, Tr::tr("set wants KEY=VALUE: automigration, quiet, lstay, block (on/off), speed (a number)"));
        for (const QString& kv : std::as_const(args)) {
            const int eq = kv.indexOf(QLatin1Char('='));
            const QString k = kv.left(eq).toLower(), v = kv.mid(eq + 1);
            if (eq <= 0)
                return usage(c.out, Tr::tr("'%1' is not KEY=VALUE").arg(kv));
            if (k == QLatin1String("speed")) {
                bool ok = false;
                const qint64 speed = v.toLongLong(&ok);
                if (!ok || speed < 0 || speed > limits::kMaxSpeed)
                    return usage(
                        c.out, Tr::tr("speed=%1: a speed is a number from 0 to %2").arg(v).arg(limits::kMaxSpeed));
                make.push_back([speed](NodeId n) { return Command::setSpeed(n, speed); });
                continue;
            }
            const std::optional<bool> on = parseSwitch(v);
            if (!on)
                return usage(c.out, Tr::tr("%1=%2: a switch is on or off").arg(k, v));
            if (k == QLatin1String("automigration") || k == QLatin1String("auto"))
                make.push_back([on](NodeId n) { return Command::autoMigration(n, *on); });
            else if (k == QLatin1String("quiet"))
                make.push_back([on](NodeId n) { return Command::quiet(n, *on); });
            else if (k == QLatin1String("lstay"))
                make.push_back([on](NodeId n) { return Command::localStay(n, *on); });
            else if (k == QLatin1String("block"))
                make.push_back([on](NodeId n) { return Command::block(n, *on); });
            else {
                const QString near = nearest(k,
                    { QStringLiteral("automigration"), QStringLiteral("quiet"), QStringLiteral("lstay"),
                        QStringLiteral("block"), QStringLiteral("speed") });
                return usage(c.out,
                    near.isEmpty() ? Tr::tr("no switch called %1").arg(k)
                                   : Tr::tr("no switch called %1 — %2?").arg(k, near));
            }
        }
    } else {
        if (!args.isEmpty())
            return usage(c.out, Tr::tr("%1 takes nothing more: '%2'").arg(action, args.join(QLatin1Char(' '))));
        if (action == QLatin1String("expel"))
            make.push_back(&Command::expel);
        else if (action == QLatin1String("bring"))
            make.push_back(&Command::bring);
        else if (action == QLatin1String("start"))
            make.push_back(&Command::startNode);
        else
            make.push_back(&Command::stopNode);
    }
    if (const int e = openAndSample(c); e != Done)
        return e;
    QVector<NodeId> nodes;
    if (one)
        nodes << *one;
    else
        for (const NodeSample& n : c.snap.nodes)
            nodes << n.id;
    QVector<Command> commands;
    for (NodeId n : nodes)
        for (const auto& m : make)
            commands << m(n);
    return send(c, commands, {});
}

void runOptions(QCommandLineParser& p)
{
    p.addOptions({
        { QStringLiteral("node"), Tr::tr("Start it on node N, its home (default: the first node up)."),
            QStringLiteral("N") },
        { QStringLiteral("on"), Tr::tr("Run it on node N (mosrun -N)."), QStringLiteral("N") },
        { QStringLiteral("nomig"), Tr::tr("It never migrates.") },
        { QStringLiteral("home"), Tr::tr("It runs on its home node, locked there.") },
        { QStringLiteral("cpujob"), Tr::tr("A CPU-bound job.") },
        { QStringLiteral("iojob"), Tr::tr("An I/O-bound job.") },
        { QStringLiteral("decay"), Tr::tr("How fast its history decays: slow, fast or none."), QStringLiteral("D") },
        { QStringLiteral("parallel"), Tr::tr("A copy on each node from A to B."), QStringLiteral("A-B") },
    });
}

int runCommand(Context& c, QCommandLineParser& p)
{
    const QStringList argv = p.positionalArguments();
    if (argv.isEmpty())
        return usage(c.out, Tr::tr("run wants a program: run [OPTIONS] -- PROGRAM ARGS…"));
    RunMode mode = RunMode::Normal;
    int modes = 0;
    const std::pair<const char*, RunMode> flags[] = { { "nomig", RunMode::NoMigration }, { "home", RunMode::RunHome },
        { "cpujob", RunMode::CpuJob }, { "iojob", RunMode::IoJob } };
    for (const auto& [name, m] : flags)
        if (p.isSet(QLatin1String(name))) {
            mode = m;
            ++modes;
        }
    if (p.isSet(QStringLiteral("decay"))) {
        const QString d = p.value(QStringLiteral("decay"));
        mode = d == QLatin1String("slow") ? RunMode::SlowDecay
            : d == QLatin1String("fast")  ? RunMode::FastDecay
            : d == QLatin1String("none")  ? RunMode::NoDecay
                                          : RunMode::Normal;
        if (mode == RunMode::Normal)
            return usage(c.out, Tr::tr("--decay: '%1' is not slow, fast or none").arg(d));
        ++modes;
    }
    std::optional<NodeId> on, home;
    if (p.isSet(QStringLiteral("on"))) {
        if (!(on = parseNode(p.value(QStringLiteral("on")))))
            return usage(c.out, Tr::tr("--on: '%1' is not a node number").arg(p.value(QStringLiteral("on"))));
        mode = RunMode::RunOnNode;
        ++modes;
    }
    if (p.isSet(QStringLiteral("node")) && !(home = parseNode(p.value(QStringLiteral("node")))))
        return usage(c.out, Tr::tr("--node: '%1' is not a node number").arg(p.value(QStringLiteral("node"))));
    std::optional<std::pair<NodeId, NodeId>> range;
    if (p.isSet(QStringLiteral("parallel"))) {
        const QStringList ab = p.value(QStringLiteral("parallel")).split(QLatin1Char('-'));
        const std::optional<NodeId> a = parseNode(ab.value(0)), b = parseNode(ab.value(1));
        if (ab.size() != 2 || !a || !b || *b < *a)
            return usage(
                c.out, Tr::tr("--parallel: '%1' is not a range of nodes A-B").arg(p.value(QStringLiteral("parallel"))));
        range = std::make_pair(*a, *b);
        ++modes;
    }
    if (modes > 1)
        return usage(
            c.out, Tr::tr("one way to run at a time: --nomig, --home, --cpujob, --iojob, --decay, --on or --parallel"));
    if (const int e = openAndSample(c); e != Done)
        return e;
    QVector<Command> commands;
    if (range) {
        for (NodeId n = range->first; n <= range->second; ++n)
            commands << Command::runProgram(n, argv, RunMode::RunOnNode, n);
    } else {
        if (!home)
            for (const NodeSample& n : c.snap.nodes)
                if (n.up) {
                    home = n.id;
                    break;
                }
        if (!home) {
            c.out.error(Tr::tr("no node is up to start it on"));
            return SomeFailed;
        }
        commands << Command::runProgram(*home, argv, mode, on.value_or(0));
    }
    return send(c, commands, {});
}

int collectorCommand(Context& c, QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    static const QStringList verbs { QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop"),
        QStringLiteral("checkpoint"), QStringLiteral("rotate") };
    if (args.isEmpty() || !verbs.contains(args[0])) {
        const QString near = args.isEmpty() ? QString() : nearest(args[0], verbs);
        return usage(c.out,
            near.isEmpty() ? Tr::tr("collector wants status, start, stop, checkpoint or rotate")
                           : Tr::tr("'%1' is not a collector command — %2?").arg(args[0], near));
    }
    const QString verb = args[0];
    if (c.choice.profile.isEmpty() && c.choice.saved.isEmpty())
        return usage(c.out, Tr::tr("collector: name the cluster's profile (--profile FILE or -c NAME)"));
    QString error;
    const std::optional<ClusterProfile> profile = loadProfile(c.choice, &error);
    if (!profile)
        return usage(c.out, error);
    const QString db = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : profile->databasePath();
    if (verb == QLatin1String("start")) {
        const QString bin = suiteProgram(QStringLiteral("openmosixcollector"));
        // As the windows start it: the database's folder private to this user, a log beside it.
        const QFileInfo file(db);
        if (!c.dryRun && !QDir().mkpath(file.absolutePath())) {
            c.out.error(Tr::tr("cannot create %1").arg(file.absolutePath()));
            return SomeFailed;
        }
        QStringList cmd { QStringLiteral("--profile"), profile->path, QStringLiteral("--db"), file.absoluteFilePath(),
            QStringLiteral("--daemon"), QStringLiteral("--pid-file"), file.absoluteFilePath() + QStringLiteral(".pid"),
            QStringLiteral("--log"), file.absoluteFilePath() + QStringLiteral(".log") };
        if (p.isSet(QStringLiteral("interval")))
            cmd << QStringLiteral("--interval") << p.value(QStringLiteral("interval"));
        if (c.dryRun) {
            c.out.line(QStringList(bin + QLatin1Char(' ') + cmd.join(QLatin1Char(' '))).join(QString()));
            return Done;
        }
        QProcess run;
        run.start(bin, cmd);
        if (!run.waitForFinished(60000) || run.exitStatus() != QProcess::NormalExit) {
            c.out.error(Tr::tr("cannot start %1: %2").arg(bin, run.errorString()));
            return SomeFailed;
        }
        const QByteArray said = run.readAllStandardError().trimmed();
        if (run.exitCode() != 0) {
            c.out.error(QString::fromUtf8(said));
            return SomeFailed;
        }
        c.out.line(Tr::tr("collector started for %1").arg(db));
        return Done;
    }
    control::Message request = verb == QLatin1String("status") ? control::statusRequest()
        : verb == QLatin1String("stop")                        ? control::stopRequest()
        : verb == QLatin1String("rotate")
        ? control::rotateRequest()
        : control::checkpointRequest(args.value(1, Tr::tr("checkpoint from openmosixctl")));
    if (c.dryRun) {
        c.out.line(Tr::tr("would ask the collector of %1: %2").arg(db, QString::fromUtf8(request.first())));
        return Done;
    }
    QString answer;
    const bool ok = control::request(db, request, &answer, verb == QLatin1String("rotate") ? 600000 : 5000);
    if (c.out.json) {
        c.out.print(QJsonObject { { QStringLiteral("database"), db }, { QStringLiteral("ok"), ok },
            { ok ? QStringLiteral("answer") : QStringLiteral("error"), answer } });
    } else if (ok) {
        c.out.line(answer.isEmpty() ? Tr::tr("done") : plainText(answer));
    } else {
        c.out.error(answer);
    }
    return ok ? Done : SomeFailed;
}

void collectorOptions(QCommandLineParser& p)
{
    p.addOptions({
        { QStringLiteral("db"), Tr::tr("The collector's database (default: the profile's)."), QStringLiteral("FILE") },
        { QStringLiteral("interval"), Tr::tr("start: seconds between samples."), QStringLiteral("S") },
    });
}

// ---------------------------------------------------------------------------------------------
// top: the terminal monitor

int g_topWake[2] = { -1, -1 }; // SIGWINCH, SIGINT, SIGTERM write here
volatile sig_atomic_t g_topQuit = 0;

void topSignal(int sig)
{
    if (sig != SIGWINCH)
        g_topQuit = 1;
    const char c = 'x';
    (void)!::write(g_topWake[1], &c, 1);
}

// The terminal in the monitor's state (keys one at a time, unechoed; the alternate screen, no
// cursor) for as long as this lives, given back as it was however the monitor ends.
class RawTerminal
{
public:
    RawTerminal()
    {
        m_ok = ::tcgetattr(STDIN_FILENO, &m_old) == 0;
        if (m_ok) {
            termios raw = m_old;
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO);
            raw.c_cc[VMIN] = 0;
            raw.c_cc[VTIME] = 0;
            ::tcsetattr(STDIN_FILENO, TCSANOW, &raw);
        }
        std::fputs("\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J", stdout);
        std::fflush(stdout);
    }
    ~RawTerminal()
    {
        std::fputs("\x1b[?25h\x1b[?1049l", stdout);
        std::fflush(stdout);
        if (m_ok)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_old);
    }

private:
    termios m_old {};
    bool m_ok = false;
};

// The snapshots top draws: the collector's feed when one records the cluster (as the windows
// follow it), else its own samples every interval — on a thread, so keys are answered at once.
class TopSource
{
public:
    TopSource(std::shared_ptr<ClusterBackend> backend, const QString& database, int intervalMs)
        : m_backend(std::move(backend))
        , m_intervalMs(intervalMs)
    {
        QString error;
        m_following = !database.isEmpty() && m_feed.connect(database, &error);
        m_thread = std::thread([this] { run(); });
    }
    ~TopSource()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join(); // a snapshot in flight ends within the profile's timeouts
    }
    bool following() const { return m_following; }
    void sampleNow()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_now = true;
        m_cv.notify_all();
    }
    /// The latest snapshot when a new one came since the last call.
    std::optional<ClusterSnapshot> take()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::optional<ClusterSnapshot> s = std::move(m_latest);
        m_latest.reset();
        return s;
    }

private:
    void run()
    {
        while (true) {
            ClusterSnapshot snap;
            bool got = false;
            if (m_following) {
                QString error;
                got = m_feed.next(&snap, 500, &error);
                if (!got && !error.isEmpty()) {
                    m_following = false; // the collector went: sampled directly from now on
                    continue;
                }
            } else {
                snap = m_backend->snapshot();
                got = true;
            }
            std::unique_lock<std::mutex> lock(m_mutex);
            if (got)
                m_latest = std::move(snap);
            if (got)
                (void)!::write(g_topWake[1], "s", 1);
            if (!m_following)
                m_cv.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop || m_now; });
            m_now = false;
            if (m_stop)
                return;
        }
    }

    std::shared_ptr<ClusterBackend> m_backend;
    control::FeedSubscriber m_feed;
    std::atomic<bool> m_following { false };
    const int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    bool m_now = false;
    std::optional<ClusterSnapshot> m_latest;
    std::thread m_thread;
};

void topOptions(QCommandLineParser& p)
{
    p.addOptions({
        { QStringLiteral("interval"), Tr::tr("Seconds between samples when not following the collector (default 2)."),
            QStringLiteral("S"), QStringLiteral("2") },
        { QStringLiteral("sort"), Tr::tr("Order of the nodes: id, load or memory."), QStringLiteral("KEY"),
            QStringLiteral("id") },
        { QStringLiteral("once"),
            Tr::tr("Draw one frame (80×24 unless the terminal says) from two samples a second apart and exit: for "
                   "scripts.") },
    });
}

int topCommand(Context& c, QCommandLineParser& p)
{
    bool ok = false;
    const double interval = p.value(QStringLiteral("interval")).toDouble(&ok);
    if (!ok || interval < 0.5 || interval > 3600)
        return usage(c.out,
            Tr::tr("--interval: '%1' is not a number of seconds from 0.5 to 3600")
                .arg(p.value(QStringLiteral("interval"))));
    TopView view;
    const QString sort = p.value(QStringLiteral("sort"));
    if (sort == QLatin1String("load"))
        view.order = TopView::NodeOrder::Load;
    else if (sort == QLatin1String("memory") || sort == QLatin1String("mem"))
        view.order = TopView::NodeOrder::Memory;
    else if (sort != QLatin1String("id"))
        return usage(c.out, Tr::tr("--sort: '%1' is not id, load or memory").arg(sort));
    const bool once = p.isSet(QStringLiteral("once"));
    if (!once && (!c.out.tty || ::isatty(STDIN_FILENO) != 1))
        return usage(c.out, Tr::tr("top wants a terminal (or --once)"));
    QString error;
    if (!openCluster(c.choice, &c.cluster, &error))
        return usage(c.out, error);
    view.colour = c.out.colour;
    view.unicode = QByteArray(nl_langinfo(CODESET)) == "UTF-8";
    view.title = Tr::tr("%1 (%2)").arg(c.cluster.name, backendName(c.cluster.backend->kind()));
    auto size = [] {
        winsize ws {};
        if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0)
            return std::make_pair(int(ws.ws_col), int(ws.ws_row));
        return std::make_pair(80, 24);
    };
    if (once) {
        // Two samples a second apart: the CPU shares the busiest processes are ordered by.
        const ClusterSnapshot first = c.cluster.backend->snapshot();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        const ClusterSnapshot snap = c.cluster.backend->snapshot();
        view.source = Tr::tr("two samples");
        const auto [w, h] = size();
        for (const QString& l : view.render(snap, &first, w, h))
            c.out.line(l);
        return snap.gatewayError.isEmpty() ? Done : SomeFailed;
    }
    if (::pipe2(g_topWake, O_CLOEXEC | O_NONBLOCK) != 0)
        return usage(c.out, Tr::tr("cannot watch the terminal"));
    struct sigaction sa {
    };
    sa.sa_handler = topSignal;
    for (int sig : { SIGWINCH, SIGINT, SIGTERM, SIGHUP })
        sigaction(sig, &sa, nullptr);
    std::optional<ClusterSnapshot> now, before;
    {
        RawTerminal terminal;
        TopSource source(c.cluster.backend, c.fresh ? QString() : c.cluster.database, int(interval * 1000));
        bool dirty = true;
        while (!g_topQuit) {
            if (std::optional<ClusterSnapshot> s = source.take()) {
                before = std::move(now);
                now = std::move(s);
                dirty = true;
            }
            if (dirty) {
                view.source = source.following() ? Tr::tr("live from the collector")
                                                 : Tr::tr("sampled every %1 s").arg(interval);
                const auto [w, h] = size();
                QString frame = QStringLiteral("\x1b[H");
                if (now) {
                    const QStringList lines = view.render(*now, before ? &*before : nullptr, w, h);
                    for (int i = 0; i < lines.size(); ++i)
                        frame += lines[i] + QStringLiteral("\x1b[K")
                            + (i + 1 < lines.size() ? QStringLiteral("\r\n") : QString());
                } else {
                    frame += Tr::tr("%1: sampling the cluster…").arg(view.title) + QStringLiteral("\x1b[K");
                }
                frame += QStringLiteral("\x1b[J");
                std::fputs(frame.toUtf8().constData(), stdout);
                std::fflush(stdout);
                dirty = false;
            }
            pollfd fds[2] = { { STDIN_FILENO, POLLIN, 0 }, { g_topWake[0], POLLIN, 0 } };
            if (::poll(fds, 2, 1000) < 0 && errno != EINTR)
                break;
            char drain[64];
            if (fds[1].revents & POLLIN) {
                while (::read(g_topWake[0], drain, sizeof drain) > 0) { }
                dirty = true; // a new snapshot, or a new size
            }
            if (fds[0].revents & (POLLHUP | POLLERR))
                break;
            char key = 0;
            while ((fds[0].revents & POLLIN) && ::read(STDIN_FILENO, &key, 1) == 1) {
                dirty = true;
                if (key == 'q' || key == 'Q' || key == 3)
                    g_topQuit = 1;
                else if (key == 's' || key == 'S')
                    view.order = view.order == TopView::NodeOrder::Id ? TopView::NodeOrder::Load
                        : view.order == TopView::NodeOrder::Load      ? TopView::NodeOrder::Memory
                                                                      : TopView::NodeOrder::Id;
                else if (key == 'h' || key == 'H' || key == '?')
                    view.help = !view.help;
                else if (key == ' ')
                    source.sampleNow();
            }
        }
    }
    return Done;
}

const std::vector<Subcommand>& table()
{
    static const std::vector<Subcommand> all {
        { "nodes", "",
            QT_TRANSLATE_NOOP("main", "Every node: address, up, speed, load, memory, CPUs, processes, switches."),
            nullptr, nodesCommand },
        { "ps", "", QT_TRANSLATE_NOOP("main", "Every process of the cluster: where it runs and its home."), psOptions,
            psCommand },
        { "top", "",
            QT_TRANSLATE_NOOP("main", "A terminal monitor: load bars per node, memory, the busiest processes."),
            topOptions, topCommand },
        { "show", "PID[@HOME]",
            QT_TRANSLATE_NOOP("main", "One process: where it runs, its home, moves, why it cannot move."), nullptr,
            showCommand },
        { "migrate", "PID[@HOME]... NODE|home|best",
            QT_TRANSLATE_NOOP("main", "Move processes to a node, home, or the best node."), nullptr, migrateCommand },
        { "stop", "PID[@HOME]...", QT_TRANSLATE_NOOP("main", "Stop processes (SIGSTOP)."), nullptr,
            [](Context& c, QCommandLineParser& p) {
                return processCommand(c, p.positionalArguments(),
                    [](NodeId h, int pid) { return Command::sendSignal(h, pid, ProcessSignal::Stop); });
            } },
        { "cont", "PID[@HOME]...", QT_TRANSLATE_NOOP("main", "Continue stopped processes (SIGCONT)."), nullptr,
            [](Context& c, QCommandLineParser& p) {
                return processCommand(c, p.positionalArguments(),
                    [](NodeId h, int pid) { return Command::sendSignal(h, pid, ProcessSignal::Cont); });
            } },
        { "kill", "[-SIGNAL] PID[@HOME]...",
            QT_TRANSLATE_NOOP("main", "Send a signal (default TERM): TERM KILL STOP CONT HUP INT USR1 USR2."), nullptr,
            nullptr },
        { "renice", "N PID[@HOME]...", QT_TRANSLATE_NOOP("main", "Set the nice value (-20 to 19)."), nullptr, nullptr },
        { "lock", "PID[@HOME]...", QT_TRANSLATE_NOOP("main", "Lock processes to their home node."), nullptr,
            [](Context& c, QCommandLineParser& p) {
                return processCommand(
                    c, p.positionalArguments(), [](NodeId h, int pid) { return Command::lock(h, pid, true); });
            } },
        { "unlock", "PID[@HOME]...", QT_TRANSLATE_NOOP("main", "Let locked processes migrate again."), nullptr,
            [](Context& c, QCommandLineParser& p) {
                return processCommand(
                    c, p.positionalArguments(), [](NodeId h, int pid) { return Command::lock(h, pid, false); });
            } },
        { "node", "N|all set KEY=VALUE...|expel|bring|start|stop",
            QT_TRANSLATE_NOOP("main",
                "Switch a node (or all): automigration, quiet, lstay, block on/off, speed=N; expel, bring, start, "
                "stop."),
            nullptr, nodeCommand },
        { "run", "[OPTIONS] -- PROGRAM ARGS...", QT_TRANSLATE_NOOP("main", "Start a program on the cluster."),
            runOptions, runCommand },
        { "collector", "status|start|stop|checkpoint [TEXT]|rotate",
            QT_TRANSLATE_NOOP("main", "The collector recording the profile's cluster."), collectorOptions,
            collectorCommand },
    };
    return all;
}

// `kill -KILL 12`, `renice -5 12`: a leading word that looks like an option is the signal or
// the nice value, taken before the options are read.
int killOrRenice(Context& c, const QString& name, QStringList args, QCommandLineParser& p)
{
    if (name == QLatin1String("kill")) {
        ProcessSignal sig = ProcessSignal::Term;
        if (!args.isEmpty() && args[0].startsWith(QLatin1Char('-')) && args[0] != QLatin1String("--")) {
            const std::optional<ProcessSignal> s = parseSignal(args[0].mid(1));
            if (!s)
                return usage(c.out,
                    Tr::tr("'%1' is not a signal the suite sends: TERM KILL STOP CONT HUP INT USR1 USR2").arg(args[0]));
            sig = *s;
            args.removeFirst();
        }
        if (!p.parse(QStringList { name } + args))
            return usage(c.out, p.errorText());
        return processCommand(
            c, p.positionalArguments(), [sig](NodeId h, int pid) { return Command::sendSignal(h, pid, sig); });
    }
    if (args.isEmpty())
        return usage(c.out, Tr::tr("renice wants N and PID[@HOME]…"));
    bool ok = false;
    const int nice = args[0].toInt(&ok);
    if (!ok || nice < limits::kMinNice || nice > limits::kMaxNice)
        return usage(c.out,
            Tr::tr("'%1' is not a nice value (%2 to %3)").arg(args[0]).arg(limits::kMinNice).arg(limits::kMaxNice));
    args.removeFirst();
    if (!p.parse(QStringList { name } + args))
        return usage(c.out, p.errorText());
    return processCommand(
        c, p.positionalArguments(), [nice](NodeId h, int pid) { return Command::renice(h, pid, nice); });
}

// For the shells' completion, and fast (no node is asked): `__complete profiles` (the names -c
// finds), `__complete nodes` (the ids the profile's map or node list names).
int complete(const Context& c, const QStringList& args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("profiles")) {
        const QDir dir(ClusterProfile::savedProfilesDir());
        for (const QFileInfo& fi : dir.entryInfoList({ QStringLiteral("*.ini") }, QDir::Files, QDir::Name)) {
            const Result<ClusterProfile> p = ClusterProfile::load(fi.absoluteFilePath());
            c.out.line(p.ok() ? p->name : fi.completeBaseName());
        }
        return Done;
    }
    if (what != QLatin1String("nodes"))
        return Usage;
    QString error;
    const std::optional<ClusterProfile> profile = loadProfile(c.choice, &error);
    if (!profile)
        return Done; // nothing to offer

    if (!profile->mapFile.isEmpty()) {
        QFile f(profile->mapFile);
        if (f.open(QIODevice::ReadOnly))
            if (const Result<NodeMap> map = parseMapFile(f.read(1 << 20), profile->mapFile); map.ok())
                for (NodeId n : map->keys())
                    c.out.line(QString::number(n));
    } else {
        for (int i = 1; i <= profile->nodes.size(); ++i)
            c.out.line(QString::number(i));
    }
    return Done;
}

QString helpOf(const Subcommand& s, QCommandLineParser& p)
{
    QString text = p.helpText();
    // Qt names the program alone in the usage line; the subcommand and its words belong there.
    const int end = text.indexOf(QLatin1Char('\n'));
    text.replace(0, end,
        QStringLiteral("Usage: openmosixctl [CLUSTER] %1 [options] %2")
            .arg(QLatin1String(s.name), QLatin1String(s.synopsis)));
    return text;
}

} // namespace

QStringList subcommands()
{
    QStringList names;
    for (const Subcommand& s : table())
        names << QLatin1String(s.name);
    return names;
}

int run(const QStringList& args)
{
    QCommandLineParser global;
    global.setApplicationDescription(
        Tr::tr("Every command of the openMosixview suite from a shell: the cluster's nodes and processes, "
               "migration, signals, node switches, programs started, the collector."));
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"), Tr::tr("The cluster profile to use."), QStringLiteral("FILE"));
    const QCommandLineOption savedOpt(
        QStringLiteral("c"), Tr::tr("A cluster the Clusters dialog saved, by name."), QStringLiteral("NAME"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), Tr::tr("An emulated cluster of its own (omsim), for trying."));
    const QCommandLineOption demoKernelOpt(QStringLiteral("demo-kernel"),
        Tr::tr("The kernel --demo emulates: openmosix (default), mattx or linux."), QStringLiteral("K"));
    const QCommandLineOption demoRootOpt(QStringLiteral("demo-root"),
        Tr::tr("The emulated cluster another program of the suite started."), QStringLiteral("DIR"));
    const QCommandLineOption acceptOpt(QStringLiteral("accept-new-host-keys"),
        Tr::tr("Accept and save the host keys of nodes not met before (a changed key is always refused)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Print JSON (a documented, stable schema)."));
    const QCommandLineOption dryOpt(
        QStringLiteral("dry-run"), Tr::tr("Print the exact command lines each node would run; send nothing."));
    const QCommandLineOption noColourOpt(QStringLiteral("no-color"), Tr::tr("No colours (also when NO_COLOR is set)."));
    const QCommandLineOption freshOpt(QStringLiteral("fresh"),
        Tr::tr("Sample every node now, even when a collector records the cluster (nodes, ps, show and top follow its "
               "latest snapshot otherwise)."));
    global.addOptions({ profileOpt, savedOpt, demoOpt, demoKernelOpt, demoRootOpt, acceptOpt, jsonOpt, dryOpt,
        noColourOpt, freshOpt });
    const QCommandLineOption helpOpt = global.addHelpOption();
    const QCommandLineOption versionOpt = global.addVersionOption();
    global.addPositionalArgument(QStringLiteral("command"),
        Tr::tr("One of the commands below; openmosixctl COMMAND --help tells more."), QStringLiteral("COMMAND [ARGS]"));
    auto help = [&global] {
        QString text = global.helpText();
        text.replace(
            0, text.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: openmosixctl [options] COMMAND [ARGS]"));
        text += QLatin1Char('\n') + Tr::tr("Commands:") + QLatin1Char('\n');
        for (const Subcommand& s : table())
            text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(s.name).leftJustified(10), Tr::tr(s.summary));
        return text;
    };

    Context c;
    c.out = Output::forTerminal(false, false);
    if (!global.parse(QStringList { QStringLiteral("openmosixctl") } + args))
        return usage(c.out, global.errorText() + Tr::tr(" (openmosixctl --help lists the options)"));
    if (global.isSet(versionOpt)) {
        c.out.line(QStringLiteral("openmosixctl ") + QCoreApplication::applicationVersion());
        return Done;
    }
    QStringList rest = global.positionalArguments();
    if (global.isSet(helpOpt) || rest.isEmpty()) {
        std::fprintf(rest.isEmpty() && !global.isSet(helpOpt) ? stderr : stdout, "%s", qPrintable(help()));
        return global.isSet(helpOpt) ? Done : Usage;
    }
    c.out = Output::forTerminal(global.isSet(jsonOpt), global.isSet(noColourOpt));
    c.dryRun = global.isSet(dryOpt);
    c.fresh = global.isSet(freshOpt);
    c.choice.profile = global.value(profileOpt);
    c.choice.saved = global.value(savedOpt);
    c.choice.demo = global.isSet(demoOpt);
    c.choice.demoKernel = global.value(demoKernelOpt);
    c.choice.demoRoot = global.value(demoRootOpt);
    c.choice.acceptNewHostKeys = global.isSet(acceptOpt);
    if (int(!c.choice.profile.isEmpty()) + int(!c.choice.saved.isEmpty()) + int(c.choice.demo)
            + int(!c.choice.demoRoot.isEmpty())
        > 1)
        return usage(c.out, Tr::tr("one cluster at a time: --profile, -c, --demo or --demo-root"));

    const QString name = rest.takeFirst();
    if (name == QLatin1String("__complete"))
        return complete(c, rest);
    const auto it = std::find_if(
        table().cbegin(), table().cend(), [&](const Subcommand& s) { return name == QLatin1String(s.name); });
    if (it == table().cend()) {
        const QString near = nearest(name, subcommands());
        return usage(c.out,
            near.isEmpty() ? Tr::tr("'%1' is not a command (openmosixctl --help lists them)").arg(name)
                           : Tr::tr("'%1' is not a command — did you mean %2?").arg(name, near));
    }
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(it->summary));
    p.setOptionsAfterPositionalArgumentsMode(name == QLatin1String("run")
            ? QCommandLineParser::ParseAsPositionalArguments
            : QCommandLineParser::ParseAsOptions);
    const QCommandLineOption subHelp = p.addHelpOption();
    if (it->options)
        it->options(p);
    if (it->synopsis[0])
        p.addPositionalArgument(QStringLiteral("args"), QString(), QLatin1String(it->synopsis));
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        std::fprintf(stdout, "%s", qPrintable(helpOf(*it, p)));
        return Done;
    }
    if (!it->run)
        return killOrRenice(c, name, rest, p);
    if (!p.parse(QStringList { name } + rest))
        return usage(c.out, p.errorText() + Tr::tr(" (openmosixctl %1 --help)").arg(name));
    Q_UNUSED(subHelp);
    return it->run(c, p);
}

} // namespace omv::ctl
