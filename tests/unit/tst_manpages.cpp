// Every program's man page lists exactly the options its --help prints: an option added to a
// program without its page (or a page that names an option the program lost) fails here.
#include "support/testcluster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using omv::test::TestCluster;

namespace
{

struct Program {
    const char* name;
    const char* dir; // below the build tree
};

const Program kPrograms[] = { { "openmosixview", "app" }, { "openmosixprocs", "procs" },
    { "openmosixmigmon", "migmon" }, { "openmosixanalyzer", "analyzer" }, { "openmosixhistory", "history" },
    { "openmosixcollector", "collector" }, { "omsim", "sim" }, { "openmosixctl", "ctl" } };

// Options as --help lists them: QCommandLineParser's "  -h, --help" lines (two spaces: a wrapped
// description is indented further), or for a usage line
// (omsim) every option it names.
QSet<QString> helpOptions(const QString& help)
{
    QSet<QString> out;
    static const QRegularExpression listed(
        QStringLiteral("^  (-\\w)?(?:, )?(--[a-z][a-z0-9-]*)?"), QRegularExpression::MultilineOption);
    static const QRegularExpression any(QStringLiteral("(?<![\\w-])(--?[a-z][a-z0-9-]*)"));
    const bool qtStyle = help.contains(QLatin1String("Options:"));
    auto it = (qtStyle ? listed : any).globalMatch(help);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int g = 1; g <= m.lastCapturedIndex(); ++g) {
            if (!m.captured(g).isEmpty())
                out.insert(m.captured(g));
        }
    }
    return out;
}

// Options a section of the page defines (OPTIONS, or openmosixctl's COMMANDS): the tag line
// after each .TP (roff's \- is a dash).
QSet<QString> manOptions(const QString& page, QString* error, const QString& section = QStringLiteral("OPTIONS"))
{
    QSet<QString> out;
    const int start = page.indexOf(QStringLiteral("\n.SH ") + section);
    if (start < 0) {
        *error = QStringLiteral("no %1 section").arg(section);
        return out;
    }
    const int end = page.indexOf(QLatin1String("\n.SH "), start + 5);
    const QStringList lines = page.mid(start, end < 0 ? -1 : end - start).split(QLatin1Char('\n'));
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])(--?[a-z][a-z0-9-]*)"));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] != QLatin1String(".TP"))
            continue;
        QString tag = lines[i + 1];
        tag.replace(QLatin1String("\\-"), QLatin1String("-"));
        tag.remove(QRegularExpression(QStringLiteral("\"[^\"]*\""))); // the quoted argument names
        auto it = option.globalMatch(tag);
        while (it.hasNext())
            out.insert(it.next().captured(1));
    }
    return out;
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT
private slots:
    void everyOptionIsDocumented_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("dir");
        for (const Program& p : kPrograms)
            QTest::newRow(p.name) << QString::fromLatin1(p.name) << QString::fromLatin1(p.dir);
    }
    void everyOptionIsDocumented()
    {
        QFETCH(QString, program);
        QFETCH(QString, dir);
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(TestCluster::buildDir() + QLatin1Char('/') + dir + QLatin1Char('/') + program,
            { QStringLiteral("--help") });
        QVERIFY(run.waitForFinished(20000));
        const QString help = QString::fromUtf8(run.readAll());
        const QSet<QString> fromHelp = helpOptions(help);
        QVERIFY2(fromHelp.contains(QStringLiteral("--help")), qPrintable(help));
        QFile f(TestCluster::sourceDir() + QStringLiteral("/resources/man/") + program + QStringLiteral(".1"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QString error;
        const QSet<QString> fromMan = manOptions(QString::fromUtf8(f.readAll()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing = (fromHelp - fromMan).values(), extra = (fromMan - fromHelp).values();
        missing.sort();
        extra.sort();
        QVERIFY2(
            missing.isEmpty(), qPrintable(QStringLiteral("not in the man page: ") + missing.join(QLatin1Char(' '))));
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("not in --help: ") + extra.join(QLatin1Char(' '))));
    }
    void everyCommandOfTheCtlIsDocumented()
    {
        // openmosixctl's commands have options of their own: the page's COMMANDS section holds
        // exactly the union of what `openmosixctl COMMAND --help` lists (help itself aside).
        const QString ctl = TestCluster::buildDir() + QStringLiteral("/ctl/openmosixctl");
        QProcess run;
        run.start(ctl, { QStringLiteral("--help") });
        QVERIFY(run.waitForFinished(20000));
        const QString help = QString::fromUtf8(run.readAllStandardOutput());
        const int at = help.indexOf(QLatin1String("\nCommands:\n"));
        QVERIFY(at > 0);
        QFile f(TestCluster::sourceDir() + QStringLiteral("/resources/man/openmosixctl.1"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QSet<QString> fromHelp;
        int commands = 0;
        for (const QString& line : help.mid(at + 11).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString name = line.trimmed().section(QLatin1Char(' '), 0, 0);
            // A subsection names it: ".SS nodes", ".SS \"stop PID..., cont PID..., kill …\"".
            QVERIFY2(QRegularExpression(QStringLiteral("\\n\\.SS [^\\n]*\\b") + name + QStringLiteral("\\b"))
                         .match(page)
                         .hasMatch(),
                qPrintable(name));
            QProcess sub;
            sub.start(ctl, { name, QStringLiteral("--help") });
            QVERIFY(sub.waitForFinished(20000));
            QCOMPARE(sub.exitCode(), 0);
            fromHelp += helpOptions(QString::fromUtf8(sub.readAllStandardOutput()));
            ++commands;
        }
        QVERIFY(commands >= 13);
        fromHelp -= { QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("--help-all") };
        QString error;
        const QSet<QString> fromMan = manOptions(page, &error, QStringLiteral("COMMANDS"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing = (fromHelp - fromMan).values(), extra = (fromMan - fromHelp).values();
        missing.sort();
        extra.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in COMMANDS: ") + missing.join(QLatin1Char(' '))));
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("not in any --help: ") + extra.join(QLatin1Char(' '))));
    }
    void theProfileFormatHasAPage()
    {
        // Every key the profile reader knows is in openmosixview.ini(5).
        QFile f(TestCluster::sourceDir() + QStringLiteral("/resources/man/openmosixview.ini.5"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll()).replace(QLatin1String("\\-"), QLatin1String("-"));
        QFile reader(TestCluster::sourceDir() + QStringLiteral("/common/core/profile/clusterprofile.cpp"));
        QVERIFY(reader.open(QIODevice::ReadOnly));
        const QString code = QString::fromUtf8(reader.readAll());
        // The table of known keys: { QStringLiteral("section"), { QStringLiteral("key"), ... } }
        const int at = code.indexOf(QLatin1String("static const QHash<QString, QStringList> known"));
        QVERIFY(at > 0);
        const QString table = code.mid(at, code.indexOf(QLatin1String("};"), at) - at);
        static const QRegularExpression section(QStringLiteral("\\{ QStringLiteral\\(\"(\\w+)\"\\),\\s*\\{([^}]*)\\}"));
        static const QRegularExpression key(QStringLiteral("QStringLiteral\\(\"(\\w+)\"\\)"));
        int keys = 0;
        auto s = section.globalMatch(table);
        while (s.hasNext()) {
            const QRegularExpressionMatch m = s.next();
            QVERIFY2(
                page.contains(QStringLiteral(".SS [") + m.captured(1) + QLatin1Char(']')), qPrintable(m.captured(1)));
            auto k = key.globalMatch(m.captured(2));
            while (k.hasNext()) {
                const QString name = k.next().captured(1);
                QVERIFY2(QRegularExpression(QStringLiteral("\\n\\.BR? ") + name + QStringLiteral("\\b"))
                             .match(page)
                             .hasMatch(),
                    qPrintable(m.captured(1) + QLatin1Char('/') + name));
                ++keys;
            }
        }
        QVERIFY(keys >= 19); // [cluster] 6, [ssh] 9, [collector] 2, [linux] 2
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
