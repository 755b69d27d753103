#include "core/backend/kerneldriver.h"
#include "core/util/shellquote.h"

#include <QProcess>
#include <QtTest>

using namespace omv;

// Runs `echo <quoted>` through a real shell and returns what it printed.
static QString echoThroughShell(const QString& word)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf '%s' ") + shellQuote(word) });
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

static QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void openMosixLines_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("line");
        QTest::newRow("speed") << Command::setSpeed(3, 5000) << QStringLiteral("mosctl setspeed 5000");
        QTest::newRow("auto on") << Command::autoMigration(3, true) << QStringLiteral("mosctl nostay");
        QTest::newRow("auto off") << Command::autoMigration(3, false) << QStringLiteral("mosctl stay");
        QTest::newRow("quiet") << Command::quiet(3, true) << QStringLiteral("mosctl quiet");
        QTest::newRow("noquiet") << Command::quiet(3, false) << QStringLiteral("mosctl noquiet");
        QTest::newRow("lstay") << Command::localStay(3, true) << QStringLiteral("mosctl lstay");
        QTest::newRow("nolstay") << Command::localStay(3, false) << QStringLiteral("mosctl nolstay");
        QTest::newRow("block") << Command::block(3, true) << QStringLiteral("mosctl block");
        QTest::newRow("noblock") << Command::block(3, false) << QStringLiteral("mosctl noblock");
        QTest::newRow("expel") << Command::expel(3) << QStringLiteral("mosctl expel");
        QTest::newRow("bring") << Command::bring(3) << QStringLiteral("mosctl bring");
        QTest::newRow("start") << Command::startNode(3)
                               << QStringLiteral("\"${OMV_INITD:-/etc/init.d}\"/openmosix start");
        QTest::newRow("stop") << Command::stopNode(3) << QStringLiteral("\"${OMV_INITD:-/etc/init.d}\"/openmosix stop");
        QTest::newRow("migrate") << Command::migrate(1, 1234, 3) << QStringLiteral("migrate 1234 3");
        QTest::newRow("home") << Command::migrateHome(1, 1234) << QStringLiteral("migrate 1234 home");
        QTest::newRow("best") << Command::migrateBest(1, 1234) << QStringLiteral("migrate 1234 balance");
        QTest::newRow("kill") << Command::sendSignal(1, 1234, ProcessSignal::Kill)
                              << QStringLiteral("env kill -s KILL 1234");
        QTest::newRow("stop sig") << Command::sendSignal(1, 1234, ProcessSignal::Stop)
                                  << QStringLiteral("env kill -s STOP 1234");
        QTest::newRow("cont") << Command::sendSignal(1, 1234, ProcessSignal::Cont)
                              << QStringLiteral("env kill -s CONT 1234");
        QTest::newRow("renice") << Command::renice(1, 1234, -5) << QStringLiteral("env renice -n -5 -p 1234");
        QTest::newRow("lock") << Command::lock(1, 1234, true)
                              << QStringLiteral("printf '%s\\n' '1' > \"${OMV_PROC:-/proc}\"/1234/lock");
        QTest::newRow("unlock") << Command::lock(1, 1234, false)
                                << QStringLiteral("printf '%s\\n' '0' > \"${OMV_PROC:-/proc}\"/1234/lock");
    }
    void openMosixLines()
    {
        QFETCH(Command, command);
        QFETCH(QString, line);
        const BuiltCommand b = buildCommandLine(BackendKind::OpenMosix, command);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.line, line);
        QVERIFY(!command.describe().isEmpty());
    }
    void mattxLines_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("line");
        const QString admin = QStringLiteral(" > \"${OMV_PROC:-/proc}\"/mattx/admin");
        QTest::newRow("affinity") << Command::setSpeed(709, 4000)
                                  << QStringLiteral("printf '%s\\n' 'affinity 4000'") + admin;
        QTest::newRow("affinity auto") << Command::setSpeed(709, 0)
                                       << QStringLiteral("printf '%s\\n' 'affinity 0'") + admin;
        QTest::newRow("balancer on") << Command::autoMigration(709, true)
                                     << QStringLiteral("printf '%s\\n' 'balancer 1'") + admin;
        QTest::newRow("balancer off") << Command::autoMigration(709, false)
                                      << QStringLiteral("printf '%s\\n' 'balancer 0'") + admin;
        QTest::newRow("migrate") << Command::migrate(709, 1234, 814)
                                 << QStringLiteral("printf '%s\\n' 'migrate 1234 814'") + admin;
        QTest::newRow("home") << Command::migrateHome(709, 1234)
                              << QStringLiteral("printf '%s\\n' 'migrate 1234 home'") + admin;
        QTest::newRow("kill") << Command::sendSignal(709, 1234, ProcessSignal::Term)
                              << QStringLiteral("env kill -s TERM 1234");
        QTest::newRow("renice") << Command::renice(709, 1234, 19) << QStringLiteral("env renice -n 19 -p 1234");
    }
    void mattxLines()
    {
        QFETCH(Command, command);
        QFETCH(QString, line);
        const BuiltCommand b = buildCommandLine(BackendKind::MattX, command);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.line, line);
    }
    void mattxRefusesWhatItLacks()
    {
        const Capabilities caps = driverFor(BackendKind::MattX)->capabilities();
        for (const Command& c : { Command::quiet(1, true), Command::localStay(1, true), Command::block(1, true),
                 Command::expel(1), Command::bring(1), Command::startNode(1), Command::stopNode(1),
                 Command::lock(1, 5, true), Command::migrateBest(1, 5) }) {
            const BuiltCommand b = buildCommandLine(BackendKind::MattX, c);
            QVERIFY2(!b.ok(), qPrintable(c.describe()));
            QVERIFY(b.line.isEmpty());
            QVERIFY(!b.error.isEmpty());
        }
        QVERIFY(!caps.offers(Command::Kind::Quiet));
        QVERIFY(caps.reason(Command::Kind::Quiet).contains(QLatin1String("MattX")));
        QVERIFY(caps.offers(Command::Kind::MigrateBest)); // offered: the suite picks the node
        QVERIFY(!caps.note(Command::Kind::MigrateBest).isEmpty());
        QVERIFY(driverFor(BackendKind::OpenMosix)->capabilities().offers(Command::Kind::Lock));
    }
    // The run-program line through a real shell, with stand-ins for mosrun and its wrappers that
    // write down exactly the words they were given.
    void runProgramLines_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("launcher");
        QTest::newRow("normal") << int(RunMode::Normal) << QString();
        QTest::newRow("no migration") << int(RunMode::NoMigration) << QStringLiteral("nomig");
        QTest::newRow("run home") << int(RunMode::RunHome) << QStringLiteral("mosrun -h");
        QTest::newRow("run on 3") << int(RunMode::RunOnNode) << QStringLiteral("mosrun -3");
        QTest::newRow("cpu job") << int(RunMode::CpuJob) << QStringLiteral("mosrun -c");
        QTest::newRow("io job") << int(RunMode::IoJob) << QStringLiteral("mosrun -i");
        QTest::newRow("no decay") << int(RunMode::NoDecay) << QStringLiteral("nodecay");
        QTest::newRow("slow decay") << int(RunMode::SlowDecay) << QStringLiteral("slowdecay");
        QTest::newRow("fast decay") << int(RunMode::FastDecay) << QStringLiteral("fastdecay");
    }
    void runProgramLines()
    {
        QFETCH(int, mode);
        QFETCH(QString, launcher);
        QTemporaryDir bin;
        const QString log = bin.filePath(QStringLiteral("words"));
        // Each stand-in prints its name and every argument on a line of its own, then stops.
        for (const char* tool : { "mosrun", "nomig", "nodecay", "slowdecay", "fastdecay", "prog" }) {
            QFile f(bin.filePath(QLatin1String(tool)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\n{ echo \"$(basename \"$0\")\"; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } >> '"
                + log.toUtf8() + "'\nexit 0\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        }
        const QStringList argv { QStringLiteral("prog"), QStringLiteral("$(touch /tmp/omv-pwned)"),
            QStringLiteral("it's"), QStringLiteral("a b") };
        const BuiltCommand b = buildCommandLine(BackendKind::OpenMosix, Command::runProgram(1, argv, RunMode(mode), 3));
        QVERIFY2(b.ok(), qPrintable(b.error));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("TMPDIR"), bin.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), b.line });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QFile words(log);
        QVERIFY(words.open(QIODevice::ReadOnly));
        QStringList got = QString::fromUtf8(words.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList want = launcher.isEmpty() ? QStringList { QStringLiteral("prog") } + argv.mid(1)
                                                    : launcher.split(QLatin1Char(' ')) + argv;
        QCOMPARE(got, want);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/omv-pwned")));
        // The output file of a program that ended is removed.
        QCOMPARE(QDir(bin.path()).entryList({ QStringLiteral("openmosixview-run.*") }, QDir::Files).size(), 0);
    }
    void runProgramStillRunningIsReported()
    {
        QTemporaryDir tmp;
        const BuiltCommand b = buildCommandLine(BackendKind::OpenMosix,
            Command::runProgram(1, { QStringLiteral("sleep"), QStringLiteral("3") }, RunMode::Normal));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), b.line });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardOutput().startsWith("running as process "), "a running program is reported");
    }
    void runProgramRefusesBadInput()
    {
        QVERIFY(!buildCommandLine(BackendKind::OpenMosix, Command::runProgram(1, {}, RunMode::Normal)).ok());
        QVERIFY(!buildCommandLine(
            BackendKind::OpenMosix, Command::runProgram(1, { QStringLiteral("-rf") }, RunMode::Normal))
                     .ok());
        QVERIFY(!buildCommandLine(
            BackendKind::OpenMosix, Command::runProgram(1, { QStringLiteral("x") }, RunMode::RunOnNode, 0))
                     .ok());
        const BuiltCommand m
            = buildCommandLine(BackendKind::MattX, Command::runProgram(1, { QStringLiteral("x") }, RunMode::CpuJob));
        QVERIFY(!m.ok());
        QVERIFY(m.error.contains(QLatin1String("mosrun")));
        QVERIFY(buildCommandLine(BackendKind::MattX, Command::runProgram(1, { QStringLiteral("x") }, RunMode::Normal))
                    .ok());
        QVERIFY(!driverFor(BackendKind::MattX)->capabilities().offersRunMode(RunMode::RunOnNode));
        QVERIFY(driverFor(BackendKind::OpenMosix)->capabilities().offersRunMode(RunMode::RunOnNode));
    }
    void splitWordsLikeAShell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("  render --frame 7 ") << words({ "render", "--frame", "7" });
        QTest::newRow("single") << QStringLiteral("echo '$(x) *' b") << words({ "echo", "$(x) *", "b" });
        QTest::newRow("double") << QStringLiteral("a \"b \\\"c\\\" \\n\"") << words({ "a", "b \"c\" \\n" });
        QTest::newRow("joined") << QStringLiteral("x'y z'\"w\"") << words({ "xy zw" });
        QTest::newRow("backslash") << QStringLiteral("a\\ b c") << words({ "a b", "c" });
        QTest::newRow("empty quotes") << QStringLiteral("a '' b") << words({ "a", "", "b" });
        QTest::newRow("tabs newline") << QStringLiteral("a\tb\nc") << words({ "a", "b", "c" });
    }
    void splitWordsLikeAShell()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QString error;
        QCOMPARE(splitWords(text, &error), words);
        QVERIFY(error.isEmpty());
        // Every word the same as /bin/sh makes of it (no expansion happens in these examples).
        // (A newline ends a shell command, so that row has nothing to compare with.)
        if (!text.contains(QLatin1Char('$')) && !text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('\n'))) {
            QProcess p;
            p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf '[%s]' ") + text });
            p.waitForFinished();
            QString expected;
            for (const QString& w : words)
                expected += QLatin1Char('[') + w + QLatin1Char(']');
            QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), expected);
        }
    }
    void splitWordsRefusesOpenQuotes()
    {
        QString error;
        QVERIFY(splitWords(QStringLiteral("a 'b"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(splitWords(QStringLiteral("a \"b"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
    void validation_data()
    {
        QTest::addColumn<Command>("command");
        QTest::newRow("node 0") << Command::setSpeed(0, 100);
        QTest::newRow("node 65536") << Command::setSpeed(65536, 100);
        QTest::newRow("node negative") << Command::block(-1, true);
        QTest::newRow("speed 0") << Command::setSpeed(1, 0);
        QTest::newRow("speed huge") << Command::setSpeed(1, Q_INT64_C(1) << 40);
        QTest::newRow("pid 0") << Command::sendSignal(1, 0, ProcessSignal::Kill);
        QTest::newRow("pid negative") << Command::sendSignal(1, -1, ProcessSignal::Kill); // kill -1 = everything
        QTest::newRow("pid huge") << Command::migrateHome(1, 2147483647);
        QTest::newRow("nice -21") << Command::renice(1, 5, -21);
        QTest::newRow("nice 20") << Command::renice(1, 5, 20);
        QTest::newRow("target 0") << Command::migrate(1, 5, 0);
        QTest::newRow("target huge") << Command::migrate(1, 5, 70000);
    }
    void validation()
    {
        QFETCH(Command, command);
        const BuiltCommand b = buildCommandLine(BackendKind::OpenMosix, command);
        QVERIFY(!b.ok());
        QVERIFY(b.line.isEmpty());
    }
    void shellQuoteHostile_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << QStringLiteral("lame");
        QTest::newRow("single quotes") << QStringLiteral("it's 'quoted'");
        QTest::newRow("double quotes") << QStringLiteral("say \"hi\"");
        QTest::newRow("subst") << QStringLiteral("$(touch /tmp/omv-pwned) `id` ${HOME}");
        QTest::newRow("newlines") << QStringLiteral("a\nb\n; reboot\n");
        QTest::newRow("glob") << QStringLiteral("* ? [a-z] ~");
        QTest::newRow("backslashes") << QStringLiteral("\\'\\\\'");
        QTest::newRow("long") << QString(5000, QLatin1Char('\'')) + QStringLiteral("$(x)");
        QTest::newRow("unicode") << QStringLiteral("bücher ☃ 日本");
        QTest::newRow("empty") << QString();
    }
    void shellQuoteHostile()
    {
        QFETCH(QString, word);
        QCOMPARE(echoThroughShell(word), word);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/omv-pwned")));
    }
    void shellJoinKeepsWords()
    {
        const QStringList words { QStringLiteral("a b"), QStringLiteral("'c'"), QStringLiteral("$(d)") };
        QProcess p;
        p.start(
            QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf '[%s]' ") + shellJoin(words) });
        p.waitForFinished();
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("[a b]['c'][$(d)]"));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
