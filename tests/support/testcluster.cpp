#include "testcluster.h"
#include "processtree.h"

#include "core/backend/commanddispatcher.h"

#include "core/control/socketdir.h"

#include "core/backend/backendfactory.h"
#include "core/profile/clusterprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace omv::test
{

int testPort(int fallback)
{
    const int port = qEnvironmentVariableIntValue("OMV_TEST_PORT");
    return port > 0 ? port : fallback;
}

std::unique_ptr<ClusterBackend> backendFor(const QString& profilePath)
{
    const Result<ClusterProfile> profile = ClusterProfile::load(profilePath);
    if (!profile.ok())
        qFatal("%s", qPrintable(profile.errorString()));
    QString error;
    std::unique_ptr<ClusterBackend> b = createBackend(profile.value(), SshPrompts(), &error);
    if (!b)
        qFatal("%s", qPrintable(error));
    return b;
}

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

TestCluster::TestCluster(int port, const QString& scenario, const QStringList& omsimArgs)
    : m_nodes(0)
    , m_port(port)
    , m_omsim(true)
    , m_scenario(scenario)
    , m_omsimArgs(omsimArgs)
{
}

QString TestCluster::buildDir()
{
    return qEnvironmentVariable("OMV_BUILD_DIR", sourceDir() + QStringLiteral("/build"));
}

bool TestCluster::ctl(const QString& words) const
{
    QFile f(root() + QStringLiteral("/ctl"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray data = words.toUtf8();
    return f.write(data) == data.size();
}

QByteArray TestCluster::readRoot(const QString& relative) const
{
    QFile f(root() + QLatin1Char('/') + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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
    const QString owner = QString::number(QCoreApplication::applicationPid());
    if (m_omsim) {
        m_running = script(QStringList { QStringLiteral("start-omsim"), dir(), QString::number(m_port),
                               buildDir() + QStringLiteral("/sim/omsim"), m_scenario, owner, QStringLiteral("--") }
                + m_omsimArgs,
            error);
    } else {
        m_running = script(
            { QStringLiteral("start"), dir(), QString::number(m_nodes), QString::number(m_port), m_tree, m_bin, owner },
            error);
    }
    if (!m_running)
        return false;
    // The node list as cluster.sh wrote it: IDs in "ids", each node's address in "addr_<ID>".
    QFile ids(dir() + QStringLiteral("/ids"));
    if (!ids.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cluster.sh wrote no node list");
        return false;
    }
    m_addresses.clear();
    for (const QByteArray& line : ids.readAll().split('\n')) {
        bool ok = false;
        const int id = line.trimmed().toInt(&ok);
        if (!ok)
            continue;
        QFile a(dir() + QStringLiteral("/addr_%1").arg(id));
        if (a.open(QIODevice::ReadOnly))
            m_addresses.insert(id, QString::fromUtf8(a.readAll().trimmed()));
    }
    m_nodes = m_addresses.size();
    return true;
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

bool TestCluster::pauseNode(int node, bool paused)
{
    return script(
        { paused ? QStringLiteral("pause-node") : QStringLiteral("resume-node"), dir(), QString::number(node) });
}

bool TestCluster::newHostKey(int node)
{
    return script({ QStringLiteral("new-hostkey"), dir(), QString::number(node) });
}

QString TestCluster::writeMapFile() const
{
    const QString path = dir() + QStringLiteral("/openmosix.map");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write("# test nodes\n");
        for (auto it = m_addresses.cbegin(); it != m_addresses.cend(); ++it)
            f.write(QStringLiteral("%1 %2 1\n").arg(it.key()).arg(it.value()).toUtf8());
    }
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

QString controlSocketOf(const QString& db)
{
    QString error;
    const std::optional<control::SocketPaths> p = control::socketPaths(db, &error);
    return p ? QFile::decodeName(p->control) : QString();
}

QProcessEnvironment windowEnvironment(const QString& configDir, int intervalS)
{
    for (const char* program : { "openmosixview", "openmosixprocs", "openmosixmigmon" }) {
        QSettings(
            configDir + QStringLiteral("/openMosixview/%1.conf").arg(QLatin1String(program)), QSettings::IniFormat)
            .setValue(
                QStringLiteral("%1/intervalS")
                    .arg(QLatin1String(program) == QLatin1String("openmosixview") ? QStringLiteral("main")
                                                                                  : QString::fromLatin1(program + 11)),
                intervalS);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

QString feedSocketOf(const QString& db)
{
    QString error;
    const std::optional<control::SocketPaths> p = control::socketPaths(db, &error);
    return p ? QFile::decodeName(p->feed) : QString();
}

StartedCollector StartedCollector::fromStatus(const QString& status)
{
    static const QRegularExpression pid(QStringLiteral("\\bpid (\\d+)"));
    return { pid_t(pid.match(status).captured(1).toInt()) };
}

QStringList StartedCollector::commandLine() const
{
    return pid > 0 ? commandLineOf(pid) : QStringList();
}

uid_t StartedCollector::uid() const
{
    struct stat st {
    };
    return pid > 0 && ::stat(QFile::encodeName(QStringLiteral("/proc/%1").arg(pid)).constData(), &st) == 0 ? st.st_uid
                                                                                                           : uid_t(-1);
}

bool StartedCollector::ended() const
{
    return pid <= 0 || !running(pid);
}

void StartedCollector::end() const
{
    if (ended())
        return;
    ::kill(pid, SIGTERM);
    for (int i = 0; i < 150 && !ended(); ++i)
        QThread::msleep(100);
}

CommandOutcome send(ClusterBackend& backend, const Command& command, const QString& auditDb)
{
    CommandDispatcher dispatcher(std::shared_ptr<ClusterBackend>(&backend, [](ClusterBackend*) {})); // not owned
    dispatcher.setAuditDatabase(auditDb);
    return dispatcher.dispatch({ command }).value(0);
}

} // namespace omv::test
