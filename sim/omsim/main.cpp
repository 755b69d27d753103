// omsim: an emulated openMosix / MattX cluster behind one FUSE file system.
//
//   omsim --root DIR [--scenario NAME|FILE] [--kernel openmosix|mattx] [--seed N]
//         [--tick SECONDS] [--speedup X] [--manual] [--node-tool PATH]
//
// DIR/<id>/ reads like node <id>'s /proc; DIR/bin/ holds the node-side commands; DIR/ctl and
// DIR/status drive and describe the emulation (sim/lib/procfs.h). SIGTERM / SIGINT unmount.
#define FUSE_USE_VERSION 35
#include "procfs.h"
#include "scenario.h"

#include <fuse.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

using namespace omsim;

namespace
{

struct State {
    SimCluster* cluster = nullptr;
    ProcFs* fs = nullptr;
    ScenarioRunner* runner = nullptr;
    struct fuse* fuse = nullptr;
    uid_t uid = 0;
    gid_t gid = 0;
    time_t mountTime = 0;
    // Node-table files (ROOT/<id>/hpc/nodes/<j>/<field>) are served from the kernel's page cache:
    // a gateway's table of 1,000 nodes is 8,000 files, and a round trip per read each was the
    // cost. Each holds the content last handed to the kernel; after every change of the model the
    // ones whose content changed are invalidated. Guarded by the cluster's mutex.
    std::unordered_map<std::string, std::string> served;
};
State g;

// "/<id>/hpc/nodes" and "/<id>/hpc/nodes/<j>": listings the kernel may cache.
bool isTableDir(const char* path)
{
    const char* p = std::strstr(path, "/hpc/nodes");
    if (!p || p == path)
        return false;
    p += 10;
    if (*p == '\0')
        return true;
    return *p == '/' && std::strchr(p + 1, '/') == nullptr;
}

// With the cluster's mutex held: renders a table file and remembers what the kernel got.
// Returns null when `path` is no table file (or names a node that is not there).
const std::string* serveTable(const char* path)
{
    int observer = 0, node = 0;
    const char* field = nullptr;
    if (!parseTablePath(path, &observer, &node, &field))
        return nullptr;
    std::string content;
    if (g.fs->readTableFile(observer, node, field, &content) < 0)
        return nullptr;
    std::string& slot = g.served[path];
    slot.swap(content);
    return &slot;
}

std::string listing(const std::string& path)
{
    std::vector<std::string> names;
    g.fs->list(path, &names);
    std::string joined;
    for (const std::string& n : names)
        joined += n + '/';
    return joined;
}

// With the cluster's mutex held, right after the model changed: what the kernel may hold that is
// no longer true — table files and table listings whose content changed (their new content is
// recorded here, so a handler running after the lock is released can never leave the kernel with
// old pages and no invalidation to come), and the directories of processes that vanished.
std::vector<std::string> changedTableFiles()
{
    std::vector<std::string> changed = g.cluster->takeVanished();
    std::string fresh;
    for (auto& [path, content] : g.served) {
        int observer = 0, node = 0;
        const char* field = nullptr;
        if (parseTablePath(path.c_str(), &observer, &node, &field)) {
            if (g.fs->readTableFile(observer, node, field, &fresh) < 0)
                fresh.clear();
        } else {
            fresh = listing(path);
        }
        if (fresh != content) {
            content.swap(fresh);
            changed.push_back(path);
        }
    }
    return changed;
}

// Without the mutex (the kernel may be waiting on a request that needs it).
void invalidate(const std::vector<std::string>& paths)
{
    for (const std::string& p : paths)
        fuse_invalidate_path(g.fuse, p.c_str()); // -ENOENT: the kernel forgot it already
}

struct OpenFile {
    std::string content; // generated at open, like procfs: one consistent read
    bool writable = false;
};

void fillStat(struct stat* st, const Entry& e, const std::string& path);

int fsGetattr(const char* path, struct stat* st, struct fuse_file_info*)
{
    std::lock_guard<std::mutex> lock(g.cluster->mutex());
    const Entry e = g.fs->lookup(path);
    if (e.type == EntryType::None)
        return -ENOENT;
    fillStat(st, e, path);
    return 0;
}

// Entries come with their attributes (readdirplus), so a walk over the tree costs no separate
// lookup and getattr per entry.
void fillStat(struct stat* st, const Entry& e, const std::string& path)
{
    std::memset(st, 0, sizeof *st);
    st->st_uid = g.uid;
    st->st_gid = g.gid;
    // Constant: with auto_inval_data (libfuse's default) a moving mtime would make the kernel drop
    // the cached table files at every attribute refresh; invalidation is ours to do.
    st->st_mtime = st->st_ctime = st->st_atime = g.mountTime;
    switch (e.type) {
    case EntryType::Dir:
        st->st_mode = S_IFDIR | 0555;
        st->st_nlink = 2;
        break;
    case EntryType::Link:
        st->st_mode = S_IFLNK | 0777;
        st->st_nlink = 1;
        break;
    case EntryType::File:
        st->st_mode = S_IFREG | (e.writable ? 0644 : 0444);
        st->st_nlink = 1;
        // Like procfs, the size is known only by reading — except the cached table files.
        if (const std::string* table = serveTable(path.c_str()))
            st->st_size = off_t(table->size());
        else
            st->st_size = 0;
        break;
    case EntryType::None:
        break;
    }
}

int fsReaddir(
    const char* path, void* buf, fuse_fill_dir_t fill, off_t, struct fuse_file_info*, enum fuse_readdir_flags flags)
{
    std::vector<std::string> names;
    std::vector<struct stat> stats;
    {
        std::lock_guard<std::mutex> lock(g.cluster->mutex());
        const int r = g.fs->list(path, &names);
        if (r < 0)
            return r;
        // Table listings go without attributes: the kernel keeps the ones it has (and their
        // pages) instead of taking readdirplus attributes that it then treats as already stale.
        if ((flags & FUSE_READDIR_PLUS) && !isTableDir(path)) {
            stats.resize(names.size());
            std::string child = path;
            if (child.back() != '/')
                child += '/';
            const size_t base = child.size();
            for (size_t i = 0; i < names.size(); ++i) {
                child.resize(base);
                child += names[i];
                fillStat(&stats[i], g.fs->lookup(child), child);
            }
        }
    }
    fill(buf, ".", nullptr, 0, FUSE_FILL_DIR_PLUS);
    fill(buf, "..", nullptr, 0, FUSE_FILL_DIR_PLUS);
    for (size_t i = 0; i < names.size(); ++i)
        fill(buf, names[i].c_str(), stats.empty() ? nullptr : &stats[i], 0, FUSE_FILL_DIR_PLUS);
    return 0;
}

int fsOpendir(const char* path, struct fuse_file_info*)
{
    std::lock_guard<std::mutex> lock(g.cluster->mutex());
    const Entry e = g.fs->lookup(path);
    if (e.type == EntryType::None)
        return -ENOENT;
    if (e.type != EntryType::Dir)
        return -ENOTDIR;
    const size_t len = std::strlen(path);
    if (len > 10 && std::strcmp(path + len - 10, "/hpc/nodes") == 0)
        g.served[path] = listing(path); // empty while the node is stopped: invalidate on change
    return 0;
}

int fsOpen(const char* path, struct fuse_file_info* fi)
{
    auto* f = new OpenFile;
    {
        std::lock_guard<std::mutex> lock(g.cluster->mutex());
        if ((fi->flags & O_ACCMODE) == O_RDONLY) {
            if (const std::string* table = serveTable(path)) { // the hot path: no generic lookup
                f->content = *table;
                fi->fh = reinterpret_cast<uint64_t>(f);
                fi->keep_cache = 1; // valid until changedTableFiles() says otherwise
                fi->noflush = 1;
                return 0;
            }
        }
        const Entry e = g.fs->lookup(path);
        if (e.type != EntryType::File) {
            delete f;
            return e.type == EntryType::None ? -ENOENT : -EISDIR;
        }
        const int mode = fi->flags & O_ACCMODE;
        if (mode != O_RDONLY && !e.writable) {
            delete f;
            return -EACCES;
        }
        f->writable = mode != O_RDONLY;
        if (mode != O_WRONLY) {
            const int r = g.fs->read(path, &f->content);
            if (r < 0) {
                delete f;
                return r;
            }
        }
        fi->direct_io = 1; // sizes are 0: never let the page cache decide what a read returns
    }
    fi->fh = reinterpret_cast<uint64_t>(f);
    fi->noflush = 1; // nothing to flush: spare the request on close
    return 0;
}

int fsRead(const char*, char* buf, size_t size, off_t off, struct fuse_file_info* fi)
{
    const OpenFile* f = reinterpret_cast<OpenFile*>(fi->fh);
    if (off >= off_t(f->content.size()))
        return 0;
    const size_t n = std::min(size, f->content.size() - size_t(off));
    std::memcpy(buf, f->content.data() + off, n);
    return int(n);
}

int fsWrite(const char* path, const char* buf, size_t size, off_t, struct fuse_file_info*)
{
    int r = 0;
    std::vector<std::string> changed;
    {
        std::lock_guard<std::mutex> lock(g.cluster->mutex());
        r = g.fs->write(path, std::string(buf, size));
        changed = changedTableFiles();
    }
    invalidate(changed); // before the write returns: a read after a command sees its effect
    return r < 0 ? r : int(size);
}

int fsTruncate(const char* path, off_t, struct fuse_file_info*)
{
    // `echo 1 > file` opens with O_TRUNC; a kernel file takes that without a word.
    std::lock_guard<std::mutex> lock(g.cluster->mutex());
    const Entry e = g.fs->lookup(path);
    if (e.type == EntryType::None)
        return -ENOENT;
    return e.writable ? 0 : -EACCES;
}

int fsRelease(const char*, struct fuse_file_info* fi)
{
    delete reinterpret_cast<OpenFile*>(fi->fh);
    return 0;
}

int fsReadlink(const char* path, char* buf, size_t size)
{
    std::string target;
    {
        std::lock_guard<std::mutex> lock(g.cluster->mutex());
        const int r = g.fs->readlink(path, &target);
        if (r < 0)
            return r;
    }
    std::snprintf(buf, size, "%s", target.c_str());
    return 0;
}

void* fsInit(struct fuse_conn_info*, struct fuse_config* cfg)
{
    // Names and attributes (type, mode) of the tree change only when processes or nodes come and
    // go; a second of caching is as fresh as the tick.
    cfg->entry_timeout = 30.0; // names that go away are invalidated (SimCluster::takeVanished)
    cfg->attr_timeout = 10.0; // types and modes never change; table files are invalidated explicitly
    cfg->negative_timeout = 0;
    cfg->use_ino = 0;
    return nullptr;
}

bool alreadyMounted(const std::string& root)
{
    std::ifstream mi("/proc/self/mountinfo");
    std::string line;
    while (std::getline(mi, line)) {
        std::istringstream in(line);
        std::string id, parent, dev, rootField, mountPoint;
        in >> id >> parent >> dev >> rootField >> mountPoint;
        if (mountPoint == root)
            return true;
    }
    return false;
}

std::string selfDir()
{
    char buf[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return ".";
    std::string p(buf, size_t(n));
    return p.substr(0, p.rfind('/'));
}

int usage(const char* msg)
{
    std::fprintf(stderr,
        "omsim: %s\nusage: omsim --root DIR [--scenario demo|idle|busy|stress-1000|FILE] [--kernel openmosix|mattx]\n"
        "             [--seed N] [--tick SECONDS] [--speedup X] [--manual] [--node-tool PATH]\n",
        msg);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string root, scenarioName = "demo", kernelName, nodeTool = selfDir() + "/omsim-node";
    uint64_t seed = 1;
    double tickSeconds = 1.0, speedup = 1.0;
    bool manual = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](std::string* out) {
            if (i + 1 >= argc)
                return false;
            *out = argv[++i];
            return true;
        };
        std::string v;
        if (a == "--root" && value(&root)) {
        } else if (a == "--scenario" && value(&scenarioName)) {
        } else if (a == "--kernel" && value(&kernelName)) {
        } else if (a == "--node-tool" && value(&nodeTool)) {
        } else if (a == "--seed" && value(&v)) {
            seed = std::strtoull(v.c_str(), nullptr, 10);
        } else if (a == "--tick" && value(&v)) {
            tickSeconds = std::atof(v.c_str());
        } else if (a == "--speedup" && value(&v)) {
            speedup = std::atof(v.c_str());
        } else if (a == "--manual") {
            manual = true;
        } else if (a == "-h" || a == "--help") {
            usage("an emulated openMosix / MattX cluster");
            return 0;
        } else {
            return usage(("unknown or incomplete option '" + a + "'").c_str());
        }
    }
    if (root.empty())
        return usage("--root DIR is required");
    if (tickSeconds < 0.01 || tickSeconds > 3600 || speedup <= 0 || speedup > 10000)
        return usage("--tick must be 0.01..3600 s and --speedup 0..10000");
    if (!kernelName.empty() && kernelName != "openmosix" && kernelName != "mattx")
        return usage("--kernel is openmosix or mattx");

    char real[PATH_MAX];
    if (!realpath(root.c_str(), real)) {
        std::fprintf(stderr, "omsim: %s: %s (create the directory first)\n", root.c_str(), std::strerror(errno));
        return 1;
    }
    root = real;
    if (access("/dev/fuse", R_OK | W_OK) != 0) {
        std::fprintf(stderr,
            "omsim: /dev/fuse is missing or not accessible (%s). omsim needs FUSE: install the fuse3 package, "
            "load the module (modprobe fuse), or in a container start it with --device /dev/fuse "
            "--cap-add SYS_ADMIN.\n",
            std::strerror(errno));
        return 1;
    }
    if (alreadyMounted(root)) {
        std::fprintf(stderr, "omsim: %s is already a mount point — is another omsim serving it? (see %s/status)\n",
            root.c_str(), root.c_str());
        return 1;
    }

    std::string text = builtinScenario(scenarioName);
    if (text.empty()) {
        std::ifstream in(scenarioName);
        if (!in) {
            std::fprintf(stderr, "omsim: no built-in scenario or readable file named '%s'\n", scenarioName.c_str());
            return 1;
        }
        std::stringstream ss;
        ss << in.rdbuf();
        text = ss.str();
    }
    Scenario scenario;
    std::string error;
    if (!parseScenario(text, scenarioName, &scenario, &error)) {
        std::fprintf(stderr, "omsim: %s\n", error.c_str());
        return 1;
    }
    const Kernel kernel
        = !kernelName.empty() ? (kernelName == "mattx" ? Kernel::MattX : Kernel::OpenMosix) : scenario.kernel;
    SimCluster cluster(kernel, seed);
    cluster.setTickMs(int(tickSeconds * 1000));
    ScenarioRunner runner(scenario);
    if (!runner.setUp(cluster, &error)) {
        std::fprintf(stderr, "omsim: %s\n", error.c_str());
        return 1;
    }
    ProcFs fs(cluster, nodeTool);
    fs.setStepHook([&runner](SimCluster& c) { runner.advance(c); });
    cluster.setTrackVanished(true);
    g.cluster = &cluster;
    g.fs = &fs;
    g.runner = &runner;
    g.uid = getuid();
    g.gid = getgid();
    g.mountTime = time(nullptr);

    struct fuse_operations ops {
    };
    ops.getattr = fsGetattr;
    ops.readdir = fsReaddir;
    ops.opendir = fsOpendir;
    ops.open = fsOpen;
    ops.read = fsRead;
    ops.write = fsWrite;
    ops.truncate = fsTruncate;
    ops.release = fsRelease;
    ops.readlink = fsReadlink;
    ops.init = fsInit;

    char arg0[] = "omsim";
    char argO[] = "-o";
    char opts[] = "fsname=omsim,subtype=omsim,default_permissions";
    char argD[] = "-d";
    char* fargv[] = { arg0, argO, opts, argD, nullptr };
    struct fuse_args args = FUSE_ARGS_INIT(getenv("OMSIM_FUSE_DEBUG") ? 4 : 3, fargv); // -d: libfuse logs every request
    struct fuse* fuse = fuse_new(&args, &ops, sizeof ops, nullptr);
    if (!fuse) {
        std::fprintf(stderr, "omsim: cannot set up FUSE\n");
        return 1;
    }
    if (fuse_mount(fuse, root.c_str()) != 0) {
        std::fprintf(stderr, "omsim: cannot mount on %s\n", root.c_str());
        fuse_destroy(fuse);
        return 1;
    }
    g.fuse = fuse;
    struct fuse_session* se = fuse_get_session(fuse);
    fuse_set_signal_handlers(se);

    std::atomic<bool> stop { false };
    std::mutex wakeMutex;
    std::condition_variable wake;
    std::thread ticker([&] {
        const auto period = std::chrono::microseconds(int64_t(tickSeconds * 1e6 / speedup));
        auto next = std::chrono::steady_clock::now() + period;
        while (!stop) {
            {
                std::unique_lock<std::mutex> l(wakeMutex);
                wake.wait_until(l, next, [&] { return stop.load(); });
            }
            if (stop)
                break;
            next += period;
            if (manual)
                continue;
            std::vector<std::string> changed;
            {
                std::lock_guard<std::mutex> lock(cluster.mutex());
                cluster.tick();
                runner.advance(cluster);
                changed = changedTableFiles();
            }
            invalidate(changed);
        }
    });
    std::fprintf(stderr, "omsim: %s cluster of %zu nodes on %s (scenario %s, seed %llu)\n",
        kernel == Kernel::OpenMosix ? "openMosix" : "MattX", cluster.nodes().size(), root.c_str(), scenarioName.c_str(),
        (unsigned long long)seed);

    struct fuse_loop_config loop {
    };
    loop.clone_fd = 0;
    loop.max_idle_threads = 16;
    const int rc = fuse_loop_mt(fuse, &loop);

    stop = true;
    wake.notify_all();
    ticker.join();
    fuse_remove_signal_handlers(se);
    fuse_unmount(fuse);
    fuse_destroy(fuse);
    std::fprintf(stderr, "omsim: unmounted %s\n", root.c_str());
    // After SIGTERM/SIGINT/SIGHUP libfuse reports the signal's number: that is a clean stop.
    return rc == 0 || rc == SIGTERM || rc == SIGINT || rc == SIGHUP ? 0 : 1;
}
