#pragma once

// The emulated cluster: nodes, processes, the balancer and time. No I/O: the FUSE file system,
// the scenario runner and the tests all drive it through this class. Not thread-safe by itself:
// callers hold mutex() (the file system serves requests on several threads).

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace omsim
{

/// Linux: a stock kernel — no hpc or mattx files, nothing migrates.
enum class Kernel { OpenMosix, MattX, Linux };
/// "openmosix", "mattx", "linux"
std::string kernelName(Kernel kernel);
/// The kernel a name means; false for anything else.
bool parseKernel(const std::string& name, Kernel* kernel);

struct Flags {
    bool stay = false, lstay = false, block = false, quiet = false, expel = false, bring = false, nomfs = false;
};

struct Node {
    int id = 0;
    std::string address;
    int64_t speed = 10000; ///< openMosix speed; 10000 = the reference CPU
    int cpus = 1;
    int64_t memTotal = int64_t(4) << 30; ///< bytes
    bool up = true;
    std::string osrelease = "6.1.0-omsim"; ///< sys/kernel/osrelease (what `uname -r` says)
    Flags flags;
    // MattX
    bool balancer = true;
    int64_t affinity = 0; ///< 0 = auto (cpus x 1000)
    bool debug = false;
    std::vector<std::string> excludes { "top", "bash", "sshd", "systemd" };
    std::vector<std::string> includes;
    // What other nodes last heard of this one (frozen while quiet).
    int64_t advertisedLoad = 0;
    int advertisedUtil = 0;
    int64_t advertisedFree = 0;
    // Bookkeeping
    int nextPid = 1000;
    int64_t cooldownUntilMs = 0; ///< MattX: the balancer sleeps 1 s after each migration
    double demand = 0; ///< runnable demand on this node, in busy CPUs (refreshed by account())
    int64_t memUsed = 0;
    double loadavg1 = 0;
    uint64_t cpuTicks[4] = {}; ///< user, nice, system, idle (USER_HZ)

    double capacity() const { return double(cpus) * double(speed) / 10000.0; }
    int64_t mattxAffinity() const { return affinity > 0 ? affinity : int64_t(cpus) * 1000; }
};

struct Process {
    int pid = 0; ///< on the home node
    int home = 0;
    int node = 0; ///< where it runs
    int remotePid = 0; ///< its pid on `node` while away (openMosix remote / MattX stub)
    int uid = 1000;
    std::vector<std::string> argv;
    std::string comm;
    double demand = 1.0; ///< CPUs it would use if it had them
    int64_t mem = int64_t(64) << 20;
    int nice = 0;
    bool stopped = false;
    bool locked = false;
    int nmigs = 0;
    std::string cantMove;
    int64_t startMs = 0;
    int64_t lastMigrationMs = -1000000000;
    double cpuSeconds = 0;

    bool away() const { return node != home; }
};

/// errno-style result of an operation; 0 = done.
using Errno = int;

class SimCluster
{
public:
    explicit SimCluster(Kernel kernel = Kernel::OpenMosix, uint64_t seed = 1);

    std::mutex& mutex() { return *m_mutex; }
    Kernel kernel() const { return m_kernel; }
    int64_t nowMs() const { return m_nowMs; }
    int64_t ticks() const { return m_ticks; }
    int tickMs() const { return m_tickMs; }
    void setTickMs(int ms) { m_tickMs = ms; }
    std::mt19937_64& rng() { return m_rng; }

    Node& addNode(int id, int64_t speed, int cpus, int64_t memBytes);
    Node* node(int id);
    const Node* node(int id) const;
    const std::map<int, Node>& nodes() const { return m_nodes; }

    /// A new process at home on `node`; returns its pid (0 when the node is missing or down).
    int spawn(int node, int uid, std::vector<std::string> argv, double demand, int64_t mem);
    Process* process(int home, int pid);
    /// A process by the pid it has on `node`: own processes by pid, guests by remote/stub pid.
    Process* processOn(int node, int pid);
    /// A guest running on `node` by its pid there (openMosix remote pid, MattX stub pid).
    Process* guestOn(int node, int remotePid);
    const std::vector<Process>& processes() const { return m_procs; }
    /// A stock kernel's process put back from a checkpoint (CRIU restore): on `node` with the
    /// pid it had (EEXIST when that pid is taken there, as CRIU fails), started now, its CPU
    /// time counted afresh. `image` gives uid, argv, demand, memory, nice and whether stopped.
    Errno restore(int node, int pid, const Process& image);

    // Operations as the kernel interfaces offer them. All return 0 or an errno value.
    Errno migrate(int home, int pid, int target); ///< target 0 = home
    Errno migrateBalance(int home, int pid); ///< "migrate PID balance": the best node now
    Errno signal(int node, int pid, const std::string& sig); ///< TERM KILL INT HUP STOP CONT USR1 USR2
    Errno renice(int node, int pid, int nice);
    Errno setLock(int home, int pid, bool locked);
    Errno setFlag(int node, const std::string& name, int64_t value); ///< hpc/admin file names + speed
    Errno expel(int node);
    Errno bring(int node);
    Errno nodeStop(int node); ///< orderly: guests home, own processes home, then down
    Errno nodeStart(int node);
    Errno nodeCrash(int node); ///< down at once: everything running there dies
    Errno mattxAdmin(int node, const std::string& line); ///< a line written to mattx/admin
    int killMatching(const std::string& pattern); ///< processes whose command line contains it

    /// Advances time by one tick: accounting, then one balancer round.
    void tick();
    /// Recomputes each node's demand, memory and what it advertises (also done by tick()).
    void account();

    int migrationsTotal() const { return m_migrations; }
    /// Paths below the root ("/<node>/<pid>", "/<node>/hpc/remote/<pid>") of processes that ended
    /// or moved away since the last call: a file system that lets the kernel cache names must
    /// tell it these are gone.
    std::vector<std::string> takeVanished();
    void setTrackVanished(bool on) { m_trackVanished = on; }
    static const std::map<int, std::string>& users();

private:
    void moveTo(Process& p, int target, bool byBalancer);
    void removeProcess(size_t index);
    static uint64_t key(int node, int pid) { return (uint64_t(uint32_t(node)) << 32) | uint32_t(pid); }
    bool canLeave(const Process& p, const Node& from) const;
    bool accepts(const Node& target, const Process& p) const;
    void balanceOpenMosix();
    void balanceMattx();
    int bestTarget(const Process& p, int exclude) const;

    std::unique_ptr<std::mutex> m_mutex = std::make_unique<std::mutex>(); // keeps the cluster movable
    Kernel m_kernel;
    std::mt19937_64 m_rng;
    std::map<int, Node> m_nodes;
    std::vector<Process> m_procs;
    std::unordered_map<uint64_t, size_t> m_byHome; // (home, pid) -> index
    std::unordered_map<uint64_t, size_t> m_byGuest; // (node, remote pid) -> index, while away
    int64_t m_nowMs = 0;
    int64_t m_ticks = 0;
    int m_tickMs = 1000;
    int m_migrations = 0;
    std::vector<std::string> m_vanished;
    bool m_trackVanished = false; // only a file system that drains it turns it on
};

} // namespace omsim
