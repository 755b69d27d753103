#pragma once

#include "core/model/command.h"
#include "core/model/commandoutcome.h"
#include "core/transport/sshtransport.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <sys/types.h>

namespace omv
{
class ClusterBackend;
}

namespace omv::test
{

/// The port ctest assigned this test (OMV_TEST_PORT), or `fallback` when run by hand.
int testPort(int fallback);
/// The backend a profile file describes; aborts the test program when it cannot be built.
std::unique_ptr<ClusterBackend> backendFor(const QString& profilePath);
/// A command as every window sends it: through a CommandDispatcher (and the audit trail of the
/// collector recording `auditDb`, when given) — never the backend's apply() alone.
CommandOutcome send(ClusterBackend& backend, const Command& command, const QString& auditDb = QString());

/// Real sshd test nodes on 127.0.1.1..N (tests/cluster/cluster.sh), torn down by pid when the
/// object dies — and by a watchdog when the test process dies without a chance to clean up.
class TestCluster
{
public:
    /// `treeTemplate` holds %d for the node number, e.g. OMV_SOURCE_DIR "/tests/data/om3/node%d".
    TestCluster(int nodes, int port, const QString& treeTemplate, const QString& binDir = QString());
    /// omsim mode: omsim mounts `scenario` on dir()/root and every node of it gets an sshd.
    TestCluster(int port, const QString& scenario, const QStringList& omsimArgs);
    ~TestCluster();

    bool start(QString* error);
    void stop();

    int nodes() const { return m_nodes; }
    QList<int> ids() const { return m_addresses.keys(); }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString address(int node) const
    {
        return m_addresses.value(node, QStringLiteral("127.0.1.") + QString::number(node));
    }
    QString identity() const { return dir() + QStringLiteral("/id_ed25519"); }
    QString passphraseIdentity() const { return dir() + QStringLiteral("/id_ed25519_pass"); }
    static QString passphrase() { return QStringLiteral("secret phrase"); }
    QString knownHosts() const { return dir() + QStringLiteral("/known_hosts"); }

    /// Options for an SshTransport to `node` that read nothing of the user's own ssh setup.
    SshOptions sshOptions(int node) const;

    /// Lines the node-side stand-ins logged ("mosctl setspeed 5000"), oldest first.
    QStringList log(int node) const;
    void clearLogs();

    bool stopNode(int node);
    bool startNode(int node);
    bool killSessions(int node);
    /// SIGSTOP (or SIGCONT) node I's sshd and its sessions: a node that hangs with its
    /// connections open.
    bool pauseNode(int node, bool paused);
    bool newHostKey(int node);

    /// A map file listing nodes 1..N at 127.0.1.i, and a profile for this cluster; returns its path.
    QString writeMapFile() const;
    QString writeProfile(
        const QString& backend, int gatewayNode = 1, bool withMap = true, const QString& extra = QString()) const;

    static QString sourceDir();
    static QString buildDir();

    // omsim mode
    QString root() const { return dir() + QStringLiteral("/root"); }
    /// Writes one command to omsim's control file ("step 5", "node 3 stop"); false on an error.
    bool ctl(const QString& words) const;
    /// Reads a file below the omsim root ("3/hpc/admin/block"); empty when it cannot.
    QByteArray readRoot(const QString& relative) const;

private:
    bool script(const QStringList& args, QString* error = nullptr) const;

    int m_nodes;
    int m_port;
    bool m_omsim = false;
    QString m_scenario;
    QStringList m_omsimArgs;
    QMap<int, QString> m_addresses;
    QString m_tree;
    QString m_bin;
    QTemporaryDir m_dir;
    bool m_running = false;
};

/// The socket files of the collector recording `db` (empty when the file is missing): what
/// omv_controlprobe is given.
QString controlSocketOf(const QString& db);
QString feedSocketOf(const QString& db);

/// A collector started by someone else (a desk's Start, control/collectorstart.h), known by the
/// "pid N" of its status: its command line and user as the kernel says (/proc), and whether it
/// has ended (gone, or a zombie nobody reaps); endStarted() ends it if it has not.
struct StartedCollector {
    pid_t pid = 0;
    static StartedCollector fromStatus(const QString& status);
    QStringList commandLine() const;
    uid_t uid() const;
    bool ended() const;
    void end() const;
};

/// The environment for the suite's window programs started by a test: offscreen, their settings
/// in `configDir` with openmosixview, openmosixprocs and openmosixmigmon refreshing every
/// `intervalS` seconds.
QProcessEnvironment windowEnvironment(const QString& configDir, int intervalS);

} // namespace omv::test
