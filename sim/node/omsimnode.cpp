// omsim-node: the node-side commands of an emulated node, one binary under many names
// (ROOT/bin/mosctl, migrate, kill, renice, mosrun, openmosix, showmap, setpe, getent, nomig,
// runhome, runon, cpujob, iojob, nodecay, slowdecay, fastdecay, criu). The node is the one the
// environment names: OMV_PROC=ROOT/<id>, as an emulated node's sshd sets it. Each command acts by
// writing the node's kernel files (hpc/admin/*, <pid>/goto, <pid>/lock, mattx/admin) or, for what
// has no kernel file, ROOT/ctl — and answers with the exit status and messages of the real tool.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace
{

std::string g_tool, g_root, g_proc;
int g_node = 0;

int fail(const std::string& msg, int status = 1)
{
    std::fprintf(stderr, "%s: %s\n", g_tool.c_str(), msg.c_str());
    return status;
}

// One write of `data` to `path`; 0 or errno.
int writeFile(const std::string& path, const std::string& data)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC);
    if (fd < 0)
        return errno;
    const ssize_t n = ::write(fd, data.data(), data.size());
    const int err = n < 0 ? errno : 0;
    ::close(fd);
    return err;
}

bool readFile(const std::string& path, std::string* out)
{
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return false;
    char buf[65536];
    ssize_t n;
    out->clear();
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        out->append(buf, size_t(n));
    ::close(fd);
    return n == 0;
}

int ctl(const std::vector<std::string>& fields)
{
    std::string data;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            data.push_back('\0');
        data += fields[i];
    }
    return writeFile(g_root + "/ctl", data);
}

bool isInt(const std::string& s, bool allowMinus = false)
{
    size_t i = allowMinus && !s.empty() && s[0] == '-' ? 1 : 0;
    if (i >= s.size() || s.size() > 10)
        return false;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

std::string trim(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

int mosctl(const std::vector<std::string>& a)
{
    if (a.empty())
        return fail("usage: mosctl stay|nostay|lstay|nolstay|block|noblock|quiet|noquiet|nomfs|mfs|expel|bring|"
                    "setspeed N|setdecay I S F|getload|getspeed|getutil|getmem|getfree|status|isup|whois [ID]",
            2);
    const std::string& c = a[0];
    const std::string admin = g_proc + "/hpc/admin/";
    struct Switch {
        const char* cmd;
        const char* file;
        const char* value;
    };
    static const Switch switches[] = { { "stay", "stay", "1" }, { "nostay", "stay", "0" }, { "lstay", "lstay", "1" },
        { "nolstay", "lstay", "0" }, { "block", "block", "1" }, { "noblock", "block", "0" }, { "quiet", "quiet", "1" },
        { "noquiet", "quiet", "0" }, { "nomfs", "nomfs", "1" }, { "mfs", "nomfs", "0" }, { "expel", "expel", "1" },
        { "bring", "bring", "1" } };
    for (const Switch& s : switches) {
        if (c == s.cmd) {
            const int err = writeFile(admin + s.file, std::string(s.value) + "\n");
            return err ? fail(std::string(s.cmd) + ": " + std::strerror(err)) : 0;
        }
    }
    if (c == "setspeed") {
        if (a.size() != 2 || !isInt(a[1]))
            return fail("usage: mosctl setspeed <speed>", 2);
        const int err = writeFile(admin + "speed", a[1] + "\n");
        return err ? fail("setspeed: " + std::string(std::strerror(err))) : 0;
    }
    if (c == "setdecay") {
        if (a.size() != 4 || !isInt(a[1]) || !isInt(a[2]) || !isInt(a[3]))
            return fail("usage: mosctl setdecay <interval> <slow> <fast>", 2);
        int err = writeFile(admin + "decay-interval", a[1]);
        err = err ? err : writeFile(admin + "slow-decay", a[2]);
        err = err ? err : writeFile(admin + "fast-decay", a[3]);
        return err ? fail("setdecay: " + std::string(std::strerror(err))) : 0;
    }
    const std::string id = a.size() > 1 ? a[1] : std::to_string(g_node);
    if (!isInt(id))
        return fail("no such node: " + id);
    auto field = [&](const char* f, std::string* out) { return readFile(g_proc + "/hpc/nodes/" + id + "/" + f, out); };
    std::string v;
    if (c == "getload" || c == "getspeed" || c == "getutil" || c == "getmem" || c == "getfree" || c == "status") {
        const char* f = c == "getload" ? "load"
            : c == "getspeed"          ? "speed"
            : c == "getutil"           ? "util"
            : c == "getmem"            ? "tmem"
            : c == "getfree"           ? "rmem"
                                       : "status";
        if (!field(f, &v))
            return fail("no such node: " + id);
        std::printf("%s\n", trim(v).c_str());
        return 0;
    }
    if (c == "isup") {
        const bool up = field("status", &v) && (std::atoi(v.c_str()) & 2);
        std::printf("%s\n", up ? "yes" : "no");
        return up ? 0 : 1;
    }
    if (c == "whois") {
        if (!field("status", &v))
            return fail("no such node: " + id);
        std::printf("%s\n", id.c_str());
        return 0;
    }
    return fail("unknown command '" + c + "'", 2);
}

int migrate(const std::vector<std::string>& a)
{
    if (a.size() != 2 || !isInt(a[0]))
        return fail("usage: migrate <pid> <node ID|home|balance>", 2);
    int err = 0;
    if (a[1] == "balance")
        err = ctl({ "balance", std::to_string(g_node), a[0] });
    else if (a[1] == "home")
        err = writeFile(g_proc + "/" + a[0] + "/goto", "0\n");
    else if (isInt(a[1]))
        err = writeFile(g_proc + "/" + a[0] + "/goto", a[1] + "\n");
    else
        return fail("usage: migrate <pid> <node ID|home|balance>", 2);
    if (err == ENOENT || err == ESRCH)
        return fail(a[0] + ": No such process");
    if (err == EPERM)
        return fail(a[0] + ": process is locked to its home node");
    if (err == EAGAIN)
        return fail(a[0] + ": node " + a[1] + " refuses it (blocked or out of memory)");
    if (err == EHOSTDOWN)
        return fail("node " + a[1] + " is down");
    return err ? fail(a[0] + ": " + std::strerror(err)) : 0;
}

int killTool(const std::vector<std::string>& a)
{
    static const char* const names[] = { "TERM", "KILL", "STOP", "CONT", "HUP", "INT", "USR1", "USR2", "0" };
    static const int numbers[] = { 15, 9, 19, 18, 1, 2, 10, 12, 0 };
    std::string sig = "TERM";
    size_t i = 0;
    auto setSig = [&](std::string s) {
        if (s.rfind("SIG", 0) == 0)
            s = s.substr(3);
        for (size_t k = 0; k < sizeof numbers / sizeof numbers[0]; ++k) {
            if (s == names[k] || s == std::to_string(numbers[k])) {
                sig = names[k];
                return true;
            }
        }
        return false;
    };
    if (i < a.size() && a[i] == "-s") {
        if (i + 1 >= a.size() || !setSig(a[i + 1]))
            return fail("unknown signal; valid signals: TERM KILL STOP CONT HUP INT USR1 USR2", 1);
        i += 2;
    } else if (i < a.size() && a[i].size() > 1 && a[i][0] == '-' && a[i] != "--") {
        if (!setSig(a[i].substr(1)))
            return fail("unknown signal " + a[i].substr(1), 1);
        ++i;
    }
    if (i < a.size() && a[i] == "--")
        ++i;
    if (i >= a.size())
        return fail("usage: kill [-s SIGNAL | -SIGNAL] pid ...", 2);
    int status = 0;
    for (; i < a.size(); ++i) {
        if (!isInt(a[i])) {
            std::fprintf(stderr, "kill: failed to parse argument: '%s'\n", a[i].c_str());
            status = 1;
            continue;
        }
        const int err = ctl({ "kill", std::to_string(g_node), a[i], sig });
        if (err) {
            std::fprintf(
                stderr, "kill: (%s) - %s\n", a[i].c_str(), err == ESRCH ? "No such process" : std::strerror(err));
            status = 1;
        }
    }
    return status;
}

int reniceTool(const std::vector<std::string>& a)
{
    size_t i = 0;
    std::string nice;
    if (i < a.size() && a[i] == "-n")
        ++i;
    if (i >= a.size() || !isInt(a[i], true))
        return fail("usage: renice [-n] <priority> [-p] pid ...", 1);
    nice = a[i++];
    if (i < a.size() && a[i] == "-p")
        ++i;
    if (i >= a.size())
        return fail("usage: renice [-n] <priority> [-p] pid ...", 1);
    int status = 0;
    for (; i < a.size(); ++i) {
        const int err = isInt(a[i]) ? ctl({ "renice", std::to_string(g_node), a[i], nice }) : EINVAL;
        if (err) {
            std::fprintf(stderr, "renice: failed to set priority for %s (process ID): %s\n", a[i].c_str(),
                err == ESRCH ? "No such process" : std::strerror(err));
            status = 1;
        } else {
            std::printf("%s (process ID) new priority %s\n", a[i].c_str(), nice.c_str());
        }
    }
    return status;
}

// mosrun [-h|-l|-L|-<node>|-j<A>-<B>] [-c|-i] [-d<decay>] program [args...]
int mosrun(std::vector<std::string> a, bool lock, std::string target, int demandMilli)
{
    size_t i = 0;
    for (; i < a.size() && a[i].size() > 1 && a[i][0] == '-'; ++i) {
        const std::string o = a[i];
        if (o == "-h") {
            lock = true;
            target = "0";
        } else if (o == "-L") {
            lock = true;
        } else if (o == "-l") {
            lock = false;
        } else if (o == "-c") {
            demandMilli = 1000;
        } else if (o == "-i") {
            demandMilli = 100;
        } else if (o.rfind("-d", 0) == 0 || o == "-z" || o == "-F") {
            // decay and other policies: accepted, not emulated
        } else if (o.rfind("-j", 0) == 0) {
            const std::string range = o.substr(2);
            const size_t dash = range.find('-');
            if (dash == std::string::npos || !isInt(range.substr(0, dash)) || !isInt(range.substr(dash + 1)))
                return fail("bad node range " + range, 2);
            const int lo = std::atoi(range.substr(0, dash).c_str()), hi = std::atoi(range.substr(dash + 1).c_str());
            if (lo <= 0 || hi < lo)
                return fail("bad node range " + range, 2);
            target = std::to_string(lo + int(getpid() % (hi - lo + 1)));
        } else if (isInt(o.substr(1))) {
            target = o.substr(1);
        } else {
            return fail("unknown option " + o, 2);
        }
    }
    if (i >= a.size())
        return fail("usage: mosrun [-h|-l|-L|-<node>|-j<A>-<B>] [-c|-i] program [args...]", 2);
    std::vector<std::string> f { "spawn", std::to_string(g_node), std::to_string(getuid()), std::to_string(demandMilli),
        "50", lock ? "1" : "0", target };
    f.insert(f.end(), a.begin() + long(i), a.end());
    const int err = ctl(f);
    if (err == EHOSTDOWN)
        return fail("node " + target + " is down");
    if (err == EAGAIN)
        return fail("node " + target + " refuses it (blocked or out of memory)");
    return err ? fail(a[i] + ": " + std::strerror(err)) : 0;
}

int showmap()
{
    std::string map;
    if (!readFile(g_root + "/map", &map))
        return fail("cannot read the node map");
    std::printf(
        "My Node-Id: 0x%04x\n\nBase Node-Id Address          Count\n------------ ---------------- -----\n", g_node);
    size_t start = 0;
    while (start < map.size()) {
        size_t end = map.find('\n', start);
        if (end == std::string::npos)
            end = map.size();
        const std::string line = map.substr(start, end - start);
        start = end + 1;
        char addr[64];
        int id = 0, count = 0;
        if (std::sscanf(line.c_str(), "%d %63s %d", &id, addr, &count) == 3)
            std::printf("0x%04x       %-16s %d\n", id, addr, count);
    }
    return 0;
}

// --- criu: a stand-in for CRIU's checkpoint/restore on an emulated stock-kernel node ---------
// It takes the options the suite uses and refuses others, writes and reads an image directory
// of its own format (inventory, the process's core and command line, a block of page bytes with
// its checksum, so a truncated or damaged copy is caught as CRIU would), stops and restores the
// emulated process through omsim, and fails on request: the file
// ${XDG_STATE_HOME:-$HOME/.local/state}/omsim-criu holds lines "version X.Y.Z", "fail check",
// "fail dump", "fail restore", "absent" (not installed); each call is logged beside it.

std::string criuSettingsPath()
{
    const char* state = std::getenv("XDG_STATE_HOME");
    const char* home = std::getenv("HOME");
    if (state && *state)
        return std::string(state) + "/omsim-criu";
    return std::string(home ? home : "/nonexistent") + "/.local/state/omsim-criu";
}

// Every call, one line "criu ARGS..." appended to omsim-criu.log beside the settings (when that
// folder exists), so tests see exactly what the suite asked for.
void criuLogCall(const std::vector<std::string>& a)
{
    const int fd = ::open((criuSettingsPath() + ".log").c_str(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (fd < 0)
        return;
    std::string line = "criu";
    for (const std::string& arg : a)
        line += " " + arg;
    line += "\n";
    const ssize_t n = ::write(fd, line.data(), line.size());
    (void)n;
    ::close(fd);
}

bool criuSetting(const std::string& line, std::string* value = nullptr)
{
    std::string all;
    if (!readFile(criuSettingsPath(), &all))
        return false;
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find('\n', start);
        if (end == std::string::npos)
            end = all.size();
        const std::string l = all.substr(start, end - start);
        start = end + 1;
        if (value && l.rfind(line + " ", 0) == 0) {
            *value = l.substr(line.size() + 1);
            return true;
        }
        if (!value && l == line)
            return true;
    }
    return false;
}

bool writeNew(const std::string& path, const std::string& data)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data.data(), data.size()) == ssize_t(data.size());
    return ::close(fd) == 0 && ok;
}

uint64_t fnv1a(const std::string& data)
{
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char ch : data) {
        h ^= ch;
        h *= 1099511628211ULL;
    }
    return h;
}

// "key value" lines of an image file (and "Key:\tvalue" lines of /proc status).
std::string field(const std::string& text, const std::string& key)
{
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string::npos)
            end = text.size();
        if (text.compare(at, key.size(), key) == 0 && at + key.size() < end
            && (text[at + key.size()] == ' ' || text[at + key.size()] == '\t')) {
            size_t v = at + key.size();
            while (v < end && (text[v] == ' ' || text[v] == '\t'))
                ++v;
            return text.substr(v, end - v);
        }
        at = end + 1;
    }
    return std::string();
}

int criuLog(const std::string& logPath, const std::string& text, int status)
{
    if (!logPath.empty())
        writeNew(logPath, text + "\n");
    if (status != 0)
        std::fprintf(stderr, "%s\n", text.c_str());
    return status;
}

int criu(const std::vector<std::string>& a)
{
    criuLogCall(a);
    if (criuSetting("absent")) {
        std::fprintf(stderr, "sh: 1: criu: not found\n");
        return 127;
    }
    if (a.empty())
        return fail("usage: criu dump|restore|check|--version [options]", 1);
    std::string version = "4.1.1";
    criuSetting("version", &version);
    const std::string& action = a[0];
    if (action == "--version" || action == "-V") {
        std::printf("Version: %s\n", version.c_str());
        return 0;
    }
    if (action == "check") {
        if (a.size() != 1)
            return fail("check: unexpected argument " + a[1], 1);
        if (criuSetting("fail check")) {
            std::fprintf(stderr, "Error (criu/cr-check.c:1234): Kernel doesn't support PTRACE_O_SUSPEND_SECCOMP\n");
            return 1;
        }
        std::printf("Looks good.\n");
        return 0;
    }
    if (action != "dump" && action != "restore")
        return fail("unknown action '" + action + "'", 1);
    // The options the suite passes, each checked.
    std::string pid, dir, log, pidfile;
    bool shellJob = false, leaveStopped = false, detach = false;
    for (size_t i = 1; i < a.size(); ++i) {
        const std::string& o = a[i];
        const bool hasValue = i + 1 < a.size();
        if (o == "-t" && action == "dump" && hasValue)
            pid = a[++i];
        else if (o == "-D" && hasValue)
            dir = a[++i];
        else if (o == "-o" && hasValue)
            log = a[++i];
        else if (o == "--pidfile" && action == "restore" && hasValue)
            pidfile = a[++i];
        else if (o == "--shell-job")
            shellJob = true;
        else if (o == "--leave-stopped" && action == "dump")
            leaveStopped = true;
        else if (o == "-d" && action == "restore")
            detach = true;
        else if (o.size() == 3 && o.rfind("-v", 0) == 0 && o[2] >= '0' && o[2] <= '4')
            continue;
        else
            return fail(action + ": unrecognized option '" + o + "'", 1);
    }
    if (dir.empty() || dir[0] != '/')
        return fail(action + ": -D needs an absolute image directory", 1);
    struct stat st {
    };
    if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail("Can't open images directory " + dir + ": No such file or directory", 1);
    // A relative log goes into the image directory (CRIU's work directory defaults to it).
    const std::string logPath = log.empty() ? std::string() : (log[0] == '/' ? log : dir + "/" + log);
    if (action == "dump") {
        if (!isInt(pid))
            return fail("dump: -t PID is required", 1);
        if (criuSetting("fail dump"))
            return criuLog(logPath, "Error (criu/cr-dump.c:2093): Dumping FAILED.", 1);
        std::string stat, cmdline, status;
        if (!readFile(g_proc + "/" + pid + "/stat", &stat) || !readFile(g_proc + "/" + pid + "/cmdline", &cmdline)
            || !readFile(g_proc + "/" + pid + "/status", &status))
            return criuLog(logPath, "Error (criu/seize.c:600): No process with pid " + pid, 1);
        // After the command name: state ppid pgrp session tty_nr ...
        const size_t close = stat.rfind(')');
        const size_t open = stat.find('(');
        if (close == std::string::npos || open == std::string::npos)
            return criuLog(logPath, "Error: cannot parse " + pid + "/stat", 1);
        const std::string comm = stat.substr(open + 1, close - open - 1);
        char state = 'S';
        int ppid = 0, pgrp = 0, session = 0, tty = 0;
        std::sscanf(stat.c_str() + close + 1, " %c %d %d %d %d", &state, &ppid, &pgrp, &session, &tty);
        if ((session != std::atoi(pid.c_str()) || tty != 0) && !shellJob)
            return criuLog(logPath,
                "Error (criu/pstree.c:404): The session leader of " + pid
                    + " is outside the dumped tree: use --shell-job",
                1);
        long long nice = 0;
        {
            // field 19 of stat: nice
            std::vector<std::string> f;
            size_t at = close + 2;
            while (at < stat.size()) {
                size_t sp = stat.find(' ', at);
                if (sp == std::string::npos)
                    sp = stat.size();
                f.push_back(stat.substr(at, sp - at));
                at = sp + 1;
            }
            if (f.size() > 16)
                nice = std::atoll(f[16].c_str());
        }
        std::string uid = field(status, "Uid:");
        uid = uid.substr(0, uid.find('\t'));
        long long rssKb = std::atoll(field(status, "VmRSS:").c_str());
        const int err = ctl({ "kill", std::to_string(g_node), pid, "STOP" });
        if (err)
            return criuLog(logPath, "Error (criu/seize.c:700): Can't freeze " + pid + ": " + std::strerror(err), 1);
        // Page bytes in proportion to the process's memory (a 64 MiB process: 1 MiB), so that
        // copies of real size cross the suite's relay.
        const size_t pagesBytes = size_t(std::min<long long>(std::max<long long>(rssKb * 16, 4096), 8LL << 20));
        std::string pages(pagesBytes, '\0');
        uint64_t x = 0x9E3779B97F4A7C15ULL ^ uint64_t(std::atoll(pid.c_str()));
        for (char& ch : pages) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ch = char(x);
        }
        const std::string core = "uid " + uid + "\nstate " + std::string(1, state) + "\nrss_kb " + std::to_string(rssKb)
            + "\nnice " + std::to_string(nice) + "\ncomm " + comm + "\n";
        const std::string inventory = "omsim-criu-image 1\npid " + pid + "\nshell_job " + (shellJob ? "1" : "0")
            + "\npages_bytes " + std::to_string(pagesBytes) + "\npages_sum " + std::to_string(fnv1a(pages)) + "\n";
        if (!writeNew(dir + "/core-" + pid + ".img", core) || !writeNew(dir + "/cmdline-" + pid + ".img", cmdline)
            || !writeNew(dir + "/pages-1.img", pages) || !writeNew(dir + "/inventory.img", inventory)) {
            ctl({ "kill", std::to_string(g_node), pid, state == 'T' ? "STOP" : "CONT" });
            return criuLog(logPath, "Error (criu/image.c:418): Unable to write images to " + dir, 1);
        }
        if (!leaveStopped) // CRIU ends a dumped process unless told to leave it
            ctl({ "kill", std::to_string(g_node), pid, "KILL" });
        return criuLog(logPath, "(00.012345) Dumping finished successfully", 0);
    }
    // restore
    if (!detach)
        return fail("restore: the suite's restore must detach (-d)", 1);
    if (criuSetting("fail restore"))
        return criuLog(logPath, "Error (criu/cr-restore.c:2447): Restoring FAILED.", 1);
    std::string inventory, pages;
    if (!readFile(dir + "/inventory.img", &inventory) || inventory.rfind("omsim-criu-image 1\n", 0) != 0)
        return criuLog(logPath, "Error (criu/image.c:210): Can't open inventory.img in " + dir, 1);
    const std::string imagePid = field(inventory, "pid");
    std::string core, cmdline;
    if (!isInt(imagePid) || !readFile(dir + "/core-" + imagePid + ".img", &core)
        || !readFile(dir + "/cmdline-" + imagePid + ".img", &cmdline) || !readFile(dir + "/pages-1.img", &pages))
        return criuLog(logPath, "Error (criu/image.c:210): The image in " + dir + " is incomplete", 1);
    if (std::to_string(pages.size()) != field(inventory, "pages_bytes")
        || std::to_string(fnv1a(pages)) != field(inventory, "pages_sum"))
        return criuLog(logPath, "Error (criu/pagemap.c:311): pages-1.img is damaged (size or checksum)", 1);
    if (field(inventory, "shell_job") == "1" && !shellJob)
        return criuLog(logPath, "Error (criu/tty.c:1020): The image was dumped with --shell-job: restore needs it", 1);
    std::vector<std::string> f { "restore", std::to_string(g_node), imagePid, field(core, "uid"),
        field(core, "state") == "R" ? "1000" : "50",
        std::to_string((std::atoll(field(core, "rss_kb").c_str()) + 1023) / 1024), field(core, "nice"),
        field(core, "state") == "T" ? "1" : "0", field(core, "comm") };
    size_t start = 0;
    while (start < cmdline.size()) {
        size_t z = cmdline.find('\0', start);
        if (z == std::string::npos)
            z = cmdline.size();
        f.push_back(cmdline.substr(start, z - start));
        start = z + 1;
    }
    const int err = ctl(f);
    if (err == EEXIST)
        return criuLog(logPath, "Error (criu/cr-restore.c:1480): Can't fork for " + imagePid + ": File exists", 1);
    if (err)
        return criuLog(
            logPath, "Error (criu/cr-restore.c:2447): Restoring FAILED: " + std::string(std::strerror(err)), 1);
    if (!pidfile.empty() && !writeNew(pidfile[0] == '/' ? pidfile : dir + "/" + pidfile, imagePid + "\n"))
        return criuLog(logPath, "Error: cannot write the pid file " + pidfile, 1);
    return criuLog(logPath, "(00.023456) Restore finished successfully. Tasks resumed.", 0);
}

} // namespace

int main(int argc, char** argv)
{
    const std::string self = argv[0];
    g_tool = self.substr(self.rfind('/') + 1);
    std::vector<std::string> a(argv + 1, argv + argc);
    if (g_tool == "omsim-node" && !a.empty()) { // omsim-node TOOL args...
        g_tool = a[0];
        a.erase(a.begin());
    }
    if (g_tool == "getent") {
        if (a.empty() || a[0] != "passwd")
            return 2;
        std::printf("root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\nbob:x:1001:1001::/home/"
                    "bob:/bin/sh\n"
                    "carol:x:1002:1002::/home/carol:/bin/sh\ndave:x:1003:1003::/home/dave:/bin/sh\n");
        return 0;
    }
    const char* proc = std::getenv("OMV_PROC");
    if (!proc || !*proc)
        return fail("OMV_PROC is not set: this command acts on an emulated node (OMV_PROC=<omsim root>/<node id>)", 2);
    g_proc = proc;
    while (g_proc.size() > 1 && g_proc.back() == '/')
        g_proc.pop_back();
    const size_t slash = g_proc.rfind('/');
    g_root = g_proc.substr(0, slash);
    const std::string idText = g_proc.substr(slash + 1);
    if (!isInt(idText))
        return fail("OMV_PROC=" + g_proc + " does not end in a node ID", 2);
    g_node = std::atoi(idText.c_str());

    if (g_tool == "mosctl")
        return mosctl(a);
    if (g_tool == "migrate")
        return migrate(a);
    if (g_tool == "kill")
        return killTool(a);
    if (g_tool == "renice")
        return reniceTool(a);
    if (g_tool == "mosrun")
        return mosrun(a, false, "0", 1000);
    if (g_tool == "nomig" || g_tool == "runhome") {
        a.insert(a.begin(), "-h");
        return mosrun(a, true, "0", 1000);
    }
    if (g_tool == "runon") {
        if (a.empty() || !isInt(a[0]))
            return fail("usage: runon <node> program [args...]", 2);
        const std::string n = a[0];
        a.erase(a.begin());
        return mosrun(a, false, n, 1000);
    }
    if (g_tool == "cpujob")
        return mosrun(a, false, "0", 1000);
    if (g_tool == "iojob")
        return mosrun(a, false, "0", 100);
    if (g_tool == "nodecay" || g_tool == "slowdecay" || g_tool == "fastdecay")
        return mosrun(a, false, "0", 1000);
    if (g_tool == "openmosix") {
        if (a.size() != 1 || (a[0] != "start" && a[0] != "stop" && a[0] != "restart" && a[0] != "status"))
            return fail("usage: openmosix start|stop|restart|status", 2);
        if (a[0] == "status") {
            std::string mospe;
            readFile(g_proc + "/hpc/admin/mospe", &mospe);
            const bool up = std::atoi(mospe.c_str()) != 0;
            std::printf("openMosix is %s on node %d\n", up ? "running" : "stopped", g_node);
            return up ? 0 : 3;
        }
        int err = 0;
        if (a[0] != "start")
            err = ctl({ "node", std::to_string(g_node), "stop" });
        if (!err && a[0] != "stop")
            err = ctl({ "node", std::to_string(g_node), "start" });
        return err ? fail(a[0] + ": " + std::strerror(err)) : 0;
    }
    if (g_tool == "criu")
        return criu(a);
    if (g_tool == "showmap")
        return showmap();
    if (g_tool == "setpe") {
        if (a.size() == 1 && a[0] == "-r") {
            std::string map;
            if (!readFile(g_root + "/map", &map))
                return fail("cannot read the node map");
            std::fputs(map.c_str(), stdout);
            return 0;
        }
        if (a.size() == 1 && a[0] == "-off") {
            const int err = ctl({ "node", std::to_string(g_node), "stop" });
            return err ? fail(std::strerror(err)) : 0;
        }
        return fail("only 'setpe -r' and 'setpe -off' are emulated", 2);
    }
    return fail("not an omsim node command", 2);
}
