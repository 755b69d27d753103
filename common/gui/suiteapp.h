#pragma once

#include "clusteropen.h"
#include "prompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPalette>

#include <initializer_list>
#include <memory>
#include <optional>

class QMainWindow;

namespace omv
{

class DemoRecording;
class HistorySource;

/// What every GUI of the suite does in main(), once: the application's names, SIGPIPE ignored,
/// the common options (--demo, --demo-root, --profile, with `readsHistory` also --db FILE;
/// --screenshot PNG), opening the cluster in two steps (resolve, then connect, so a history
/// program may stop at the database), and at the end waiting (bounded) for threads that were
/// still finishing. A program's main() adds its own options and its window.
class SuiteApp
{
public:
    /// `windowless`: the program's own options that print or write a file and exit (--report,
    /// --json): with one of them, as with --help and --version, no display is needed.
    SuiteApp(int& argc, char** argv, const QString& name, const QString& description, bool readsHistory = false,
        std::initializer_list<const char*> windowless = {});
    ~SuiteApp();

    QCommandLineParser& cli() { return m_cli; }
    /// Parses the command line (after the program added its options); exits on --help/--version.
    void process();

    /// What to open (the Clusters dialog when the options name nothing); nothing connected yet.
    bool resolve(ResolvedCluster* out, int* exitCode);
    /// resolve() and the live backend: what the windows that watch a cluster need.
    bool open(OpenedCluster* out, int* exitCode);
    bool connect(const ResolvedCluster& cluster, OpenedCluster* out, int* exitCode);

    /// What a history program reads: the cluster its options name and its database — with --demo
    /// a recording of an emulated cluster started now, which ends with `demo`.
    struct History {
        History();
        ~History();
        History(History&&) = delete;
        ResolvedCluster cluster;
        QString database; ///< on `where` when that is another machine
        control::CollectorHost where;
        std::unique_ptr<DemoRecording> demo;
    };
    /// resolve(), then the database (a demo recording started); false with the exit code set
    /// (and the reason said) when there is nothing to read: `badClusterCode` when the options
    /// name no cluster that can be opened (a script's "bad arguments or files"), 1 when the demo
    /// recording cannot start, 0 when the user cancelled the Clusters dialog.
    bool resolveHistory(History* out, int* exitCode, int badClusterCode = 1);
    /// A time option (ISO 8601, a time of day, now, -24h): false, and said, when it is not one;
    /// `out` untouched when the option is not set.
    bool momentOption(const QCommandLineOption& option, qint64 now, std::optional<qint64>* out) const;
    /// After a windowless query: when the reader met an error, says so ("… the file may be
    /// damaged": figures from part of a file are no figures) and returns true.
    static bool readingFailed(HistorySource& source, const QString& database);

    GuiPrompts& prompts() { return *m_prompts; }
    /// --screenshot: the PNG to save the window into once it is filled, or empty.
    QString screenshotPath() const;
    /// "program: message" on stderr; returns `code` (for `return SuiteApp::fail(...)` in main).
    static int fail(const QString& message, int code = 2);
    /// With --screenshot: when `ready` fires (once), `window` is saved and the program quits.
    template <class W, class Signal> void screenshotWhen(W* window, Signal ready)
    {
        const QString png = screenshotPath();
        if (png.isEmpty())
            return;
        QObject::connect(window, ready, window, [window, png] { saveScreenshotAndQuit(window, png); });
    }
    qint64 msSinceStart() const { return m_sinceStart.elapsed(); }
    /// The suite's dark palette (Fusion): what --theme dark sets, and what the tests check contrast on.
    static QPalette darkPalette();
    /// Shows the cluster's notice (what backend=auto found) in the window's status bar for a while.
    static void announce(QMainWindow* window, const OpenedCluster& cluster);

    /// Runs the event loop; then refuses open questions. The threads still finishing (a window
    /// closed while a node hung) are waited for (at most 2 s) by the destructor, once the
    /// windows, whose destructors cut their work short, are gone.
    int exec();

private:
    QElapsedTimer m_sinceStart;
    QApplication m_app;
    QCommandLineParser m_cli;
    ClusterOptions m_clusterOptions;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_theme;
    std::unique_ptr<GuiPrompts> m_prompts;
};

} // namespace omv
