#include "linuxbackend.h"

#include "../../util/shellquote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <numeric>
#include <thread>

namespace omv
{

// The node's list of processes restored there from elsewhere (see the class comment); private
// to the ssh user, like the rest of ~/.local/state.
#define OMV_MIGRATED_FILE "\"${XDG_STATE_HOME:-$HOME/.local/state}/openmosixview/migrated\""
// Shell builtins only: no process is started for it at every sample of every node.
static const char kReadMigrated[] = "f=" OMV_MIGRATED_FILE "; [ -f \"$f\" ] && while read -r l; do "
                                    "printf 'migrated:%s\\n' \"$l\"; done < \"$f\"";

LinuxBackend::LinuxBackend(QString gateway, std::shared_ptr<TransportPool> pool, int commandTimeoutMs, NodeMap nodes)
    : ClusterBackend(BackendKind::Linux, std::move(gateway), std::move(pool), commandTimeoutMs, std::move(nodes))
{
}

QString LinuxBackend::nodeReportCommand()
{
    static const QString command = [] {
        // /proc/stat whole is long (the interrupt counters): only its cpu lines.
        return ClusterBackend::nodeReportCommand({ QStringLiteral("loadavg") },
            { QStringLiteral("stat"), QStringLiteral("cmdline") },
            QStringLiteral("grep -aH '^cpu' stat 2>/dev/null; "
                           "grep -aH -E '^(MemTotal|MemFree|MemAvailable):' meminfo 2>/dev/null; ")
                + QLatin1String(kReadMigrated));
    }(); // the same for every node and sample: built once
    return command;
}

QString LinuxBackend::nodeLightCommand()
{
    // The migrated lines just before the pids: the tail compared with the last answer.
    return QStringLiteral("cd \"${OMV_PROC:-/proc}\" || exit 3; grep -aH '' loadavg 2>/dev/null; "
                          "grep -aH '^cpu' stat 2>/dev/null; "
                          "grep -aH -E '^(MemTotal|MemFree|MemAvailable):' meminfo 2>/dev/null; ")
        + QLatin1String(kReadMigrated) + QStringLiteral("; printf 'pids:%s\\n' [0-9]*; exit 0");
}

QString LinuxBackend::nodeDetailsCommand(const QVector<int>& pids)
{
    return processDetailsCommand(pids, { QStringLiteral("stat"), QStringLiteral("cmdline") });
}

bool LinuxBackend::readNodeLight(NodeSample& s, NodeRead& out, CpuTimes* cpu, bool full)
{
    const std::shared_ptr<Transport> t = m_pool->get(s.primaryAddress());
    const CommandResult light = t->run(nodeLightCommand(), m_timeoutMs);
    if (!light.ok()) {
        out.error = light.exitStatus == 3 ? tr("cannot read the proc tree on the node") : light.failureText();
        return false;
    }
    // The pid lines come last and are most of the answer: compared as bytes with the last ones
    // (with the migrated lines before them), read only when they differ; the figures before
    // them go through the ordinary report.
    int at = light.out.startsWith("migrated:") || light.out.startsWith("pids:") ? 0 : -1;
    if (at < 0) {
        at = light.out.indexOf("\nmigrated:");
        if (at < 0)
            at = light.out.indexOf("\npids:");
        at = at < 0 ? -1 : at + 1;
    }
    const QByteArray pidLines = at >= 0 ? light.out.mid(at) : QByteArray();
    GrepReport report = parseGrepReport(at < 0 ? light.out : light.out.left(at));
    s.problems << report.problems;
    Known known;
    {
        std::lock_guard<std::mutex> lock(m_cpuMutex);
        known = m_known.value(s.id); // implicitly shared: no deep copy
    }
    QVector<ProcessInfo> none;
    assembleNodeReport(report, s.id, &s, &none, &s.problems, cpu); // the node's figures
    if (known.readIn > 0 && pidLines == known.pids) {
        // The same processes as when it was last read: as they were (no process moves on a stock
        // kernel). Left out when that was the snapshot just before; a node missed in between may
        // have had them ended by the recorder.
        // A node with guests always lists them: their homes vouch only for what runs there.
        out.unchanged = !full && known.readIn == m_sequence - 1 && known.guests.isEmpty();
        if (!out.unchanged) {
            out.processes = known.processes;
            out.guests = known.guests;
        }
        std::lock_guard<std::mutex> lock(m_cpuMutex);
        m_known[s.id].readIn = m_sequence;
        return true;
    }
    QVector<int> pids;
    QByteArray migrated;
    for (const QByteArray& line : pidLines.split('\n')) {
        if (line.startsWith("migrated:")) {
            migrated += line.mid(9) + '\n';
            continue;
        }
        bool ok = false;
        const int pid = line.mid(5).toInt(&ok); // pids:123
        if (ok && pid > 0)
            pids << pid;
    }
    std::sort(pids.begin(), pids.end());
    const QVector<ProcessInfo>& last = known.processes;
    QVector<int> fresh;
    for (int k = 0, i = 0; k < pids.size(); ++k) {
        while (i < last.size() && last[i].pid < pids[k])
            ++i;
        if (i == last.size() || last[i].pid != pids[k])
            fresh << pids[k];
    }
    QVector<ProcessInfo> found; // the fresh ones
    for (int i = 0; i < fresh.size(); i += kDetailsBatch) {
        const CommandResult details = t->run(nodeDetailsCommand(fresh.mid(i, kDetailsBatch)), m_timeoutMs);
        if (!details.ok()) {
            out.error = details.failureText();
            return false;
        }
        const GrepReport d = parseGrepReport(details.out);
        for (auto it = d.pids.cbegin(); it != d.pids.cend(); ++it)
            if (std::optional<ProcessInfo> p = processFromReport(it.key(), it.value(), d.users, s.id, &s.problems))
                found << *p; // d.pids is a QMap: in pid order
    }
    // Every pid listed now, from what was known or just read (one that ended between the two
    // commands is left out).
    QVector<ProcessInfo> next;
    next.reserve(pids.size());
    for (int k = 0, i = 0, f = 0; k < pids.size(); ++k) {
        while (i < last.size() && last[i].pid < pids[k])
            ++i;
        while (f < found.size() && found[f].pid < pids[k])
            ++f;
        if (i < last.size() && last[i].pid == pids[k])
            next << last[i];
        else if (f < found.size() && found[f].pid == pids[k])
            next << found[f];
    }
    // Who is a guest here is decided afresh each time the tail changed (a pending line became
    // final, a guest left): every process starts as the node's own.
    for (ProcessInfo& p : next) {
        p.homeNode = s.id;
        p.migrations = 0;
    }
    QVector<GuestProcess> guests;
    applyMigrated(migrated, s.id, &next, &guests);
    out.processes = next;
    out.guests = guests;
    std::lock_guard<std::mutex> lock(m_cpuMutex);
    m_known.insert(s.id, Known { pidLines, std::move(next), std::move(guests), m_sequence });
    return true;
}

void LinuxBackend::assembleNodeReport(const GrepReport& report, NodeId node, NodeSample* sample,
    QVector<ProcessInfo>* processes, QStringList* problems, CpuTimes* cpu)
{
    if (report.has("stat")) {
        const Result<CpuTimes> now = parseCpuTimes(report.file("stat"), QStringLiteral("stat"));
        if (now.ok()) {
            sample->cpus = now->cpus > 0 ? now->cpus : 1;
            const qint64 total = now->total - cpu->total, idle = now->idle - cpu->idle;
            if (cpu->total >= 0 && total > 0 && idle >= 0 && idle <= total) // a sample before, time since
                sample->util = int(100 * (total - idle) / total);
            *cpu = now.value();
        } else {
            *problems << now.errorString();
        }
    } else {
        *problems << tr("stat: no cpu lines");
    }
    if (sample->cpus > 0)
        sample->speed = sample->cpus * kSpeedPerCpu;
    if (report.has("loadavg")) {
        const Result<LoadAvg> la = parseLoadAvg(report.file("loadavg"), QStringLiteral("loadavg"));
        if (la.ok()) {
            sample->loadRaw = qRound64(la->one * 100);
            if (sample->cpus > 0)
                sample->loadPercent = la->one * 100.0 / sample->cpus;
        } else {
            *problems << la.errorString();
        }
    }
    if (report.has("meminfo")) {
        const Result<MemInfo> mem = parseMemInfo(report.file("meminfo"), QStringLiteral("meminfo"));
        if (mem.ok()) {
            sample->memTotal = mem->totalBytes;
            // What a new program can have: MemAvailable (kernels since 3.14), else MemFree.
            sample->memFree = mem->availableBytes >= 0 ? mem->availableBytes : mem->freeBytes;
        } else {
            *problems << mem.errorString();
        }
    }
    for (auto it = report.pids.cbegin(); it != report.pids.cend(); ++it) {
        std::optional<ProcessInfo> p = processFromReport(it.key(), it.value(), report.users, node, problems);
        if (p)
            processes->append(*p); // home = node, unless the migrated lines say otherwise
    }
}

void LinuxBackend::applyMigrated(
    const QByteArray& lines, NodeId node, QVector<ProcessInfo>* processes, QVector<GuestProcess>* guests)
{
    if (lines.isEmpty())
        return;
    struct Entry {
        NodeId home = 0;
        int moves = 0;
        qint64 start = -1; ///< -1: the restore is under way
    };
    QHash<int, Entry> entries;
    for (const QByteArray& line : lines.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() != 4)
            continue; // not ours, or cut off: the process stays the node's own
        bool okPid = false, okHome = false, okMoves = false, okStart = f[3] == "-";
        Entry e;
        const int pid = f[0].toInt(&okPid);
        e.home = NodeId(f[1].toUInt(&okHome));
        e.moves = f[2].toInt(&okMoves);
        if (!okStart)
            e.start = f[3].toLongLong(&okStart);
        if (okPid && okHome && okMoves && okStart && pid > 0 && e.home > 0 && e.moves >= 0)
            entries.insert(pid, e);
    }
    if (entries.isEmpty())
        return;
    for (ProcessInfo& p : *processes) {
        const auto it = entries.constFind(p.pid);
        if (it == entries.cend() || (it->start >= 0 && it->start != p.startTicks))
            continue;
        p.migrations = it->moves;
        if (it->home == node)
            continue; // back at home: its own again, with the moves it made
        p.homeNode = it->home;
        guests->append(GuestProcess { node, p.pid, it->home, QString(), p.pid });
    }
}

ClusterSnapshot LinuxBackend::snapshot()
{
    ClusterSnapshot snap = beginSnapshot();
    const bool full = m_fullNext.exchange(false);
    // Every node the profile lists keeps its row; one that does not answer is down.
    for (auto it = m_staticMap.cbegin(); it != m_staticMap.cend(); ++it) {
        NodeSample s;
        s.id = it.key();
        s.addresses = it.value();
        s.up = true;
        snap.nodes << s;
    }
    QVector<int> all(snap.nodes.size());
    std::iota(all.begin(), all.end(), 0);
    readNodes(snap, all, [&](NodeSample& s, NodeRead& out) {
        CpuTimes cpu;
        {
            std::lock_guard<std::mutex> lock(m_cpuMutex);
            cpu = m_cpu.value(s.id);
        }
        GrepReport report;
        if (m_collectorMode) {
            if (!readNodeLight(s, out, &cpu, full)) {
                s.up = false;
                return;
            }
        } else {
            if (!runReport(s, nodeReportCommand(), &report, out)) {
                s.up = false;
                return;
            }
            assembleNodeReport(report, s.id, &s, &out.processes, &s.problems, &cpu);
            applyMigrated(report.file("migrated"), s.id, &out.processes, &out.guests);
        }
        std::lock_guard<std::mutex> lock(m_cpuMutex);
        m_cpu.insert(s.id, cpu);
    });
    if (!snap.unchangedHomes.isEmpty())
        snap.unchangedSince = m_sequence - 1;
    adoptOrphans(snap);
    rememberSnapshot(snap);
    return snap;
}

void LinuxBackend::adoptOrphans(ClusterSnapshot& snap)
{
    // A guest's pid may be taken again at its home (the original ended when it moved): two
    // processes would have one name. The one at home keeps it; the guest becomes its node's own.
    bool clash = false;
    for (int i = 1; i < snap.processes.size() && !clash; ++i)
        clash = snap.processes[i].homeNode == snap.processes[i - 1].homeNode
            && snap.processes[i].pid == snap.processes[i - 1].pid;
    if (!clash)
        return;
    for (int i = 1; i < snap.processes.size(); ++i) {
        ProcessInfo& a = snap.processes[i - 1];
        ProcessInfo& b = snap.processes[i];
        if (a.homeNode != b.homeNode || a.pid != b.pid)
            continue;
        ProcessInfo& guest = a.isMigrated() ? a : b;
        for (GuestProcess& g : snap.guests) {
            if (g.node == guest.node && g.pid == guest.pid)
                g.homeNode = 0; // dropped below
        }
        guest.homeNode = guest.node;
        guest.migrations = 0;
    }
    snap.guests.erase(
        std::remove_if(snap.guests.begin(), snap.guests.end(), [](const GuestProcess& g) { return g.homeNode == 0; }),
        snap.guests.end());
    std::sort(snap.processes.begin(), snap.processes.end(), [](const ProcessInfo& a, const ProcessInfo& b) {
        return a.homeNode != b.homeNode ? a.homeNode < b.homeNode : a.pid < b.pid;
    });
}

std::optional<NodeFlags> LinuxBackend::nodeFlags(NodeId, QString* error)
{
    *error = tr("a plain Linux kernel has no migration switches");
    return std::nullopt;
}

// --- checkpoint/restart migration ------------------------------------------------------------

QString LinuxBackend::criuProbeCommand()
{
    // The kernel release from the proc tree (an emulated node has its own), then criu's version
    // and its own verdict on this kernel. Exit 127: not installed.
    return QStringLiteral(
        "printf 'kernel:%s\\n' \"$(cat \"${OMV_PROC:-/proc}/sys/kernel/osrelease\" 2>/dev/null)\"; "
        "command -v criu >/dev/null 2>&1 || { echo criu:absent; exit 0; }; "
        "v=$(criu --version 2>&1); [ $? -eq 127 ] && { echo criu:absent; exit 0; }; "
        "printf '%s\\n' \"$v\" | sed 's/^/version:/'; "
        "c=$(criu check 2>&1); printf 'check:%s\\n' $?; printf '%s\\n' \"$c\" | tail -n 3 | sed 's/^/checkout:/'; "
        // Whether pre-dumps can track what a process writes (soft-dirty bits): live migration.
        "criu check --feature mem_dirty_track >/dev/null 2>&1 && echo dirty:yes; "
        "exit 0");
}

CriuSupport LinuxBackend::parseCriuProbe(const QByteArray& output)
{
    CriuSupport s;
    s.probed = true;
    bool absent = false;
    int check = -1;
    QStringList checkOut;
    for (const QByteArray& raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("kernel:")))
            s.kernel = line.mid(7).left(80);
        else if (line == QLatin1String("criu:absent"))
            absent = true;
        else if (line.startsWith(QLatin1String("version:Version:")))
            s.version = line.mid(16).trimmed().left(40);
        else if (line.startsWith(QLatin1String("check:")))
            check = line.mid(6).toInt();
        else if (line.startsWith(QLatin1String("checkout:")))
            checkOut << line.mid(9).left(300);
        else if (line == QLatin1String("dirty:yes"))
            s.tracksMemory = true;
    }
    QString why;
    if (absent) {
        s.text = tr("criu is not installed: migration needs CRIU on both nodes");
    } else if (s.version.isEmpty()) {
        s.text = tr("criu did not say its version");
    } else if (!criuWorksOn(s.version, s.kernel, &why)) {
        s.text = why;
    } else if (check != 0) {
        s.text = tr("CRIU %1: 'criu check' fails on this node: %2")
                     .arg(s.version, checkOut.isEmpty() ? tr("no reason given") : checkOut.constLast());
    } else {
        s.usable = true;
        s.text = tr("CRIU %1 on kernel %2: migration available").arg(s.version, s.kernel);
    }
    return s;
}

static QVector<int> versionNumbers(const QString& text)
{
    QVector<int> v;
    for (const QString& part : text.section(QLatin1Char('-'), 0, 0).split(QLatin1Char('.'))) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok)
            break;
        v << n;
    }
    while (v.size() < 3)
        v << 0;
    return v;
}

bool LinuxBackend::criuWorksOn(const QString& version, const QString& release, QString* why)
{
    const QVector<int> criu = versionNumbers(version), kernel = versionNumbers(release);
    // Kernel 6.16 moved the vDSO's data pages; CRIU before 4.1 cannot restore there and dumps
    // fail with "Unexpected rt vDSO area bounds".
    const bool newKernel = kernel[0] > 6 || (kernel[0] == 6 && kernel[1] >= 16);
    const bool oldCriu = criu[0] < 4 || (criu[0] == 4 && criu[1] < 1);
    if (newKernel && oldCriu) {
        *why = tr("CRIU %1 cannot checkpoint on kernel %2: before 4.1 it fails there with \"Unexpected rt vDSO "
                  "area bounds\"; install CRIU 4.1 or newer")
                   .arg(version, release);
        return false;
    }
    if (criu[0] < 3 || (criu[0] == 3 && criu[1] < 11)) {
        *why = tr("CRIU %1 is too old: the suite needs 3.11 or newer (--leave-stopped, --pidfile)").arg(version);
        return false;
    }
    return true;
}

CriuSupport LinuxBackend::criuSupport(NodeId node)
{
    {
        std::lock_guard<std::mutex> lock(m_criuMutex);
        const auto it = m_criu.constFind(node);
        if (it != m_criu.cend())
            return it.value();
    }
    CriuSupport s;
    const QString address = addressOf(node);
    if (address.isEmpty()) {
        s.text = tr("no address is known for node %1").arg(node);
        return s;
    }
    const CommandResult r = m_pool->get(address, TransportPool::Lane::Commands)->run(criuProbeCommand(), m_timeoutMs);
    if (!r.ok()) {
        s.text = tr("cannot ask node %1 about CRIU: %2").arg(node).arg(r.failureText());
        return s; // not kept: asked again next time
    }
    s = parseCriuProbe(r.out);
    std::lock_guard<std::mutex> lock(m_criuMutex);
    m_criu.insert(node, s);
    return s;
}

void LinuxBackend::setImageFolder(const QString& folder)
{
    std::lock_guard<std::mutex> lock(m_criuMutex);
    m_imageFolder = folder;
}

namespace
{
// The start of a dump or pre-dump: p (the pid), st (its state) and sj (--shell-job when it does
// not lead its own session without a terminal), from the fields after the command name in stat:
// state ppid pgrp session tty_nr. `set -f`: the fields are split, never globbed. Exit 3: no such
// process here.
QString processPrelude(int pid)
{
    return QStringLiteral("set -f; p=") + QString::number(pid)
        + QStringLiteral("; s=\"${OMV_PROC:-/proc}/$p/stat\"; "
                         "[ -r \"$s\" ] || { echo \"no process $p on this node\" >&2; exit 3; }; "
                         "set -- $(sed 's/.*) //' \"$s\"); st=$1; sj=; "
                         "[ \"$4\" = \"$p\" ] && [ \"$5\" = 0 ] || sj=--shell-job; ");
}

QString removeFolderCommand(const QString& dir)
{
    return QStringLiteral("rm -rf ") + shellQuote(dir);
}
} // namespace

QString LinuxBackend::dumpCommand(int pid, const QString& imageFolder, const QString& liveDir, int rounds)
{
    // After pre-dump rounds (live), into LIVEDIR/final with only the pages written since the
    // last round.
    const QString base = imageFolder.isEmpty() ? QStringLiteral("\"${TMPDIR:-/tmp}\"") : shellQuote(imageFolder);
    QString c = processPrelude(pid);
    if (liveDir.isEmpty())
        c += QStringLiteral("d=$(mktemp -d ") + base
            + QStringLiteral("/openmosixview-criu.XXXXXX) || exit 1; i=\"$d\"; live=; ");
    else
        c += QStringLiteral("d=") + shellQuote(liveDir)
            + QStringLiteral("; i=\"$d/final\"; mkdir \"$i\" || exit 1; "
                             "live=\"--prev-images-dir ../")
            + QString::number(rounds) + QStringLiteral(" --track-mem\"; ");
    return c
        + QStringLiteral(
            "if ! criu dump -t \"$p\" -D \"$i\" $live $sj --leave-stopped -o dump.log -v2 >/dev/null 2>&1; "
            "then tail -n 3 \"$i/dump.log\" >&2; [ \"$st\" = T ] || env kill -s CONT \"$p\" 2>/dev/null; "
            "rm -rf \"$d\"; exit 4; fi; "
            // The tree CRIU took with it (every descendant, now stopped): the
            // original ends, or goes on, as a whole. Where the kernel has no
            // children files (omsim), the process alone.
            "set +f; t=$p; q=$p; while [ -n \"$q\" ]; do n=; for x in $q; do "
            "for c in \"${OMV_PROC:-/proc}/$x\"/task/*/children; do "
            "[ -r \"$c\" ] && n=\"$n $(cat \"$c\")\"; done; done; q=$(echo $n); "
            "[ -z \"$q\" ] || t=\"$t $q\"; done; set -f; "
            "printf 'dir:%s\\nstate:%s\\nshell:%s\\ntree:%s\\n' \"$d\" \"$st\" \"$sj\" \"$t\"");
}

QString LinuxBackend::sendImagesCommand(const QString& dir)
{
    return QStringLiteral("d=") + shellQuote(dir)
        + QStringLiteral("; tar -C \"$d\" -cf - .; r=$?; rm -rf \"$d\"; exit $r");
}

QString LinuxBackend::preDumpCommand(int pid, int round, const QString& dir)
{
    // Round 1 makes the folder (as the dump does) and leaves the process running; each later
    // round writes only the pages written since the one before (--prev-images-dir: its
    // folder's "parent" link). The answer: the folder and the bytes of pages this round wrote
    // (its other images and log are small and the same each time).
    const QString k = QString::number(round);
    QString c = processPrelude(pid);
    if (round == 1)
        c += QStringLiteral("d=$(mktemp -d \"${TMPDIR:-/tmp}/openmosixview-criu.XXXXXX\") || exit 1; prev=; ");
    else
        c += QStringLiteral("d=") + shellQuote(dir) + QStringLiteral("; prev=\"--prev-images-dir ../")
            + QString::number(round - 1) + QStringLiteral("\"; ");
    return c + QStringLiteral("mkdir \"$d/") + k + QStringLiteral("\" || exit 1; if ! criu pre-dump -t \"$p\" -D \"$d/")
        + k
        + QStringLiteral("\" $prev --track-mem $sj -o pre-dump.log -v2 >/dev/null 2>&1; then "
                         "tail -n 3 \"$d/")
        + k
        + QStringLiteral("/pre-dump.log\" >&2; exit 4; fi; "
                         "set +f; b=0; for f in \"$d/")
        + k
        + QStringLiteral("\"/pages-*.img; do [ -f \"$f\" ] && b=$((b + $(stat -c %s \"$f\"))); done; "
                         "printf 'dir:%s\\npages:%s\\n' \"$d\" \"$b\"");
}

QString LinuxBackend::sendRoundCommand(const QString& dir, const QStringList& rounds)
{
    // Rounds' folders (each with its link to the one before), the rounds before kept: the next
    // pre-dump compares against them.
    QString c = QStringLiteral("tar -C ") + shellQuote(dir) + QStringLiteral(" -cf -");
    for (const QString& r : rounds)
        c += QLatin1Char(' ') + shellQuote(r);
    return c;
}

QString LinuxBackend::receiveRoundCommand(const QString& dir)
{
    // The target's folder for the rounds: made by the first (an empty `dir`), answered with its
    // name; each round unpacked into it.
    if (dir.isEmpty())
        return QStringLiteral("d=$(mktemp -d \"${TMPDIR:-/tmp}/openmosixview-criu.XXXXXX\") || exit 1; "
                              "tar -C \"$d\" -xf - || { rm -rf \"$d\"; echo 'the checkpoint did not arrive whole' >&2; "
                              "exit 5; }; printf 'dir:%s\\n' \"$d\"");
    return QStringLiteral("tar -C ") + shellQuote(dir)
        + QStringLiteral(" -xf - || { echo 'the checkpoint did not arrive whole' >&2; exit 5; }");
}

namespace
{
// "12 13 14": the pids of a tree, for a shell word list.
QString pidList(const QVector<int>& pids)
{
    QStringList words;
    for (int pid : pids)
        words << QString::number(pid);
    return words.join(QLatin1Char(' '));
}
} // namespace

QString LinuxBackend::restoreCommand(
    const QVector<int>& tree, NodeId home, int moves, bool shellJob, const QString& sharedDir)
{
    const QString p = QString::number(tree.value(0));
    QString c = QStringLiteral("p=") + p + QStringLiteral("; tr='") + pidList(tree) + QStringLiteral("'; ");
    if (sharedDir.isEmpty())
        c += QStringLiteral("d=$(mktemp -d \"${TMPDIR:-/tmp}/openmosixview-criu.XXXXXX\") || exit 1; "
                            "tar -C \"$d\" -xf - || { rm -rf \"$d\"; echo 'the checkpoint did not arrive whole' >&2; "
                            "exit 5; }; ");
    else
        c += QStringLiteral("d=") + shellQuote(sharedDir) + QStringLiteral("; ");
    // Its identity before it runs here (pending, "-"), so that no sample takes it for this
    // node's own; with its start time once it runs. Lines of processes gone are dropped. At its
    // home the line stays too: it is no guest there, but its count of moves lives on. (keep()
    // reads into names of its own: a shell function shares the caller's variables, and `read`
    // at the end of the file empties them — the start time was lost that way.)
    const QString line = QLatin1Char(' ') + QString::number(home) + QLatin1Char(' ') + QString::number(moves);
    c += QStringLiteral("f=" OMV_MIGRATED_FILE "; mkdir -p \"${f%/*}\" || exit 1; "
                        "keep() { [ -f \"$f\" ] || return 0; while read -r ka kb km kt; do "
                        "case \" $tr \" in *\" $ka \"*) continue ;; esac; "
                        "[ -d \"${OMV_PROC:-/proc}/$ka\" ] && echo \"$ka $kb $km $kt\"; "
                        "done < \"$f\"; }; "
                        "{ keep; for x in $tr; do echo \"$x")
        + line
        + QStringLiteral(" -\"; done; } > \"$f.new\" && mv \"$f.new\" \"$f\" || exit 1; "
                         "if ! criu restore -D \"$d\" -d ")
        + (shellJob ? QStringLiteral("--shell-job ") : QString())
        + QStringLiteral("--pidfile \"$d/pid\" -o restore.log -v2 >/dev/null 2>&1; then "
                         "tail -n 3 \"$d/restore.log\" >&2; keep > \"$f.new\"; mv \"$f.new\" \"$f\"; rm -rf \"$d\"; "
                         "exit 6; fi; n=$(cat \"$d/pid\"); rm -rf \"$d\"; "
                         "{ keep; for x in $tr; do "
                         "t=$(sed 's/.*) //' \"${OMV_PROC:-/proc}/$x/stat\" 2>/dev/null | cut -d' ' -f20); "
                         "echo \"$x")
        + line + QStringLiteral(" ${t:--}\"; done; } > \"$f.new\" && mv \"$f.new\" \"$f\"; printf 'pid:%s\\n' \"$n\"");
    return c;
}

QString LinuxBackend::finishSourceCommand(const QVector<int>& tree, bool migrated, bool wasStopped, const QString& dir)
{
    const QString p = pidList(tree);
    // The images go in any case (a relay that was cut leaves them behind).
    const QString clean = dir.isEmpty() ? QString() : removeFolderCommand(dir) + QStringLiteral("; ");
    if (!migrated) // the original goes on where it was (it stays stopped if it was)
        return clean + (wasStopped ? QStringLiteral("exit 0") : QStringLiteral("env kill -s CONT ") + p);
    // The original ends; a line naming it a guest here goes with it.
    return clean + QStringLiteral("env kill -s KILL ") + p
        + QStringLiteral("; f=" OMV_MIGRATED_FILE "; [ -f \"$f\" ] || exit 0; tr='") + p
        + QStringLiteral("'; while read -r a rest; do case \" $tr \" in *\" $a \"*) ;; *) echo \"$a $rest\" ;; esac; "
                         "done < \"$f\" > \"$f.new\"; mv \"$f.new\" \"$f\"; exit 0");
}

const ProcessInfo* LinuxBackend::findProcess(const ClusterSnapshot& snap, NodeId home, int pid) const
{
    const auto it = std::lower_bound(snap.processes.cbegin(), snap.processes.cend(), qMakePair(home, pid),
        [](const ProcessInfo& p, const QPair<NodeId, int>& k) {
            return p.homeNode != k.first ? p.homeNode < k.first : p.pid < k.second;
        });
    return it != snap.processes.cend() && it->homeNode == home && it->pid == pid ? &*it : nullptr;
}

NodeId LinuxBackend::runsOn(const Command& command)
{
    if (!command.isProcessCommand())
        return command.node;
    const ClusterSnapshot snap = lastSnapshot();
    const ProcessInfo* p = findProcess(snap, command.node, command.pid);
    return p ? p->node : command.node; // a guest's signals go where it runs (its pid is the same)
}

bool LinuxBackend::resolve(Command& command, QString* note, QString* error)
{
    if (command.kind != Command::Kind::MigrateBest)
        return true;
    const ClusterSnapshot snap = lastSnapshot(); // the sampler's; see carryOut
    if (snap.nodes.isEmpty()) {
        *error = tr("no sample of the cluster yet: the best node is not known");
        return false;
    }
    const ProcessInfo* p = findProcess(snap, command.node, command.pid);
    const NodeId current = p ? p->node : command.node;
    NodeId best = 0;
    double bestLoad = std::numeric_limits<double>::max();
    for (const NodeSample& n : snap.nodes) {
        if (!n.up || n.id == current || n.loadPercent < 0 || !criuSupport(n.id).usable)
            continue;
        if (n.loadPercent < bestLoad) {
            bestLoad = n.loadPercent;
            best = n.id;
        }
    }
    if (best == 0) {
        *error = tr("no other node that is up has a working CRIU to take process %1").arg(command.pid);
        return false;
    }
    command = Command::migrate(command.node, command.pid, best);
    *note
        = tr("the suite chose node %1, the one with the lowest load per CPU (%2 %)").arg(best).arg(bestLoad, 0, 'f', 0);
    return true;
}

std::optional<ProcessInfo> LinuxBackend::locate(const ClusterSnapshot& snap, NodeId home, int pid, NodeId notOn)
{
    // Each node's report read and parsed as a sample would, into values of its own: nothing the
    // sampler keeps (its sequence, CPU times, collector memory) is touched. One node after the
    // other: this is a command thread of the pool, which must not wait on the pool.
    for (const NodeSample& n : snap.nodes) {
        const QString address = n.up && n.id != notOn ? addressOf(n.id) : QString();
        if (address.isEmpty())
            continue;
        const CommandResult r
            = m_pool->get(address, TransportPool::Lane::Commands)->run(nodeReportCommand(), m_timeoutMs);
        if (!r.ok())
            continue;
        const GrepReport report = parseGrepReport(r.out);
        NodeSample sample;
        sample.id = n.id;
        QVector<ProcessInfo> processes;
        QVector<GuestProcess> guests;
        QStringList problems;
        CpuTimes cpu;
        assembleNodeReport(report, n.id, &sample, &processes, &problems, &cpu);
        applyMigrated(report.file("migrated"), n.id, &processes, &guests);
        for (const ProcessInfo& p : std::as_const(processes))
            if (p.homeNode == home && p.pid == pid)
                return p;
    }
    return std::nullopt;
}

const ProcessInfo* LinuxBackend::migrationSource(const ClusterSnapshot& snap, CommandOutcome& o, NodeId* target) const
{
    const Command& c = o.command;
    const ProcessInfo* p = findProcess(snap, c.node, c.pid);
    if (!p) {
        o.error = snap.nodes.isEmpty()
            ? tr("no sample of the cluster yet: where process %1 of node %2 runs is not known").arg(c.pid).arg(c.node)
            : tr("process %1 of node %2 is not running").arg(c.pid).arg(c.node);
        return nullptr;
    }
    *target = c.kind == Command::Kind::MigrateHome ? c.node : NodeId(c.value);
    return p;
}

bool LinuxBackend::planCarryOut(CommandOutcome& o)
{
    using K = Command::Kind;
    if (o.command.kind != K::MigrateToNode && o.command.kind != K::MigrateHome)
        return false;
    const ClusterSnapshot snap = lastSnapshot();
    NodeId target = 0;
    const ProcessInfo* p = migrationSource(snap, o, &target);
    MovePlan plan;
    if (!p || !planMove(o, *p, target, &plan))
        return true;
    // The images' folders are the commands' answers: $DIR (the source's) and $TDIR (the
    // target's, live) stand for them. --shell-job is added to the restore when the dump finds
    // the process needs it; the tree, when it has children.
    const QString dir = QStringLiteral("$DIR"), targetDir = QStringLiteral("$TDIR");
    const QString onSource = QStringLiteral("# on node %1 (%2):\n").arg(p->node).arg(plan.from);
    const QString onTarget = QStringLiteral("# on node %1 (%2):\n").arg(target).arg(plan.to);
    const QVector<int> tree { p->pid };
    // QString, not a QStringBuilder holding on to the temporary it was given.
    const auto line = [](const QString& c) -> QString { return c + QStringLiteral("\n"); };
    QString& c = o.commandLine;
    if (plan.live) {
        c = QStringLiteral("# live: pre-dump rounds while it runs (up to %1; the second at once, as a look at how fast "
                           "it writes; each later one after the one before was sent)\n")
                .arg(kMaxRounds)
            + onSource + line(preDumpCommand(p->pid, 1, QString())) + line(preDumpCommand(p->pid, 2, dir))
            + QStringLiteral("# streamed from node %1:\n").arg(p->node)
            + line(sendRoundCommand(dir, { QStringLiteral("1"), QStringLiteral("2") })) + onTarget
            + line(receiveRoundCommand(QString()))
            + QStringLiteral("# round N: pre-dump N with --prev-images-dir ../N-1, sent the same way; then, stopped, "
                             "the final dump (here after round 2):\n")
            + onSource + line(dumpCommand(p->pid, QString(), dir, 2))
            + line(sendRoundCommand(dir, { QStringLiteral("final") })) + onTarget + line(receiveRoundCommand(targetDir))
            + line(restoreCommand(tree, p->homeNode, p->migrations + 1, false, targetDir + QStringLiteral("/final")))
            + QStringLiteral("# if it writes about as fast as the rounds send it, the rounds are dropped and the plain "
                             "dump below runs instead\n");
    }
    c += onSource + line(dumpCommand(p->pid, plan.folder));
    if (plan.folder.isEmpty())
        c += QStringLiteral("# its images streamed from node %1:\n").arg(p->node) + line(sendImagesCommand(dir))
            + onTarget + line(restoreCommand(tree, p->homeNode, p->migrations + 1, false, QString()));
    else
        c += onTarget + line(restoreCommand(tree, p->homeNode, p->migrations + 1, false, dir));
    c += QStringLiteral("# then on node %1:\n").arg(p->node) + finishSourceCommand(tree, true, false, dir);
    return true;
}

bool LinuxBackend::carryOut(CommandOutcome& o)
{
    using K = Command::Kind;
    const Command& c = o.command;
    if (c.kind != K::MigrateToNode && c.kind != K::MigrateHome)
        return false;
    // From the last snapshot the sampler left, never a sample of its own: a command thread that
    // sampled would race the sampling thread (and take a whole cluster's time to do it).
    ClusterSnapshot snap = lastSnapshot();
    NodeId target = 0;
    const ProcessInfo* p = migrationSource(snap, o, &target);
    if (!p)
        return true;
    const ProcessInfo process = *p;
    migrateByCheckpoint(o, process, target);
    if (o.result.exitStatus == 3 && o.result.status == CommandResult::Status::Ok) {
        // Not where the last snapshot had it (moved since, by another window): the other nodes
        // are asked where it is now.
        const std::optional<ProcessInfo> now = locate(snap, c.node, c.pid, process.node);
        if (now) {
            o = CommandOutcome { c, 0, QString(), QString(), CommandResult(), QString(), QString() };
            migrateByCheckpoint(o, *now, target);
        }
    }
    if (o.ok()) {
        // Where it runs now, for the commands that follow before the next sample.
        for (ProcessInfo& q : snap.processes) {
            if (q.homeNode == c.node && q.pid == c.pid)
                q.node = target;
        }
        rememberSnapshot(snap);
    }
    return true;
}

namespace
{

// Bytes from one node's command to another's, never more than kCapacity held: the reader waits
// for the writer and the writer for the reader. Either side may give up; the other then does.
class ByteRelay
{
public:
    static constexpr qint64 kCapacity = 8 << 20;

    bool push(const char* data, qint64 size)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait(lock, [&] { return m_cancelled || m_bytes < kCapacity; });
        if (m_cancelled)
            return false;
        m_chunks.emplace_back(data, int(size));
        m_bytes += size;
        m_total += size;
        m_cv.notify_all();
        return true;
    }
    void end(bool whole)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ended = true;
        m_whole = whole;
        m_senderBroke = !whole && !m_cancelled;
        m_cv.notify_all();
    }
    /// The sender failed while the receiver was still reading.
    bool senderBroke() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_senderBroke;
    }
    qint64 pop(char* buf, qint64 max)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait(lock, [&] { return m_cancelled || !m_chunks.empty() || m_ended; });
        if (m_cancelled || (m_chunks.empty() && !m_whole))
            return -1;
        if (m_chunks.empty())
            return 0;
        QByteArray& front = m_chunks.front();
        const qint64 n = qMin<qint64>(max, front.size() - m_offset);
        memcpy(buf, front.constData() + m_offset, size_t(n));
        m_offset += int(n);
        if (m_offset == front.size()) {
            m_chunks.pop_front();
            m_offset = 0;
        }
        m_bytes -= n;
        m_cv.notify_all();
        return n;
    }
    void cancel()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
        m_cv.notify_all();
    }
    qint64 total() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_total;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_chunks;
    int m_offset = 0;
    qint64 m_bytes = 0, m_total = 0;
    bool m_ended = false, m_whole = false, m_cancelled = false, m_senderBroke = false;
};

} // namespace

QVector<int> LinuxBackend::dumpedTree(const QByteArray& words, int pid)
{
    // The node's answer: kept only when it is what the dump prints — the pid first, then
    // distinct pids, no more than a kernel could have.
    QVector<int> tree;
    QSet<int> seen;
    for (const QByteArray& w : words.simplified().split(' ')) {
        bool ok = false;
        const int n = w.toInt(&ok);
        if (!ok || n <= 0 || n > limits::kMaxPid || seen.contains(n) || tree.size() >= kMaxTree)
            return { pid };
        seen.insert(n);
        tree << n;
    }
    return !tree.isEmpty() && tree.first() == pid ? tree : QVector<int> { pid };
}

namespace
{

// A command's answer "key:value" lines.
QString answer(const QByteArray& out, const char* key)
{
    const QByteArray k = QByteArray(key) + ':';
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith(k))
            return QString::fromUtf8(line.mid(k.size()));
    return QString();
}

// A folder a node named as one mktemp made for the suite (it is quoted anyway): in the shared
// folder when there is one.
bool isOurFolder(const QString& dir, const QString& sharedFolder)
{
    static const QRegularExpression dirShape(QStringLiteral("^/[A-Za-z0-9._/-]*/openmosixview-criu\\.[A-Za-z0-9]+$"));
    static const QRegularExpression tempName(QStringLiteral("^openmosixview-criu\\.[A-Za-z0-9]+$"));
    const bool ours = sharedFolder.isEmpty() ? dirShape.match(dir).hasMatch()
                                             : dir.startsWith(sharedFolder + QLatin1Char('/'))
            && tempName.match(dir.mid(sharedFolder.size() + 1)).hasMatch();
    return ours && !dir.contains(QLatin1String("/../"));
}

} // namespace

CommandResult LinuxBackend::relay(Transport& src, Transport& dst, const QString& send, const QString& receive,
    int timeoutMs, NodeId source, qint64* bytes)
{
    ByteRelay relay;
    CommandResult sent;
    std::thread sender([&] {
        StreamIo io;
        io.output = [&](const char* data, qint64 size) { return relay.push(data, size); };
        sent = src.runStreamed(send, timeoutMs, io);
        relay.end(sent.ok());
    });
    StreamIo io;
    io.input = [&](char* buf, qint64 max) { return relay.pop(buf, max); };
    CommandResult received = dst.runStreamed(receive, timeoutMs, io);
    relay.cancel();
    sender.join();
    *bytes += relay.total();
    // Whichever side gave up first says why (the other one only saw its stream cut).
    if (!sent.ok() && (received.ok() || relay.senderBroke())) {
        received.status = CommandResult::Status::Failed;
        received.exitStatus = -1;
        received.error = tr("the images could not be read on node %1: %2").arg(source).arg(sent.failureText());
    }
    return received;
}

bool LinuxBackend::preCopy(
    CommandOutcome& o, const ProcessInfo& p, NodeId target, Transport& src, Transport& dst, LiveRounds* live)
{
    // Pre-dump rounds while the process runs, streamed to the target: the first takes
    // everything, the next ones what was written meanwhile, until a round is small (a tenth of
    // the first, or 4 MiB) or kMaxRounds. Any failure: both folders go and the plain dump
    // follows (the process never stopped for longer than one pre-dump).
    const int timeout = m_migrateTimeoutMs;
    const auto fail = [&](const QString& why) {
        if (!live->sourceDir.isEmpty())
            src.run(removeFolderCommand(live->sourceDir), m_timeoutMs);
        if (!live->targetDir.isEmpty())
            dst.run(removeFolderCommand(live->targetDir), m_timeoutMs);
        *live = LiveRounds();
        live->why = why;
        return false;
    };
    const auto preDump = [&](int round, qint64* wrote) {
        const CommandResult r = src.run(preDumpCommand(p.pid, round, live->sourceDir), timeout);
        if (round == 1) {
            live->sourceDir = answer(r.out, "dir");
            if (r.ok() && !isOurFolder(live->sourceDir, QString())) {
                live->sourceDir.clear();
                return fail(tr("the pre-dump did not say where its images are"));
            }
        }
        if (!r.ok())
            return fail(tr("criu pre-dump on node %1: %2").arg(p.node).arg(r.failureText()));
        *wrote = answer(r.out, "pages").toLongLong();
        return true;
    };
    const auto size = [](qint64 bytes) { return QLocale::c().formattedDataSize(bytes); };
    qint64 first = 0;
    if (!preDump(1, &first))
        return false;
    int taken = 1;
    // A second look at once, before anything is sent: a process that writes its memory about
    // as fast as a pre-dump reads it (seen with transparent huge pages, where one written byte
    // marks its whole 2 MiB page written) would make every round, and the final dump on top of
    // them, move the same pages again — one plain dump is quicker, and nothing was sent in vain.
    // A small process (first round under 4 MiB) needs no second look: its final dump is small.
    if (first >= kSmallRound) {
        qint64 again = 0;
        if (!preDump(2, &again))
            return false;
        if (again * 2 > first)
            return fail(tr("it writes its memory about as fast as the rounds send it (a pre-dump right after the "
                           "first took %1 of its %2 again; nothing was sent)")
                            .arg(size(again), size(first)));
        taken = 2;
    }
    live->written = first;
    // The rounds already taken go first, as one stream; each later one is taken, then sent.
    for (int round = taken; round <= kMaxRounds; ++round) {
        qint64 wrote = 0;
        if (round > taken) {
            if (!preDump(round, &wrote))
                return false;
            // Written about as fast as it is sent after all: more rounds would send it again.
            if (wrote * 2 > live->written) {
                qint64 sent = 0;
                for (qint64 b : std::as_const(live->roundBytes))
                    sent += b;
                return fail(tr("it writes its memory about as fast as the rounds send it (pre-dump %1 took %2 again; "
                               "the %3 sent before were dropped)")
                                .arg(round)
                                .arg(size(wrote), size(sent)));
            }
            live->written = wrote;
        }
        // The rounds taken and not sent yet (two at the start: the first and its second look).
        QStringList folders;
        for (int k = live->rounds + 1; k <= round; ++k)
            folders << QString::number(k);
        qint64 sent = 0;
        const CommandResult got = relay(src, dst, sendRoundCommand(live->sourceDir, folders),
            receiveRoundCommand(live->targetDir), timeout, p.node, &sent);
        if (live->rounds == 0 && got.ok()) {
            live->targetDir = answer(got.out, "dir");
            if (!isOurFolder(live->targetDir, QString())) {
                live->targetDir.clear();
                return fail(tr("node %1 did not say where it keeps the images").arg(target));
            }
        }
        if (!got.ok())
            return fail(tr("sending pre-dump %1 to node %2: %3").arg(round).arg(target).arg(got.failureText()));
        live->roundBytes << sent;
        live->roundNames << folders.join(QLatin1Char('+'));
        live->rounds = round;
        progress(o.command,
            tr("pre-dump %1: %2 sent to node %3 while it runs").arg(live->roundNames.last(), size(sent)).arg(target));
        // The stop: a small round sent (what the process wrote while it travelled is small too)
        // — never the second look, which saw a moment, not a transfer's time.
        if (round > 2 || taken == 1) {
            if (live->written < qMax<qint64>(kSmallRound, first / 10))
                break;
        }
    }
    o.commandLine = preDumpCommand(p.pid, 1, QString());
    return true;
}

bool LinuxBackend::planMove(CommandOutcome& o, const ProcessInfo& p, NodeId target, MovePlan* plan)
{
    o.ranOn = p.node;
    if (p.node == target) {
        o.error = tr("process %1 already runs on node %2").arg(p.pid).arg(target);
        return false;
    }
    plan->from = addressOf(p.node);
    plan->to = addressOf(target);
    if (plan->from.isEmpty() || plan->to.isEmpty()) {
        o.error = tr("no address is known for node %1").arg(plan->from.isEmpty() ? p.node : target);
        return false;
    }
    o.address = plan->from;
    bool tracking = true;
    for (NodeId n : { p.node, target }) {
        const CriuSupport s = criuSupport(n);
        if (!s.usable) {
            o.error = tr("node %1 cannot take part in a migration: %2").arg(n).arg(s.text);
            return false;
        }
        tracking = tracking && s.tracksMemory;
    }
    {
        std::lock_guard<std::mutex> lock(m_criuMutex);
        plan->folder = m_imageFolder;
    }
    // Live (pre-copy) where both kernels track written pages and the images are streamed.
    plan->live = tracking && plan->folder.isEmpty() && m_live;
    return true;
}

void LinuxBackend::migrateByCheckpoint(CommandOutcome& o, const ProcessInfo& p, NodeId target)
{
    const NodeId source = p.node;
    MovePlan plan;
    if (!planMove(o, p, target, &plan))
        return;
    const QString& folder = plan.folder;
    const int timeout = m_migrateTimeoutMs;
    const std::shared_ptr<Transport> src = m_pool->get(plan.from, TransportPool::Lane::Commands);
    const std::shared_ptr<Transport> dst = m_pool->get(plan.to, TransportPool::Lane::Commands);
    // Live: the process then stops only for the final dump of what the last round missed.
    LiveRounds live;
    if (plan.live)
        preCopy(o, p, target, *src, *dst, &live);
    progress(o.command,
        live.rounds > 0 ? tr("final dump of what it wrote since: stopped from now until it runs on node %1").arg(target)
                        : tr("checkpoint: stopped from now until it runs on node %1").arg(target));
    const auto stoppedAt = std::chrono::steady_clock::now();
    // 1. The checkpoint; the original is left stopped.
    const QString dump = dumpCommand(p.pid, folder, live.sourceDir, live.rounds);
    o.commandLine = live.rounds > 0 ? o.commandLine + QStringLiteral("\n") + dump : dump;
    o.result = src->run(dump, timeout);
    const auto dropTarget = [&] {
        if (!live.targetDir.isEmpty())
            dst->run(removeFolderCommand(live.targetDir), m_timeoutMs);
    };
    if (!o.result.ok()) {
        dropTarget();
        o.error = tr("node %1: criu dump failed, process %2 goes on there: %3")
                      .arg(source)
                      .arg(p.pid)
                      .arg(o.result.failureText());
        // CRIU suggests its option; the suite does not take it: the connection's peer knows
        // this node's address, and on another node the restored socket could only be reset.
        if (o.result.failureText().contains(QLatin1String("tcp-established")))
            o.error += QLatin1Char(' ')
                + tr("(a process with an established TCP connection stays on its node: the other end knows this "
                     "node's address, not the target's)");
        return;
    }
    QString dir = answer(o.result.out, "dir");
    const QString state = answer(o.result.out, "state");
    const bool shellJob = !answer(o.result.out, "shell").isEmpty();
    const QVector<int> tree = dumpedTree(answer(o.result.out, "tree").toUtf8(), p.pid);
    const bool wasStopped = state == QLatin1String("T");
    const auto giveBack = [&](const QString& why) {
        dropTarget();
        const CommandResult back = src->run(finishSourceCommand(tree, false, wasStopped, dir), m_timeoutMs);
        o.error = why;
        if (!back.ok())
            o.error += QLatin1Char(' ')
                + tr("— and the stopped original on node %1 could not be continued: %2 (continue it by hand: kill "
                     "-CONT %3)")
                      .arg(source)
                      .arg(back.failureText())
                      .arg(p.pid);
    };
    if (live.rounds > 0 ? dir != live.sourceDir : !isOurFolder(dir, folder)) {
        dir.clear(); // never removed: it is not one of ours
        giveBack(tr("node %1: criu dump did not say where its images are").arg(source));
        return;
    }
    // 2. Restore on the target: from the shared folder, from the rounds' folder once the final
    // dump joined them, or from the stream of the images.
    QString restore;
    CommandResult restored;
    qint64 streamed = 0;
    if (!folder.isEmpty()) {
        restore = restoreCommand(tree, p.homeNode, p.migrations + 1, shellJob, dir);
        restored = dst->run(restore, timeout);
    } else if (live.rounds > 0) {
        restored = relay(*src, *dst, sendRoundCommand(dir, { QStringLiteral("final") }),
            receiveRoundCommand(live.targetDir), timeout, source, &streamed);
        restore
            = restoreCommand(tree, p.homeNode, p.migrations + 1, shellJob, live.targetDir + QStringLiteral("/final"));
        if (restored.ok())
            restored = dst->run(restore, timeout);
    } else {
        restore = restoreCommand(tree, p.homeNode, p.migrations + 1, shellJob, QString());
        restored = relay(*src, *dst, sendImagesCommand(dir), restore, timeout, source, &streamed);
    }
    o.commandLine += QStringLiteral("\n# then on node ") + QString::number(target) + QStringLiteral(":\n") + restore;
    if (!restored.ok()) {
        giveBack(tr("node %1: the restore failed, process %2 goes on on node %3: %4")
                     .arg(target)
                     .arg(p.pid)
                     .arg(source)
                     .arg(restored.failureText()));
        return;
    }
    const int restoredPid = answer(restored.out, "pid").trimmed().toInt();
    const double frozenSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - stoppedAt).count();
    dropTarget(); // the rounds' folder (the restore removed the final one)
    // 3. The original ends.
    const CommandResult end = src->run(finishSourceCommand(tree, true, wasStopped, dir), m_timeoutMs);
    o.result = restored;
    if (live.rounds > 0) {
        QStringList sizes;
        qint64 total = streamed;
        for (int i = 0; i < live.roundBytes.size(); ++i) {
            sizes << live.roundNames.value(i) + QStringLiteral(": ")
                    + QLocale::c().formattedDataSize(live.roundBytes[i]);
            total += live.roundBytes[i];
        }
        o.note = tr("live: %n pre-dump round(s) while it ran (%1), then %2 with it stopped for %3 s; %4 relayed "
                    "from node %5 to node %6",
            nullptr, live.rounds)
                     .arg(sizes.join(QStringLiteral(", ")), QLocale::c().formattedDataSize(streamed))
                     .arg(frozenSeconds, 0, 'f', 1)
                     .arg(QLocale::c().formattedDataSize(total))
                     .arg(source)
                     .arg(target);
    } else {
        o.note = streamed > 0 ? tr("checkpoint of %1 relayed from node %2 to node %3")
                                    .arg(QLocale::c().formattedDataSize(streamed))
                                    .arg(source)
                                    .arg(target)
                              : tr("checkpoint through %1").arg(folder);
        o.note += QStringLiteral("; ") + tr("stopped for %1 s").arg(frozenSeconds, 0, 'f', 1);
        if (!live.why.isEmpty())
            o.note += QStringLiteral("; ") + tr("not live: %1").arg(live.why);
    }
    if (restoredPid != p.pid)
        o.note += QStringLiteral("; ") + tr("restored as process %1").arg(restoredPid);
    if (!end.ok())
        o.error = tr("process %1 runs on node %2 now, but its stopped original on node %3 could not be ended: %4 (end "
                     "it by hand: kill -KILL %1)")
                      .arg(p.pid)
                      .arg(target)
                      .arg(source)
                      .arg(end.failureText());
}

} // namespace omv
