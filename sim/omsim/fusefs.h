#pragma once

// The FUSE side of omsim, on libfuse's low-level (inode) API: the kernel talks in inode numbers,
// so no request pays for building a path from a tree, and every entry carries its own timeouts.
// ProcFs stays path-based; an inode table maps between the two.

#include "procfs.h"

#include <string>

namespace omsim
{

struct FuseOptions {
    std::string root;
    bool debug = false; ///< libfuse logs every request to stderr
};

/// Mounts `fs` on options.root and serves it until SIGTERM/SIGINT/SIGHUP (or unmount).
/// `tickOnce` is called by the ticker with the cluster's mutex held. Returns 0 on a clean stop.
int serveFuse(SimCluster& cluster, ProcFs& fs, const FuseOptions& options, int tickMicros, bool manual,
    const std::function<void()>& tickOnce);

} // namespace omsim
