#include "fixturechecks.h"

#include <QtTest>

namespace omv::test
{

static const ProcessInfo* findProcess(const ClusterSnapshot& s, NodeId home, int pid)
{
    for (const ProcessInfo& p : s.processes) {
        if (p.homeNode == home && p.pid == pid)
            return &p;
    }
    return nullptr;
}

void checkOpenMosixFixtureSnapshot(const ClusterSnapshot& s)
{
    QCOMPARE(s.backend, QStringLiteral("openmosix"));
    QVERIFY2(s.gatewayError.isEmpty(), qPrintable(s.gatewayError));
    QVERIFY2(s.nodeErrors.isEmpty(), qPrintable(QStringList(s.nodeErrors.values()).join(QLatin1Char('\n'))));
    QCOMPARE(s.nodes.size(), 3);
    const NodeSample* n1 = s.node(1);
    const NodeSample* n2 = s.node(2);
    const NodeSample* n3 = s.node(3);
    QVERIFY(n1 && n2 && n3);
    QVERIFY(n1->up);
    QCOMPARE(n1->addresses, QStringList { QStringLiteral("127.0.1.1") });
    QCOMPARE(n1->loadRaw, 250);
    QCOMPARE(n1->loadPercent, 50.0);
    QCOMPARE(n1->cpus, 2);
    QCOMPARE(n1->speed, 10000);
    QCOMPARE(n1->memTotal, Q_INT64_C(4294967296));
    QCOMPARE(n1->memFree, Q_INT64_C(2147483648));
    QCOMPARE(n1->flags.stay, std::optional<bool>(true));
    QCOMPARE(n1->flags.block, std::optional<bool>(false));
    QVERIFY(n2->up);
    QCOMPARE(n2->cpus, 4);
    QCOMPARE(n2->flags.block, std::optional<bool>(true));
    QCOMPARE(n2->flags.quiet, std::optional<bool>(true));
    QCOMPARE(n2->flags.stay, std::optional<bool>(false));
    QVERIFY(!n3->up);
    QVERIFY(!n3->flags.stay.has_value()); // down: not asked

    QCOMPARE(s.processes.size(), 6);
    const ProcessInfo* lame = findProcess(s, 1, 101);
    QVERIFY(lame);
    QCOMPARE(lame->node, 2);
    QVERIFY(lame->isMigrated());
    QCOMPARE(lame->user, QStringLiteral("alice"));
    QCOMPARE(lame->uid, 1000);
    QCOMPARE(lame->argv,
        QStringList({ QStringLiteral("lame"), QStringLiteral("--preset"), QStringLiteral("extreme"),
            QStringLiteral("track01.wav") }));
    QCOMPARE(lame->state, QLatin1Char('R'));
    QCOMPARE(lame->migrations, 3);
    QCOMPARE(lame->cpuTicks, 200);
    QCOMPARE(lame->rssBytes, 1024 * 1024);
    QVERIFY(!lame->locked);
    const ProcessInfo* bash = findProcess(s, 1, 102);
    QVERIFY(bash);
    QVERIFY(bash->locked);
    QCOMPARE(bash->node, 1);
    QCOMPARE(bash->cantMove, QStringLiteral("locked by user"));
    QCOMPARE(bash->user, QStringLiteral("root"));
    const ProcessInfo* kthread = findProcess(s, 1, 103);
    QVERIFY(kthread);
    QVERIFY(kthread->argv.isEmpty());
    QCOMPARE(kthread->commandLine(), QStringLiteral("[kthreadd]"));
    const ProcessInfo* evil = findProcess(s, 1, 104);
    QVERIFY(evil);
    QCOMPARE(evil->name, QStringLiteral("evil) R (x"));
    QCOMPARE(evil->argv,
        QStringList({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $(reboot)\n104/where:3"),
            QStringLiteral("'quoted' \"double\"") }));
    QCOMPARE(evil->node, 1); // the line in its command line did not move it
    QCOMPARE(evil->nice, 5);
    QCOMPARE(evil->user, QStringLiteral("bob"));
    const ProcessInfo* make = findProcess(s, 2, 201);
    QVERIFY(make);
    QCOMPARE(make->node, 2);
    QCOMPARE(make->nice, 10);
    QCOMPARE(make->migrations, 1);
    const ProcessInfo* povray = findProcess(s, 2, 202); // LinuxPMI: om/where holds an address
    QVERIFY(povray);
    QCOMPARE(povray->node, 1);
    QVERIFY(povray->locked);
    QCOMPARE(povray->cantMove, QStringLiteral("mem_lock user_lock"));

    QCOMPARE(s.guests.size(), 1);
    QCOMPARE(s.guests[0].node, 2);
    QCOMPARE(s.guests[0].pid, 5101);
    QCOMPARE(s.guests[0].homeNode, 1);
    QCOMPARE(s.guests[0].homeAddress, QStringLiteral("127.0.1.1"));
    QCOMPARE(s.guests[0].homePid, 101); // its identity file
}

void checkMattxFixtureSnapshot(const ClusterSnapshot& s)
{
    QCOMPARE(s.backend, QStringLiteral("mattx"));
    QVERIFY2(s.gatewayError.isEmpty(), qPrintable(s.gatewayError));
    QVERIFY2(s.nodeErrors.isEmpty(), qPrintable(QStringList(s.nodeErrors.values()).join(QLatin1Char('\n'))));
    QCOMPARE(s.nodes.size(), 3); // 709, 814, and 901 from the map: not in the table, so down
    const NodeSample* a = s.node(709);
    const NodeSample* b = s.node(814);
    const NodeSample* c = s.node(901);
    QVERIFY(a && b && c);
    QVERIFY(a->up);
    QCOMPARE(a->addresses, QStringList { QStringLiteral("127.0.1.1") });
    QCOMPARE(a->loadRaw, 2000);
    QCOMPARE(a->speed, 4000);
    QCOMPARE(a->loadPercent, 50.0);
    QCOMPARE(a->cpus, 4);
    QCOMPARE(a->memTotal, Q_INT64_C(16384000) * 1024);
    QCOMPARE(a->memFree, Q_INT64_C(725) * 1024 * 1024);
    QCOMPARE(a->flags.stay, std::optional<bool>(false)); // balancer on
    QVERIFY(!a->flags.block.has_value());
    QVERIFY(b->up);
    QCOMPARE(b->loadPercent, 0.0);
    QCOMPARE(b->flags.stay, std::optional<bool>(true)); // balancer off
    QVERIFY(!c->up);

    QCOMPARE(s.processes.size(), 3); // 301, 302 of 709; 402 of 814; stub 401 is a guest
    QCOMPARE(s.processes[0].pid, 301);
    QCOMPARE(s.processes[0].homeNode, 709);
    QCOMPARE(s.processes[0].node, 814);
    QCOMPARE(s.processes[0].state, QLatin1Char('T'));
    QCOMPARE(s.processes[0].user, QStringLiteral("alice"));
    QCOMPARE(s.processes[1].pid, 302);
    QCOMPARE(s.processes[1].node, 709);
    QCOMPARE(s.processes[2].pid, 402);
    QCOMPARE(s.processes[2].homeNode, 814);
    QCOMPARE(s.guests.size(), 1);
    QCOMPARE(s.guests[0].node, 814);
    QCOMPARE(s.guests[0].pid, 401);
    QCOMPARE(s.guests[0].homeNode, 709);
    QCOMPARE(s.guests[0].homePid, 301); // the one process of 709 that runs on 814
}

} // namespace omv::test
