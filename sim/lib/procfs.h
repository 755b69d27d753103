#pragma once

// What the mounted tree shows. ROOT/<id>/ reads like node <id>'s /proc as far as the suite uses
// it (reference/openmosix.md, reference/mattx.md); ROOT/bin/ holds the node-side commands (links
// to the omsim-node binary); ROOT/ctl takes what has no kernel file (signals, renice, spawn, node
// start/stop, stepping time); ROOT/status and ROOT/map describe the emulation. Every method
// expects the caller to hold the cluster's mutex.

#include "simcluster.h"

#include <functional>
#include <string>
#include <vector>

namespace omsim
{

enum class EntryType { None, Dir, File, Link };

struct Entry {
    EntryType type = EntryType::None;
    bool writable = false;
};

class ProcFs
{
public:
    ProcFs(SimCluster& cluster, std::string nodeToolPath);

    Entry lookup(const std::string& path) const;
    /// Directory entries (without . and ..); -errno on failure.
    int list(const std::string& path, std::vector<std::string>* names) const;
    /// Generated content, like procfs: computed when read. -errno on failure.
    int read(const std::string& path, std::string* out) const;
    /// One write = one command, as on the kernel's files. -errno on failure.
    int write(const std::string& path, const std::string& data);
    int readlink(const std::string& path, std::string* out) const;
    /// ROOT/<observer>/hpc/nodes/<node>/<field> straight from the model: the hot path of a
    /// gateway's table read (8,000 files for 1,000 nodes).
    int readTableFile(int observer, int node, const char* field, std::string* out) const;

    static const std::vector<std::string>& nodeTools();
    /// Called after every tick that `ctl step N` makes (the scenario runner plays along).
    void setStepHook(std::function<void(SimCluster&)> hook) { m_stepHook = std::move(hook); }

private:
    std::function<void(SimCluster&)> m_stepHook;
    SimCluster& m_cluster;
    std::string m_tool;
};

/// Splits "/<observer>/hpc/nodes/<node>/<field>" without allocating; false for any other path.
bool parseTablePath(const char* path, int* observer, int* node, const char** field);

/// Helpers shared with the tests.
std::string renderStat(const Process& p, int pidOnNode, char state);
std::string renderMattxNodes(const SimCluster& c, int localId);
/// Parses a decimal integer with surrounding blanks/newline; false for anything else.
bool parseInteger(const std::string& text, int64_t* out);

} // namespace omsim
