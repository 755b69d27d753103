#include "testcluster.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <pwd.h>
#include <unistd.h>

namespace omv::test
{

QString TestCluster::sourceDir()
{
    return QStringLiteral(OMV_SOURCE_DIR);
}

TestCluster::TestCluster(int nodes, int port, const QString& treeTemplate, const QString& binDir)
    : m_nodes(nodes)
    , m_port(port)
    , m_tree(treeTemplate)
    , m_bin(binDir.isEmpty() ? sourceDir() + QStringLiteral("/tests/cluster/bin") : binDir)
{
}

TestCluster::~TestCluster()
{
    stop();
}

bool TestCluster::script(const QStringList& args, QString* error) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList { sourceDir() + QStringLiteral("/tests/cluster/cluster.sh") } + args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("cluster.sh %1 failed: %2")
                         .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool TestCluster::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_running = script({ QStringLiteral("start"), dir(), QString::number(m_nodes), QString::number(m_port), m_tree,
                           m_bin, QString::number(QCoreApplication::applicationPid()) },
        error);
    return m_running;
}

void TestCluster::stop()
{
    if (m_running)
        script({ QStringLiteral("stop"), dir() });
    m_running = false;
}

SshOptions TestCluster::sshOptions(int node) const
{
    SshOptions o;
    o.host = address(node);
    o.port = m_port;
    o.identityFile = identity();
    o.knownHostsFile = knownHosts();
    o.configFile = QStringLiteral("none");
    o.useAgent = false;
    o.connectTimeoutMs = 3000;
    return o;
}

QStringList TestCluster::log(int node) const
{
    QFile f(dir() + QStringLiteral("/node_%1.log").arg(node));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestCluster::clearLogs()
{
    for (int i = 1; i <= m_nodes; ++i)
        QFile(dir() + QStringLiteral("/node_%1.log").arg(i)).resize(0);
}

bool TestCluster::stopNode(int node)
{
    return script({ QStringLiteral("stop-node"), dir(), QString::number(node) });
}

bool TestCluster::startNode(int node)
{
    return script({ QStringLiteral("start-node"), dir(), QString::number(node) });
}

bool TestCluster::killSessions(int node)
{
    return script({ QStringLiteral("kill-sessions"), dir(), QString::number(node) });
}

bool TestCluster::newHostKey(int node)
{
    return script({ QStringLiteral("new-hostkey"), dir(), QString::number(node) });
}

QString TestCluster::writeMapFile() const
{
    const QString path = dir() + QStringLiteral("/openmosix.map");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QStringLiteral("# test nodes\n1 127.0.1.1 %1\n").arg(m_nodes).toUtf8());
    return path;
}

QString TestCluster::writeProfile(const QString& backend, int gatewayNode, bool withMap, const QString& extra) const
{
    const QString path = dir() + QStringLiteral("/%1.ini").arg(backend);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    QTextStream out(&f);
    out << "[cluster]\nname=test-" << backend << "\nbackend=" << backend << "\ngateway=" << address(gatewayNode)
        << '\n';
    if (withMap)
        out << "map=" << writeMapFile() << '\n';
    const passwd* pw = getpwuid(getuid());
    out << "[ssh]\nuser=" << (pw ? pw->pw_name : "root") << "\nport=" << m_port << "\nidentity=" << identity()
        << "\nknown_hosts=" << knownHosts() << "\nconfig=none\nagent=false\nconnect_timeout=3\ncommand_timeout=10\n"
        << extra;
    return path;
}

} // namespace omv::test
