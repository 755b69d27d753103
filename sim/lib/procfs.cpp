#include "procfs.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace omsim
{

namespace
{

std::vector<std::string> split(const std::string& path)
{
    std::vector<std::string> parts;
    size_t i = 0;
    while (i < path.size()) {
        while (i < path.size() && path[i] == '/')
            ++i;
        const size_t start = i;
        while (i < path.size() && path[i] != '/')
            ++i;
        if (i > start)
            parts.push_back(path.substr(start, i - start));
    }
    return parts;
}

bool toInt(const std::string& s, int* out)
{
    if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos
        || (s.size() > 1 && s[0] == '0'))
        return false;
    *out = std::stoi(s);
    return true;
}

const std::vector<std::string> kNodeFiles { "load", "speed", "cpus", "mem", "rmem", "tmem", "util", "status" };
const std::vector<std::string> kAdminFiles { "block", "bring", "expel", "lstay", "quiet", "stay", "nomfs", "speed",
    "mospe", "decay-interval", "slow-decay", "fast-decay", "overheads", "gateways", "version" };
const std::vector<std::string> kAdminWritable { "block", "bring", "expel", "lstay", "quiet", "stay", "nomfs", "speed",
    "mospe", "decay-interval", "slow-decay", "fast-decay", "overheads", "gateways" };
const std::vector<std::string> kPidFilesOm { "stat", "status", "cmdline", "where", "lock", "nmigs", "cantmove", "goto",
    "migrate" };
const std::vector<std::string> kPidFilesMx { "stat", "status", "cmdline" };
const std::vector<std::string> kRemoteFiles { "from", "identity", "statm", "stats" };
const std::vector<std::string> kMattxFiles { "nodes", "admin", "guests", "remote" };

bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::string num(int64_t v)
{
    return std::to_string(v) + "\n";
}

char stateOf(const Process& p, bool homeCopyOfExported)
{
    if (p.stopped || homeCopyOfExported)
        return 'T';
    return p.demand >= 0.5 ? 'R' : 'S';
}

struct Where {
    Process* proc = nullptr;
    bool guestStub = false; // MattX: the stub of a guest, listed under its stub pid
};

} // namespace

bool parseInteger(const std::string& text, int64_t* out)
{
    size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == '\n' || text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r'))
        --e;
    if (b == e || e - b > 18)
        return false;
    size_t i = b;
    if (text[i] == '-')
        ++i;
    if (i == e)
        return false;
    for (size_t k = i; k < e; ++k) {
        if (text[k] < '0' || text[k] > '9')
            return false;
    }
    *out = std::stoll(text.substr(b, e - b));
    return true;
}

std::string renderStat(const Process& p, int pidOnNode, char state)
{
    const int64_t ticks = int64_t(p.cpuSeconds * 100);
    char buf[512];
    std::snprintf(buf, sizeof buf,
        "%d (%s) %c 1 %d %d 0 -1 4194304 %lld 0 0 0 %lld %lld 0 0 %d %d 1 0 %lld %lld %lld 18446744073709551615 0 0 0 "
        "0 "
        "0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n",
        pidOnNode, p.comm.c_str(), state, pidOnNode, pidOnNode, (long long)(ticks * 3), (long long)(ticks * 9 / 10),
        (long long)(ticks / 10), 20 + p.nice, p.nice, (long long)(p.startMs / 10),
        (long long)(p.mem + (int64_t(8) << 20)), (long long)(p.mem / 4096));
    return buf;
}

std::string renderMattxNodes(const SimCluster& c, int localId)
{
    std::string out = "MattX Cluster Nodes:\n"
                      "------------------------------------------------------------------------\n"
                      "Node ID         IP Address      CPU Load        Affinity        Mem Free (MB)\n"
                      "------------------------------------------------------------------------\n";
    char buf[256];
    for (const auto& [id, n] : c.nodes()) {
        if (!n.up)
            continue;
        const std::string idText = std::to_string(id) + (id == localId ? " (Local)" : "");
        std::snprintf(buf, sizeof buf, "%-15s %-15s %-15lld %-15lld %lld\n", idText.c_str(), n.address.c_str(),
            (long long)std::llround(n.demand * 1000.0), (long long)n.mattxAffinity(),
            (long long)(std::max<int64_t>(0, n.memTotal - n.memUsed) >> 20));
        out += buf;
    }
    const Node* local = c.node(localId);
    if (!local)
        return out;
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (size_t i = 0; i < v.size(); ++i)
            s += (i ? "," : "") + v[i];
        return s;
    };
    out += "\nBalancer Enabled: " + std::string(local->balancer ? "YES" : "NO") + "\n";
    out += "MattXFS Enabled: YES\n";
    out += "Debug Mode: " + std::string(local->debug ? "ON" : "OFF") + "\n";
    out += "Node Affinity: " + std::to_string(local->affinity) + " (0 = Auto)\n";
    out += "Migration Excludes: " + join(local->excludes) + "\n";
    out += "Migration Includes: " + join(local->includes) + "\n";
    return out;
}

const std::vector<std::string>& ProcFs::nodeTools()
{
    static const std::vector<std::string> tools { "mosctl", "migrate", "kill", "renice", "mosrun", "openmosix",
        "showmap", "setpe", "getent", "nomig", "runhome", "runon", "cpujob", "iojob", "nodecay", "slowdecay",
        "fastdecay", "criu" };
    return tools;
}

ProcFs::ProcFs(SimCluster& cluster, std::string nodeToolPath)
    : m_cluster(cluster)
    , m_tool(std::move(nodeToolPath))
{
}

// Resolves ROOT/<node>/<pid> to a process: own processes (deputies) by pid; in MattX mode also
// the stubs of guests by their stub pid.
static Where findPid(SimCluster& c, int node, int pid)
{
    Where w;
    w.proc = c.process(node, pid);
    if (!w.proc && c.kernel() == Kernel::MattX) {
        w.proc = c.guestOn(node, pid);
        w.guestStub = w.proc != nullptr;
    }
    return w;
}

static Process* findRemote(SimCluster& c, int node, int rpid)
{
    return c.guestOn(node, rpid);
}

Entry ProcFs::lookup(const std::string& path) const
{
    SimCluster& c = m_cluster;
    const std::vector<std::string> p = split(path);
    auto dir = [] { return Entry { EntryType::Dir, false }; };
    auto file = [](bool w) { return Entry { EntryType::File, w }; };
    if (p.empty())
        return dir();
    if (p.size() == 1 && (p[0] == "status" || p[0] == "map"))
        return file(false);
    if (p.size() == 1 && p[0] == "ctl")
        return file(true);
    if (p[0] == "bin") {
        if (p.size() == 1)
            return dir();
        return p.size() == 2 && contains(nodeTools(), p[1]) ? Entry { EntryType::Link, false } : Entry {};
    }
    int id = 0;
    if (!toInt(p[0], &id) || !c.node(id))
        return {};
    const Node& n = *c.node(id);
    if (p.size() == 1)
        return dir();
    const bool om = c.kernel() == Kernel::OpenMosix, mx = c.kernel() == Kernel::MattX;
    const std::string& top = p[1];
    if (p.size() == 2 && (top == "loadavg" || top == "meminfo" || top == "stat" || top == "cpuinfo" || top == "uptime"))
        return file(false);
    if (top == "sys") { // sys/kernel/osrelease only: what a checkpoint tool asks of the kernel
        if (p.size() == 2 || (p.size() == 3 && p[2] == "kernel"))
            return dir();
        return p.size() == 4 && p[2] == "kernel" && p[3] == "osrelease" ? file(false) : Entry {};
    }
    if (om && top == "hpc") {
        if (p.size() == 2)
            return dir();
        if (p[2] == "nodes") {
            if (p.size() == 3)
                return dir();
            int j = 0;
            if (!n.up || !toInt(p[3], &j) || !c.node(j))
                return {};
            if (p.size() == 4)
                return dir();
            return p.size() == 5 && contains(kNodeFiles, p[4]) ? file(false) : Entry {};
        }
        if (p[2] == "admin") {
            if (p.size() == 3)
                return dir();
            return p.size() == 4 && contains(kAdminFiles, p[3]) ? file(contains(kAdminWritable, p[3])) : Entry {};
        }
        if (p[2] == "remote") {
            if (p.size() == 3)
                return dir();
            int rpid = 0;
            if (!toInt(p[3], &rpid) || !findRemote(c, id, rpid))
                return {};
            if (p.size() == 4)
                return dir();
            return p.size() == 5 && contains(kRemoteFiles, p[4]) ? file(false) : Entry {};
        }
        return {};
    }
    if (mx && top == "mattx") {
        if (p.size() == 2)
            return dir();
        return p.size() == 3 && contains(kMattxFiles, p[2]) ? file(p[2] == "admin") : Entry {};
    }
    int pid = 0;
    if (!toInt(top, &pid))
        return {};
    const Where w = findPid(c, id, pid);
    if (!w.proc)
        return {};
    if (p.size() == 2)
        return dir();
    const std::vector<std::string>& files = om ? kPidFilesOm : kPidFilesMx;
    if (p.size() == 3 && contains(files, p[2]))
        return file(p[2] == "goto" || p[2] == "migrate" || p[2] == "lock");
    return {};
}

int ProcFs::list(const std::string& path, std::vector<std::string>* names) const
{
    SimCluster& c = m_cluster;
    const Entry e = lookup(path);
    if (e.type == EntryType::None)
        return -ENOENT;
    if (e.type != EntryType::Dir)
        return -ENOTDIR;
    const std::vector<std::string> p = split(path);
    auto add = [names](const std::vector<std::string>& v) { names->insert(names->end(), v.begin(), v.end()); };
    if (p.empty()) {
        add({ "bin", "ctl", "status", "map" });
        for (const auto& [id, n] : c.nodes())
            names->push_back(std::to_string(id));
        return 0;
    }
    if (p[0] == "bin") {
        add(nodeTools());
        return 0;
    }
    const int id = std::stoi(p[0]);
    const bool om = c.kernel() == Kernel::OpenMosix, mx = c.kernel() == Kernel::MattX;
    if (p.size() == 1) {
        add({ "loadavg", "meminfo", "stat", "cpuinfo", "uptime", "sys" });
        if (om || mx)
            add({ om ? "hpc" : "mattx" }); // a stock kernel has neither
        for (const Process& pr : c.processes()) {
            if (pr.home == id)
                names->push_back(std::to_string(pr.pid));
            else if (mx && pr.away() && pr.node == id)
                names->push_back(std::to_string(pr.remotePid));
        }
        return 0;
    }
    if (p[1] == "sys") {
        add({ p.size() == 2 ? "kernel" : "osrelease" });
        return 0;
    }
    if (p[1] == "hpc") {
        if (p.size() == 2)
            add({ "nodes", "admin", "remote" });
        else if (p[2] == "nodes" && p.size() == 3) {
            if (c.node(id)->up) { // openMosix off: no map loaded, no table
                for (const auto& [j, n] : c.nodes())
                    names->push_back(std::to_string(j));
            }
        } else if (p[2] == "nodes")
            add(kNodeFiles);
        else if (p[2] == "admin")
            add(kAdminFiles);
        else if (p[2] == "remote" && p.size() == 3) {
            for (const Process& pr : c.processes()) {
                if (pr.away() && pr.node == id)
                    names->push_back(std::to_string(pr.remotePid));
            }
        } else if (p[2] == "remote")
            add(kRemoteFiles);
        return 0;
    }
    if (p[1] == "mattx") {
        add(kMattxFiles);
        return 0;
    }
    add(om ? kPidFilesOm : kPidFilesMx);
    return 0;
}

int ProcFs::readlink(const std::string& path, std::string* out) const
{
    if (lookup(path).type != EntryType::Link)
        return -EINVAL;
    *out = m_tool;
    return 0;
}

int ProcFs::read(const std::string& path, std::string* out) const
{
    SimCluster& c = m_cluster;
    const Entry e = lookup(path);
    if (e.type == EntryType::None)
        return -ENOENT;
    if (e.type != EntryType::File)
        return -EISDIR;
    const std::vector<std::string> p = split(path);
    out->clear();
    if (p.size() == 1) {
        if (p[0] == "ctl")
            return 0;
        if (p[0] == "map") {
            for (const auto& [id, n] : c.nodes())
                *out += std::to_string(id) + " " + n.address + " 1\n";
            return 0;
        }
        *out = "kernel " + kernelName(c.kernel()) + "\ntick " + std::to_string(c.ticks()) + "\ntime_ms "
            + std::to_string(c.nowMs()) + "\nnodes " + std::to_string(c.nodes().size()) + "\nprocesses "
            + std::to_string(c.processes().size()) + "\nmigrations " + std::to_string(c.migrationsTotal()) + "\n";
        return 0;
    }
    const int id = std::stoi(p[0]);
    const Node& n = *c.node(id);
    const std::string& top = p[1];
    char buf[512];
    if (p.size() == 2) {
        if (top == "loadavg") {
            std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f %d/%zu %d\n", n.loadavg1, n.loadavg1, n.loadavg1,
                int(std::ceil(n.demand)), c.processes().size(), n.nextPid);
            *out = buf;
        } else if (top == "meminfo") {
            const int64_t freeKb = std::max<int64_t>(0, n.memTotal - n.memUsed) >> 10;
            std::snprintf(buf, sizeof buf,
                "MemTotal:       %lld kB\nMemFree:        %lld kB\nMemAvailable:   %lld kB\n",
                (long long)(n.memTotal >> 10), (long long)freeKb, (long long)freeKb);
            *out = buf;
        } else if (top == "stat") {
            std::snprintf(buf, sizeof buf, "cpu  %llu 0 0 %llu 0 0 0 0 0 0\n", (unsigned long long)n.cpuTicks[0],
                (unsigned long long)n.cpuTicks[3]);
            *out = buf;
            // One line per CPU, as a real kernel has (the busy and idle time shared out evenly).
            for (int i = 0; i < n.cpus; ++i) {
                std::snprintf(buf, sizeof buf, "cpu%d %llu 0 0 %llu 0 0 0 0 0 0\n", i,
                    (unsigned long long)(n.cpuTicks[0] / std::max(1, n.cpus)),
                    (unsigned long long)(n.cpuTicks[3] / std::max(1, n.cpus)));
                *out += buf;
            }
        } else if (top == "cpuinfo") {
            for (int i = 0; i < n.cpus; ++i) {
                std::snprintf(buf, sizeof buf, "processor\t: %d\nmodel name\t: omsim virtual CPU @ speed %lld\n\n", i,
                    (long long)n.speed);
                *out += buf;
            }
        } else if (top == "uptime") {
            std::snprintf(buf, sizeof buf, "%.2f 0.00\n", double(c.nowMs()) / 1000.0);
            *out = buf;
        }
        return 0;
    }
    if (top == "sys") {
        *out = n.osrelease + "\n";
        return 0;
    }
    if (top == "hpc" && p[2] == "nodes")
        return readTableFile(id, std::stoi(p[3]), p[4].c_str(), out);
    if (top == "hpc" && p[2] == "admin") {
        const std::string& f = p[3];
        const Flags& fl = n.flags;
        if (f == "block")
            *out = num(fl.block);
        else if (f == "bring")
            *out = num(fl.bring);
        else if (f == "expel")
            *out = num(fl.expel);
        else if (f == "lstay")
            *out = num(fl.lstay);
        else if (f == "quiet")
            *out = num(fl.quiet);
        else if (f == "stay")
            *out = num(fl.stay);
        else if (f == "nomfs")
            *out = num(fl.nomfs);
        else if (f == "speed")
            *out = num(n.speed);
        else if (f == "mospe")
            *out = num(n.up ? id : 0);
        else if (f == "decay-interval")
            *out = "1\n";
        else if (f == "slow-decay")
            *out = "975\n";
        else if (f == "fast-decay")
            *out = "926\n";
        else if (f == "overheads" || f == "gateways")
            *out = "0\n";
        else if (f == "version")
            *out = "openMosix omsim 2.0\n";
        return 0;
    }
    if (top == "hpc" && p[2] == "remote") {
        const Process& pr = *findRemote(c, id, std::stoi(p[3]));
        const std::string& f = p[4];
        if (f == "from")
            *out = std::to_string(pr.home) + " " + c.node(pr.home)->address + "\n";
        else if (f == "identity")
            *out = std::to_string(pr.home) + " " + std::to_string(pr.pid) + "\n";
        else if (f == "statm")
            *out = std::to_string((pr.mem + (8 << 20)) / 4096) + " " + std::to_string(pr.mem / 4096) + " 0 0 0 0 0\n";
        else if (f == "stats")
            *out = renderStat(pr, pr.remotePid, stateOf(pr, false));
        return 0;
    }
    if (top == "mattx") {
        const std::string& f = p[2];
        if (f == "nodes")
            *out = renderMattxNodes(c, id);
        else if (f == "guests") {
            for (const Process& pr : c.processes()) {
                if (pr.away() && pr.node == id)
                    *out += std::to_string(pr.remotePid) + ":" + std::to_string(pr.home) + "\n";
            }
        } else if (f == "remote") {
            for (const Process& pr : c.processes()) {
                if (pr.home == id && pr.away())
                    *out += std::to_string(pr.pid) + ":" + std::to_string(pr.node) + "\n";
            }
        }
        return 0;
    }
    const Where w = findPid(c, id, std::stoi(top));
    const Process& pr = *w.proc;
    const int pidHere = w.guestStub ? pr.remotePid : pr.pid;
    const bool exportedHome = c.kernel() == Kernel::MattX && !w.guestStub && pr.away();
    const std::string& f = p[2];
    if (f == "stat") {
        *out = renderStat(pr, pidHere, stateOf(pr, exportedHome));
    } else if (f == "status") {
        const char st = stateOf(pr, exportedHome);
        const char* stName = st == 'R' ? "R (running)" : st == 'T' ? "T (stopped)" : "S (sleeping)";
        std::snprintf(buf, sizeof buf,
            "Name:\t%s\nState:\t%s\nTgid:\t%d\nPid:\t%d\nPPid:\t1\nUid:\t%d\t%d\t%d\t%d\nGid:\t%d\t%d\t%d\t%d\n"
            "VmSize:\t%lld kB\nVmRSS:\t%lld kB\nThreads:\t1\n",
            pr.comm.c_str(), stName, pidHere, pidHere, pr.uid, pr.uid, pr.uid, pr.uid, pr.uid, pr.uid, pr.uid, pr.uid,
            (long long)((pr.mem + (int64_t(8) << 20)) >> 10), (long long)(pr.mem >> 10));
        *out = buf;
    } else if (f == "cmdline") {
        for (const std::string& a : pr.argv) {
            *out += a;
            out->push_back('\0');
        }
    } else if (f == "where") {
        *out = num(pr.away() ? pr.node : 0);
    } else if (f == "lock") {
        *out = num(pr.locked);
    } else if (f == "nmigs") {
        *out = num(pr.nmigs);
    } else if (f == "cantmove") {
        *out = pr.cantMove.empty() ? std::string() : pr.cantMove + "\n";
    }
    return 0; // goto and migrate read empty
}

int ProcFs::readTableFile(int observer, int j, const char* f, std::string* out) const
{
    const Node* o = m_cluster.node(observer);
    const Node* mp = m_cluster.node(j);
    if (!o || !o->up || !mp)
        return -ENOENT;
    const Node& m = *mp;
    auto is = [f](const char* name) { return std::strcmp(f, name) == 0; };
    if (!m.up) {
        *out = is("status") ? "0\n" : (is("load") || is("cpus")) ? "-101\n" : is("speed") ? num(m.speed) : "0\n";
        return 0;
    }
    // Another node's figures are what it last told us (stale while it is quiet).
    const bool own = j == observer;
    if (is("load"))
        *out = num(own ? std::llround(m.demand * 250.0) : m.advertisedLoad);
    else if (is("speed"))
        *out = num(m.speed);
    else if (is("cpus"))
        *out = num(m.cpus);
    else if (is("mem") || is("rmem"))
        *out = num(own ? std::max<int64_t>(0, m.memTotal - m.memUsed) : m.advertisedFree);
    else if (is("tmem"))
        *out = num(m.memTotal);
    else if (is("util"))
        *out = num(own ? int(std::min(100.0, m.demand * 100.0 / std::max(1, m.cpus))) : m.advertisedUtil);
    else if (is("status"))
        *out = "3\n";
    else
        return -ENOENT;
    return 0;
}

bool parseTablePath(const char* path, int* observer, int* node, const char** field)
{
    // "/<observer>/hpc/nodes/<node>/<field>", without allocating
    auto number = [](const char*& p, int* out) {
        int v = 0, digits = 0;
        while (*p >= '0' && *p <= '9' && digits < 6) {
            v = v * 10 + (*p++ - '0');
            ++digits;
        }
        *out = v;
        return digits > 0;
    };
    const char* p = path;
    if (*p++ != '/' || !number(p, observer) || std::strncmp(p, "/hpc/nodes/", 11) != 0)
        return false;
    p += 11;
    if (!number(p, node) || *p++ != '/' || *p == '\0' || std::strchr(p, '/'))
        return false;
    *field = p;
    return std::find(kNodeFiles.begin(), kNodeFiles.end(), p) != kNodeFiles.end();
}

int ProcFs::write(const std::string& path, const std::string& data)
{
    SimCluster& c = m_cluster;
    const Entry e = lookup(path);
    if (e.type == EntryType::None)
        return -ENOENT;
    if (e.type != EntryType::File || !e.writable)
        return -EACCES;
    const std::vector<std::string> p = split(path);
    int64_t v = 0;
    if (p.size() == 1) { // ctl: NUL-separated fields, so arguments with spaces or quotes stay whole
        // A person may write plain words instead: `echo step 10 > ctl`.
        const char sep = data.find('\0') == std::string::npos ? ' ' : '\0';
        std::vector<std::string> f;
        size_t start = 0;
        while (start < data.size()) {
            size_t z = data.find(sep, start);
            if (z == std::string::npos)
                z = data.size();
            std::string field = data.substr(start, z - start);
            if (sep == ' ') {
                while (!field.empty() && (field.back() == '\n' || field.back() == '\r'))
                    field.pop_back();
                if (field.empty()) {
                    start = z + 1;
                    continue;
                }
            }
            f.push_back(field);
            start = z + 1;
        }
        if (f.empty())
            return -EINVAL;
        auto intAt = [&](size_t i, int64_t* out) { return i < f.size() && parseInteger(f[i], out); };
        int64_t a = 0, b = 0, d = 0;
        const std::string& cmd = f[0];
        if (cmd == "kill" && intAt(1, &a) && intAt(2, &b) && f.size() == 4)
            return -c.signal(int(a), int(b), f[3]);
        if (cmd == "renice" && intAt(1, &a) && intAt(2, &b) && intAt(3, &d) && f.size() == 4)
            return -c.renice(int(a), int(b), int(d));
        if (cmd == "balance" && intAt(1, &a) && intAt(2, &b) && f.size() == 3)
            return -c.migrateBalance(int(a), int(b));
        // node ID add SPEED CPUS MEM_MB: a node joins the running cluster (up, openMosix started).
        int64_t cpus = 0, memMb = 0;
        if (cmd == "node" && intAt(1, &a) && f.size() == 6 && f[2] == "add" && intAt(3, &b) && intAt(4, &cpus)
            && intAt(5, &memMb)) {
            if (a < 1 || a > 65535 || c.node(int(a)))
                return -EEXIST;
            if (b < 1 || b > 1000000000 || cpus < 1 || cpus > 1024 || memMb < 64 || memMb > (int64_t(1) << 24))
                return -EINVAL;
            c.addNode(int(a), b, int(cpus), memMb << 20);
            return 0;
        }
        // node ID osrelease TEXT: the kernel release the node reports (uname -r).
        if (cmd == "node" && intAt(1, &a) && f.size() == 4 && f[2] == "osrelease") {
            if (!c.node(int(a)))
                return -ENOENT;
            if (f[3].empty() || f[3].size() > 64 || f[3].find_first_of(" \n/") != std::string::npos)
                return -EINVAL;
            c.node(int(a))->osrelease = f[3];
            return 0;
        }
        // restore NODE PID UID DEMAND_MILLICPU MEM_MB NICE STOPPED COMM ARGV...: a checkpointed process
        // put back (the criu stand-in's restore).
        int64_t rUid = 0, rDemand = 0, rMem = 0, rNice = 0, rStopped = 0;
        if (cmd == "restore" && intAt(1, &a) && intAt(2, &b) && intAt(3, &rUid) && intAt(4, &rDemand) && intAt(5, &rMem)
            && intAt(6, &rNice) && intAt(7, &rStopped) && f.size() > 9 && rDemand >= 0 && rDemand <= 64000 && rMem >= 0
            && rMem <= (int64_t(1) << 20) && rNice >= -20 && rNice <= 19) {
            Process image;
            image.uid = int(rUid);
            image.comm = f[8].substr(0, 15); // TASK_COMM_LEN
            image.argv.assign(f.begin() + 9, f.end());
            image.demand = double(rDemand) / 1000.0;
            image.mem = rMem << 20;
            image.nice = int(rNice);
            image.stopped = rStopped != 0;
            const int err = c.restore(int(a), int(b), image);
            if (!err)
                c.account();
            return -err;
        }
        if (cmd == "node" && intAt(1, &a) && f.size() == 3) {
            if (f[2] == "start")
                return -c.nodeStart(int(a));
            if (f[2] == "stop")
                return -c.nodeStop(int(a));
            if (f[2] == "crash")
                return -c.nodeCrash(int(a));
            return -EINVAL;
        }
        if (cmd == "step" && intAt(1, &a) && a > 0 && a <= 1000000 && f.size() == 2) {
            for (int64_t i = 0; i < a; ++i) {
                c.tick();
                if (m_stepHook)
                    m_stepHook(c);
            }
            return 0;
        }
        // spawn NODE UID DEMAND_MILLICPU MEM_MB LOCK TARGET ARGV...   (TARGET 0 = home, -1 = best)
        int64_t demand = 0, mem = 0, lock = 0, target = 0;
        if (cmd == "spawn" && intAt(1, &a) && intAt(2, &b) && intAt(3, &demand) && intAt(4, &mem) && intAt(5, &lock)
            && intAt(6, &target) && f.size() > 7 && demand >= 0 && demand <= 64000 && mem >= 0
            && mem <= (int64_t(1) << 20)) {
            if (!c.node(int(a)))
                return -ENOENT;
            if (!c.node(int(a))->up)
                return -EHOSTDOWN;
            const int pid = c.spawn(
                int(a), int(b), std::vector<std::string>(f.begin() + 7, f.end()), double(demand) / 1000.0, mem << 20);
            if (pid == 0)
                return -EINVAL;
            if (target == -1) {
                c.migrateBalance(int(a), pid);
            } else if (target > 0 && target != a) {
                const int err = c.migrate(int(a), pid, int(target));
                if (err) {
                    c.signal(int(a), pid, "KILL");
                    return -err;
                }
            }
            if (lock)
                c.setLock(int(a), pid, true);
            return 0;
        }
        return -EINVAL;
    }
    const int id = std::stoi(p[0]);
    if (p[1] == "hpc") { // hpc/admin/<file>
        if (!parseInteger(data, &v))
            return -EINVAL;
        const std::string& f = p[3];
        if (f == "mospe")
            return v == 0 ? -c.nodeStop(id) : (v == id ? -c.nodeStart(id) : -EINVAL);
        if (f == "decay-interval" || f == "slow-decay" || f == "fast-decay" || f == "overheads" || f == "gateways")
            return v >= 0 ? 0 : -EINVAL;
        return -c.setFlag(id, f, v);
    }
    if (p[1] == "mattx")
        return -c.mattxAdmin(id, data);
    const int pid = std::stoi(p[1]);
    const std::string& f = p[2];
    const Where w = findPid(c, id, pid);
    if (!w.proc || w.guestStub)
        return -ESRCH;
    if (!parseInteger(data, &v))
        return -EINVAL;
    if (f == "lock") {
        if (v != 0 && v != 1)
            return -EINVAL;
        return -c.setLock(id, pid, v == 1);
    }
    if (v < 0 || v > 65535)
        return -EINVAL;
    return -c.migrate(id, pid, int(v)); // goto / migrate
}

} // namespace omsim
