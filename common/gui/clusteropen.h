#pragma once

#include "core/backend/clusterbackend.h"
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
    QString databasePath; ///< the history database of this cluster

    /// The arguments that name this cluster to another program of the suite.
    QStringList programArgs() const;
};

/// The cluster a program of the suite opened at start.
struct OpenedCluster {
    std::unique_ptr<DemoCluster> demo; ///< when it started its own
    std::unique_ptr<ClusterBackend> backend;
    QString name;
    ClusterOrigin origin;
};

/// The options every GUI of the suite takes to name its cluster: --demo, --demo-root DIR,
/// --profile FILE.
class ClusterOptions
{
public:
    ClusterOptions();
    void addTo(QCommandLineParser& cli) const;
    /// Opens what the options name; with none, the last profile any program of the suite opened,
    /// else the Clusters dialog. False when nothing was opened: `exitCode` is 0 when the user
    /// chose nothing, 1 after an error (shown in a message box and on stderr).
    bool open(const QCommandLineParser& cli, GuiPrompts& prompts, OpenedCluster* out, int* exitCode) const;

private:
    QCommandLineOption m_demo;
    QCommandLineOption m_demoRoot;
    QCommandLineOption m_profile;
};

/// For --screenshot: lets `window` paint once more, saves it as PNG and quits the application.
void saveScreenshotAndQuit(QWidget* window, const QString& png);

} // namespace omv
