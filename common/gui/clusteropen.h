#pragma once

#include <QCoreApplication>

#include "core/backend/clusterbackend.h"
#include "core/control/remote.h"
#include "core/demo/democluster.h"

#include <QCommandLineOption>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QWidget;

namespace omv
{

class GuiPrompts;

/// Where a window's cluster came from: the suite's other programs and the collector are started
/// for the same one.
struct ClusterOrigin {
    QString profilePath; ///< the profile file, or empty for a demo cluster
    QString demoRoot; ///< the demo's omsim root
    QString databasePath; ///< the history database of this cluster (on collector.host, when set)
    control::CollectorHost collector; ///< where its collector runs ([collector] host=); local: here

    /// The arguments that name this cluster to another program of the suite.
    QStringList programArgs() const;
};

/// What a program was asked to open, before anything is connected: a program that only reads
/// history (--db FILE, or a profile's database) needs no more than this.
struct ResolvedCluster {
    enum class Kind { Demo, DemoRoot, Profile, Database };
    Kind kind = Kind::Demo;
    QString name;
    ClusterOrigin origin;
    QString demoKernel; ///< Demo: the kernel omsim emulates (empty: the scenario's, openMosix)
};

/// The cluster a program of the suite opened at start.
struct OpenedCluster {
    std::unique_ptr<DemoCluster> demo; ///< when it started its own
    std::unique_ptr<ClusterBackend> backend;
    QString name;
    ClusterOrigin origin;
    /// What the program should say once its window shows ("127.0.1.1 runs a plain Linux kernel
    /// 6.1.0 …: saved in lab.ini as backend=linux"); empty: nothing.
    QString notice;
};

/// The options every GUI of the suite takes to name its cluster: --demo, --demo-root DIR,
/// --profile FILE, and for the programs that read history, --db FILE.
class ClusterOptions
{
    Q_DECLARE_TR_FUNCTIONS(omv::ClusterOptions)

public:
    explicit ClusterOptions(bool withDatabase = false);
    void addTo(QCommandLineParser& cli) const;
    /// Errors only on stderr, no message boxes and no Clusters dialog (a report run from cron).
    static void setQuiet(bool quiet);
    /// What the options name; with none, the last profile any program of the suite opened, else
    /// the Clusters dialog. Connects nothing. False when nothing was chosen: `exitCode` is 0 when
    /// the user chose nothing, 1 after an error (shown in a message box and on stderr).
    bool resolve(const QCommandLineParser& cli, GuiPrompts& prompts, ResolvedCluster* out, int* exitCode) const;
    /// The live backend of what resolve() found (starts the demo cluster for Demo); a database
    /// alone has none.
    static bool connect(const ResolvedCluster& cluster, GuiPrompts& prompts, OpenedCluster* out, int* exitCode);

private:
    QCommandLineOption m_demo;
    QCommandLineOption m_demoKernel;
    QCommandLineOption m_demoRoot;
    QCommandLineOption m_profile;
    QCommandLineOption m_db;
    bool m_withDatabase;
};

/// For --screenshot: lets `window` paint once more, saves it as PNG and quits the application.
void saveScreenshotAndQuit(QWidget* window, const QString& png);

} // namespace omv
