#pragma once

#include "clustersnapshot.h"

#include <QJsonObject>

namespace omv
{

/// The snapshot as JSON, with the keys documented in the README ("Snapshot JSON"). Unknown
/// numbers and flags are null.
QJsonObject snapshotToJson(const ClusterSnapshot& snapshot);

} // namespace omv
