#pragma once

#include "nodesample.h"

#include <QMap>
#include <QStringList>

namespace omv
{

/// Node ID -> addresses (primary first, then ALIAS addresses): a cluster's map file, what a
/// kernel's table or the profile's nodes= give.
using NodeMap = QMap<NodeId, QStringList>;

} // namespace omv
