#include "core/backend/mattx/mattxparsers.h"
#include "core/backend/openmosix/openmosixparsers.h"
#include "core/backend/procparsers.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace omv;

static QByteArray fixture(const QString& rel)
{
    QFile f(QStringLiteral(OMV_SOURCE_DIR "/tests/data/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(rel));
    return f.readAll();
}

// What `grep -H '' */*` prints in a fixture's hpc/nodes, produced by the real grep.
static QByteArray grepNodeTable(const QString& nodeDir)
{
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(OMV_SOURCE_DIR "/tests/data/") + nodeDir + QStringLiteral("/hpc/nodes"));
    p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("grep -H '' */*") });
    p.waitForFinished();
    return p.readAllStandardOutput();
}

class TestParsers : public QObject
{
    Q_OBJECT
private slots:
    void nodeTableFixture()
    {
        const Result<OpenMosixNodeTable> t = parseOpenMosixNodeTable(grepNodeTable(QStringLiteral("om3/node1")));
        QVERIFY2(t.ok(), qPrintable(t.errorString()));
        QCOMPARE(t->nodes.size(), 3);
        QVERIFY(!t->transientEmpty);
        const NodeSample& n1 = t->nodes[0];
        QCOMPARE(n1.id, 1);
        QVERIFY(n1.up);
        QCOMPARE(n1.loadRaw, 250);
        QCOMPARE(n1.cpus, 2);
        QCOMPARE(n1.loadPercent, 50.0); // 250 of 2 x 250
        QCOMPARE(n1.speed, 10000);
        QCOMPARE(n1.memTotal, Q_INT64_C(4294967296));
        QCOMPARE(n1.memFree, Q_INT64_C(2147483648));
        QCOMPARE(n1.util, 50);
        const NodeSample& n2 = t->nodes[1];
        QCOMPARE(n2.cpus, 4); // from the file named CPUs
        QCOMPARE(n2.loadPercent, 50.0);
        const NodeSample& n3 = t->nodes[2];
        QVERIFY(!n3.up);
        QCOMPARE(n3.loadRaw, -1);
        QCOMPARE(n3.cpus, -1);
        QCOMPARE(n3.memTotal, -1);
    }
    void nodeTableTransientEmpty()
    {
        const Result<OpenMosixNodeTable> t
            = parseOpenMosixNodeTable(fixture(QStringLiteral("parse/nodes-transient.txt")));
        QVERIFY(t.ok());
        QVERIFY(t->transientEmpty);
        QCOMPARE(t->nodes[1].loadRaw, -1); // unknown, not zero
        QCOMPARE(t->nodes[1].loadPercent, -1.0);
        QCOMPARE(t->nodes[1].speed, 9000);
    }
    void nodeTableGarbage()
    {
        const Result<OpenMosixNodeTable> t
            = parseOpenMosixNodeTable(fixture(QStringLiteral("parse/nodes-garbage.txt")));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().line, 3);
        QVERIFY(t.errorString().contains(QLatin1String("hpc/nodes: line 3")));
    }
    void nodeTableBadValue()
    {
        const Result<OpenMosixNodeTable> t
            = parseOpenMosixNodeTable(fixture(QStringLiteral("parse/nodes-badvalue.txt")));
        QVERIFY(t.ok());
        QCOMPARE(t->nodes[0].loadRaw, -1);
        QCOMPARE(t->nodes[0].problems.size(), 1);
        QVERIFY(t->nodes[0].problems[0].contains(QLatin1String("1/load")));
    }
    void nodeTableFullPathsAndUnknownFields()
    {
        const Result<OpenMosixNodeTable> t
            = parseOpenMosixNodeTable(fixture(QStringLiteral("parse/nodes-fullpath.txt")));
        QVERIFY(t.ok());
        QCOMPARE(t->nodes.size(), 2);
        QVERIFY(!t->nodes[0].up);
        QVERIFY(t->nodes[1].up);
        QCOMPARE(t->nodes[1].loadPercent, 50.0);
    }
    void nodeTableEmptyAndJunk_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("newlines") << QByteArray("\n\n\n");
        QTest::newRow("id zero") << QByteArray("0/load:1\n");
        QTest::newRow("id huge") << QByteArray("99999999999/load:1\n");
        QTest::newRow("no id") << QByteArray("load:1\n");
        QTest::newRow("binary") << QByteArray("\x01\x02/\xff:\x00\n", 7);
    }
    void nodeTableEmptyAndJunk()
    {
        QFETCH(QByteArray, input);
        const Result<OpenMosixNodeTable> t = parseOpenMosixNodeTable(input);
        QVERIFY(!t.ok());
        QVERIFY(!t.errorString().isEmpty());
    }
    void adminFlags()
    {
        GrepReport r = parseGrepReport("hpc/admin/block:1\nhpc/admin/stay:0\nhpc/admin/quiet:1\nhpc/admin/speed:7000\n"
                                       "hpc/admin/mospe:4\nhpc/admin/lstay:x\n");
        const OpenMosixAdmin a = parseOpenMosixAdmin(r);
        QCOMPARE(a.flags.block, std::optional<bool>(true));
        QCOMPARE(a.flags.stay, std::optional<bool>(false));
        QCOMPARE(a.flags.quiet, std::optional<bool>(true));
        QVERIFY(!a.flags.lstay.has_value());
        QVERIFY(!a.flags.bring.has_value());
        QCOMPARE(a.speed, 7000);
        QCOMPARE(a.mospe, 4);
        QCOMPARE(a.problems.size(), 1);
        QVERIFY(a.problems[0].startsWith(QLatin1String("hpc/admin/lstay: line 1")));
    }
    void grepReportKeepsHostileLinesInTheirFile()
    {
        // A command line with a newline that imitates another file's line stays in cmdline.
        static const char text[] = "104/cmdline:sh\0-c\0echo\n104/cmdline:104/where:3\n104/where:0\n"
                                   "passwd:alice:x:1000:1000::/h:/bin/sh\nnoprefix\n";
        const GrepReport r = parseGrepReport(QByteArray(text, sizeof text - 1));
        QCOMPARE(r.pids.size(), 1);
        QCOMPARE(r.pids[104].value("where"), QByteArray("0"));
        QCOMPARE(parseCmdline(r.pids[104].value("cmdline")),
            QStringList({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo\n104/where:3") }));
        QCOMPARE(r.users.value(1000), QStringLiteral("alice"));
        QCOMPARE(r.problems.size(), 1);
    }
    void procStat()
    {
        const Result<ProcStat> st
            = parseProcStat(fixture(QStringLiteral("om3/node1/104/stat")), QStringLiteral("104/stat"));
        QVERIFY2(st.ok(), qPrintable(st.errorString()));
        QCOMPARE(st->pid, 104);
        QCOMPARE(st->comm, QStringLiteral("evil) R (x"));
        QCOMPARE(st->state, QLatin1Char('S'));
        QCOMPARE(st->utime, 150);
        QCOMPARE(st->stime, 50);
        QCOMPARE(st->nice, 5);
        QCOMPARE(st->startTime, 5000);
        QCOMPARE(st->vsize, 10485760);
        QCOMPARE(st->rssPages, 256);
    }
    void procStatMalformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("short") << QStringLiteral("parse/stat-short.txt");
        QTest::newRow("garbage") << QStringLiteral("parse/stat-garbage.txt");
    }
    void procStatMalformed()
    {
        QFETCH(QString, file);
        const Result<ProcStat> st = parseProcStat(fixture(file), QStringLiteral("1234/stat"));
        QVERIFY(!st.ok());
        QVERIFY(st.errorString().startsWith(QLatin1String("1234/stat: line 1: ")));
    }
    void procStatusAndCmdline()
    {
        const Result<ProcStatus> s
            = parseProcStatus(fixture(QStringLiteral("om3/node1/101/status")), QStringLiteral("s"));
        QVERIFY(s.ok());
        QCOMPARE(s->uid, 1000);
        QCOMPARE(s->rssBytes, 1024 * 1024);
        QVERIFY(!parseProcStatus("Uid:\tabc\n", QStringLiteral("s")).ok());
        QCOMPARE(parseCmdline(fixture(QStringLiteral("om3/node1/101/cmdline"))),
            QStringList({ QStringLiteral("lame"), QStringLiteral("--preset"), QStringLiteral("extreme"),
                QStringLiteral("track01.wav") }));
        QVERIFY(parseCmdline(QByteArray()).isEmpty());
        QCOMPARE(parseCmdline(QByteArray("a\0\0b", 4)),
            QStringList({ QStringLiteral("a"), QString(), QStringLiteral("b") }));
    }
    void where_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("address");
        QTest::newRow("zero") << QByteArray("0\n") << int(ProcessWhere::Kind::Home) << 0 << QString();
        QTest::newRow("node") << QByteArray("7\n") << int(ProcessWhere::Kind::Node) << 7 << QString();
        QTest::newRow("pmi home") << QByteArray("home\n") << int(ProcessWhere::Kind::Home) << 0 << QString();
        QTest::newRow("pmi ip") << QByteArray("10.0.0.2\n") << int(ProcessWhere::Kind::Address) << 0
                                << QStringLiteral("10.0.0.2");
        QTest::newRow("pmi migrating") << QByteArray("migrating\n") << int(ProcessWhere::Kind::Migrating) << 0
                                       << QString();
    }
    void where()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(int, node);
        QFETCH(QString, address);
        const Result<ProcessWhere> w = parseWhere(text, QStringLiteral("1/where"));
        QVERIFY(w.ok());
        QCOMPARE(int(w->kind), kind);
        QCOMPARE(w->node, node);
        QCOMPARE(w->address, address);
    }
    void whereMalformed()
    {
        for (const char* bad : { "", "-3", "70000", "somewhere", "10.0.0" })
            QVERIFY2(!parseWhere(bad, QStringLiteral("1/where")).ok(), bad);
    }
    void remoteFrom()
    {
        const Result<RemoteFrom> r
            = parseRemoteFrom(fixture(QStringLiteral("om3/node2/hpc/remote/5101/from")), QStringLiteral("from"));
        QVERIFY(r.ok());
        QCOMPARE(r->homeNode, 1);
        QCOMPARE(r->address, QStringLiteral("127.0.1.1"));
        QVERIFY(!parseRemoteFrom("x 10.0.0.1", QStringLiteral("from")).ok());
        QVERIFY(!parseRemoteFrom("1 not-an-ip", QStringLiteral("from")).ok());
        const Result<RemoteIdentity> id = parseRemoteIdentity(
            fixture(QStringLiteral("om3/node2/hpc/remote/5101/identity")), QStringLiteral("identity"));
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        QCOMPARE(id->homeNode, 1);
        QCOMPARE(id->homePid, 101);
        for (const char* bad : { "", "1", "1 x", "0 5", "1 -5", "1 5 7", "70000 5" })
            QVERIFY2(!parseRemoteIdentity(bad, QStringLiteral("identity")).ok(), bad);
        QVERIFY(parseRemoteIdentity("x", QStringLiteral("r/9/identity"))
                    .errorString()
                    .contains(QLatin1String("r/9/identity")));
    }
    void mapFile()
    {
        const Result<NodeMap> m = parseMapFile(fixture(QStringLiteral("parse/map-good.txt")), QStringLiteral("map"));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QCOMPARE(m->size(), 3 + 1 + 6);
        QCOMPARE(m->value(1), QStringList { QStringLiteral("10.0.0.1") });
        QCOMPARE(m->value(2), QStringList({ QStringLiteral("10.0.0.2"), QStringLiteral("10.1.0.2") }));
        QCOMPARE(m->value(3), QStringList { QStringLiteral("10.0.0.3") });
        QCOMPARE(m->value(10), QStringList { QStringLiteral("node10.example.org") });
        QCOMPARE(m->value(25), QStringList { QStringLiteral("10.0.0.255") });
    }
    void mapFileErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("hostname range") << QStringLiteral("parse/map-hostname-range.txt") << 2;
        QTest::newRow("alias unknown") << QStringLiteral("parse/map-alias-unknown.txt") << 2;
        QTest::newRow("overflow") << QStringLiteral("parse/map-overflow.txt") << 1;
        QTest::newRow("duplicate") << QStringLiteral("parse/map-duplicate.txt") << 2;
        QTest::newRow("hostile") << QStringLiteral("parse/map-hostile.txt") << 1;
    }
    void mapFileErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        const Result<NodeMap> m = parseMapFile(fixture(file), file);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().line, line);
        QVERIFY(m.errorString().startsWith(file));
    }
    void showmap()
    {
        const Result<NodeMap> m = parseShowmap(fixture(QStringLiteral("parse/showmap.txt")), QStringLiteral("showmap"));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QCOMPARE(m->size(), 3);
        QCOMPARE(m->value(2), QStringList { QStringLiteral("10.0.0.2") });
        QCOMPARE(m->value(10), QStringList { QStringLiteral("10.0.0.10") });
        QVERIFY(!parseShowmap("My Node-Id: 0x0001\n0xZZ 10.0.0.1 1\n", QStringLiteral("showmap")).ok());
        QVERIFY(!parseShowmap("", QStringLiteral("showmap")).ok());
    }
    void mattxNodes()
    {
        const Result<MattxNodeTable> t
            = parseMattxNodes(fixture(QStringLiteral("mx3/node1/mattx/nodes")), QStringLiteral("nodes"));
        QVERIFY2(t.ok(), qPrintable(t.errorString()));
        QCOMPARE(t->nodes.size(), 2);
        QCOMPARE(t->nodes[0].id, 709);
        QVERIFY(t->nodes[0].local);
        QCOMPARE(t->nodes[0].address, QStringLiteral("127.0.1.1"));
        QCOMPARE(t->nodes[0].load, 2000);
        QCOMPARE(t->nodes[0].affinity, 4000);
        QCOMPARE(t->nodes[0].memFreeMB, 725);
        QCOMPARE(t->nodes[1].id, 814);
        QVERIFY(!t->nodes[1].local);
        QCOMPARE(t->local()->id, 709);
        QCOMPARE(t->balancer, std::optional<bool>(true));
        QCOMPARE(t->debug, std::optional<bool>(true));
        QCOMPARE(t->affinitySetting, 0);
        QCOMPARE(t->excludes.size(), 7);
        QCOMPARE(t->includes, QStringList { QStringLiteral("pvmchess-client") });
    }
    void mattxNodesEmptyAndExtra()
    {
        const Result<MattxNodeTable> e
            = parseMattxNodes(fixture(QStringLiteral("parse/mattx-nodes-empty.txt")), QStringLiteral("n"));
        QVERIFY2(e.ok(), qPrintable(e.errorString()));
        QVERIFY(e->nodes.isEmpty());
        QCOMPARE(e->balancer, std::optional<bool>(false));
        QCOMPARE(e->affinitySetting, 8000);
        QVERIFY(e->excludes.isEmpty());
        const Result<MattxNodeTable> x
            = parseMattxNodes(fixture(QStringLiteral("parse/mattx-nodes-extra.txt")), QStringLiteral("n"));
        QVERIFY2(x.ok(), qPrintable(x.errorString()));
        QCOMPARE(x->nodes.size(), 2);
        QCOMPARE(x->nodes[1].address, QStringLiteral("192.168.122.38"));
    }
    void mattxNodesMalformed()
    {
        const Result<MattxNodeTable> b
            = parseMattxNodes(fixture(QStringLiteral("parse/mattx-nodes-bad.txt")), QStringLiteral("mattx/nodes"));
        QVERIFY(!b.ok());
        QCOMPARE(b.error().line, 5);
        QVERIFY(!parseMattxNodes(fixture(QStringLiteral("parse/mattx-nodes-notmattx.txt")), QStringLiteral("n")).ok());
        QVERIFY(!parseMattxNodes(QByteArray(), QStringLiteral("n")).ok());
    }
    void mattxPidLists()
    {
        const Result<QHash<int, NodeId>> g
            = parseMattxPidNodeList(fixture(QStringLiteral("parse/mattx-guests.txt")), QStringLiteral("g"));
        QVERIFY(g.ok());
        QCOMPARE(g->size(), 2);
        QCOMPARE(g->value(401), 709);
        QCOMPARE(g->value(402), 814);
        const Result<QHash<int, NodeId>> bad = parseMattxPidNodeList(
            fixture(QStringLiteral("parse/mattx-guests-bad.txt")), QStringLiteral("mattx/guests"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().line, 1);
        QVERIFY(parseMattxPidNodeList(QByteArray(), QStringLiteral("g"))->isEmpty());
    }
    void loadavgMeminfo()
    {
        const Result<LoadAvg> la
            = parseLoadAvg(fixture(QStringLiteral("mx3/node1/loadavg")), QStringLiteral("loadavg"));
        QVERIFY(la.ok());
        QCOMPARE(la->one, 0.5);
        QCOMPARE(la->total, 123);
        QVERIFY(!parseLoadAvg("nonsense", QStringLiteral("loadavg")).ok());
        const Result<MemInfo> mi
            = parseMemInfo(fixture(QStringLiteral("mx3/node1/meminfo")), QStringLiteral("meminfo"));
        QVERIFY(mi.ok());
        QCOMPARE(mi->totalBytes, Q_INT64_C(16384000) * 1024);
        QVERIFY(!parseMemInfo("MemFree: 1 kB\n", QStringLiteral("meminfo")).ok());
        QVERIFY(!parseMemInfo("MemTotal: lots kB\n", QStringLiteral("meminfo")).ok());
    }
    void cpuTimes()
    {
        // As `grep '^cpu' /proc/stat` gives them on a two-CPU kernel of today (10 fields).
        const Result<CpuTimes> t = parseCpuTimes("cpu  100 5 50 1000 20 1 2 3 7 0\n"
                                                 "cpu0 50 2 25 500 10 0 1 1 3 0\n"
                                                 "cpu1 50 3 25 500 10 1 1 2 4 0\n",
            QStringLiteral("stat"));
        QVERIFY2(t.ok(), qPrintable(t.errorString()));
        QCOMPARE(t->total, qint64(100 + 5 + 50 + 1000 + 20 + 1 + 2 + 3)); // guest is in user already
        QCOMPARE(t->idle, qint64(1020));
        QCOMPARE(t->cpus, 2);
        // An old kernel's four fields.
        QCOMPARE(parseCpuTimes("cpu 1 2 3 4\ncpu0 1 2 3 4\n", QStringLiteral("stat"))->total, qint64(10));
        // Malformed: said, with the line.
        const Result<CpuTimes> bad = parseCpuTimes("cpu0 1 2 3 4\ncpu 1 two 3 4\n", QStringLiteral("stat"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().line, 2);
        QVERIFY(!parseCpuTimes("cpu 1 2\n", QStringLiteral("stat")).ok());
        QVERIFY(!parseCpuTimes("intr 1 2 3\n", QStringLiteral("stat")).ok());
        QVERIFY(!parseCpuTimes("cpu 1 2 3 -4\n", QStringLiteral("stat")).ok());
        QVERIFY(!parseCpuTimes("cpux 1 2 3 4\ncpu 1 2 3 4\n", QStringLiteral("stat")).ok());
    }
    void intFile()
    {
        QCOMPARE(parseIntFile("42\n", QStringLiteral("f")).value(), 42);
        QCOMPARE(parseIntFile(" -101 \n", QStringLiteral("f")).value(), -101);
        QCOMPARE(parseIntFile("", QStringLiteral("f")).error().message, QStringLiteral("empty"));
        QVERIFY(!parseIntFile("4 2", QStringLiteral("f")).ok());
    }
    void randomBytesNeverCrash()
    {
        // A cheap stand-in for the fuzzers: every parser on random and truncated input.
        QRandomGenerator rng(1234);
        const QByteArray seeds[]
            = { fixture(QStringLiteral("mx3/node1/mattx/nodes")), fixture(QStringLiteral("parse/map-good.txt")),
                  fixture(QStringLiteral("om3/node1/104/stat")), grepNodeTable(QStringLiteral("om3/node1")) };
        int rejected = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray in = seeds[i % 4];
            in.truncate(int(rng.bounded(in.size() + 1)));
            for (int k = 0; k < 3; ++k) {
                if (!in.isEmpty())
                    in[int(rng.bounded(in.size()))] = char(rng.bounded(256));
            }
            rejected += parseOpenMosixNodeTable(in).ok() ? 0 : 1;
            rejected += parseMattxNodes(in, QStringLiteral("x")).ok() ? 0 : 1;
            parseMapFile(in, QStringLiteral("x"));
            parseShowmap(in, QStringLiteral("x"));
            parseProcStat(in, QStringLiteral("x"));
            parseGrepReport(in);
            parseMattxPidNodeList(in, QStringLiteral("x"));
            parseWhere(in, QStringLiteral("x"));
        }
        QVERIFY(rejected > 0); // damaged input was noticed, and nothing crashed getting there
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
