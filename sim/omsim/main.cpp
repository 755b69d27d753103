// omsim: an emulated openMosix / MattX cluster behind one FUSE file system.
//
//   omsim --root DIR [--scenario NAME|FILE] [--kernel openmosix|mattx|linux] [--seed N]
//         [--tick SECONDS] [--speedup X] [--manual] [--node-tool PATH]
//
// DIR/<id>/ reads like node <id>'s /proc; DIR/bin/ holds the node-side commands; DIR/ctl and
// DIR/status drive and describe the emulation (sim/lib/procfs.h). SIGTERM / SIGINT unmount.
// OMSIM_FUSE_DEBUG=1 makes libfuse log every request.
#include "fusefs.h"
#include "procfs.h"
#include "scenario.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace omsim;

namespace
{

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
        "omsim: %s\nusage: omsim --root DIR [--scenario demo|idle|busy|stress-1000|FILE] [--kernel "
        "openmosix|mattx|linux]\n"
        "             [--seed N] [--tick SECONDS] [--speedup X] [--manual] [--node-tool PATH]\n"
        "       omsim -h | --help\n",
        msg);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    // The node tools beside omsim in a build tree; installed, in libexec (not a command of its own).
    std::string root, scenarioName = "demo", kernelArg,
                      nodeTool = ::access((selfDir() + "/omsim-node").c_str(), X_OK) == 0
        ? selfDir() + "/omsim-node"
        : selfDir() + "/../" OMV_LIBEXECDIR "/openmosixview/omsim-node";
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
        } else if (a == "--kernel" && value(&kernelArg)) {
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
            usage("an emulated openMosix, MattX or plain Linux cluster");
            return 0;
        } else {
            return usage(("unknown or incomplete option '" + a + "'").c_str());
        }
    }
    if (root.empty())
        return usage("--root DIR is required");
    if (tickSeconds < 0.01 || tickSeconds > 3600 || speedup <= 0 || speedup > 10000)
        return usage("--tick must be 0.01..3600 s and --speedup 0..10000");
    Kernel chosen = Kernel::OpenMosix;
    if (!kernelArg.empty() && !parseKernel(kernelArg, &chosen))
        return usage("--kernel is openmosix, mattx or linux");

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
    const Kernel kernel = !kernelArg.empty() ? chosen : scenario.kernel;
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
    FuseOptions fo;
    fo.root = root;
    fo.debug = std::getenv("OMSIM_FUSE_DEBUG") != nullptr;
    std::fprintf(stderr, "omsim: %s cluster of %zu nodes on %s (scenario %s, seed %llu)\n",
        kernel == Kernel::OpenMosix   ? "openMosix"
            : kernel == Kernel::MattX ? "MattX"
                                      : "plain Linux",
        cluster.nodes().size(), root.c_str(), scenarioName.c_str(), (unsigned long long)seed);
    const int rc = serveFuse(cluster, fs, fo, int(tickSeconds * 1e6 / speedup), manual, [&] {
        cluster.tick();
        runner.advance(cluster);
    });
    std::fprintf(stderr, "omsim: unmounted %s\n", root.c_str());
    return rc;
}
