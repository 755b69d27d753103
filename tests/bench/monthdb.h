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
/// The month database a benchmark was given (its first argument), or one written into `dir` when
/// none was given or the path is not there yet (it is then kept): the path, its first moment in
/// `t0` and its end in `end`; empty with `error` when it could not be written.
QString monthDatabaseFromArgs(int argc, char** argv, const QString& dir, qint64* t0, qint64* end, QString* error);
/// Its 64 nodes, all up (8 GiB, half used); loads set per sample by the caller.
ClusterSnapshot monthNodes();
/// Their load at `ts`: a saw tooth, each node shifted.
void setMonthLoads(ClusterSnapshot* s, qint64 ts);

} // namespace omv::bench
