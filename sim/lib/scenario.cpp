#include "scenario.h"

#include "procfs.h"

#include <algorithm>
#include <map>

namespace omsim
{

namespace
{

bool tokenize(const std::string& line, std::vector<std::string>* words, std::string* error)
{
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        if (i >= line.size() || line[i] == '#')
            break;
        std::string w;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
            if (line[i] == '"') {
                const size_t close = line.find('"', i + 1);
                if (close == std::string::npos) {
                    *error = "unterminated quote";
                    return false;
                }
                w += line.substr(i + 1, close - i - 1);
                i = close + 1;
            } else {
                w += line[i++];
            }
        }
        words->push_back(w);
    }
    return true;
}

// key=value options after the positional words.
std::map<std::string, std::string> options(const std::vector<std::string>& w, size_t from)
{
    std::map<std::string, std::string> o;
    for (size_t i = from; i < w.size(); ++i) {
        const size_t eq = w[i].find('=');
        if (eq == std::string::npos)
            o[w[i]] = "1";
        else
            o[w[i].substr(0, eq)] = w[i].substr(eq + 1);
    }
    return o;
}

bool isNumber(const std::string& s, bool allowFraction = false)
{
    if (s.empty())
        return false;
    bool dot = false;
    for (char c : s) {
        if (c == '.' && allowFraction && !dot)
            dot = true;
        else if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isRange(const std::string& s)
{
    const size_t dots = s.find("..");
    if (dots == std::string::npos)
        return isNumber(s, true);
    return isNumber(s.substr(0, dots), true) && isNumber(s.substr(dots + 2), true);
}

double pick(const std::string& s, std::mt19937_64& rng)
{
    const size_t dots = s.find("..");
    if (dots == std::string::npos)
        return std::stod(s);
    const double a = std::stod(s.substr(0, dots)), b = std::stod(s.substr(dots + 2));
    return a + (b - a) * std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

const char* const kFlags[] = { "stay", "lstay", "block", "quiet", "nomfs", "expel", "bring" };

std::string check(const std::vector<std::string>& w)
{
    const std::string& k = w[0];
    auto needNode = [&](size_t i) -> std::string {
        if (i >= w.size() || !isNumber(w[i]) || w[i].size() > 5 || std::stoi(w[i]) < 1 || std::stoi(w[i]) > 65535)
            return "expected a node ID";
        return {};
    };
    if (k == "node" || k == "nodes") {
        if (w.size() < 2 || !isNumber(w[1]) || w[1].size() > 5 || std::stoi(w[1]) < 1 || std::stoi(w[1]) > 65535)
            return "expected a " + std::string(k == "node" ? "node ID" : "count");
        const auto o = options(w, 2);
        for (const auto& [key, v] : o) {
            if (key == "address")
                continue;
            if ((key != "speed" && key != "cpus" && key != "mem") || !isNumber(v) || v.size() > 9 || std::stoll(v) <= 0)
                return "bad option '" + key + "'";
        }
        return {};
    }
    if (k == "spawn") {
        if (w.size() < 3 || (w[1] != "*" && w[1] != "all" && !needNode(1).empty()))
            return "expected 'spawn <node|*|all> <count> cmd=...'";
        if (!isNumber(w[2]) || w[2].size() > 6)
            return "bad count";
        const auto o = options(w, 3);
        if (!o.count("cmd") || o.at("cmd").empty())
            return "spawn needs cmd=\"...\"";
        for (const auto& [key, v] : o) {
            if (key == "cmd" || key == "lock" || key == "cantmove")
                continue;
            if (key == "user") {
                bool known = v == "*";
                for (const auto& [uid, name] : SimCluster::users())
                    known = known || name == v;
                if (!known)
                    return "unknown user '" + v + "'";
            } else if ((key == "cpu" || key == "mem") && isRange(v)) {
                continue;
            } else if (key == "nice" && (isNumber(v) || (v.size() > 1 && v[0] == '-' && isNumber(v.substr(1))))) {
                continue;
            } else {
                return "bad option '" + key + "'";
            }
        }
        return {};
    }
    if (k == "kill")
        return w.size() == 2 ? std::string() : "expected 'kill <pattern>'";
    if (k == "down" || k == "up" || k == "crash")
        return w.size() == 2 ? needNode(1) : "expected '" + k + " <node>'";
    if (k == "flag") {
        if (w.size() != 3 || !needNode(1).empty())
            return "expected 'flag <node> <name>=<0|1>'";
        const size_t eq = w[2].find('=');
        const std::string name = w[2].substr(0, eq);
        if (eq == std::string::npos || std::find(std::begin(kFlags), std::end(kFlags), name) == std::end(kFlags)
            || (w[2].substr(eq + 1) != "0" && w[2].substr(eq + 1) != "1"))
            return "expected 'flag <node> <name>=<0|1>'";
        return {};
    }
    if (k == "speed")
        return w.size() == 3 && needNode(1).empty() && isNumber(w[2]) && w[2].size() < 10
            ? std::string()
            : "expected 'speed <node> <value>'";
    return "unknown statement '" + k + "'";
}

} // namespace

bool parseScenario(const std::string& text, const std::string& name, Scenario* out, std::string* error)
{
    Scenario s;
    s.name = name;
    int lineNo = 0;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        ++lineNo;
        std::vector<std::string> w;
        std::string why;
        auto fail = [&](const std::string& msg) {
            *error = name + ": line " + std::to_string(lineNo) + ": " + msg;
            return false;
        };
        if (!tokenize(line, &w, &why))
            return fail(why);
        if (w.empty())
            continue;
        ScenarioEvent e;
        e.line = lineNo;
        if (w[0] == "kernel") {
            if (w.size() != 2 || !parseKernel(w[1], &s.kernel))
                return fail("expected 'kernel openmosix|mattx|linux'");
            s.kernelSet = true;
            continue;
        }
        if (w[0] == "repeat") {
            if (w.size() != 2 || !isNumber(w[1], true) || std::stod(w[1]) < 1)
                return fail("expected 'repeat <seconds>' (at least 1)");
            s.repeatMs = int64_t(std::stod(w[1]) * 1000);
            continue;
        }
        if (w[0] == "at") {
            if (w.size() < 3 || !isNumber(w[1], true) || w[1].size() > 9)
                return fail("expected 'at <seconds> <statement>'");
            e.atMs = int64_t(std::stod(w[1]) * 1000);
            w.erase(w.begin(), w.begin() + 2);
        }
        const std::string bad = check(w);
        if (!bad.empty())
            return fail(bad);
        e.words = w;
        if (w[0] == "node" || w[0] == "nodes") {
            if (e.atMs != 0)
                return fail("nodes are defined at the start, not 'at' a time");
            s.nodes.push_back(e);
        } else {
            s.events.push_back(e);
        }
        if (end == text.size())
            break;
    }
    if (s.nodes.empty()) {
        *error = name + ": no nodes defined";
        return false;
    }
    std::stable_sort(s.events.begin(), s.events.end(),
        [](const ScenarioEvent& a, const ScenarioEvent& b) { return a.atMs < b.atMs; });
    *out = s;
    return true;
}

std::vector<std::string> builtinScenarioNames()
{
    return { "demo", "idle", "busy", "stress-1000" };
}

std::string builtinScenario(const std::string& name)
{
    if (name == "demo")
        return R"(# The openMosix HOWTO's story: a slow and a fast workstation. CPU-heavy audio encoding started
# on the slow one spreads to the fast one; then a parallel make on the fast one pushes work back.
kernel openmosix
node 1 speed=6000 cpus=1 mem=2048     # the slow workstation
node 2 speed=16000 cpus=2 mem=8192    # the fast one
node 3 speed=10000 cpus=1 mem=4096
node 4 speed=10000 cpus=2 mem=4096
spawn 1 1 cmd="/usr/sbin/sshd -D" user=root cpu=0 mem=8 lock
spawn 2 1 cmd="/usr/sbin/sshd -D" user=root cpu=0 mem=8 lock
spawn 3 1 cmd="/usr/sbin/sshd -D" user=root cpu=0 mem=8 lock
spawn 4 1 cmd="/usr/sbin/sshd -D" user=root cpu=0 mem=8 lock
spawn 1 1 cmd="-bash" user=alice cpu=0.01 mem=4 lock
spawn 2 1 cmd="-bash" user=bob cpu=0.01 mem=4 lock
spawn 2 1 cmd="xmms playlist.m3u" user=bob cpu=0.1 mem=30 cantmove="uses the sound device"
at 3 spawn 1 6 cmd="lame --preset extreme track{n}.wav track{n}.mp3" user=alice cpu=1 mem=40
at 60 spawn 2 8 cmd="cc1 -O2 -o obj{n}.o src{n}.c" user=bob cpu=1 mem=120
at 110 kill lame
at 140 kill cc1
repeat 150
)";
    if (name == "idle")
        return R"(# Four quiet nodes.
kernel openmosix
nodes 4 speed=10000 cpus=2 mem=4096
spawn all 1 cmd="/usr/sbin/sshd -D" user=root cpu=0 mem=8 lock
spawn all 2 cmd="-bash" user=* cpu=0.01 mem=4
)";
    if (name == "busy")
        return R"(# Eight nodes of mixed speed with CPU jobs that come and go.
kernel openmosix
node 1 speed=8000 cpus=1 mem=2048
node 2 speed=10000 cpus=2 mem=4096
node 3 speed=12000 cpus=2 mem=4096
node 4 speed=15000 cpus=4 mem=8192
node 5 speed=10000 cpus=1 mem=2048
node 6 speed=10000 cpus=2 mem=4096
node 7 speed=20000 cpus=4 mem=16384
node 8 speed=6000 cpus=1 mem=1024
spawn all 1 cmd="/usr/sbin/sshd -D" user=root cpu=0 mem=8 lock
at 1 spawn * 40 cmd="povray +W1920 +H1080 scene{n}.pov" user=* cpu=0.3..1 mem=20..200
at 45 kill povray
repeat 60
)";
    if (name == "stress-1000")
        return R"(# Scale: 1,000 nodes, 50,000 processes.
kernel openmosix
nodes 1000 speed=10000 cpus=4 mem=8192
spawn all 50 cmd="job{n} --input data{n}" user=* cpu=0.02..1 mem=10..100
)";
    return {};
}

ScenarioRunner::ScenarioRunner(Scenario scenario)
    : m_s(std::move(scenario))
{
}

bool ScenarioRunner::setUp(SimCluster& c, std::string* error)
{
    int highest = 0;
    for (const ScenarioEvent& e : m_s.nodes) {
        const auto o = options(e.words, 2);
        auto opt = [&](const char* k, int64_t def) { return o.count(k) ? std::stoll(o.at(k)) : def; };
        const int count = e.words[0] == "nodes" ? std::stoi(e.words[1]) : 1;
        const int first = e.words[0] == "nodes" ? highest + 1 : std::stoi(e.words[1]);
        if (first + count - 1 > 65535) {
            *error = m_s.name + ": line " + std::to_string(e.line) + ": node IDs beyond 65535";
            return false;
        }
        for (int i = 0; i < count; ++i) {
            if (c.node(first + i)) {
                *error = m_s.name + ": line " + std::to_string(e.line) + ": node " + std::to_string(first + i)
                    + " defined twice";
                return false;
            }
            Node& n = c.addNode(first + i, opt("speed", 10000), int(opt("cpus", 1)), opt("mem", 4096) << 20);
            if (o.count("address") && count == 1)
                n.address = o.at("address");
        }
        highest = std::max(highest, first + count - 1);
    }
    c.account();
    advance(c);
    return true;
}

void ScenarioRunner::advance(SimCluster& c)
{
    for (;;) {
        while (m_next < m_s.events.size() && m_s.events[m_next].atMs <= c.nowMs() - m_cycleStartMs)
            apply(c, m_s.events[m_next++]);
        if (m_s.repeatMs <= 0 || c.nowMs() - m_cycleStartMs < m_s.repeatMs)
            return;
        m_cycleStartMs += m_s.repeatMs;
        m_next = 0;
        while (m_next < m_s.events.size() && m_s.events[m_next].atMs < 1000)
            ++m_next; // start-up statements happen once
    }
}

void ScenarioRunner::apply(SimCluster& c, const ScenarioEvent& e)
{
    const std::vector<std::string>& w = e.words;
    const std::string& k = w[0];
    auto& rng = c.rng();
    if (k == "spawn") {
        const auto o = options(w, 3);
        const int count = std::stoi(w[2]);
        std::vector<int> up;
        for (const auto& [id, n] : c.nodes()) {
            if (n.up)
                up.push_back(id);
        }
        if (up.empty())
            return;
        std::vector<int> targets;
        if (w[1] == "all")
            targets = up;
        else
            targets.push_back(w[1] == "*" ? 0 : std::stoi(w[1]));
        std::vector<int> uids;
        for (const auto& [uid, name] : SimCluster::users()) {
            if (uid != 0)
                uids.push_back(uid);
        }
        for (int target : targets) {
            for (int i = 1; i <= count; ++i) {
                const int nodeId
                    = target == 0 ? up[std::uniform_int_distribution<size_t>(0, up.size() - 1)(rng)] : target;
                int uid = 1000;
                const std::string user = o.count("user") ? o.at("user") : "alice";
                if (user == "*")
                    uid = uids[std::uniform_int_distribution<size_t>(0, uids.size() - 1)(rng)];
                else {
                    for (const auto& [id, name] : SimCluster::users()) {
                        if (name == user)
                            uid = id;
                    }
                }
                std::string cmd = o.at("cmd");
                for (size_t pos; (pos = cmd.find("{n}")) != std::string::npos;)
                    cmd.replace(pos, 3, std::to_string(i));
                std::vector<std::string> argv;
                std::vector<std::string> tmp;
                std::string ignored;
                tokenize(cmd, &tmp, &ignored);
                argv = tmp.empty() ? std::vector<std::string> { cmd } : tmp;
                const double cpu = o.count("cpu") ? pick(o.at("cpu"), rng) : 1.0;
                const int64_t mem = int64_t((o.count("mem") ? pick(o.at("mem"), rng) : 64.0) * 1048576.0);
                const int pid = c.spawn(nodeId, uid, argv, cpu, mem);
                Process* p = pid ? c.process(nodeId, pid) : nullptr;
                if (!p)
                    continue;
                p->locked = o.count("lock") > 0;
                if (o.count("nice"))
                    p->nice = std::max(-20, std::min(19, std::stoi(o.at("nice"))));
                if (o.count("cantmove"))
                    p->cantMove = o.at("cantmove");
                ++m_spawnSerial;
            }
        }
        c.account();
    } else if (k == "kill") {
        c.killMatching(w[1]);
    } else if (k == "down") {
        c.nodeStop(std::stoi(w[1]));
    } else if (k == "up") {
        c.nodeStart(std::stoi(w[1]));
    } else if (k == "crash") {
        c.nodeCrash(std::stoi(w[1]));
    } else if (k == "flag") {
        const size_t eq = w[2].find('=');
        c.setFlag(std::stoi(w[1]), w[2].substr(0, eq), std::stoi(w[2].substr(eq + 1)));
    } else if (k == "speed") {
        c.setFlag(std::stoi(w[1]), "speed", std::stoll(w[2]));
    }
}

} // namespace omsim
