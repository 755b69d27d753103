#include "suiteapp.h"

#include "translations.h"

#include "core/control/controlserver.h"
#include "core/control/signalwatch.h"
#include "core/demo/demorecording.h"
#include "core/model/timerange.h"
#include "core/store/historysource.h"
#include "core/util/maintext.h"
#include "core/util/workerthreads.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace omv
{

namespace
{

// --help, --version and a program's windowless options print or write and exit: without a
// display they must not need one (Qt would abort before the options are read). Decided before
// QApplication starts.
int& withoutDisplayWhenWindowless(int& argc, char** argv, std::initializer_list<const char*> windowless)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        for (int i = 1; i < argc; ++i) {
            for (const char* option : { "--help", "-h", "--help-all", "--version", "-v" })
                if (qstrcmp(argv[i], option) == 0)
                    qputenv("QT_QPA_PLATFORM", "offscreen");
            for (const char* option : windowless)
                if (qstrcmp(argv[i], option) == 0)
                    qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    // Crisp on HiDPI screens (QT_SCALE_FACTOR, the desktop's scale): layouts in device-independent
    // pixels, icons and cached pixmaps at the screen's resolution. Before QApplication starts.
    QCoreApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
    return argc;
}

} // namespace

SuiteApp::SuiteApp(int& argc, char** argv, const QString& name, const QString& description, bool readsHistory,
    std::initializer_list<const char*> windowless)
    : m_app((m_sinceStart.start(), withoutDisplayWhenWindowless(argc, argv, windowless)), argv)
    , m_clusterOptions(readsHistory)
    , m_screenshot(QStringLiteral("screenshot"),
          QApplication::translate("omv::SuiteApp", "Save the window as PNG once it is filled, then quit."),
          QStringLiteral("PNG"))
    , m_theme(QStringLiteral("theme"),
          QApplication::translate(
              "omv::SuiteApp", "Colours: system (the desktop's, the default), light or dark (Fusion style)."),
          QStringLiteral("THEME"), QStringLiteral("system"))
{
    control::ignoreSigpipe(); // a collector that hangs up must never end a window
    // SIGTERM, SIGINT, SIGHUP (its terminal gone): quit as from the menu, so that an emulated
    // cluster, its mount and a demo's collector are ended by the destructors that end them then.
    auto* watch = new control::SignalWatch({ SIGTERM, SIGINT, SIGHUP }, &m_app);
    QObject::connect(watch, &control::SignalWatch::received, &m_app, [](int) {
        QApplication::closeAllWindows();
        QApplication::exit(0);
    });
    QApplication::setApplicationName(name);
    QApplication::setOrganizationName(QStringLiteral("openMosixview"));
    QApplication::setApplicationVersion(QStringLiteral(OMV_VERSION));
    installTranslations(&m_app); // the language of the locale (LANG, LC_ALL, LC_MESSAGES)
    m_cli.setApplicationDescription(description);
    m_cli.addHelpOption();
    m_cli.addVersionOption();
    m_clusterOptions.addTo(m_cli);
    m_cli.addOption(m_screenshot);
    m_cli.addOption(m_theme);
    m_prompts = std::make_unique<GuiPrompts>(nullptr);
}

SuiteApp::~SuiteApp()
{
    m_prompts->cancel();
    threads::waitAll(2000);
}

void SuiteApp::process()
{
    m_cli.process(m_app);
    const QString theme = m_cli.value(m_theme).toLower();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(
            theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    } else if (theme != QLatin1String("system")) {
        std::exit(fail(QApplication::translate("omv::SuiteApp", "--theme is system, light or dark")));
    }
}

QPalette SuiteApp::darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x25, 0x25, 0x25), text(0xe0, 0xe0, 0xe0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x60, 0x60));
    p.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole r : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, r, QColor(0x80, 0x80, 0x80));
    return p;
}

QString SuiteApp::screenshotPath() const
{
    return m_cli.value(m_screenshot);
}

bool SuiteApp::resolve(ResolvedCluster* out, int* exitCode)
{
    return m_clusterOptions.resolve(m_cli, *m_prompts, out, exitCode);
}

bool SuiteApp::connect(const ResolvedCluster& cluster, OpenedCluster* out, int* exitCode)
{
    return ClusterOptions::connect(cluster, *m_prompts, out, exitCode);
}

bool SuiteApp::open(OpenedCluster* out, int* exitCode)
{
    ResolvedCluster r;
    return resolve(&r, exitCode) && connect(r, out, exitCode);
}

int SuiteApp::exec()
{
    const int code = QApplication::exec();
    m_prompts->cancel();
    // Not waited for here: the window still exists, and its destructor is what stops its work
    // (a history reader's query, cancelled on the collector's side too). ~SuiteApp waits, after
    // the window (declared after the suite in main) is gone.
    return code;
}

SuiteApp::History::History() = default;
SuiteApp::History::~History() = default;

bool SuiteApp::resolveHistory(History* out, int* exitCode, int badClusterCode)
{
    if (!resolve(&out->cluster, exitCode)) {
        if (*exitCode != 0)
            *exitCode = badClusterCode;
        return false;
    }
    out->database = out->cluster.origin.databasePath;
    // With [collector] host=, the database is the one there, read over ssh (HistorySource).
    out->where = out->cluster.origin.collector;
    // --demo: an emulated cluster of its own and a collector recording it into a temporary
    // database, so that the charts fill while one watches.
    if (out->cluster.kind == ResolvedCluster::Kind::Demo) {
        out->demo = std::make_unique<DemoRecording>();
        QString error;
        if (!out->demo->start(&error)) {
            *exitCode = fail(error, 1);
            return false;
        }
        out->database = out->demo->database();
    }
    return true;
}

bool SuiteApp::momentOption(const QCommandLineOption& option, qint64 now, std::optional<qint64>* out) const
{
    if (!m_cli.isSet(option))
        return true;
    const QString text = m_cli.value(option);
    if (const std::optional<qint64> t = TimeRange::parseMoment(text, now)) {
        *out = t;
        return true;
    }
    fail(MainText::tr("--%1: '%2' is not a time (ISO 8601, 11:41:04, now, -24h, -7d)")
             .arg(option.names().constFirst(), text));
    return false;
}

bool SuiteApp::readingFailed(HistorySource& source, const QString& database)
{
    const QString failed = source.takeError();
    if (failed.isEmpty())
        return false;
    fail(source.isRemote() ? MainText::tr("%1: %2").arg(source.describe(), failed)
                           : MainText::tr("%1: reading failed: %2 — the file may be damaged").arg(database, failed),
        1);
    return true;
}

int SuiteApp::fail(const QString& message, int code)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    return code;
}

void SuiteApp::announce(QMainWindow* window, const OpenedCluster& cluster)
{
    if (!cluster.notice.isEmpty())
        window->statusBar()->showMessage(cluster.notice, 20000);
}

} // namespace omv
