#pragma once

#include "../../model/nodesample.h"
#include "../../util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace omv
{

namespace mattx
{
/// CPU Load and Affinity are in thousandths of a core (reference/mattx.md).
constexpr qint64 kLoadPerCore = 1000;
/// "Mem Free (MB)" is in MiB.
constexpr qint64 kMemFreeUnitBytes = 1024 * 1024;
} // namespace mattx

struct MattxNode {
    NodeId id = 0;
    QString address;
    bool local = false;
    qint64 load = -1; ///< 1000 = one busy core
    qint64 affinity = -1; ///< capacity, 1000 per core
    qint64 memFreeMB = -1;
};

/// /proc/mattx/nodes: the table of every node, then this node's settings.
struct MattxNodeTable {
    QVector<MattxNode> nodes; ///< in file order
    std::optional<bool> balancer;
    std::optional<bool> mattxfs;
    std::optional<bool> debug;
    qint64 affinitySetting = -1; ///< "Node Affinity: N (0 = Auto)"
    QStringList excludes;
    QStringList includes;

    const MattxNode* local() const;
};
Result<MattxNodeTable> parseMattxNodes(const QByteArray& text, const QString& fileName);

/// `<pid>:<node>` lines: /proc/mattx/guests (stub pid : home node) and /proc/mattx/remote
/// (original pid : target node).
Result<QHash<int, NodeId>> parseMattxPidNodeList(const QByteArray& text, const QString& fileName);

} // namespace omv
