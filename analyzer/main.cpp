// openmosixanalyzer: the cluster's load and memory history. Thin: the suite's bootstrap, its
// options, the window — or, with --stats, the statistics as text without a window.
#include "analyzerwindow.h"
#include "gui/suiteapp.h"
#include "statsmodel.h"

#include "core/store/historysource.h"
#include "core/util/maintext.h"
#include "core/util/savefile.h"

#include <QDateTime>
#include <QFileInfo>

#include <cstdio>

using namespace omv;

namespace
{

int fail(const QString& message, int code = 2)
{
    return SuiteApp::fail(message, code);
}

} // namespace

int main(int argc, char** argv)
{
    SuiteApp suite(argc, argv, QStringLiteral("openmosixanalyzer"),
        MainText::tr("Load and memory history of a process-migration cluster, from the collector's database."), true,
        { "--report", "--stats" }); // a report or the statistics from cron: no display
    const QCommandLineOption fromOpt(QStringLiteral("from"),
        MainText::tr("Start of the range: ISO 8601 (2026-11-29T14:10), a time of day (11:41:04), now, or back from now "
                     "(-24h, -7d); default: the recording's first sample."),
        QStringLiteral("T"));
    const QCommandLineOption toOpt(
        QStringLiteral("to"), MainText::tr("End of the range (default: now)."), QStringLiteral("T"));
    const QCommandLineOption statsOpt(
        QStringLiteral("stats"), MainText::tr("Print the statistics of the range as text and exit (no window)."));
    const QCommandLineOption thresholdOpt(QStringLiteral("threshold"),
        MainText::tr("Load in percent above which a node counts as hot (default 75)."), QStringLiteral("percent"),
        QStringLiteral("75"));
    const QCommandLineOption reportOpt(QStringLiteral("report"),
        MainText::tr(
            "Write the report of the range without a window and exit: FILE.pdf (charts, statistics, events) or "
            "FILE.csv (the statistics)."),
        QStringLiteral("FILE"));
    suite.cli().addOptions({ fromOpt, toOpt, statsOpt, thresholdOpt, reportOpt });
    suite.process();
    const QCommandLineParser& cli = suite.cli();
    bool ok = false;
    const double threshold = cli.value(thresholdOpt).toDouble(&ok);
    if (!ok || threshold <= 0 || threshold > 10000)
        return fail(MainText::tr("--threshold wants a percentage above 0"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<qint64> from, to;
    if (!suite.momentOption(fromOpt, now, &from) || !suite.momentOption(toOpt, now, &to))
        return 2;
    if (from && to && *to <= *from)
        return fail(MainText::tr("the range ends before it starts"));

    const QString report = cli.value(reportOpt);
    if (!report.isEmpty() && !report.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
        && !report.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return fail(MainText::tr("--report wants a file name ending in .pdf or .csv"));
    if (cli.isSet(statsOpt) || !report.isEmpty())
        ClusterOptions::setQuiet(true);
    SuiteApp::History source; // with --demo, the recording ends with the window
    int exitCode = 0;
    if (!suite.resolveHistory(&source, &exitCode))
        return exitCode;
    const QString& db = source.database;

    // The statistics and the CSV come from the reader alone; the PDF is the window drawn.
    const bool csv = report.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    std::optional<TimeExtent> extent;
    if (cli.isSet(statsOpt) || csv || (from.has_value() != to.has_value())) {
        HistorySource reader; // the file here, or on the collector's host
        QString error;
        if (!reader.open(db, source.where, &error))
            return fail(error, 1);
        extent = reader.ask(history::Extent());
        if (SuiteApp::readingFailed(reader, db))
            return 1;
        // A range given at one end only: the recording's first sample (or a day back) to now.
        const qint64 f = from.value_or(
            extent->first >= 0 ? std::min(extent->first, to.value_or(now) - 1) : to.value_or(now) - TimeRange::kDay);
        const qint64 t = to.value_or(now);
        from = f;
        to = t;
        if (cli.isSet(statsOpt) || csv) {
            history::Statistics question;
            question.from = f;
            question.to = t;
            question.threshold = threshold;
            const RangeStats stats = reader.ask(question);
            if (SuiteApp::readingFailed(reader, db))
                return 1;
            if (cli.isSet(statsOpt)) {
                StatsModel model;
                model.setStats(stats);
                std::printf("%s – %s\n%s\n%s",
                    qPrintable(QDateTime::fromMSecsSinceEpoch(f).toString(Qt::ISODateWithMs)),
                    qPrintable(QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODateWithMs)),
                    qPrintable(model.sourceText()), qPrintable(model.toText()));
                std::fflush(stdout);
            }
            if (csv) {
                // Written whole or not at all: a full disk leaves the old file (or none), and says so.
                QString error;
                if (!writeWholeFile(report, StatsModel::toCsv(stats).toUtf8(), &error))
                    return fail(MainText::tr("cannot write %1: %2").arg(report, error), 1);
            }
            return 0;
        }
    }

    AnalyzerWindow window(db, source.cluster.name, source.where);
    if (source.where.isRemote())
        window.setProgramArgs(source.cluster.origin.programArgs());
    window.setThreshold(threshold);
    if (from && to)
        window.setRange(TimeRange::between(*from, *to));
    if (!report.isEmpty()) {
        window.setAttribute(Qt::WA_DontShowOnScreen); // laid out and drawn, never on a screen
        auto write = [&window, report] {
            if (!window.complete())
                return; // the charts and the statistics, whichever comes last
            QString error;
            const bool ok = window.exportPdf(report, &error);
            if (!ok)
                fail(MainText::tr("cannot write %1: %2").arg(report, error), 1);
            QApplication::exit(ok ? 0 : 1);
        };
        QObject::connect(&window, &AnalyzerWindow::drawn, &window, write);
        QObject::connect(&window, &AnalyzerWindow::statisticsReady, &window, write);
    }
    window.show();
    suite.screenshotWhen(&window, &AnalyzerWindow::drawn);
    QObject::connect(&window, &AnalyzerWindow::failed, &window, [&](const QString& message) {
        fail(message, 1);
        if (!suite.screenshotPath().isEmpty() || !report.isEmpty())
            QApplication::exit(1);
    });
    return suite.exec();
}
