#include "democluster.h"

#include "../backend/kerneldriver.h"
#include "../backend/mapfile.h"
#include "../profile/clusterprofile.h"
#include "../transport/localtransport.h"
#include "../util/suiteprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace omv
{

DemoCluster::DemoCluster(QString scenario, QString kernel)
    : m_scenario(std::move(scenario))
    , m_kernel(std::move(kernel))
    , m_dir(QDir::tempPath() + QStringLiteral("/openmosix-demo-XXXXXX")) // random name, 0700
{
}

DemoCluster::~DemoCluster()
{
    stop();
}

QString DemoCluster::omsimBinary()
{
    return suiteProgram(QStringLiteral("omsim"));
}

bool DemoCluster::start(QString* error)
{
    const QString binary = omsimBinary();
    if (binary.isEmpty()) {
        *error = tr("the demo cluster needs omsim next to %1").arg(QCoreApplication::applicationName());
        return false;
    }
    if (!m_dir.isValid()) {
        *error = tr("cannot create a directory for the demo cluster: %1").arg(m_dir.errorString());
        return false;
    }
    if (!QDir().mkpath(root())) {
        *error = tr("cannot create %1").arg(root());
        return false;
    }
    m_omsim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args { QStringLiteral("--root"), root(), QStringLiteral("--scenario"), m_scenario };
    if (!m_kernel.isEmpty())
        args << QStringLiteral("--kernel") << m_kernel;
    m_omsim.start(binary, args);
    for (int i = 0; i < 200 && !QFile::exists(root() + QStringLiteral("/status")); ++i) {
        if (m_omsim.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    if (!QFile::exists(root() + QStringLiteral("/status"))) {
        *error = tr("omsim did not start");
        stop();
        return false;
    }
    return true;
}

void DemoCluster::stop()
{
    if (m_omsim.state() != QProcess::NotRunning || isMounted(root()))
        stopAndUnmount(m_omsim, root());
}

bool DemoCluster::isMounted(const QString& path)
{
    QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountinfo.open(QIODevice::ReadOnly))
        return false;
    // Field 5 is the mount point, with spaces and the like written as octal escapes.
    QByteArray escaped = QFile::encodeName(QDir::cleanPath(path));
    escaped.replace('\\', "\\134").replace(' ', "\\040").replace('\t', "\\011").replace('\n', "\\012");
    for (const QByteArray& line : mountinfo.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && fields[4] == escaped)
            return true;
    }
    return false;
}

bool DemoCluster::stopAndUnmount(QProcess& omsim, const QString& root, int graceMs)
{
    if (omsim.state() != QProcess::NotRunning) {
        omsim.terminate();
        if (!omsim.waitForFinished(graceMs)) {
            // Stopped, stuck in the kernel, or ignoring SIGTERM: it cannot be left serving.
            omsim.kill();
            omsim.waitForFinished(2000);
        }
    }
    if (isMounted(root))
        QProcess::execute(QStringLiteral("fusermount3"), { QStringLiteral("-u"), QStringLiteral("-z"), root });
    return !isMounted(root);
}

std::unique_ptr<ClusterBackend> DemoCluster::backendFor(const QString& root, int commandTimeoutMs)
{
    QFile mapFile(root + QStringLiteral("/map"));
    if (!mapFile.open(QIODevice::ReadOnly))
        return nullptr;
    const Result<NodeMap> map = parseMapFile(mapFile.readAll(), mapFile.fileName());
    if (!map.ok() || map->isEmpty())
        return nullptr;
    // Each node's own state folder beside the mount (DemoCluster's layout; a test cluster's too).
    const QString state = QFileInfo(root).absolutePath() + QStringLiteral("/state/");
    auto pool = std::make_shared<TransportPool>([root, state](const QString& address) {
        // The node of an address, from omsim's map as it is now (a node may join the running
        // cluster: it was not in the map when the backend was made).
        QFile now(root + QStringLiteral("/map"));
        const Result<NodeMap> current
            = parseMapFile(now.open(QIODevice::ReadOnly) ? now.readAll() : QByteArray(), now.fileName());
        NodeId node = 0;
        if (current.ok())
            for (auto it = current->cbegin(); it != current->cend() && node == 0; ++it)
                if (it.value().contains(address))
                    node = it.key();
        QProcessEnvironment env;
        const QString id = QString::number(node);
        env.insert(QStringLiteral("OMV_PROC"), root + QLatin1Char('/') + id);
        env.insert(QStringLiteral("PATH"), root + QStringLiteral("/bin:") + qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), state + id);
        // Starting and stopping a node: omsim's stand-in for the node's init script (the test
        // cluster's sshd sets the same).
        env.insert(QStringLiteral("OMV_INITD"), root + QStringLiteral("/bin"));
        return std::make_shared<LocalTransport>(env);
    });
    // Which kernel omsim emulates: its status file's first line, "kernel openmosix".
    QFile status(root + QStringLiteral("/status"));
    const QByteArray kernel = status.open(QIODevice::ReadOnly) ? status.readLine().trimmed() : QByteArray();
    const std::optional<BackendKind> kind
        = backendFromName(QString::fromUtf8(kernel.startsWith("kernel ") ? kernel.mid(7) : QByteArray("openmosix")));
    const KernelDriver* driver = kind ? driverFor(*kind) : nullptr;
    if (!driver)
        return nullptr;
    ClusterProfile profile;
    profile.gateway = map->cbegin().value().constFirst();
    profile.commandTimeoutMs = commandTimeoutMs;
    profile.mapFile = mapFile.fileName(); // read again for a node that joins the running cluster
    QString error;
    return driver->create(profile, pool, map.value(), &error);
}

} // namespace omv
