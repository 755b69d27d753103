#include "simcluster.h"

#include <algorithm>
#include <cerrno>
#include <cmath>

namespace omsim
{

namespace
{
constexpr int64_t kBaseMem = int64_t(256) << 20; // kernel and daemons of an idle node
constexpr int64_t kSettleMs = 5000; // a process that just moved stays put this long (no thrashing)
constexpr double kMigrationCost = 0.25; // in busy CPUs of the reference speed: the gain must beat it
constexpr double kMemHigh = 0.90; // a node above this share of used memory ushers work away
constexpr int64_t kMattxDifference = 500;
constexpr int64_t kMattxSleepMs = 1000;

std::string joinArgv(const std::vector<std::string>& argv)
{
    std::string s;
    for (size_t i = 0; i < argv.size(); ++i) {
        if (i)
            s += ' ';
        s += argv[i];
    }
    return s;
}
} // namespace

const std::map<int, std::string>& SimCluster::users()
{
    static const std::map<int, std::string> u { { 0, "root" }, { 1000, "alice" }, { 1001, "bob" }, { 1002, "carol" },
        { 1003, "dave" } };
    return u;
}

SimCluster::SimCluster(Kernel kernel, uint64_t seed)
    : m_kernel(kernel)
    , m_rng(seed)
{
}

Node& SimCluster::addNode(int id, int64_t speed, int cpus, int64_t memBytes)
{
    Node& n = m_nodes[id];
    n.id = id;
    n.address = id <= 254 ? "127.0.1." + std::to_string(id)
                          : "127.1." + std::to_string(id / 256) + "." + std::to_string(id % 256);
    n.speed = speed;
    n.cpus = cpus;
    n.memTotal = memBytes;
    n.advertisedFree = memBytes - kBaseMem;
    // Stock kernels have pid spaces of their own that rarely overlap; so has each emulated one
    // (a checkpoint restores into the pid it had, and fails where that one is taken).
    if (m_kernel == Kernel::Linux)
        n.nextPid = 1000 + int((int64_t(id) * 49999) % 4000000);
    return n;
}

Node* SimCluster::node(int id)
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &it->second;
}

const Node* SimCluster::node(int id) const
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &it->second;
}

int SimCluster::spawn(int nodeId, int uid, std::vector<std::string> argv, double demand, int64_t mem)
{
    Node* n = node(nodeId);
    if (!n || !n->up || argv.empty())
        return 0;
    Process p;
    while (process(nodeId, n->nextPid)) // a restored process may hold the next one
        ++n->nextPid;
    p.pid = n->nextPid++;
    p.home = p.node = nodeId;
    p.uid = uid;
    const std::string& a0 = argv.front();
    const size_t slash = a0.rfind('/');
    p.comm = (slash == std::string::npos ? a0 : a0.substr(slash + 1)).substr(0, 15); // TASK_COMM_LEN
    p.argv = std::move(argv);
    p.demand = demand;
    p.mem = mem;
    p.startMs = m_nowMs;
    n->demand += p.demand; // kept current without a full account(): scenarios spawn 50,000
    n->memUsed += p.mem;
    m_byHome[key(p.home, p.pid)] = m_procs.size();
    m_procs.push_back(std::move(p));
    return m_procs.back().pid;
}

Errno SimCluster::restore(int nodeId, int pid, const Process& image)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    if (!n->up)
        return EHOSTDOWN;
    if (pid <= 0 || image.argv.empty())
        return EINVAL;
    if (processOn(nodeId, pid))
        return EEXIST;
    Process p = image;
    p.pid = pid;
    p.home = p.node = nodeId;
    p.remotePid = 0;
    p.startMs = m_nowMs;
    p.cpuSeconds = 0;
    p.locked = false;
    p.lastMigrationMs = -1000000000;
    n->demand += p.stopped ? 0 : p.demand;
    n->memUsed += p.mem;
    m_byHome[key(p.home, p.pid)] = m_procs.size();
    m_procs.push_back(std::move(p));
    return 0;
}

Process* SimCluster::process(int home, int pid)
{
    auto it = m_byHome.find(key(home, pid));
    return it == m_byHome.end() ? nullptr : &m_procs[it->second];
}

Process* SimCluster::guestOn(int nodeId, int remotePid)
{
    auto it = m_byGuest.find(key(nodeId, remotePid));
    return it == m_byGuest.end() ? nullptr : &m_procs[it->second];
}

Process* SimCluster::processOn(int nodeId, int pid)
{
    Process* p = process(nodeId, pid);
    return p ? p : guestOn(nodeId, pid);
}

std::vector<std::string> SimCluster::takeVanished()
{
    std::vector<std::string> out;
    out.swap(m_vanished);
    return out;
}

// Swap-and-pop: O(1), and both indexes follow the process that moves into the hole.
void SimCluster::removeProcess(size_t index)
{
    Process& gone = m_procs[index];
    if (m_trackVanished)
        m_vanished.push_back("/" + std::to_string(gone.home) + "/" + std::to_string(gone.pid));
    if (gone.away() && m_trackVanished) {
        m_vanished.push_back("/" + std::to_string(gone.node) + "/hpc/remote/" + std::to_string(gone.remotePid));
        m_vanished.push_back("/" + std::to_string(gone.node) + "/" + std::to_string(gone.remotePid)); // MattX stub
    }
    m_byHome.erase(key(gone.home, gone.pid));
    if (gone.away())
        m_byGuest.erase(key(gone.node, gone.remotePid));
    const size_t last = m_procs.size() - 1;
    if (index != last) {
        gone = std::move(m_procs[last]);
        m_byHome[key(gone.home, gone.pid)] = index;
        if (gone.away())
            m_byGuest[key(gone.node, gone.remotePid)] = index;
    }
    m_procs.pop_back();
}

bool SimCluster::canLeave(const Process& p, const Node& from) const
{
    if (p.locked || p.stopped || !p.cantMove.empty())
        return false;
    if (from.flags.lstay && p.home == from.id)
        return false;
    if (m_nowMs - p.lastMigrationMs < kSettleMs)
        return false;
    if (m_kernel == Kernel::MattX) {
        const Node* home = node(p.home);
        if (home) {
            if (std::find(home->excludes.begin(), home->excludes.end(), p.comm) != home->excludes.end())
                return false;
            if (!home->includes.empty()
                && std::find(home->includes.begin(), home->includes.end(), p.comm) == home->includes.end())
                return false;
        }
    }
    return true;
}

bool SimCluster::accepts(const Node& target, const Process& p) const
{
    if (!target.up)
        return false;
    if (target.id == p.home)
        return true; // a node never refuses its own processes
    if (target.flags.block || target.flags.expel)
        return false;
    return target.memTotal - target.memUsed >= p.mem;
}

void SimCluster::moveTo(Process& p, int target, bool byBalancer)
{
    (void)byBalancer;
    if (p.node == target)
        return;
    Node* from = node(p.node);
    Node* to = node(target);
    const double d = p.stopped ? 0 : p.demand;
    if (from) {
        from->demand -= d;
        from->memUsed -= p.mem;
    }
    if (to) {
        to->demand += d;
        to->memUsed += p.mem;
    }
    if (p.away()) {
        m_byGuest.erase(key(p.node, p.remotePid));
    }
    if (p.away() && m_trackVanished) {
        m_vanished.push_back("/" + std::to_string(p.node) + "/hpc/remote/" + std::to_string(p.remotePid));
        m_vanished.push_back("/" + std::to_string(p.node) + "/" + std::to_string(p.remotePid)); // MattX stub
    }
    p.node = target;
    p.remotePid = (target != p.home && to) ? to->nextPid++ : 0;
    if (p.away())
        m_byGuest[key(p.node, p.remotePid)] = size_t(&p - m_procs.data());
    ++p.nmigs;
    p.lastMigrationMs = m_nowMs;
    ++m_migrations;
}

std::string kernelName(Kernel kernel)
{
    switch (kernel) {
    case Kernel::OpenMosix:
        return "openmosix";
    case Kernel::MattX:
        return "mattx";
    case Kernel::Linux:
        break;
    }
    return "linux";
}

bool parseKernel(const std::string& name, Kernel* kernel)
{
    for (Kernel k : { Kernel::OpenMosix, Kernel::MattX, Kernel::Linux })
        if (name == kernelName(k)) {
            *kernel = k;
            return true;
        }
    return false;
}

Errno SimCluster::migrate(int home, int pid, int target)
{
    Process* p = process(home, pid);
    if (!p)
        return ESRCH;
    if (m_kernel == Kernel::Linux)
        return ENOSYS;
    if (target == 0)
        target = p->home;
    Node* t = node(target);
    if (!t)
        return EINVAL;
    if (!t->up)
        return EHOSTDOWN;
    if (p->locked && target != p->home)
        return EPERM;
    if (!p->cantMove.empty() && target != p->home)
        return EBUSY;
    account();
    if (target != p->home && !accepts(*t, *p))
        return EAGAIN; // the node refuses guests or has no room
    moveTo(*p, target, false);
    return 0;
}

int SimCluster::bestTarget(const Process& p, int exclude) const
{
    int best = 0;
    double bestLoad = 0;
    for (const auto& [id, n] : m_nodes) {
        if (id == exclude || !accepts(n, p) || (n.flags.quiet && id != p.node))
            continue;
        const double after = (n.demand + p.demand) / n.capacity();
        if (best == 0 || after < bestLoad) {
            best = id;
            bestLoad = after;
        }
    }
    return best;
}

Errno SimCluster::migrateBalance(int home, int pid)
{
    Process* p = process(home, pid);
    if (!p)
        return ESRCH;
    if (m_kernel == Kernel::Linux)
        return ENOSYS;
    if (p->locked)
        return EPERM;
    account();
    Node* cur = node(p->node);
    const double here = cur ? cur->demand / cur->capacity() : 1e9;
    const int best = bestTarget(*p, p->node);
    if (best == 0)
        return 0; // nowhere better: it stays, as the kernel would
    const Node& b = *node(best);
    if ((b.demand + p->demand) / b.capacity() < here)
        moveTo(*p, best, false);
    return 0;
}

Errno SimCluster::signal(int nodeId, int pid, const std::string& sig)
{
    Process* p = processOn(nodeId, pid);
    if (!p)
        return ESRCH;
    if (sig == "STOP") {
        p->stopped = true;
    } else if (sig == "CONT") {
        p->stopped = false;
    } else if (sig == "TERM" || sig == "KILL" || sig == "INT" || sig == "HUP") {
        const size_t index = size_t(p - m_procs.data());
        removeProcess(index);
    } else if (sig == "USR1" || sig == "USR2" || sig == "0") {
        // delivered; the simulated program ignores it
    } else {
        return EINVAL;
    }
    account();
    return 0;
}

Errno SimCluster::renice(int nodeId, int pid, int nice)
{
    Process* p = processOn(nodeId, pid);
    if (!p)
        return ESRCH;
    if (nice < -20 || nice > 19)
        return EINVAL;
    p->nice = nice;
    return 0;
}

Errno SimCluster::setLock(int home, int pid, bool locked)
{
    Process* p = process(home, pid);
    if (!p)
        return ESRCH;
    p->locked = locked;
    return 0;
}

Errno SimCluster::setFlag(int nodeId, const std::string& name, int64_t value)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    if (name == "speed") {
        if (value <= 0 || value > 1000000000)
            return EINVAL;
        n->speed = value;
        return 0;
    }
    if (value != 0 && value != 1)
        return EINVAL;
    const bool on = value == 1;
    if (name == "stay")
        n->flags.stay = on;
    else if (name == "lstay") {
        n->flags.lstay = on;
        if (!on)
            n->flags.bring = false;
    } else if (name == "block") {
        n->flags.block = on;
        if (!on)
            n->flags.expel = false;
    } else if (name == "quiet")
        n->flags.quiet = on;
    else if (name == "nomfs")
        n->flags.nomfs = on;
    else if (name == "expel")
        return on ? expel(nodeId) : setFlag(nodeId, "block", 0);
    else if (name == "bring")
        return on ? bring(nodeId) : setFlag(nodeId, "lstay", 0);
    else
        return EINVAL;
    return 0;
}

Errno SimCluster::expel(int nodeId)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    n->flags.expel = true;
    n->flags.block = true;
    for (Process& p : m_procs) {
        if (p.node == nodeId && p.home != nodeId) {
            const Node* home = node(p.home);
            if (home && home->up)
                moveTo(p, p.home, false);
        }
    }
    account();
    return 0;
}

Errno SimCluster::bring(int nodeId)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    if (!n->up)
        return EHOSTDOWN;
    n->flags.bring = true;
    n->flags.lstay = true;
    for (Process& p : m_procs) {
        if (p.home == nodeId && p.node != nodeId)
            moveTo(p, nodeId, false);
    }
    account();
    return 0;
}

Errno SimCluster::nodeStop(int nodeId)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    if (!n->up)
        return 0;
    expel(nodeId);
    bring(nodeId);
    n->up = false;
    // What could not go anywhere ends with the node: guests whose home is down.
    for (size_t i = m_procs.size(); i-- > 0;) {
        if (m_procs[i].node == nodeId && m_procs[i].home != nodeId)
            removeProcess(i);
    }
    account();
    return 0;
}

Errno SimCluster::nodeStart(int nodeId)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    n->up = true;
    n->flags = Flags {};
    account();
    return 0;
}

Errno SimCluster::nodeCrash(int nodeId)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    n->up = false;
    for (size_t i = m_procs.size(); i-- > 0;) {
        const Process& p = m_procs[i];
        if (p.node == nodeId || p.home == nodeId) // running there, or its deputy was there
            removeProcess(i);
    }
    account();
    return 0;
}

Errno SimCluster::mattxAdmin(int nodeId, const std::string& rawLine)
{
    Node* n = node(nodeId);
    if (!n)
        return ENOENT;
    std::string line = rawLine;
    while (!line.empty() && (line.back() == '\n' || line.back() == ' '))
        line.pop_back();
    const size_t sp = line.find(' ');
    const std::string cmd = line.substr(0, sp);
    const std::string arg = sp == std::string::npos ? std::string() : line.substr(sp + 1);
    auto number = [](const std::string& s, int64_t* out) {
        if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos)
            return false;
        *out = std::stoll(s);
        return true;
    };
    auto list = [](const std::string& s) {
        std::vector<std::string> out;
        size_t start = 0;
        while (start <= s.size()) {
            const size_t c = s.find(',', start);
            const std::string item = s.substr(start, c == std::string::npos ? std::string::npos : c - start);
            if (!item.empty())
                out.push_back(item);
            if (c == std::string::npos)
                break;
            start = c + 1;
        }
        return out;
    };
    int64_t v = 0;
    if (cmd == "balancer" || cmd == "debug") {
        if (!number(arg, &v) || v > 1)
            return EINVAL;
        (cmd == "balancer" ? n->balancer : n->debug) = v == 1;
        return 0;
    }
    if (cmd == "affinity") {
        if (!number(arg, &v) || v > 100000000)
            return EINVAL;
        n->affinity = v;
        return 0;
    }
    if (cmd == "exclude") {
        n->excludes = list(arg);
        return 0;
    }
    if (cmd == "include") {
        n->includes = list(arg);
        return 0;
    }
    if (cmd == "migrate") {
        const size_t sp2 = arg.find(' ');
        int64_t pid = 0, target = 0;
        if (sp2 == std::string::npos || !number(arg.substr(0, sp2), &pid))
            return EINVAL;
        const std::string to = arg.substr(sp2 + 1);
        if (to == "home")
            target = 0;
        else if (!number(to, &target) || target == 0)
            return EINVAL;
        return migrate(nodeId, int(pid), int(target));
    }
    return EINVAL;
}

int SimCluster::killMatching(const std::string& pattern)
{
    int n = 0;
    for (size_t i = m_procs.size(); i-- > 0;) {
        if (joinArgv(m_procs[i].argv).find(pattern) != std::string::npos) {
            removeProcess(i);
            ++n;
        }
    }
    account();
    return n;
}

void SimCluster::account()
{
    for (auto& [id, n] : m_nodes) {
        n.demand = 0;
        n.memUsed = n.up ? kBaseMem : 0;
    }
    for (const Process& p : m_procs) {
        auto it = m_nodes.find(p.node);
        if (it == m_nodes.end())
            continue;
        if (!p.stopped)
            it->second.demand += p.demand;
        it->second.memUsed += p.mem;
    }
    for (auto& [id, n] : m_nodes) {
        if (!n.up || n.flags.quiet)
            continue; // a quiet node's entry in the others' tables goes stale
        n.advertisedLoad = std::llround(n.demand * 250.0);
        n.advertisedUtil = int(std::min(100.0, n.demand * 100.0 / std::max(1, n.cpus)));
        n.advertisedFree = std::max<int64_t>(0, n.memTotal - n.memUsed);
    }
}

void SimCluster::tick()
{
    account();
    const double seconds = m_tickMs / 1000.0;
    const double decay = std::exp(-seconds / 60.0);
    for (auto& [id, n] : m_nodes) {
        if (!n.up)
            continue;
        const double busy = std::min<double>(n.demand, n.cpus);
        n.cpuTicks[0] += uint64_t(busy * seconds * 100);
        n.cpuTicks[3] += uint64_t((n.cpus - busy) * seconds * 100);
        n.loadavg1 = n.loadavg1 * decay + n.demand * (1 - decay);
    }
    for (Process& p : m_procs) {
        const Node* n = node(p.node);
        if (!n || p.stopped)
            continue;
        // CPU time is time on a CPU: a faster node does more work in a second, never more than a
        // second of it per CPU (the speed factor here booked 124 % on a one-CPU node).
        const double share = n->demand <= n->cpus ? 1.0 : double(n->cpus) / n->demand;
        p.cpuSeconds += p.demand * share * seconds;
    }
    m_nowMs += m_tickMs;
    ++m_ticks;
    if (m_kernel == Kernel::OpenMosix)
        balanceOpenMosix();
    else if (m_kernel == Kernel::MattX)
        balanceMattx(); // a stock Linux kernel balances nothing across nodes
    account();
}

// The openMosix-style balancer, one round per tick:
//
// 1. Memory ushering: a node whose memory is more than 90 % used sends its largest movable
//    process to the up node with the most free memory that accepts it.
// 2. Load: every node's relative load is demand / capacity, capacity = cpus x speed / 10000.
//    Nodes are visited from the most to the least loaded. A node that is down, `stay`, or that
//    already sent a process this round is skipped. Its heaviest movable process P (not locked,
//    not stopped, no cant-move reason, not settling after a recent move, not a local process of
//    an `lstay` node) goes to the node B where it would find the lowest relative load, if
//        (demand(B) + d(P)) / capacity(B) + cost  <  demand(A) / capacity(A)
//    with cost = 0.25 reference CPUs: the move must pay for itself, so a steady state does not
//    thrash. B must be up, and — unless B is P's home — not `block`/`expel`, with room for P's
//    memory. A `quiet` node is never chosen: the others no longer see its load.
//    One migration per sending node per round, and a process that moved settles for 5 s.
// Flags with a one-off action (expel, bring, node stop) act when they are set, not here.
void SimCluster::balanceOpenMosix()
{
    std::vector<std::vector<size_t>> byNode;
    std::map<int, size_t> slot;
    for (const auto& [id, n] : m_nodes) {
        slot[id] = byNode.size();
        byNode.emplace_back();
    }
    for (size_t i = 0; i < m_procs.size(); ++i)
        byNode[slot[m_procs[i].node]].push_back(i);

    std::vector<int> sent;
    // 1. memory
    for (auto& [id, n] : m_nodes) {
        if (!n.up || n.memUsed <= int64_t(double(n.memTotal) * kMemHigh))
            continue;
        Process* biggest = nullptr;
        for (size_t i : byNode[slot[id]]) {
            Process& p = m_procs[i];
            if (canLeave(p, n) && (!biggest || p.mem > biggest->mem))
                biggest = &p;
        }
        if (!biggest)
            continue;
        int target = 0;
        int64_t mostFree = 0;
        for (const auto& [tid, t] : m_nodes) {
            const int64_t free = t.memTotal - t.memUsed;
            if (tid != id && !t.flags.quiet && accepts(t, *biggest) && free > mostFree) {
                target = tid;
                mostFree = free;
            }
        }
        if (target) {
            moveTo(*biggest, target, true);
            sent.push_back(id);
        }
    }
    // 2. load
    std::vector<Node*> order;
    for (auto& [id, n] : m_nodes) {
        if (n.up && !n.flags.stay && n.demand > 0)
            order.push_back(&n);
    }
    std::sort(order.begin(), order.end(), [](const Node* a, const Node* b) {
        const double la = a->demand / a->capacity(), lb = b->demand / b->capacity();
        return la != lb ? la > lb : a->id < b->id;
    });
    double lightest = 1e18;
    for (const auto& [id, n] : m_nodes) {
        if (n.up && !n.flags.quiet && !n.flags.block)
            lightest = std::min(lightest, n.demand / n.capacity());
    }
    for (Node* a : order) {
        if (std::find(sent.begin(), sent.end(), a->id) != sent.end())
            continue;
        const double la = a->demand / a->capacity();
        if (la - lightest <= kMigrationCost)
            break; // sorted: nobody after this one gains either
        Process* heaviest = nullptr;
        for (size_t i : byNode[slot[a->id]]) {
            Process& p = m_procs[i];
            if (p.node == a->id && canLeave(p, *a) && (!heaviest || p.demand > heaviest->demand))
                heaviest = &p;
        }
        if (!heaviest || heaviest->demand <= 0)
            continue;
        const int target = bestTarget(*heaviest, a->id);
        if (!target)
            continue;
        const Node& b = *node(target);
        if ((b.demand + heaviest->demand) / b.capacity() + kMigrationCost < la) {
            moveTo(*heaviest, target, true);
            lightest = 1e18;
            for (const auto& [id, n] : m_nodes) {
                if (n.up && !n.flags.quiet && !n.flags.block)
                    lightest = std::min(lightest, n.demand / n.capacity());
            }
        }
    }
}

// MattX rules (reference/mattx.md): a node whose balancer is on compares load x 1000 / affinity
// with every other node; it acts on a difference of at least 500, never migrates away while its
// load is at most its core count, honours the exclude/include lists of the process's home node,
// and sleeps 1 s after each migration. The target's own balancer setting does not matter.
void SimCluster::balanceMattx()
{
    std::vector<std::vector<size_t>> byNode;
    std::map<int, size_t> slot;
    for (const auto& [id, n] : m_nodes) {
        slot[id] = byNode.size();
        byNode.emplace_back();
    }
    for (size_t i = 0; i < m_procs.size(); ++i)
        byNode[slot[m_procs[i].node]].push_back(i);
    auto normalised = [](const Node& n) { return std::llround(n.demand * 1000.0) * 1000 / n.mattxAffinity(); };
    for (auto& [id, a] : m_nodes) {
        if (!a.up || !a.balancer || m_nowMs < a.cooldownUntilMs || a.demand <= a.cpus)
            continue;
        const int64_t na = normalised(a);
        Node* best = nullptr;
        for (auto& [tid, t] : m_nodes) {
            if (tid != id && t.up && (!best || normalised(t) < normalised(*best)))
                best = &t;
        }
        if (!best || na - normalised(*best) < kMattxDifference)
            continue;
        Process* pick = nullptr;
        for (size_t i : byNode[slot[id]]) {
            Process& p = m_procs[i];
            if (p.node == id && canLeave(p, a) && accepts(*best, p) && (!pick || p.demand > pick->demand))
                pick = &p;
        }
        if (!pick)
            continue;
        moveTo(*pick, best->id, true);
        a.cooldownUntilMs = m_nowMs + kMattxSleepMs;
    }
}

} // namespace omsim
