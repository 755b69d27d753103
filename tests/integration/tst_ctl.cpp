// openmosixctl, the real executable, against real sshd nodes on omsim for each kernel. What it
// prints is checked against `openmosixcollector --once --json` of the same moment (omsim runs
// --manual: nothing changes between the two); what it sends, against the next such sample and
// omsim's own files.
#include "support/programrun.h"
#include "support/snapshotwait.h"
#include "support/testaccounts.h"
#include "support/testcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using omv::test::TestCluster;

namespace
{

using Run = omv::test::ProgramRun;

Run program(const QString& relative, const QStringList& args)
{
    return omv::test::runProgram(TestCluster::buildDir() + relative, args);
}

Run ctl(const QString& profile, const QStringList& args)
{
    return program(QStringLiteral("/ctl/openmosixctl"), QStringList { QStringLiteral("--profile"), profile } + args);
}

QJsonObject collectorOnce(const QString& profile)
{
    const Run r = program(QStringLiteral("/collector/openmosixcollector"),
        { QStringLiteral("--profile"), profile, QStringLiteral("--once"), QStringLiteral("--json") });
    return QJsonDocument::fromJson(r.out).object();
}

QJsonValue json(const Run& r)
{
    const QJsonDocument d = QJsonDocument::fromJson(r.out);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

// A process of the collector's sample by its command's first word.
QJsonObject processNamed(const QJsonObject& sample, const QString& word)
{
    for (const QJsonValue& v : sample.value(QStringLiteral("processes")).toArray())
        if (v.toObject().value(QStringLiteral("argv")).toArray().first().toString() == word)
            return v.toObject();
    return {};
}

QString target(const QJsonObject& process)
{
    return QStringLiteral("%1@%2")
        .arg(process.value(QStringLiteral("pid")).toInt())
        .arg(process.value(QStringLiteral("home")).toInt());
}

// A process whose command line holds terminal controls (a window title, a clear-screen): what
// a hostile user on a node can make any process report.
QByteArray evilLine()
{
    return QByteArray("spawn 3 1 cmd=\"evil ") + '\x1b' + "]0;pwned" + '\x07' + '\x1b'
        + "[2J\" user=carol cpu=0.01 mem=1\n";
}

} // namespace

class TestCtl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_om { omv::test::testPort(22970),
        omv::test::writeText(m_files.path(), QStringLiteral("om.scenario"), R"(kernel openmosix
node 1 speed=10000 cpus=1 mem=4096
node 2 speed=10000 cpus=2 mem=4096
node 3 speed=20000 cpus=2 mem=8192
spawn 1 1 cmd="lame --preset extreme track.wav" user=alice cpu=1 mem=40
spawn 1 1 cmd="sh -c $(reboot);<b>x</b>	tab" user=carol cpu=0.2 mem=10
spawn 2 1 cmd="make -j4" user=bob cpu=1 mem=100
spawn 2 1 cmd="-bash" user=bob cpu=0.01 mem=4 lock
)" + evilLine()),
        { QStringLiteral("--manual") } };
    TestCluster m_mx { omv::test::testPort(22970) + 100,
        omv::test::writeText(m_files.path(), QStringLiteral("mx.scenario"), R"(kernel mattx
node 709 speed=10000 cpus=4 mem=4096
node 814 speed=10000 cpus=4 mem=4096
spawn 709 1 cmd="pvmchess-client --depth 9" user=alice cpu=1 mem=50
spawn 709 1 cmd="top" user=root cpu=0.01 mem=4
)"),
        { QStringLiteral("--manual") } };
    TestCluster m_lx { omv::test::testPort(22970) + 200,
        omv::test::writeText(m_files.path(), QStringLiteral("lx.scenario"), R"(kernel linux
node 1 speed=10000 cpus=4 mem=4096
node 2 speed=10000 cpus=2 mem=2048
spawn 1 1 cmd="render --frame 1" user=alice cpu=1 mem=64
spawn 2 1 cmd="sshd: bob" user=bob cpu=0.01 mem=4
)"),
        { QStringLiteral("--manual") } };
    QHash<QString, QString> m_profile;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_om.start(&error), qPrintable(error));
        QVERIFY2(m_mx.start(&error), qPrintable(error));
        QVERIFY2(m_lx.start(&error), qPrintable(error));
        // Each cluster's history in the test's folder (the audit trail is looked for there).
        auto db = [this](const char* name) {
            return QStringLiteral("[collector]\ndatabase=%1/%2.db\n").arg(m_files.path(), QLatin1String(name));
        };
        m_profile[QStringLiteral("openmosix")] = m_om.writeProfile(QStringLiteral("openmosix"), 1, true, db("om"));
        m_profile[QStringLiteral("mattx")] = m_mx.writeProfile(QStringLiteral("mattx"), 709, false, db("mx"));
        m_profile[QStringLiteral("linux")] = m_lx.writeProfile(QStringLiteral("linux"), 1, true, db("lx"));
    }
    void cleanupTestCase()
    {
        // A collector `collector start` left running when a check failed before `stop`: its pid file.
        QFile pidFile(m_files.filePath(QStringLiteral("om.db.pid")));
        if (pidFile.open(QIODevice::ReadOnly))
            if (const qint64 pid = pidFile.readAll().trimmed().toLongLong(); pid > 0)
                ::kill(pid_t(pid), SIGTERM);
        m_om.stop();
        m_mx.stop();
        m_lx.stop();
    }

    void nodesAndPsAgreeWithTheCollector_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::newRow("openmosix") << QStringLiteral("openmosix");
        QTest::newRow("mattx") << QStringLiteral("mattx");
        QTest::newRow("linux") << QStringLiteral("linux");
    }
    void nodesAndPsAgreeWithTheCollector()
    {
        QFETCH(QString, kernel);
        const QString profile = m_profile.value(kernel);
        const QJsonObject truth = collectorOnce(profile);
        const QJsonArray truthNodes = truth.value(QStringLiteral("nodes")).toArray();
        QVERIFY(!truthNodes.isEmpty());

        const Run nodes = ctl(profile, { QStringLiteral("--json"), QStringLiteral("nodes") });
        QVERIFY2(nodes.exitCode == 0, qPrintable(nodes.err));
        const QJsonObject got = json(nodes).toObject();
        QCOMPARE(got.value(QStringLiteral("backend")).toString(), kernel);
        QCOMPARE(got.value(QStringLiteral("source")).toString(), QStringLiteral("sampled")); // no collector runs
        const QJsonArray gotNodes = got.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(gotNodes.size(), truthNodes.size());
        QHash<int, int> running; // processes per node, counted from the collector's list
        for (const QJsonValue& p : truth.value(QStringLiteral("processes")).toArray())
            ++running[p.toObject().value(QStringLiteral("node")).toInt()];
        for (int i = 0; i < gotNodes.size(); ++i) {
            const QJsonObject a = gotNodes[i].toObject(), b = truthNodes[i].toObject();
            for (const char* key : { "id", "up", "speed", "cpus", "mem_total", "mem_free", "load_percent", "flags" })
                QVERIFY2(a.value(QLatin1String(key)) == b.value(QLatin1String(key)),
                    qPrintable(QStringLiteral("node %1 %2").arg(i).arg(QLatin1String(key))));
            QCOMPARE(
                a.value(QStringLiteral("processes")).toInt(), running.value(b.value(QStringLiteral("id")).toInt()));
            QCOMPARE(a.value(QStringLiteral("mem_used")).toDouble(),
                b.value(QStringLiteral("mem_total")).toDouble() - b.value(QStringLiteral("mem_free")).toDouble());
        }

        // Piped: tab-separated, one row per node, no header; the same figures.
        const Run table = ctl(profile, { QStringLiteral("nodes") });
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> rows = table.out.trimmed().split('\n');
        QCOMPARE(rows.size(), truthNodes.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QList<QByteArray> cells = rows[i].split('\t');
            QCOMPARE(cells.size(), 10);
            const QJsonObject b = truthNodes[i].toObject();
            QCOMPARE(cells[0].toInt(), b.value(QStringLiteral("id")).toInt());
            QCOMPARE(QString::fromUtf8(cells[1]), b.value(QStringLiteral("addresses")).toArray().first().toString());
            QCOMPARE(cells[3].toInt(), b.value(QStringLiteral("speed")).toInt());
            QCOMPARE(cells[7].toInt(), b.value(QStringLiteral("cpus")).toInt());
            QCOMPARE(cells[8].toInt(), running.value(b.value(QStringLiteral("id")).toInt()));
        }

        const Run ps = ctl(profile, { QStringLiteral("--json"), QStringLiteral("ps") });
        QVERIFY2(ps.exitCode == 0, qPrintable(ps.err));
        const QJsonArray procs = json(ps).toArray();
        const QJsonArray truthProcs = truth.value(QStringLiteral("processes")).toArray();
        QCOMPARE(procs.size(), truthProcs.size());
        QSet<QString> a, b;
        for (const QJsonValue& v : procs) {
            const QJsonObject o = v.toObject();
            a << QStringLiteral("%1@%2 on %3 %4 %5")
                     .arg(o.value(QStringLiteral("pid")).toInt())
                     .arg(o.value(QStringLiteral("home")).toInt())
                     .arg(o.value(QStringLiteral("node")).toInt())
                     .arg(o.value(QStringLiteral("user")).toString(),
                         QString::fromUtf8(
                             QJsonDocument(o.value(QStringLiteral("argv")).toArray()).toJson(QJsonDocument::Compact)));
        }
        for (const QJsonValue& v : truthProcs) {
            const QJsonObject o = v.toObject();
            b << QStringLiteral("%1@%2 on %3 %4 %5")
                     .arg(o.value(QStringLiteral("pid")).toInt())
                     .arg(o.value(QStringLiteral("home")).toInt())
                     .arg(o.value(QStringLiteral("node")).toInt())
                     .arg(o.value(QStringLiteral("user")).toString(),
                         QString::fromUtf8(
                             QJsonDocument(o.value(QStringLiteral("argv")).toArray()).toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(a, b);
        // Piped rows: one per process, every cell one line with no tab (a hostile command line
        // cannot split a row).
        const Run psTable = ctl(profile, { QStringLiteral("ps") });
        const QList<QByteArray> psRows = psTable.out.trimmed().split('\n');
        QCOMPARE(psRows.size(), truthProcs.size());
        for (const QByteArray& row : psRows)
            QCOMPARE(row.count('\t'), 9);
    }

    void showNamesOneProcess()
    {
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        const QJsonObject bash = processNamed(collectorOnce(profile), QStringLiteral("-bash"));
        const Run r = ctl(profile, { QStringLiteral("--json"), QStringLiteral("show"), target(bash) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r).toObject();
        QCOMPARE(o.value(QStringLiteral("pid")), bash.value(QStringLiteral("pid")));
        QCOMPARE(o.value(QStringLiteral("node")), bash.value(QStringLiteral("node")));
        QCOMPARE(o.value(QStringLiteral("locked")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("cant_move")).toString(), QStringLiteral("locked to its home node"));
        const Run text = ctl(profile, { QStringLiteral("show"), target(bash) });
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains("locked to its home node"));
        // By its pid alone: found when one home has it; asked which when several do (the
        // scenario numbers each node's processes from 1000 on).
        const QString mattx = m_profile.value(QStringLiteral("mattx"));
        const QJsonObject chess = processNamed(collectorOnce(mattx), QStringLiteral("pvmchess-client"));
        const Run alone = ctl(mattx,
            { QStringLiteral("--json"), QStringLiteral("show"),
                QString::number(chess.value(QStringLiteral("pid")).toInt()) });
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
        QCOMPARE(json(alone).toObject().value(QStringLiteral("home")), chess.value(QStringLiteral("home")));
        const int pid = bash.value(QStringLiteral("pid")).toInt();
        const Run both = ctl(profile, { QStringLiteral("show"), QString::number(pid) });
        QCOMPARE(both.exitCode, 1);
        QVERIFY2(both.err.contains(QStringLiteral("say which: %1@HOME").arg(pid)), qPrintable(both.err));
    }

    void migrateIsConfirmedByTheNextSample_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("to");
        QTest::newRow("openmosix") << QStringLiteral("openmosix") << QStringLiteral("lame") << 2;
        QTest::newRow("mattx") << QStringLiteral("mattx") << QStringLiteral("pvmchess-client") << 814;
        QTest::newRow("linux (CRIU)") << QStringLiteral("linux") << QStringLiteral("render") << 2;
    }
    void migrateIsConfirmedByTheNextSample()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, command);
        QFETCH(int, to);
        const QString profile = m_profile.value(kernel);
        const QJsonObject before = processNamed(collectorOnce(profile), command);
        QVERIFY(!before.isEmpty());
        const int home = before.value(QStringLiteral("home")).toInt();
        QCOMPARE(before.value(QStringLiteral("node")).toInt(), home);

        // --dry-run: the exact line, nothing sent.
        const Run dry = ctl(
            profile, { QStringLiteral("--dry-run"), QStringLiteral("migrate"), target(before), QString::number(to) });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(
            dry.out.contains(QByteArray::number(before.value(QStringLiteral("pid")).toInt())), dry.out.constData());
        QCOMPARE(processNamed(collectorOnce(profile), command).value(QStringLiteral("node")).toInt(), home);

        const Run r = ctl(profile, { QStringLiteral("migrate"), target(before), QString::number(to) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        QVERIFY(r.out.contains("done"));
        QTRY_COMPARE_WITH_TIMEOUT(
            processNamed(collectorOnce(profile), command).value(QStringLiteral("node")).toInt(), to, 20000);
        const Run back = ctl(profile, { QStringLiteral("migrate"), target(before), QStringLiteral("home") });
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QTRY_COMPARE_WITH_TIMEOUT(
            processNamed(collectorOnce(profile), command).value(QStringLiteral("node")).toInt(), home, 20000);
    }

    void nodeSwitchesAndAllSet()
    {
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        auto flag = [&](int node, const char* name) {
            for (const QJsonValue& n : collectorOnce(profile).value(QStringLiteral("nodes")).toArray())
                if (n.toObject().value(QStringLiteral("id")).toInt() == node)
                    return n.toObject().value(QStringLiteral("flags")).toObject().value(QLatin1String(name));
            return QJsonValue();
        };
        QCOMPARE(flag(2, "quiet"), QJsonValue(false));
        Run r = ctl(profile,
            { QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("set"), QStringLiteral("quiet=on"),
                QStringLiteral("speed=12345") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(flag(2, "quiet"), QJsonValue(true));
        QCOMPARE(m_om.readRoot(QStringLiteral("2/hpc/admin/speed")).trimmed(), QByteArray("12345"));
        r = ctl(profile,
            { QStringLiteral("node"), QStringLiteral("all"), QStringLiteral("set"), QStringLiteral("block=on") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (int n : { 1, 2, 3 })
            QCOMPARE(flag(n, "block"), QJsonValue(true));
        r = ctl(profile,
            { QStringLiteral("node"), QStringLiteral("all"), QStringLiteral("set"), QStringLiteral("block=off"),
                QStringLiteral("quiet=off") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (int n : { 1, 2, 3 }) {
            QCOMPARE(flag(n, "block"), QJsonValue(false));
            QCOMPARE(flag(n, "quiet"), QJsonValue(false));
        }
    }

    void oneNodeDownIsNamedAndExitsOne()
    {
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        QVERIFY(m_om.stopNode(3));
        const Run r = ctl(profile,
            { QStringLiteral("node"), QStringLiteral("all"), QStringLiteral("set"), QStringLiteral("lstay=on") });
        QVERIFY(m_om.startNode(3));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("node 3")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("node 1")) && r.out.count("done") == 2,
            qPrintable(r.err + QString::fromUtf8(r.out)));
        QCOMPARE(m_om.readRoot(QStringLiteral("1/hpc/admin/lstay")).trimmed(), QByteArray("1"));
        const Run off = ctl(profile,
            { QStringLiteral("node"), QStringLiteral("all"), QStringLiteral("set"), QStringLiteral("lstay=off") });
        QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    }

    void signalsStopAndContinue()
    {
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        const QJsonObject make = processNamed(collectorOnce(profile), QStringLiteral("make"));
        Run r = ctl(profile, { QStringLiteral("kill"), QStringLiteral("-STOP"), target(make) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(processNamed(collectorOnce(profile), QStringLiteral("make")).value(QStringLiteral("state")).toString(),
            QStringLiteral("T"));
        r = ctl(profile, { QStringLiteral("cont"), target(make) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(processNamed(collectorOnce(profile), QStringLiteral("make")).value(QStringLiteral("state")).toString()
            != QLatin1String("T"));
        r = ctl(profile, { QStringLiteral("renice"), QStringLiteral("-5"), target(make) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            processNamed(collectorOnce(profile), QStringLiteral("make")).value(QStringLiteral("nice")).toInt(), -5);
    }

    void badInputIsOneLineAndExitTwo_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        auto row = [](const char* name, const char* kernel, std::initializer_list<const char*> args, const char* says) {
            QStringList words;
            for (const char* w : args)
                words << QString::fromUtf8(w);
            QTest::newRow(name) << QString::fromUtf8(kernel) << words << QString::fromUtf8(says);
        };
        row("pid not a number", "openmosix", { "show", "abc" }, "not a process");
        row("node 0", "openmosix", { "node", "0", "set", "quiet=on" }, "not a node number");
        row("node 70000", "openmosix", { "node", "70000", "set", "quiet=on" }, "not a node number");
        row("speed=abc", "openmosix", { "node", "1", "set", "speed=abc" }, "speed=abc");
        row("unknown switch", "openmosix", { "node", "1", "set", "quite=on" }, "quiet?");
        row("unknown subcommand", "openmosix", { "nodse" }, "did you mean nodes");
        row("switch the kernel lacks", "linux", { "node", "1", "set", "quiet=on" }, "quiet");
        row("bad signal", "openmosix", { "kill", "-FOO", "1" }, "not a signal");
        row("bad nice", "openmosix", { "renice", "40", "1" }, "not a nice value");
    }
    void badInputIsOneLineAndExitTwo()
    {
        QFETCH(QString, kernel);
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = ctl(m_profile.value(kernel), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.out.isEmpty());
    }

    void topDrawsEveryNodeAndQuitsOnQ()
    {
        // Under a pseudo-terminal (script(1)), as an admin's ssh login runs it.
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        QProcess term;
        term.start(QStringLiteral("script"),
            { QStringLiteral("-qfec"),
                QStringLiteral("stty cols 100 rows 30; exec '%1/ctl/openmosixctl' --profile '%2' top --interval 1")
                    .arg(TestCluster::buildDir(), profile),
                QStringLiteral("/dev/null") });
        QVERIFY(term.waitForStarted(10000));
        QByteArray screen;
        auto drawn = [&] {
            screen += term.readAllStandardOutput();
            for (int n : { 1, 2, 3 })
                if (!screen.contains(m_om.address(n).toUtf8()))
                    return false;
            return screen.contains("sampled every 1 s") && screen.contains("make -j4");
        };
        QTRY_VERIFY_WITH_TIMEOUT(drawn(), 20000);
        term.write("s"); // nodes by load: the header says so
        QTRY_VERIFY_WITH_TIMEOUT((screen += term.readAllStandardOutput()).contains("sort (load)"), 10000);
        term.write("h"); // the keys, then back to the cluster
        QTRY_VERIFY_WITH_TIMEOUT((screen += term.readAllStandardOutput()).contains("this help (again: back)"), 10000);
        term.write("h ");
        const int before = screen.size();
        QTRY_VERIFY_WITH_TIMEOUT((screen += term.readAllStandardOutput()).indexOf("make -j4", before) > 0, 10000);
        term.write("q");
        QVERIFY(term.waitForFinished(15000));
        QCOMPARE(term.exitCode(), 0);
        screen += term.readAllStandardOutput();
        QVERIFY(screen.contains("\x1b[?1049l")); // the terminal given back
    }

    void withTheCollector()
    {
        // collector start/status/checkpoint/stop through the control socket; top follows the
        // collector's feed; a command is audited with the verified actor.
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        const QString db = m_files.filePath(QStringLiteral("om.db"));
        Run r = ctl(profile, { QStringLiteral("collector"), QStringLiteral("status") });
        QCOMPARE(r.exitCode, 1); // none runs yet: said
        QVERIFY(!r.err.isEmpty());
        r = ctl(profile,
            { QStringLiteral("collector"), QStringLiteral("start"), QStringLiteral("--interval"),
                QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(
            ctl(profile, { QStringLiteral("collector"), QStringLiteral("status") }).exitCode == 0, 20000);
        r = ctl(profile, { QStringLiteral("collector"), QStringLiteral("status") });
        QVERIFY2(r.out.startsWith("pid "), r.out.constData());
        const qint64 pid = r.out.mid(4).split(' ').first().toLongLong();
        QVERIFY(pid > 0 && ::kill(pid_t(pid), 0) == 0);

        // What only looks takes the collector's latest snapshot; --fresh samples.
        QTRY_COMPARE_WITH_TIMEOUT(json(ctl(profile, { QStringLiteral("--json"), QStringLiteral("nodes") }))
                                      .toObject()
                                      .value(QStringLiteral("source"))
                                      .toString(),
            QStringLiteral("collector"), 20000);
        QCOMPARE(json(ctl(profile, { QStringLiteral("--fresh"), QStringLiteral("--json"), QStringLiteral("nodes") }))
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toString(),
            QStringLiteral("sampled"));
        const Run once = ctl(profile, { QStringLiteral("top"), QStringLiteral("--once") });
        QCOMPARE(once.exitCode, 0);
        QProcess term;
        term.start(QStringLiteral("script"),
            { QStringLiteral("-qfec"),
                QStringLiteral("stty cols 100 rows 30; exec '%1/ctl/openmosixctl' --profile '%2' top")
                    .arg(TestCluster::buildDir(), profile),
                QStringLiteral("/dev/null") });
        QByteArray screen;
        QTRY_VERIFY_WITH_TIMEOUT((screen += term.readAllStandardOutput()).contains("live from the collector"), 20000);
        term.write("q");
        QVERIFY(term.waitForFinished(15000));

        const QJsonObject make = processNamed(collectorOnce(profile), QStringLiteral("make"));
        r = ctl(profile, { QStringLiteral("renice"), QStringLiteral("3"), target(make) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = ctl(
            profile, { QStringLiteral("collector"), QStringLiteral("checkpoint"), QStringLiteral("from the test") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // rotate: the history so far goes to a file of its own, named in the answer.
        r = ctl(profile, { QStringLiteral("collector"), QStringLiteral("rotate") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString rotated = QString::fromUtf8(r.out.trimmed());
        QVERIFY2(QFileInfo(rotated).isFile() && rotated != db, qPrintable(rotated));
        r = ctl(profile, { QStringLiteral("collector"), QStringLiteral("stop") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 20000);

        // What the store kept, read here: the renice with the user the kernel named, the checkpoint.
        const passwd* pw = getpwuid(getuid());
        // Both files: the rotate moved what came before it into the rotated one.
        QString events;
        for (const QString& file : { rotated, db }) {
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"),
                { file,
                    QStringLiteral(
                        "SELECT kind, actor, detail FROM event WHERE kind IN ('command', 'checkpoint') ORDER BY ts") });
            QVERIFY(sqlite.waitForFinished(10000));
            events += QString::fromUtf8(sqlite.readAllStandardOutput());
        }
        QVERIFY2(events.contains(QStringLiteral("command|%1|renice process %2")
                                     .arg(QString::fromLocal8Bit(pw->pw_name))
                                     .arg(make.value(QStringLiteral("pid")).toInt())),
            qPrintable(events));
        QVERIFY2(events.contains(QLatin1String("from the test")), qPrintable(events));
    }

    void completionLoadsInBashAndZsh()
    {
        // bash: the function answers from the profile's map (node ids), without asking a node.
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        const QString script = TestCluster::sourceDir() + QStringLiteral("/resources/completion/openmosixctl.bash");
        auto complete = [&](const QString& words, int cword) {
            QProcess bash;
            bash.start(QStringLiteral("bash"),
                { QStringLiteral("-c"),
                    QStringLiteral("PATH='%1/ctl':$PATH; source '%2' || exit 3; COMP_WORDS=(%3); COMP_CWORD=%4; "
                                   "_openmosixctl; echo \"${COMPREPLY[*]}\"")
                        .arg(TestCluster::buildDir(), script, words)
                        .arg(cword) });
            bash.waitForFinished(20000);
            return QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
        };
        QCOMPARE(complete(QStringLiteral("openmosixctl no"), 1), QStringLiteral("nodes node"));
        QCOMPARE(complete(QStringLiteral("openmosixctl --profile '%1' node ''").arg(profile), 4),
            QStringLiteral("all 1 2 3"));
        QCOMPARE(complete(QStringLiteral("openmosixctl --profile '%1' node 2 ''").arg(profile), 5),
            QStringLiteral("set expel bring start stop"));
        QCOMPARE(complete(QStringLiteral("openmosixctl --profile '%1' migrate 1000@1 ''").arg(profile), 5),
            QStringLiteral("home best 1 2 3"));
        QCOMPARE(complete(QStringLiteral("openmosixctl collector st"), 2), QStringLiteral("status start stop"));
        // zsh: compinit finds it by its #compdef line and binds it to the command.
        QTemporaryDir dump;
        QProcess zsh;
        zsh.start(QStringLiteral("zsh"),
            { QStringLiteral("-fc"),
                QStringLiteral(
                    "fpath=('%1/resources/completion' $fpath); autoload -Uz compinit && compinit -u -d '%2/z' "
                    "&& print -r -- ${_comps[openmosixctl]}")
                    .arg(TestCluster::sourceDir(), dump.path()) });
        QVERIFY(zsh.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(zsh.readAllStandardOutput()).trimmed(), QStringLiteral("_openmosixctl"));
        QCOMPARE(zsh.exitCode(), 0);
    }

    void unknownHostKeysAndPassphrases()
    {
        // A profile whose known_hosts knows no node: refused, each key named with its fingerprint;
        // --accept-new-host-keys takes them (saved), and the next run asks nothing.
        QFile original(m_profile.value(QStringLiteral("mattx")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(original.readAll());
        const QString knownHosts = m_files.filePath(QStringLiteral("fresh_known_hosts"));
        text.replace(
            QRegularExpression(QStringLiteral("known_hosts=[^\n]*")), QStringLiteral("known_hosts=") + knownHosts);
        const QString fresh = omv::test::writeText(m_files.path(), QStringLiteral("fresh.ini"), text.toUtf8());
        Run r = ctl(fresh, { QStringLiteral("nodes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown host key of %1").arg(m_mx.address(709)))
                && r.err.contains(QLatin1String("SHA256:")) && r.err.contains(QLatin1String("--accept-new-host-keys")),
            qPrintable(r.err));
        r = ctl(fresh, { QStringLiteral("--accept-new-host-keys"), QStringLiteral("nodes") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(knownHosts).size() > 0);
        r = ctl(fresh, { QStringLiteral("nodes") });
        QVERIFY2(r.exitCode == 0 && !r.err.contains(QLatin1String("host key")), qPrintable(r.err));

        // An identity with a passphrase: asked once on the terminal (not echoed), for every node.
        text.replace(QRegularExpression(QStringLiteral("identity=[^\n]*")),
            QStringLiteral("identity=") + m_mx.passphraseIdentity());
        const QString locked = omv::test::writeText(m_files.path(), QStringLiteral("locked.ini"), text.toUtf8());
        QProcess term;
        term.start(QStringLiteral("script"),
            { QStringLiteral("-qfec"),
                QStringLiteral("exec '%1/ctl/openmosixctl' --profile '%2' nodes").arg(TestCluster::buildDir(), locked),
                QStringLiteral("/dev/null") });
        QByteArray screen;
        QTRY_VERIFY_WITH_TIMEOUT((screen += term.readAllStandardOutput()).contains("Passphrase for"), 20000);
        term.write(TestCluster::passphrase().toUtf8() + "\n");
        QVERIFY(term.waitForFinished(30000));
        screen += term.readAllStandardOutput();
        QVERIFY2(term.exitCode() == 0, screen.constData());
        QCOMPARE(screen.count("Passphrase for"), 1);
        QVERIFY(!screen.contains(TestCluster::passphrase().toUtf8()));
        QVERIFY2(screen.contains(m_mx.address(814).toUtf8()), screen.constData());
    }

    void runStartsAProgram()
    {
        // Through the kernel's launcher (mosrun -N: omsim's node tools make the process), one
        // hostile word kept whole.
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        const QStringList program { QStringLiteral("render"), QStringLiteral("--frame"),
            QStringLiteral("$(touch /tmp/omv-pwned)") };
        const Run dry = ctl(profile,
            QStringList { QStringLiteral("--dry-run"), QStringLiteral("run"), QStringLiteral("--node"),
                QStringLiteral("1"), QStringLiteral("--on"), QStringLiteral("2"), QStringLiteral("--") }
                + program);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains("mosrun -2") && dry.out.contains("'$(touch /tmp/omv-pwned)'"), dry.out.constData());
        const Run r = ctl(profile,
            QStringList { QStringLiteral("run"), QStringLiteral("--node"), QStringLiteral("1"), QStringLiteral("--on"),
                QStringLiteral("2"), QStringLiteral("--") }
                + program);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        const QJsonObject render = processNamed(collectorOnce(profile), QStringLiteral("render"));
        QCOMPARE(render.value(QStringLiteral("home")).toInt(), 1);
        QCOMPARE(render.value(QStringLiteral("node")).toInt(), 2);
        QCOMPARE(render.value(QStringLiteral("argv")).toArray().last().toString(), program.last());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/omv-pwned")));
        const Run gone = ctl(profile, { QStringLiteral("kill"), QStringLiteral("-KILL"), target(render) });
        QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
        QTRY_VERIFY_WITH_TIMEOUT(processNamed(collectorOnce(profile), QStringLiteral("render")).isEmpty(), 20000);
    }

    void topFollowsTheTerminalsSize()
    {
        // The window shrinks from 100 to 60 columns while top runs: the kernel tells it
        // (SIGWINCH) and the next frame fits 60 — its footer is padded to exactly that.
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        QProcess term;
        term.start(QStringLiteral("script"),
            { QStringLiteral("-qfec"),
                QStringLiteral(
                    "stty cols 100 rows 30; '%1/ctl/openmosixctl' --profile '%2' top --interval 1 </dev/tty & "
                    "sleep 3; stty cols 60 rows 20; sleep 3; kill -TERM $!; wait $!")
                    .arg(TestCluster::buildDir(), profile),
                QStringLiteral("/dev/null") });
        QVERIFY(term.waitForFinished(30000));
        QCOMPARE(term.exitCode(), 0);
        const QString screen = QString::fromUtf8(term.readAllStandardOutput());
        const QString footer = QStringLiteral("q quit · s sort (node id) · h help");
        QVERIFY2(screen.contains(footer.leftJustified(100) + QStringLiteral("\x1b[0m")), qPrintable(screen.right(400)));
        QVERIFY2(screen.contains(footer.leftJustified(60) + QStringLiteral("\x1b[0m")), qPrintable(screen.right(400)));
        QVERIFY(screen.endsWith(QStringLiteral("\x1b[?1049l")) || screen.contains(QStringLiteral("\x1b[?1049l")));
    }

    void colourOnlyOnATerminalAndNeverWithNoColor()
    {
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        auto onTerminal = [&](const QString& env) {
            QProcess term;
            term.start(QStringLiteral("script"),
                { QStringLiteral("-qfec"),
                    QStringLiteral("%1 '%2/ctl/openmosixctl' --profile '%3' nodes")
                        .arg(env, TestCluster::buildDir(), profile),
                    QStringLiteral("/dev/null") });
            term.waitForFinished(30000);
            return term.readAllStandardOutput();
        };
        QVERIFY(onTerminal(QStringLiteral("env")).contains("\x1b[32mup")); // aligned, coloured
        QVERIFY(!onTerminal(QStringLiteral("env NO_COLOR=")).contains("\x1b["));
        QVERIFY(!ctl(profile, { QStringLiteral("nodes") }).out.contains("\x1b[")); // piped
        QVERIFY(!onTerminal(QStringLiteral("env")).contains('\t'));
        // A node's text never reaches the terminal as controls: the scenario's "evil" command
        // line holds an OSC title and a clear-screen.
        const QByteArray ps = [&] {
            QProcess term;
            term.start(QStringLiteral("script"),
                { QStringLiteral("-qfec"),
                    QStringLiteral(
                        "'%1/ctl/openmosixctl' --profile '%2' ps; '%1/ctl/openmosixctl' --profile '%2' show 1000@3")
                        .arg(TestCluster::buildDir(), profile),
                    QStringLiteral("/dev/null") });
            term.waitForFinished(30000);
            return term.readAllStandardOutput();
        }();
        QVERIFY2(ps.contains("evil ") && ps.contains("]0;pwned"), ps.constData());
        QVERIFY(!ps.contains("\x1b]") && !ps.contains("\x07") && !ps.contains("\x1b[2J"));
        QVERIFY(!ctl(profile, { QStringLiteral("ps") }).out.contains("\x1b"));
    }

    void psFiltersAgainstTheCollector()
    {
        // Each filter and order against the collector's list of the same moment, filtered here.
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        const QJsonObject lame = processNamed(collectorOnce(profile), QStringLiteral("lame"));
        QVERIFY(ctl(profile, { QStringLiteral("migrate"), target(lame), QStringLiteral("2") }).exitCode == 0);
        const QJsonObject truth = collectorOnce(profile);
        auto keys = [](const QJsonArray& list, const std::function<bool(const QJsonObject&)>& keep) {
            QStringList out;
            for (const QJsonValue& v : list)
                if (keep(v.toObject()))
                    out << target(v.toObject());
            return out;
        };
        const QJsonArray all = truth.value(QStringLiteral("processes")).toArray();
        auto ps = [&](const QStringList& args) {
            return json(ctl(profile, QStringList { QStringLiteral("--json"), QStringLiteral("ps") } + args)).toArray();
        };
        auto same = [&](const QJsonArray& got, const QStringList& want) {
            QStringList a = keys(got, [](const QJsonObject&) { return true; }), b = want;
            a.sort();
            b.sort();
            return a == b && !b.isEmpty();
        };
        QVERIFY(same(ps({ QStringLiteral("--node"), QStringLiteral("2") }),
            keys(all, [](const QJsonObject& o) { return o.value(QStringLiteral("node")).toInt() == 2; })));
        QVERIFY(same(ps({ QStringLiteral("--user"), QStringLiteral("bob") }), keys(all, [](const QJsonObject& o) {
            return o.value(QStringLiteral("user")).toString() == QLatin1String("bob");
        })));
        QVERIFY(same(ps({ QStringLiteral("--migrated") }), keys(all, [](const QJsonObject& o) {
            return o.value(QStringLiteral("node")).toInt() != o.value(QStringLiteral("home")).toInt();
        })));
        const QJsonArray byMemory = ps({ QStringLiteral("--sort"), QStringLiteral("mem") });
        QCOMPARE(byMemory.size(), all.size());
        for (int i = 1; i < byMemory.size(); ++i)
            QVERIFY(byMemory[i - 1].toObject().value(QStringLiteral("rss")).toDouble()
                >= byMemory[i].toObject().value(QStringLiteral("rss")).toDouble());
        const QJsonArray guests = ps({ QStringLiteral("--guests") });
        QCOMPARE(guests.size(), truth.value(QStringLiteral("guests")).toArray().size());
        QVERIFY(!guests.isEmpty());
        QCOMPARE(guests.first().toObject().value(QStringLiteral("home")).toInt(), 1);
        QVERIFY(ctl(profile, { QStringLiteral("migrate"), target(lame), QStringLiteral("home") }).exitCode == 0);
    }

    void lockAndNodeActions()
    {
        const QString profile = m_profile.value(QStringLiteral("openmosix"));
        const QJsonObject make = processNamed(collectorOnce(profile), QStringLiteral("make"));
        QVERIFY(!make.value(QStringLiteral("locked")).toBool());
        QVERIFY(ctl(profile, { QStringLiteral("lock"), target(make) }).exitCode == 0);
        QVERIFY(processNamed(collectorOnce(profile), QStringLiteral("make")).value(QStringLiteral("locked")).toBool());
        QVERIFY(ctl(profile, { QStringLiteral("unlock"), target(make) }).exitCode == 0);
        QVERIFY(!processNamed(collectorOnce(profile), QStringLiteral("make")).value(QStringLiteral("locked")).toBool());
        // Stop and start a node's part in the cluster: the next sample has it down, then up.
        auto up = [&](int node) {
            for (const QJsonValue& n : collectorOnce(profile).value(QStringLiteral("nodes")).toArray())
                if (n.toObject().value(QStringLiteral("id")).toInt() == node)
                    return n.toObject().value(QStringLiteral("up")).toBool();
            return false;
        };
        Run r = ctl(profile, { QStringLiteral("node"), QStringLiteral("3"), QStringLiteral("stop") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!up(3));
        r = ctl(profile, { QStringLiteral("node"), QStringLiteral("3"), QStringLiteral("start") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(up(3));
        r = ctl(profile, { QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("expel") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_om.readRoot(QStringLiteral("2/hpc/admin/expel")).trimmed(), QByteArray("1"));
        r = ctl(profile, { QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("bring") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_om.readRoot(QStringLiteral("2/hpc/admin/bring")).trimmed(), QByteArray("1"));
        // The switches expel and bring leave on, off again (as the node dialog does).
        QVERIFY(ctl(profile,
                    { QStringLiteral("node"), QStringLiteral("2"), QStringLiteral("set"), QStringLiteral("block=off"),
                        QStringLiteral("lstay=off") })
                    .exitCode
            == 0);
    }

    void aViewerMayAskForTheStatusOnly()
    {
        // A user in the profile's viewers group (made here, removed at the end) runs openmosixctl
        // against the collector this user runs: status answers, stop and checkpoint are refused
        // with the collector's reason, exit 1; the collector goes on.
        omv::test::TestAccounts accounts(QStringLiteral("ctlv"));
        QString error;
        QVERIFY2(accounts.create(&error), qPrintable(error));
        QTemporaryDir open; // what the viewer may read: the program, the profile, the database's folder
        QFile::setPermissions(open.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        const QString program = open.filePath(QStringLiteral("openmosixctl"));
        QVERIFY(QFile::copy(TestCluster::buildDir() + QStringLiteral("/ctl/openmosixctl"), program));
        QFile::setPermissions(
            program, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString db = open.filePath(QStringLiteral("viewed.db"));
        QFile base(m_profile.value(QStringLiteral("openmosix")));
        QVERIFY(base.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(base.readAll());
        text.replace(QRegularExpression(QStringLiteral("database=[^\\n]*")),
            QStringLiteral("database=%1\nviewers=%2").arg(db, accounts.group()));
        // The map stays in this user's folder: the kernel's own node table names the nodes.
        text.remove(QRegularExpression(QStringLiteral("\nmap=[^\n]*")));
        const QString profile = omv::test::writeText(open.path(), QStringLiteral("viewed.ini"), text.toUtf8());
        QFile::setPermissions(profile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);

        QProcess collector;
        collector.start(TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector"),
            { QStringLiteral("--profile"), profile, QStringLiteral("--db"), db, QStringLiteral("--interval"),
                QStringLiteral("1") });
        QTRY_VERIFY_WITH_TIMEOUT(
            ctl(profile, { QStringLiteral("collector"), QStringLiteral("status") }).exitCode == 0, 20000);
        auto asViewer = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral("setpriv"),
                accounts.asMember() + QStringList { program, QStringLiteral("--profile"), profile } + args);
            p.waitForFinished(30000);
            return Run { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
        };
        const Run status = asViewer({ QStringLiteral("collector"), QStringLiteral("status") });
        QVERIFY2(status.exitCode == 0 && status.out.startsWith("pid "),
            qPrintable(status.err + QString::fromUtf8(status.out)));
        for (const char* verb : { "stop", "checkpoint" }) {
            const Run refused = asViewer({ QStringLiteral("collector"), QLatin1String(verb) });
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QLatin1String("not allowed")), qPrintable(refused.err));
        }
        QCOMPARE(collector.state(), QProcess::Running);
        QVERIFY(ctl(profile, { QStringLiteral("collector"), QStringLiteral("stop") }).exitCode == 0);
        QVERIFY(collector.waitForFinished(20000));
    }

    void aClusterSavedByTheClustersDialog()
    {
        // -c NAME: a profile in ~/.config/openmosixview/clusters (XDG_CONFIG_HOME here), by its
        // [cluster] name; an unknown name lists the saved ones. Completion offers the names.
        QTemporaryDir config;
        const QString dir = config.path() + QStringLiteral("/openmosixview/clusters");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(m_profile.value(QStringLiteral("mattx")), dir + QStringLiteral("/lab.ini")));
        auto run = [&](const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            p.setProcessEnvironment(env);
            p.start(TestCluster::buildDir() + QStringLiteral("/ctl/openmosixctl"), args);
            p.waitForFinished(60000);
            return Run { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
        };
        const Run byName = run(
            { QStringLiteral("-c"), QStringLiteral("test-mattx"), QStringLiteral("--json"), QStringLiteral("nodes") });
        QVERIFY2(byName.exitCode == 0, qPrintable(byName.err));
        QCOMPARE(json(byName).toObject().value(QStringLiteral("backend")).toString(), QStringLiteral("mattx"));
        QCOMPARE(
            run({ QStringLiteral("-c"), QStringLiteral("lab"), QStringLiteral("nodes") }).exitCode, 0); // by file name
        const Run unknown = run({ QStringLiteral("-c"), QStringLiteral("nope"), QStringLiteral("nodes") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(
            unknown.err.contains(QLatin1String("no cluster called nope (saved: test-mattx)")), qPrintable(unknown.err));
        QCOMPARE(
            run({ QStringLiteral("__complete"), QStringLiteral("profiles") }).out.trimmed(), QByteArray("test-mattx"));
    }

    void aMissingProfileIsUsage()
    {
        const Run r = ctl(QStringLiteral("/nonexistent/lab.ini"), { QStringLiteral("nodes") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no such profile")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
