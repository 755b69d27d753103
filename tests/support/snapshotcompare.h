#pragma once

#include "core/model/clustersnapshot.h"

#include <QtTest>

namespace omv::test
{

/// Two snapshots equal in everything a window shows: time, errors, every node row (its problems
/// too), every process row in order, the guests. QCOMPARE/QVERIFY: call from a test function and
/// check QTest::currentTestFailed() after.
inline void compareSnapshots(const ClusterSnapshot& a, const ClusterSnapshot& b)
{
    QCOMPARE(a.timeMs, b.timeMs);
    QCOMPARE(a.gatewayError, b.gatewayError);
    QCOMPARE(a.gatewayErrorDetail, b.gatewayErrorDetail);
    QCOMPARE(a.nodeErrors, b.nodeErrors);
    QCOMPARE(a.nodes.size(), b.nodes.size());
    for (int i = 0; i < a.nodes.size(); ++i) {
        QVERIFY(a.nodes[i] == b.nodes[i]);
        QCOMPARE(a.nodes[i].problems, b.nodes[i].problems);
    }
    QCOMPARE(a.processes.size(), b.processes.size());
    for (int i = 0; i < a.processes.size(); ++i)
        QVERIFY2(a.processes[i] == b.processes[i], qPrintable(QString::number(a.processes[i].pid)));
    QCOMPARE(a.guests, b.guests);
}

} // namespace omv::test
