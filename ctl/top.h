#pragma once

#include "core/model/clustersnapshot.h"

#include <QStringList>

namespace omv::ctl
{

/// What `openmosixctl top` draws, apart from the terminal: a frame from the latest snapshot (and
/// the one before, for CPU shares), fitted to `width` × `height` characters.
struct TopView {
    enum class NodeOrder { Id, Load, Memory };
    NodeOrder order = NodeOrder::Id;
    bool help = false;
    bool colour = false;
    bool unicode = true; ///< bars of block characters; else # and .
    QString title; ///< the cluster's name and kernel
    QString source; ///< "live from the collector", "sampled every 2 s"

    /// The frame's lines, none longer than `width` (colour codes aside), at most `height`.
    QStringList render(const ClusterSnapshot& now, const ClusterSnapshot* before, int width, int height) const;
    static const char* orderName(NodeOrder order);
};

} // namespace omv::ctl
