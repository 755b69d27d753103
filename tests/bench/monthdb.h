#pragma once

#include "core/model/clustersnapshot.h"

#include <QString>

namespace omv::bench
{

/// The history benchmarks' database: 64 nodes × 30 days at 5 s written through
/// StoreWriter::record (retention then keeps 7 days raw), plus 10 million process spans (start
/// times over the month, up to an hour long, inserted in time order as the collector writes
/// them; one job in five moves once, so 1.7 million migration rows). Returns the month's first moment; `end` gets its
/// end. Empty `error` on success.
qint64 writeMonthDatabase(const QString& path, qint64* end, QString* error);
/// Its 64 nodes, all up (8 GiB, half used); loads set per sample by the caller.
ClusterSnapshot monthNodes();
/// Their load at `ts`: a saw tooth, each node shifted.
void setMonthLoads(ClusterSnapshot* s, qint64 ts);

} // namespace omv::bench
