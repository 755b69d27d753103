#define FUSE_USE_VERSION 35
#include "fusefs.h"

#include <fuse_lowlevel.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace omsim
{

namespace
{

// Names and types never change while a name exists; the names that go away are invalidated
// (SimCluster::takeVanished), so both may be cached long.
constexpr double kEntryTimeout = 30.0;
constexpr double kAttrTimeout = 30.0;

struct OpenFile {
    std::string content; // generated at open, like procfs: one consistent read
};

struct DirHandle {
    std::vector<std::string> names;
};

struct Inode {
    std::string path;
    uint64_t lookups = 0;
};

struct Server {
    SimCluster* cluster = nullptr;
    ProcFs* fs = nullptr;
    fuse_session* session = nullptr;
    uid_t uid = 0;
    gid_t gid = 0;
    time_t mountTime = 0;

    // Inode table (its own lock: never held while the cluster's is taken, or while notifying).
    std::mutex inodesMutex;
    std::unordered_map<fuse_ino_t, Inode> inodes;
    std::unordered_map<std::string, fuse_ino_t> byPath;
    fuse_ino_t nextIno = FUSE_ROOT_ID + 1;

    // Node-table files (ROOT/<id>/hpc/nodes/<j>/<field>) are served from the kernel's page cache:
    // a gateway's table of 1,000 nodes is 8,000 files, and a round trip per read each was the
    // cost. Each holds the content last handed to the kernel; after every change of the model the
    // ones whose content changed are invalidated. "/<id>/hpc/nodes" listings are tracked the same
    // way (they empty while a node is stopped). Guarded by the cluster's mutex.
    std::unordered_map<std::string, std::string> served;
};
Server s;

std::string pathOf(fuse_ino_t ino)
{
    std::lock_guard<std::mutex> lock(s.inodesMutex);
    auto it = s.inodes.find(ino);
    return it == s.inodes.end() ? std::string() : it->second.path;
}

// Registers one more kernel reference to `path` and returns its inode number.
fuse_ino_t remember(const std::string& path)
{
    std::lock_guard<std::mutex> lock(s.inodesMutex);
    auto it = s.byPath.find(path);
    fuse_ino_t ino;
    if (it != s.byPath.end()) {
        ino = it->second;
    } else {
        ino = s.nextIno++;
        s.byPath.emplace(path, ino);
        s.inodes[ino].path = path;
    }
    ++s.inodes[ino].lookups;
    return ino;
}

fuse_ino_t knownIno(const std::string& path)
{
    std::lock_guard<std::mutex> lock(s.inodesMutex);
    auto it = s.byPath.find(path);
    return it == s.byPath.end() ? 0 : it->second;
}

void forgetIno(fuse_ino_t ino, uint64_t n)
{
    if (ino == FUSE_ROOT_ID)
        return;
    std::lock_guard<std::mutex> lock(s.inodesMutex);
    auto it = s.inodes.find(ino);
    if (it == s.inodes.end())
        return;
    if (it->second.lookups <= n) {
        s.byPath.erase(it->second.path);
        s.inodes.erase(it);
    } else {
        it->second.lookups -= n;
    }
}

std::string child(const std::string& parent, const char* name)
{
    return parent == "/" ? "/" + std::string(name) : parent + "/" + name;
}

// With the cluster's mutex held: renders a table file and remembers what the kernel got.
const std::string* serveTable(const char* path)
{
    int observer = 0, node = 0;
    const char* field = nullptr;
    if (!parseTablePath(path, &observer, &node, &field))
        return nullptr;
    std::string content;
    if (s.fs->readTableFile(observer, node, field, &content) < 0)
        return nullptr;
    std::string& slot = s.served[path];
    slot.swap(content);
    return &slot;
}

bool isTableListing(const std::string& path)
{
    return path.size() > 10 && path.compare(path.size() - 10, 10, "/hpc/nodes") == 0;
}

std::string listing(const std::string& path)
{
    std::vector<std::string> names;
    s.fs->list(path, &names);
    std::string joined;
    for (const std::string& n : names)
        joined += n + '/';
    return joined;
}

// With the cluster's mutex held, right after the model changed: what the kernel may hold that is
// no longer true. New content is recorded here, under the same lock as the change, so a handler
// that runs after the lock is released can never leave the kernel with old pages and no
// invalidation to come.
struct Stale {
    std::vector<std::string> contents; // table files and listings whose content changed
    std::vector<std::string> gone; // names of processes that ended or moved away
};

Stale staleAfterChange()
{
    Stale st;
    st.gone = s.cluster->takeVanished();
    std::string fresh;
    for (auto& [path, content] : s.served) {
        int observer = 0, node = 0;
        const char* field = nullptr;
        if (parseTablePath(path.c_str(), &observer, &node, &field)) {
            if (s.fs->readTableFile(observer, node, field, &fresh) < 0)
                fresh.clear();
        } else {
            fresh = listing(path);
        }
        if (fresh != content) {
            content.swap(fresh);
            st.contents.push_back(path);
        }
    }
    return st;
}

// Without any lock: the kernel may be waiting on a request that needs one.
void invalidate(const Stale& st)
{
    for (const std::string& p : st.contents) {
        if (const fuse_ino_t ino = knownIno(p))
            fuse_lowlevel_notify_inval_inode(s.session, ino, 0, 0);
    }
    for (const std::string& p : st.gone) {
        const size_t slash = p.rfind('/');
        const std::string parent = slash == 0 ? "/" : p.substr(0, slash);
        const fuse_ino_t parentIno = parent == "/" ? FUSE_ROOT_ID : knownIno(parent);
        if (parentIno) {
            const std::string name = p.substr(slash + 1);
            fuse_lowlevel_notify_inval_entry(s.session, parentIno, name.c_str(), name.size());
        }
    }
}

void fillStat(struct stat* st, const Entry& e, const std::string& path, fuse_ino_t ino)
{
    std::memset(st, 0, sizeof *st);
    st->st_ino = ino;
    st->st_uid = s.uid;
    st->st_gid = s.gid;
    // Constant: with auto_inval_data (libfuse's default) a moving mtime would make the kernel drop
    // cached table files at every attribute refresh; invalidation is ours to do.
    st->st_mtime = st->st_ctime = st->st_atime = s.mountTime;
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
        break;
    case EntryType::None:
        break;
    }
}

// With the cluster's mutex held.
bool entryFor(const std::string& path, fuse_entry_param* e)
{
    const Entry en = s.fs->lookup(path);
    if (en.type == EntryType::None)
        return false;
    std::memset(e, 0, sizeof *e);
    e->ino = remember(path);
    e->attr_timeout = kAttrTimeout;
    e->entry_timeout = kEntryTimeout;
    fillStat(&e->attr, en, path, e->ino);
    return true;
}

void opLookup(fuse_req_t req, fuse_ino_t parent, const char* name)
{
    const std::string parentPath = pathOf(parent);
    if (parentPath.empty()) {
        fuse_reply_err(req, ENOENT);
        return;
    }
    fuse_entry_param e;
    bool found = false;
    {
        std::lock_guard<std::mutex> lock(s.cluster->mutex());
        found = entryFor(child(parentPath, name), &e);
    }
    if (found)
        fuse_reply_entry(req, &e);
    else
        fuse_reply_err(req, ENOENT);
}

void opForget(fuse_req_t req, fuse_ino_t ino, uint64_t n)
{
    forgetIno(ino, n);
    fuse_reply_none(req);
}

void opForgetMulti(fuse_req_t req, size_t count, fuse_forget_data* forgets)
{
    for (size_t i = 0; i < count; ++i)
        forgetIno(forgets[i].ino, forgets[i].nlookup);
    fuse_reply_none(req);
}

// getattr, and setattr (toSet != 0): only truncation is meaningful there (`echo 1 > file`), and a
// kernel file takes it without a word.
void replyAttr(fuse_req_t req, fuse_ino_t ino, int toSet)
{
    constexpr int kTimes = FUSE_SET_ATTR_ATIME | FUSE_SET_ATTR_MTIME | FUSE_SET_ATTR_CTIME | FUSE_SET_ATTR_ATIME_NOW
        | FUSE_SET_ATTR_MTIME_NOW;
    const std::string path = pathOf(ino);
    struct stat st;
    {
        std::lock_guard<std::mutex> lock(s.cluster->mutex());
        const Entry e = path.empty() ? Entry {} : s.fs->lookup(path);
        if (e.type == EntryType::None) {
            fuse_reply_err(req, ENOENT);
            return;
        }
        if ((toSet & ~(FUSE_SET_ATTR_SIZE | kTimes)) || ((toSet & FUSE_SET_ATTR_SIZE) && !e.writable)) {
            fuse_reply_err(req, EACCES);
            return;
        }
        fillStat(&st, e, path, ino);
    }
    fuse_reply_attr(req, &st, kAttrTimeout);
}

void opGetattr(fuse_req_t req, fuse_ino_t ino, fuse_file_info*)
{
    replyAttr(req, ino, 0);
}

void opSetattr(fuse_req_t req, fuse_ino_t ino, struct stat*, int toSet, fuse_file_info*)
{
    replyAttr(req, ino, toSet);
}

void opReadlink(fuse_req_t req, fuse_ino_t ino)
{
    std::string target;
    int r = 0;
    {
        std::lock_guard<std::mutex> lock(s.cluster->mutex());
        r = s.fs->readlink(pathOf(ino), &target);
    }
    if (r < 0)
        fuse_reply_err(req, -r);
    else
        fuse_reply_readlink(req, target.c_str());
}

void opOpen(fuse_req_t req, fuse_ino_t ino, fuse_file_info* fi)
{
    const std::string path = pathOf(ino);
    auto* f = new OpenFile;
    {
        std::lock_guard<std::mutex> lock(s.cluster->mutex());
        const int mode = fi->flags & O_ACCMODE;
        const std::string* table = mode == O_RDONLY ? serveTable(path.c_str()) : nullptr;
        if (table) { // the hot path: valid until staleAfterChange() says otherwise
            f->content = *table;
            fi->keep_cache = 1;
        } else {
            const Entry e = s.fs->lookup(path);
            if (e.type != EntryType::File || (mode != O_RDONLY && !e.writable)) {
                delete f;
                fuse_reply_err(req, e.type == EntryType::None ? ENOENT : e.type == EntryType::File ? EACCES : EISDIR);
                return;
            }
            if (mode != O_WRONLY) {
                const int r = s.fs->read(path, &f->content);
                if (r < 0) {
                    delete f;
                    fuse_reply_err(req, -r);
                    return;
                }
            }
            fi->direct_io = 1; // sizes are 0: never let the page cache decide what a read returns
        }
    }
    fi->fh = reinterpret_cast<uint64_t>(f);
    fi->noflush = 1; // nothing to flush: spare the request on close
    if (fuse_reply_open(req, fi) == -ENOENT)
        delete f; // the open was interrupted
}

void opRead(fuse_req_t req, fuse_ino_t, size_t size, off_t off, fuse_file_info* fi)
{
    const OpenFile* f = reinterpret_cast<OpenFile*>(fi->fh);
    if (off >= off_t(f->content.size())) {
        fuse_reply_buf(req, nullptr, 0);
        return;
    }
    fuse_reply_buf(req, f->content.data() + off, std::min(size, f->content.size() - size_t(off)));
}

void opWrite(fuse_req_t req, fuse_ino_t ino, const char* buf, size_t size, off_t, fuse_file_info*)
{
    const std::string path = pathOf(ino);
    int r = 0;
    Stale stale;
    {
        std::lock_guard<std::mutex> lock(s.cluster->mutex());
        r = s.fs->write(path, std::string(buf, size));
        stale = staleAfterChange();
    }
    invalidate(stale); // before the write returns: a read after a command sees its effect
    if (r < 0)
        fuse_reply_err(req, -r);
    else
        fuse_reply_write(req, size);
}

void opRelease(fuse_req_t req, fuse_ino_t, fuse_file_info* fi)
{
    delete reinterpret_cast<OpenFile*>(fi->fh);
    fuse_reply_err(req, 0);
}

void opOpendir(fuse_req_t req, fuse_ino_t ino, fuse_file_info* fi)
{
    const std::string path = pathOf(ino);
    auto* d = new DirHandle;
    {
        std::lock_guard<std::mutex> lock(s.cluster->mutex());
        const int r = path.empty() ? -ENOENT : s.fs->list(path, &d->names);
        if (r < 0) {
            delete d;
            fuse_reply_err(req, -r);
            return;
        }
        if (isTableListing(path))
            s.served[path] = listing(path);
        // A table's names ("/<id>/hpc/nodes/<j>": 8 fixed files; "/<id>/hpc/nodes": invalidated
        // when the node stops or starts) may stay in the kernel's directory cache.
        const bool tableDir = isTableListing(path) || path.find("/hpc/nodes/") != std::string::npos;
        fi->cache_readdir = tableDir;
        fi->keep_cache = tableDir;
    }
    fi->fh = reinterpret_cast<uint64_t>(d);
    if (fuse_reply_open(req, fi) == -ENOENT)
        delete d;
}

void readdirCommon(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off, fuse_file_info* fi, bool plus)
{
    const DirHandle* d = reinterpret_cast<DirHandle*>(fi->fh);
    const std::string path = pathOf(ino);
    std::vector<char> buf(size);
    size_t used = 0;
    // Offsets: 0 = start, 1 = after ".", 2 = after "..", 3 + i = after names[i].
    std::lock_guard<std::mutex> lock(s.cluster->mutex());
    for (off_t i = off; i < off_t(d->names.size()) + 2; ++i) {
        const char* name = i == 0 ? "." : i == 1 ? ".." : d->names[size_t(i - 2)].c_str();
        size_t n = 0;
        if (plus) {
            fuse_entry_param e;
            std::memset(&e, 0, sizeof e);
            if (i >= 2 && !entryFor(child(path, name), &e))
                continue; // gone since opendir
            if (i < 2) {
                e.attr.st_mode = S_IFDIR;
                e.attr.st_ino = ino;
            }
            n = fuse_add_direntry_plus(req, buf.data() + used, size - used, name, &e, i + 1);
            if (n > size - used) {
                if (i >= 2)
                    forgetIno(e.ino, 1); // not returned after all
                break;
            }
        } else {
            // readdir(3) skips entries whose inode number is 0: every entry needs a real one,
            // and a type, so `find` and `ls` need not stat it.
            struct stat st {
            };
            if (i < 2) {
                st.st_mode = S_IFDIR;
                st.st_ino = ino;
            } else {
                const std::string p = child(path, name);
                const Entry en = s.fs->lookup(p);
                if (en.type == EntryType::None)
                    continue; // gone since opendir
                st.st_mode = en.type == EntryType::Dir ? S_IFDIR : en.type == EntryType::Link ? S_IFLNK : S_IFREG;
                const fuse_ino_t known = knownIno(p);
                st.st_ino = known ? known : fuse_ino_t(0x7fffffff00000000ULL + uint64_t(i)); // not looked up yet
            }
            n = fuse_add_direntry(req, buf.data() + used, size - used, name, &st, i + 1);
            if (n > size - used)
                break;
        }
        used += n;
    }
    fuse_reply_buf(req, buf.data(), used);
}

void opReaddir(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off, fuse_file_info* fi)
{
    readdirCommon(req, ino, size, off, fi, false);
}

void opReaddirplus(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off, fuse_file_info* fi)
{
    readdirCommon(req, ino, size, off, fi, true);
}

void opReleasedir(fuse_req_t req, fuse_ino_t, fuse_file_info* fi)
{
    delete reinterpret_cast<DirHandle*>(fi->fh);
    fuse_reply_err(req, 0);
}

} // namespace

int serveFuse(SimCluster& cluster, ProcFs& fs, const FuseOptions& options, int tickMicros, bool manual,
    const std::function<void()>& tickOnce)
{
    s.cluster = &cluster;
    s.fs = &fs;
    s.uid = getuid();
    s.gid = getgid();
    s.mountTime = time(nullptr);
    s.inodes[FUSE_ROOT_ID].path = "/";
    s.byPath["/"] = FUSE_ROOT_ID;
    cluster.setTrackVanished(true);

    fuse_lowlevel_ops ops {};
    ops.lookup = opLookup;
    ops.forget = opForget;
    ops.forget_multi = opForgetMulti;
    ops.getattr = opGetattr;
    ops.setattr = opSetattr;
    ops.readlink = opReadlink;
    ops.open = opOpen;
    ops.read = opRead;
    ops.write = opWrite;
    ops.release = opRelease;
    ops.opendir = opOpendir;
    ops.readdir = opReaddir;
    ops.readdirplus = opReaddirplus;
    ops.releasedir = opReleasedir;

    char arg0[] = "omsim";
    char argO[] = "-o";
    char opts[] = "fsname=omsim,subtype=omsim,default_permissions";
    char argD[] = "-d";
    char* fargv[] = { arg0, argO, opts, argD, nullptr };
    fuse_args args = FUSE_ARGS_INIT(options.debug ? 4 : 3, fargv);
    s.session = fuse_session_new(&args, &ops, sizeof ops, nullptr);
    if (!s.session) {
        std::fprintf(stderr, "omsim: cannot set up FUSE\n");
        return 1;
    }
    if (fuse_set_signal_handlers(s.session) != 0 || fuse_session_mount(s.session, options.root.c_str()) != 0) {
        std::fprintf(stderr, "omsim: cannot mount on %s\n", options.root.c_str());
        fuse_session_destroy(s.session);
        return 1;
    }

    std::atomic<bool> stop { false };
    std::mutex wakeMutex;
    std::condition_variable wake;
    std::thread ticker([&] {
        const auto period = std::chrono::microseconds(tickMicros);
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
            Stale stale;
            {
                std::lock_guard<std::mutex> lock(cluster.mutex());
                tickOnce();
                stale = staleAfterChange();
            }
            invalidate(stale);
        }
    });

    fuse_loop_config loop {};
    loop.clone_fd = 0;
    loop.max_idle_threads = 16;
    const int rc = fuse_session_loop_mt(s.session, &loop);

    stop = true;
    wake.notify_all();
    ticker.join();
    fuse_session_unmount(s.session);
    fuse_remove_signal_handlers(s.session);
    fuse_session_destroy(s.session);
    // After SIGTERM/SIGINT/SIGHUP libfuse reports the signal's number: that is a clean stop.
    return rc == 0 || rc == SIGTERM || rc == SIGINT || rc == SIGHUP ? 0 : 1;
}

} // namespace omsim
