#include "clustersnapshot.h"

#include <algorithm>

namespace omv
{

QString ProcessInfo::commandLine() const
{
    if (argv.isEmpty())
        return QLatin1Char('[') + name + QLatin1Char(']');
    return argv.join(QLatin1Char(' '));
}

const NodeSample* ClusterSnapshot::node(NodeId id) const
{
    auto it = std::lower_bound(
        nodes.cbegin(), nodes.cend(), id, [](const NodeSample& n, NodeId value) { return n.id < value; });
    return it != nodes.cend() && it->id == id ? &*it : nullptr;
}

bool ClusterSnapshot::nothingAnswered() const
{
    if (gatewayError.isEmpty())
        return false;
    for (const NodeSample& n : nodes) {
        if (!nodeErrors.contains(n.id))
            return false;
    }
    return true;
}

} // namespace omv
