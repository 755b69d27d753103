#pragma once

#include "../backend/clusterbackend.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace omv
{

/// The emulated cluster of `--demo`: omsim (scenario "demo" unless told otherwise) on a private
/// directory, read through LocalTransport with OMV_PROC pointing at each node — no sshd needed.
/// Stopping (or destroying) it stops omsim.
class DemoCluster
{
    Q_DECLARE_TR_FUNCTIONS(DemoCluster)
public:
    /// `kernel`: omsim's --kernel (openmosix, mattx, linux); empty: the scenario's.
    explicit DemoCluster(QString scenario = QStringLiteral("demo"), QString kernel = QString());
    ~DemoCluster();
    DemoCluster(const DemoCluster&) = delete;
    DemoCluster& operator=(const DemoCluster&) = delete;

    /// Finds omsim next to the running program (or in ../sim of a build tree), starts it and
    /// waits until it serves. `error` says why not.
    bool start(QString* error);
    void stop();
    /// omsim's mount: `root` in a private folder whose `state/<id>` folders are the nodes' own
    /// (~/.local/state of an emulated node: where a restored process's identity is kept).
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    /// The backend of the emulated kernel over the emulated nodes.
    std::unique_ptr<ClusterBackend> backend(int commandTimeoutMs) const { return backendFor(root(), commandTimeoutMs); }
    /// The same over an omsim another program started (its --root): how the suite's programs
    /// share one demo cluster. The kernel is the one omsim's status file names. Null when `root`
    /// holds no omsim node map.
    static std::unique_ptr<ClusterBackend> backendFor(const QString& root, int commandTimeoutMs);
    /// omsim's own program, for the suite's other programs.
    static QString omsimBinary();
    qint64 omsimPid() const { return m_omsim.processId(); }
    /// Ends an omsim serving `root` and makes sure nothing stays mounted there: SIGTERM (it
    /// unmounts itself), SIGKILL after `graceMs`, then a lazy unmount of whatever is left (a
    /// killed FUSE server leaves a dead mount behind). True when `root` is no mount point after.
    static bool stopAndUnmount(QProcess& omsim, const QString& root, int graceMs = 5000);
    /// Whether `path` is a mount point (per /proc/self/mountinfo).
    static bool isMounted(const QString& path);

private:
    QString m_scenario;
    QString m_kernel;
    QTemporaryDir m_dir;
    QProcess m_omsim;
};

} // namespace omv
