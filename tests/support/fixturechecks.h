#pragma once

#include "core/model/clustersnapshot.h"

namespace omv::test
{

/// QCOMPARE-based checks that a snapshot equals what tests/data/om3 (openMosix) and tests/data/mx3
/// (MattX) hold. Callers check QTest::currentTestFailed() afterwards.
void checkOpenMosixFixtureSnapshot(const ClusterSnapshot& s);
void checkMattxFixtureSnapshot(const ClusterSnapshot& s);

} // namespace omv::test
