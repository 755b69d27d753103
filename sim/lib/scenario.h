#pragma once

// Workloads over time. A scenario is text, one statement per line ('#' starts a comment):
//
//   kernel openmosix|mattx
//   node <id> speed=<n> cpus=<n> mem=<MB> [address=<IPv4>]
//   nodes <count> speed=<n> cpus=<n> mem=<MB>          (ids continue after the highest so far)
//   [at <seconds>] spawn <node|*|all> <count> cmd="<command line>" [user=<name|*>] [cpu=<x|a..b>]
//                  [mem=<MB|a..b>] [nice=<n>] [lock] [cantmove="<reason>"]
//                  ({n} in cmd is replaced by 1..count; * is a random up node; all = every up node)
//   [at <seconds>] kill <pattern>                       (every process whose command line has it)
//   [at <seconds>] down <node> | up <node> | crash <node>
//   [at <seconds>] flag <node> <stay|lstay|block|quiet|nomfs|expel|bring>=<0|1>
//   [at <seconds>] speed <node> <value>
//   repeat <seconds>            (then every event at 1 s or later happens again, period <seconds>)
//
// Statements without `at` happen at 0 s. Random choices come from the cluster's seeded generator.

#include "simcluster.h"

#include <string>
#include <vector>

namespace omsim
{

struct ScenarioEvent {
    int64_t atMs = 0;
    std::vector<std::string> words;
    int line = 0;
};

struct Scenario {
    std::string name;
    Kernel kernel = Kernel::OpenMosix;
    bool kernelSet = false;
    std::vector<ScenarioEvent> nodes; ///< node / nodes statements
    std::vector<ScenarioEvent> events; ///< sorted by time
    int64_t repeatMs = 0;
};

/// Parses scenario text; on failure returns false and an error naming the line.
bool parseScenario(const std::string& text, const std::string& name, Scenario* out, std::string* error);
/// The text of a built-in scenario (demo, idle, busy, stress-1000), or empty.
std::string builtinScenario(const std::string& name);
std::vector<std::string> builtinScenarioNames();

/// Plays a scenario on a cluster as time goes.
class ScenarioRunner
{
public:
    explicit ScenarioRunner(Scenario scenario);
    /// Creates the nodes (call once, before anything else).
    bool setUp(SimCluster& cluster, std::string* error);
    /// Applies every event due at the cluster's current time.
    void advance(SimCluster& cluster);

private:
    void apply(SimCluster& cluster, const ScenarioEvent& e);
    Scenario m_s;
    size_t m_next = 0;
    int64_t m_cycleStartMs = 0;
    int m_spawnSerial = 0;
};

} // namespace omsim
