// The emulated cluster's balancer and kernel files, driven tick by tick (no FUSE).
#include "procfs.h"
#include "scenario.h"
#include "simcluster.h"

#include <QtTest>

#include <cerrno>
#include <map>

using namespace omsim;

namespace
{

SimCluster idle4(int cpus = 1)
{
    SimCluster c(Kernel::OpenMosix, 7);
    for (int i = 1; i <= 4; ++i)
        c.addNode(i, 10000, cpus, int64_t(4096) << 20);
    c.account();
    return c;
}

void spawnCpu(SimCluster& c, int node, int count, const char* name = "burn")
{
    for (int i = 0; i < count; ++i)
        c.spawn(node, 1000, { name, std::to_string(i) }, 1.0, int64_t(32) << 20);
}

std::map<int, int> perNode(const SimCluster& c)
{
    std::map<int, int> n;
    for (const auto& [id, node] : c.nodes())
        n[id] = 0;
    for (const Process& p : c.processes())
        ++n[p.node];
    return n;
}

void run(SimCluster& c, int ticks)
{
    for (int i = 0; i < ticks; ++i)
        c.tick();
}

std::string readFs(ProcFs& fs, const std::string& path)
{
    std::string out;
    const int r = fs.read(path, &out);
    return r < 0 ? "ERR" + std::to_string(-r) : out;
}

} // namespace

class TestSimBalancer : public QObject
{
    Q_OBJECT
private slots:
    void spreadsTwelveOverFour()
    {
        SimCluster c = idle4();
        spawnCpu(c, 1, 12);
        int ticks = 0;
        while (ticks < 40) {
            c.tick();
            ++ticks;
            const auto n = perNode(c);
            if (n.at(1) <= 4 && n.at(2) <= 4 && n.at(3) <= 4 && n.at(4) <= 4)
                break;
        }
        const auto n = perNode(c);
        for (const auto& [id, count] : n)
            QVERIFY2(
                count <= 4, qPrintable(QStringLiteral("node %1 has %2 after %3 ticks").arg(id).arg(count).arg(ticks)));
        QVERIFY2(ticks <= 15, qPrintable(QString::number(ticks)));
    }
    void cpuTimeNeverOutrunsTheClock()
    {
        // One busy process alone on a one-CPU node twice as fast as the reference, and two that
        // share one: each is booked at most the time that passed (a fast node does more work per
        // second, not more seconds — omsim booked 124 %). Read back as the kernel's stat says it.
        SimCluster c(Kernel::OpenMosix, 7);
        c.addNode(1, 20000, 1, int64_t(4096) << 20);
        c.addNode(2, 12400, 1, int64_t(4096) << 20);
        c.node(1)->flags.lstay = true; // nothing moves: the shares stay as set up
        c.node(2)->flags.lstay = true;
        c.account();
        spawnCpu(c, 1, 1, "alone");
        spawnCpu(c, 2, 2, "pair");
        const int64_t start = c.nowMs();
        run(c, 100);
        const double elapsed = double(c.nowMs() - start) / 1000;
        QVERIFY(elapsed > 5);
        ProcFs fs(c, "/usr/libexec/none");
        for (const Process& p : c.processes()) {
            const double share = p.argv[0] == "alone" ? 1.0 : 0.5;
            QVERIFY2(p.cpuSeconds <= elapsed * share + 1e-9,
                qPrintable(QStringLiteral("%1: %2 s in %3 s")
                               .arg(QString::fromStdString(p.argv[0]))
                               .arg(p.cpuSeconds)
                               .arg(elapsed)));
            QVERIFY(p.cpuSeconds >= elapsed * share - 0.05);
            // /proc/PID/stat: utime (14th) + stime (15th) in clock ticks of 1/100 s.
            const std::string stat = readFs(fs, "/" + std::to_string(p.home) + "/" + std::to_string(p.pid) + "/stat");
            const QStringList f = QString::fromStdString(stat.substr(stat.rfind(')') + 2)).split(QLatin1Char(' '));
            const qint64 ticks = f.value(11).toLongLong() + f.value(12).toLongLong();
            QVERIFY2(ticks <= qint64(elapsed * 100 * share) + 1, qPrintable(QString::fromStdString(stat)));
        }
    }
    void nothingArrivesOnBlockNode()
    {
        SimCluster c = idle4();
        QCOMPARE(c.setFlag(3, "block", 1), 0);
        spawnCpu(c, 1, 12);
        for (int t = 0; t < 60; ++t) {
            c.tick();
            QCOMPARE(perNode(c).at(3), 0);
        }
        QVERIFY(perNode(c).at(2) > 0); // the others did take work
    }
    void lockedNeverMove()
    {
        SimCluster c = idle4();
        spawnCpu(c, 1, 8);
        for (const Process& p : c.processes())
            QCOMPARE(c.setLock(1, p.pid, true), 0);
        run(c, 60);
        QCOMPARE(perNode(c).at(1), 8);
        QCOMPARE(c.migrationsTotal(), 0);
        // Unlocked, they move.
        for (const Process& p : std::vector<Process>(c.processes()))
            c.setLock(1, p.pid, false);
        run(c, 30);
        QVERIFY(perNode(c).at(1) < 8);
        QCOMPARE(c.migrate(1, c.processes().front().pid, 0), 0);
    }
    void lockedRefusesManualMigrate()
    {
        SimCluster c = idle4();
        const int pid = c.spawn(1, 1000, { "x" }, 1.0, 1 << 20);
        c.setLock(1, pid, true);
        QCOMPARE(c.migrate(1, pid, 2), EPERM);
        QCOMPARE(c.process(1, pid)->node, 1);
    }
    void expelLeavesNoGuests()
    {
        SimCluster c = idle4();
        spawnCpu(c, 1, 12);
        run(c, 30);
        int guestsOn2 = 0;
        for (const Process& p : c.processes())
            guestsOn2 += p.node == 2 && p.home != 2 ? 1 : 0;
        QVERIFY(guestsOn2 > 0);
        QCOMPARE(c.expel(2), 0);
        for (int t = 0; t < 30; ++t) {
            for (const Process& p : c.processes())
                QVERIFY(!(p.node == 2 && p.home != 2));
            c.tick();
        }
        QVERIFY(c.node(2)->flags.block);
        QVERIFY(c.node(2)->flags.expel);
    }
    void bringBringsAllHome()
    {
        SimCluster c = idle4();
        spawnCpu(c, 1, 12);
        run(c, 30);
        QVERIFY(perNode(c).at(1) < 12);
        QCOMPARE(c.bring(1), 0);
        QCOMPARE(perNode(c).at(1), 12);
        run(c, 30);
        QCOMPARE(perNode(c).at(1), 12); // lstay keeps them
        QVERIFY(c.node(1)->flags.lstay);
    }
    void fasterNodeTakesProportionallyMore()
    {
        SimCluster c(Kernel::OpenMosix, 3);
        c.addNode(1, 10000, 1, int64_t(8192) << 20);
        c.addNode(2, 20000, 1, int64_t(8192) << 20);
        spawnCpu(c, 1, 12);
        run(c, 60);
        const auto n = perNode(c);
        // Capacity 1 : 2, so 4 : 8 is the balance.
        QVERIFY2(n.at(2) >= 7 && n.at(2) <= 9, qPrintable(QStringLiteral("%1 / %2").arg(n.at(1)).arg(n.at(2))));
    }
    void noPingPongInSteadyState()
    {
        SimCluster c = idle4();
        spawnCpu(c, 1, 13); // 13 over 4 nodes cannot be even: the temptation to shuffle
        run(c, 40);
        std::map<std::pair<int, int>, int> before;
        for (const Process& p : c.processes())
            before[{ p.home, p.pid }] = p.nmigs;
        const int migrations = c.migrationsTotal();
        run(c, 300);
        for (const Process& p : c.processes())
            QVERIFY2((p.nmigs - before[std::make_pair(p.home, p.pid)] <= 1), qPrintable(QString::number(p.pid)));
        QVERIFY(c.migrationsTotal() - migrations <= 2);
    }
    void stayAndLstayKeepWork()
    {
        SimCluster c = idle4();
        c.setFlag(1, "stay", 1);
        spawnCpu(c, 1, 8);
        run(c, 30);
        QCOMPARE(perNode(c).at(1), 8);
        c.setFlag(1, "stay", 0);
        c.setFlag(1, "lstay", 1);
        run(c, 30);
        QCOMPARE(perNode(c).at(1), 8); // local processes stay
        // A guest on an lstay node may still leave.
        const int pid = c.spawn(2, 1000, { "guest" }, 1.0, 1 << 20);
        QCOMPARE(c.migrate(2, pid, 1), 0);
        run(c, 20);
        QVERIFY(c.process(2, pid)->node != 1);
    }
    void quietNodeIsNotChosenAndGoesStale()
    {
        SimCluster c = idle4();
        ProcFs fs(c, "/bin/false");
        c.setFlag(4, "quiet", 1);
        spawnCpu(c, 4, 3); // node 4's load rises, but the others do not hear of it
        c.account();
        QCOMPARE(readFs(fs, "/1/hpc/nodes/4/load"), std::string("0\n"));
        QCOMPARE(readFs(fs, "/4/hpc/nodes/4/load"), std::string("750\n")); // it knows its own
        spawnCpu(c, 1, 12);
        for (int t = 0; t < 40; ++t) {
            c.tick();
            for (const Process& p : c.processes())
                QVERIFY(!(p.node == 4 && p.home != 4));
        }
    }
    void stoppedNodeIsDownForEveryone()
    {
        SimCluster c = idle4();
        ProcFs fs(c, "/bin/false");
        spawnCpu(c, 1, 12);
        run(c, 20);
        QCOMPARE(c.nodeStop(3), 0);
        QCOMPARE(perNode(c).at(3), 0);
        QCOMPARE(readFs(fs, "/1/hpc/nodes/3/load"), std::string("-101\n"));
        QCOMPARE(readFs(fs, "/1/hpc/nodes/3/status"), std::string("0\n"));
        std::vector<std::string> names;
        QCOMPARE(fs.list("/3/hpc/nodes", &names), 0);
        QVERIFY(names.empty()); // openMosix off: no table
        for (int t = 0; t < 30; ++t) {
            c.tick();
            QCOMPARE(perNode(c).at(3), 0);
        }
        QCOMPARE(c.migrate(1, c.processes().front().pid, 3), EHOSTDOWN);
        QCOMPARE(c.nodeStart(3), 0);
        run(c, 30);
        QVERIFY(perNode(c).at(3) > 0);
    }
    void memoryUshering()
    {
        SimCluster c(Kernel::OpenMosix, 1);
        c.addNode(1, 10000, 4, int64_t(1024) << 20);
        c.addNode(2, 10000, 4, int64_t(8192) << 20);
        // Little CPU, lots of memory: only memory pressure can move these.
        for (int i = 0; i < 4; ++i)
            c.spawn(1, 1000, { "bigmem" }, 0.05, int64_t(200) << 20);
        c.account();
        QVERIFY(c.node(1)->memUsed > int64_t(0.9 * double(c.node(1)->memTotal)));
        run(c, 10);
        c.account();
        QVERIFY(c.node(1)->memUsed <= int64_t(0.9 * double(c.node(1)->memTotal)));
        QVERIFY(perNode(c).at(2) > 0);
    }
    void mattxRules()
    {
        SimCluster c(Kernel::MattX, 1);
        c.addNode(709, 10000, 2, int64_t(4096) << 20);
        c.addNode(814, 10000, 2, int64_t(4096) << 20);
        // Local load at most the core count: it never migrates away.
        spawnCpu(c, 709, 2);
        run(c, 10);
        QCOMPARE(c.migrationsTotal(), 0);
        // 6 on 2 cores: 3000/2000 vs 0 — acts, one per second (1 s ticks), until the difference < 500.
        spawnCpu(c, 709, 4);
        c.tick();
        QCOMPARE(c.migrationsTotal(), 1);
        run(c, 20);
        QCOMPARE(perNode(c).at(709), 3);
        QCOMPARE(perNode(c).at(814), 3);
        // Balancer off: sends nothing.
        SimCluster d(Kernel::MattX, 1);
        d.addNode(1, 10000, 1, int64_t(4096) << 20);
        d.addNode(2, 10000, 1, int64_t(4096) << 20);
        QCOMPARE(d.mattxAdmin(1, "balancer 0\n"), 0);
        spawnCpu(d, 1, 6);
        run(d, 20);
        QCOMPARE(perNode(d).at(1), 6);
        // Excluded names never move; with an include list, only those move.
        QCOMPARE(d.mattxAdmin(1, "balancer 1"), 0);
        QCOMPARE(d.mattxAdmin(1, "exclude burn,top"), 0);
        run(d, 20);
        QCOMPARE(perNode(d).at(1), 6);
        QCOMPARE(d.mattxAdmin(1, "exclude "), 0);
        QCOMPARE(d.mattxAdmin(1, "include other"), 0);
        run(d, 20);
        QCOMPARE(perNode(d).at(1), 6);
        QCOMPARE(d.mattxAdmin(1, "include"), 0);
        run(d, 20);
        QCOMPARE(perNode(d).at(1), 3);
    }
    void mattxAdminCommands()
    {
        SimCluster c(Kernel::MattX, 1);
        c.addNode(1, 10000, 2, int64_t(4096) << 20);
        c.addNode(2, 10000, 2, int64_t(4096) << 20);
        const int pid = c.spawn(1, 1000, { "job" }, 1.0, 1 << 20);
        QCOMPARE(c.mattxAdmin(1, "affinity 3000"), 0);
        QCOMPARE(c.node(1)->mattxAffinity(), 3000);
        QCOMPARE(c.mattxAdmin(1, "debug 1"), 0);
        QCOMPARE(c.mattxAdmin(1, "migrate " + std::to_string(pid) + " 2"), 0);
        QCOMPARE(c.process(1, pid)->node, 2);
        QCOMPARE(c.mattxAdmin(1, "migrate " + std::to_string(pid) + " home"), 0);
        QCOMPARE(c.process(1, pid)->node, 1);
        for (const char* bad :
            { "frobnicate 1", "balancer 2", "affinity -5", "migrate x 2", "migrate 1", "", "migrate 77 2 3" })
            QVERIFY2(c.mattxAdmin(1, bad) == EINVAL || c.mattxAdmin(1, bad) == ESRCH, bad);
        QCOMPARE(c.mattxAdmin(1, "migrate 99999 2"), ESRCH);
    }
    void procfsFormatsParseWithTheSuite()
    {
        SimCluster c = idle4(2);
        ProcFs fs(c, "/bin/false");
        const int pid = c.spawn(1, 1001, { "sh", "-c", "echo $(reboot)\nx" }, 1.0, 1 << 20);
        c.account();
        const std::string stat = readFs(fs, "/1/" + std::to_string(pid) + "/stat");
        QVERIFY(stat.rfind(std::to_string(pid) + " (sh) R 1 ", 0) == 0);
        QCOMPARE(readFs(fs, "/1/" + std::to_string(pid) + "/cmdline"), std::string("sh\0-c\0echo $(reboot)\nx\0", 23));
        QCOMPARE(readFs(fs, "/1/" + std::to_string(pid) + "/where"), std::string("0\n"));
        QCOMPARE(readFs(fs, "/1/hpc/nodes/1/load"), std::string("250\n"));
        QCOMPARE(readFs(fs, "/1/hpc/nodes/1/cpus"), std::string("2\n"));
        QCOMPARE(readFs(fs, "/1/hpc/admin/mospe"), std::string("1\n"));
        QCOMPARE(c.migrate(1, pid, 2), 0);
        QCOMPARE(readFs(fs, "/1/" + std::to_string(pid) + "/where"), std::string("2\n"));
        std::vector<std::string> remote;
        QCOMPARE(fs.list("/2/hpc/remote", &remote), 0);
        QCOMPARE(remote.size(), size_t(1));
        QCOMPARE(readFs(fs, "/2/hpc/remote/" + remote[0] + "/from"), std::string("1 127.0.1.1\n"));
    }
    void badWritesGiveKernelErrors()
    {
        SimCluster c = idle4();
        ProcFs fs(c, "/bin/false");
        const int pid = c.spawn(1, 1000, { "job" }, 1.0, 1 << 20);
        const std::string p = "/1/" + std::to_string(pid);
        QCOMPARE(fs.write(p + "/goto", "garbage\n"), -EINVAL);
        QCOMPARE(fs.write(p + "/goto", "70000\n"), -EINVAL);
        QCOMPARE(fs.write(p + "/goto", "9\n"), -EINVAL); // no node 9
        QCOMPARE(fs.write(p + "/lock", "2\n"), -EINVAL);
        QCOMPARE(fs.write("/1/99999/goto", "2\n"), -ENOENT); // no such process directory
        QCOMPARE(fs.write("/1/hpc/admin/block", "yes\n"), -EINVAL);
        QCOMPARE(fs.write("/1/hpc/admin/speed", "0\n"), -EINVAL);
        QCOMPARE(fs.write("/1/hpc/admin/version", "1\n"), -EACCES);
        QCOMPARE(fs.write("/1/hpc/nodes/1/load", "1\n"), -EACCES);
        QCOMPARE(fs.write("/ctl",
                     std::string("kill\0"
                                 "1\0"
                                 "99999\0"
                                 "TERM",
                         18)),
            -ESRCH);
        QCOMPARE(fs.write("/ctl", "kill 1 " + std::to_string(pid) + " BOGUS"), -EINVAL);
        QCOMPARE(fs.write("/ctl", "renice 1 " + std::to_string(pid) + " 40"), -EINVAL);
        QCOMPARE(fs.write("/ctl", "frobnicate"), -EINVAL);
        QCOMPARE(fs.write("/ctl", "spawn 9 1000 1000 10 0 0 x"), -ENOENT);
        // And the good ones still work afterwards.
        QCOMPARE(fs.write(p + "/goto", "2\n"), 0);
        QCOMPARE(c.process(1, pid)->node, 2);
        QCOMPARE(fs.write("/ctl", "renice 1 " + std::to_string(pid) + " 7"), 0);
        QCOMPARE(c.process(1, pid)->nice, 7);
        QCOMPARE(fs.write("/ctl", "kill 1 " + std::to_string(pid) + " STOP"), 0);
        QVERIFY(c.process(1, pid)->stopped);
        QCOMPARE(fs.write("/ctl", "step 3"), 0);
        QCOMPARE(c.ticks(), 3);
    }
    void deterministicUnderSeed()
    {
        auto runBusy = [](uint64_t seed) {
            Scenario s;
            std::string error;
            if (!parseScenario(builtinScenario("busy"), "busy", &s, &error))
                qFatal("%s", error.c_str());
            SimCluster c(s.kernel, seed);
            ScenarioRunner r(s);
            r.setUp(c, &error);
            for (int t = 0; t < 150; ++t) {
                c.tick();
                r.advance(c);
            }
            std::string state;
            for (const Process& p : c.processes())
                state += std::to_string(p.home) + ":" + std::to_string(p.pid) + "@" + std::to_string(p.node) + "/"
                    + p.argv.back() + " ";
            return state + std::to_string(c.migrationsTotal());
        };
        QCOMPARE(runBusy(42), runBusy(42));
        QVERIFY(runBusy(42) != runBusy(43));
    }
    void scenarios()
    {
        for (const std::string& name : builtinScenarioNames()) {
            Scenario s;
            std::string error;
            QVERIFY2(parseScenario(builtinScenario(name), name, &s, &error), error.c_str());
        }
        const std::pair<const char*, int> bad[] = {
            { "node 1 speed=10\nfrobnicate\n", 2 },
            { "node 1\nat x spawn 1 1 cmd=a\n", 2 },
            { "node 1\nspawn 1 1\n", 2 },
            { "node 1\nspawn 1 1 cmd=\"unterminated\n", 2 },
            { "node 1\nat 5 node 2\n", 2 },
            { "node 1 speed=-3\n", 1 },
            { "node 1\nflag 1 fly=1\n", 2 },
            { "node 1\nspawn 1 1 cmd=x user=mallory\n", 2 },
        };
        for (const auto& [text, line] : bad) {
            Scenario s;
            std::string error;
            QVERIFY2(!parseScenario(text, "t", &s, &error), text);
            QVERIFY2(error.find("t: line " + std::to_string(line) + ":") == 0, error.c_str());
        }
        Scenario s;
        std::string error;
        QVERIFY(!parseScenario("# nothing\n", "t", &s, &error));
        QVERIFY(error.find("no nodes") != std::string::npos);
    }
    void demoTellsTheStory()
    {
        Scenario s;
        std::string error;
        QVERIFY(parseScenario(builtinScenario("demo"), "demo", &s, &error));
        SimCluster c(s.kernel, 1);
        ScenarioRunner r(s);
        QVERIFY(r.setUp(c, &error));
        auto count = [&](const char* name, int node) {
            int n = 0;
            for (const Process& p : c.processes())
                n += p.comm == name && p.node == node ? 1 : 0;
            return n;
        };
        for (int t = 0; t < 50; ++t) {
            c.tick();
            r.advance(c);
        }
        // The encoders started on the slow node 1; the fast node 2 took the most of them.
        QVERIFY(count("lame", 2) >= count("lame", 3) && count("lame", 2) >= count("lame", 4));
        QVERIFY(count("lame", 2) > count("lame", 1));
        const int lameOnFast = count("lame", 2);
        for (int t = 50; t < 100; ++t) {
            c.tick();
            r.advance(c);
        }
        // The parallel make on node 2 pushed work off it.
        int awayFrom2 = 0;
        for (const Process& p : c.processes())
            awayFrom2 += (p.comm == "cc1" && p.node != 2) || (p.comm == "lame" && p.node != 2) ? 1 : 0;
        QVERIFY(count("lame", 2) < lameOnFast || awayFrom2 > 6);
        for (int t = 100; t < 150; ++t) {
            c.tick();
            r.advance(c);
        }
        QCOMPARE(count("lame", 1) + count("lame", 2) + count("lame", 3) + count("lame", 4), 0);
        for (int t = 150; t < 160; ++t) { // the story starts over
            c.tick();
            r.advance(c);
        }
        QCOMPARE(count("lame", 1) + count("lame", 2) + count("lame", 3) + count("lame", 4), 6);
    }
};

QTEST_GUILESS_MAIN(TestSimBalancer)
#include "tst_sim_balancer.moc"
