// openmosixhistory: the cluster at any recorded moment. Thin: the suite's bootstrap, its options,
// the window — or, with --json, the cluster at --at T as JSON without a window.
#include "historywindow.h"

#include "core/model/snapshotjson.h"
#include "core/model/timerange.h"
#include "core/util/maintext.h"
#include "gui/suiteapp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <limits>

using namespace omv;

namespace
{

int fail(const QString& message, int code = 2)
{
    return SuiteApp::fail(message, code);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs);
}

// The cluster at a moment as JSON: the snapshot's keys (README, "Snapshot JSON"), the moment
// asked for and the sample it shows, and since when each process was where it was.
QJsonObject momentJson(const StoreReader::Moment& m, qint64 at)
{
    QJsonObject o = snapshotToJson(m.snapshot);
    o.insert(QStringLiteral("at"), iso(at));
    o.insert(QStringLiteral("sample"), iso(m.sampleTs));
    o.insert(QStringLiteral("from_rollup"), m.fromRollup);
    if (m.fromRollup)
        o.insert(QStringLiteral("rollup_seconds"), m.tier);
    const QJsonArray plain = o.value(QStringLiteral("processes")).toArray();
    QJsonArray procs; // appended: a replacement in place rewrites the whole array each time
    for (int i = 0; i < plain.size(); ++i) {
        QJsonObject p = plain[i].toObject();
        const ProcessInfo& info = m.snapshot.processes[i];
        p.insert(QStringLiteral("command"), info.commandLine());
        p.insert(QStringLiteral("since"), iso(info.sinceMs));
        procs.append(p);
    }
    o.insert(QStringLiteral("processes"), procs);
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    SuiteApp suite(argc, argv, QStringLiteral("openmosixhistory"),
        MainText::tr("The cluster at any recorded moment: nodes and processes then, a process's life."), true,
        { "--json", "--log" });
    const QCommandLineOption atOpt(QStringLiteral("at"),
        MainText::tr("The moment: ISO 8601 (2026-11-29T14:10), now, or back from now (-1h, -2d)."),
        QStringLiteral("T"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"), MainText::tr("Print the cluster at --at as JSON and exit (no window)."));
    const QCommandLineOption userOpt(
        QStringLiteral("user"), MainText::tr("Only this owner's processes (--json)."), QStringLiteral("U"));
    const QCommandLineOption nodeOpt(
        QStringLiteral("node"), MainText::tr("Only processes running on node N (--json)."), QStringLiteral("N"));
    const QCommandLineOption commandOpt(
        QStringLiteral("command"), MainText::tr("Only commands containing TEXT (--json)."), QStringLiteral("TEXT"));
    const QCommandLineOption betweenOpt(QStringLiteral("between"),
        MainText::tr(
            "With --json: what started, ended and moved from T1 to T2 (the second time follows as an argument)."),
        QStringLiteral("T1"));
    const QCommandLineOption logOpt(QStringLiteral("log"),
        MainText::tr(
            "Print the logged samples of process PID of node HOME (logged from openmosixprocs) as CSV and exit."),
        QStringLiteral("PID@HOME"));
    suite.cli().addOptions({ atOpt, jsonOpt, userOpt, nodeOpt, commandOpt, betweenOpt, logOpt });
    suite.cli().addPositionalArgument(
        QStringLiteral("T2"), MainText::tr("The end of --between."), QStringLiteral("[T2]"));
    suite.process();
    const QCommandLineParser& cli = suite.cli();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<qint64> at;
    if (!suite.momentOption(atOpt, now, &at))
        return 2;
    ProcessFilter filter;
    filter.user = cli.value(userOpt);
    filter.command = cli.value(commandOpt);
    if (cli.isSet(nodeOpt)) {
        bool ok = false;
        filter.node = NodeId(cli.value(nodeOpt).toInt(&ok));
        if (!ok || filter.node <= 0)
            return fail(MainText::tr("--node wants a node number"));
    }
    std::optional<qint64> betweenFrom, betweenTo;
    if (cli.isSet(betweenOpt)) {
        const QStringList rest = cli.positionalArguments();
        if (rest.size() != 1)
            return fail(MainText::tr("--between wants two times: --between T1 T2"));
        betweenFrom = TimeRange::parseMoment(cli.value(betweenOpt), now);
        betweenTo = TimeRange::parseMoment(rest.first(), now);
        if (!betweenFrom || !betweenTo)
            return fail(MainText::tr("--between: '%1' or '%2' is not a time").arg(cli.value(betweenOpt), rest.first()));
        if (*betweenTo <= *betweenFrom)
            return fail(MainText::tr("--between: the second time must come after the first"));
        if (!cli.isSet(jsonOpt))
            return fail(MainText::tr("--between goes with --json"));
    }
    NodeId logHome = 0;
    int logPid = 0;
    if (cli.isSet(logOpt)) {
        const QStringList parts = cli.value(logOpt).split(QLatin1Char('@'));
        bool a = false, b = false;
        logPid = parts.value(0).toInt(&a);
        logHome = NodeId(parts.value(1).toInt(&b));
        if (parts.size() != 2 || !a || !b || logPid <= 0 || logHome <= 0)
            return fail(MainText::tr("--log wants PID@HOME, e.g. 4242@1"));
    }
    const bool json = cli.isSet(jsonOpt) || cli.isSet(logOpt);
    if (json)
        ClusterOptions::setQuiet(true);
    SuiteApp::History source; // with --demo, the recording ends with the window
    int exitCode = 0;
    if (!suite.resolveHistory(&source, &exitCode, json ? 2 : 1)) // scripts: 2 is "bad arguments or files"
        return exitCode;
    const QString& db = source.database;

    if (json) {
        HistorySource reader; // the file here, or on the collector's host
        QString error;
        if (!reader.open(db, source.where, &error))
            return fail(error, 2);
        if (logPid > 0) {
            history::ProcessLog question;
            question.home = logHome;
            question.pid = logPid;
            const history::LoggedSamples logged = reader.ask(question);
            if (SuiteApp::readingFailed(reader, db))
                return 1;
            if (!logged.everLogged)
                return fail(
                    MainText::tr("process %1 of node %2 was never logged in %3").arg(logPid).arg(logHome).arg(db), 1);
            std::printf("%s", HistoryWindow::processLogCsv(logHome, logPid, logged.samples).toUtf8().constData());
            return 0;
        }
        const TimeExtent extent = reader.ask(history::Extent());
        if (SuiteApp::readingFailed(reader, db))
            return 1;
        if (betweenFrom) {
            if (extent.first < 0 || *betweenTo < extent.first || *betweenFrom > extent.last + 60 * 1000)
                return fail(MainText::tr("%1 to %2 is outside the recorded span, %3 to %4")
                                .arg(iso(*betweenFrom), iso(*betweenTo), iso(extent.first), iso(extent.last)),
                    1);
            static const char* const kinds[] = { "started", "ended", "moved" };
            QJsonArray changes;
            history::Changes question;
            question.from = *betweenFrom;
            question.to = *betweenTo;
            question.filter = filter;
            const history::ChangeList list = reader.ask(question);
            const qint64 cut = list.cutAt;
            for (const StoreReader::Change& c : list.changes) {
                QJsonObject o { { QStringLiteral("ts"), iso(c.ts) },
                    { QStringLiteral("what"), QLatin1String(kinds[c.kind]) }, { QStringLiteral("home"), c.home },
                    { QStringLiteral("pid"), c.pid }, { QStringLiteral("user"), c.user },
                    { QStringLiteral("command"), c.command }, { QStringLiteral("node"), c.node } };
                if (c.kind == StoreReader::Change::Moved) {
                    o.insert(QStringLiteral("from"), c.from);
                    o.insert(QStringLiteral("cause"), c.cause);
                }
                changes.append(o);
            }
            if (SuiteApp::readingFailed(reader, db))
                return 1;
            QJsonObject out { { QStringLiteral("from"), iso(*betweenFrom) }, { QStringLiteral("to"), iso(*betweenTo) },
                { QStringLiteral("changes"), changes } };
            if (cut >= 0) { // more than the limit: whole until "cut_at", nothing after it
                out.insert(QStringLiteral("cut_at"), iso(cut));
                std::fprintf(stderr, "%s\n",
                    qPrintable(MainText::tr("more than %1 changes: the list stops at %2; ask for a shorter range")
                                   .arg(StoreReader::kChangesLimit)
                                   .arg(iso(cut))));
            }
            std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
            return 0;
        }
        const qint64 t = at.value_or(now);
        if (extent.first < 0 || t < extent.first || t > extent.last + 60 * 1000)
            return fail(extent.first < 0 ? MainText::tr("%1 holds no samples").arg(db)
                                         : MainText::tr("%1 is outside the recorded span, %2 to %3")
                                               .arg(iso(t), iso(extent.first), iso(extent.last)),
                1);
        history::Moment question;
        question.at = t;
        question.filter = filter;
        const StoreReader::Moment m = reader.ask(question);
        if (SuiteApp::readingFailed(reader, db))
            return 1;
        std::printf("%s\n", QJsonDocument(momentJson(m, t)).toJson(QJsonDocument::Indented).constData());
        return 0;
    }

    HistoryWindow window(db, source.cluster.name, source.where);
    if (at)
        window.setMoment(*at);
    window.show();
    suite.screenshotWhen(&window, &HistoryWindow::shownChanged);
    QObject::connect(&window, &HistoryWindow::failed, &window, [&](const QString& message) {
        fail(message, 1);
        if (!suite.screenshotPath().isEmpty())
            QApplication::exit(1);
    });
    return suite.exec();
}
