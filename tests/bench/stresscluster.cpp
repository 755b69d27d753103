#include "stresscluster.h"

#include "core/backend/openmosix/openmosixbackend.h"
#include "core/control/feed.h"
#include "core/control/socketdir.h"
#include "core/transport/localtransport.h"
#include "support/testcluster.h"

#include <QThread>

#include <cstdio>

namespace omv::bench
{

StressCluster::StressCluster(const QString& scenario, int nodes, const QStringList& omsimArgs)
{
    m_omsim.start(test::TestCluster::buildDir() + QStringLiteral("/sim/omsim"),
        QStringList { QStringLiteral("--root"), m_root.path(), QStringLiteral("--scenario"), scenario } + omsimArgs);
    for (int i = 0; i < 600 && !QFile::exists(m_root.path() + QStringLiteral("/status")); ++i)
        QThread::msleep(50);
    m_ready = QFile::exists(m_root.path() + QStringLiteral("/status"));
    for (int i = 1; i <= nodes; ++i)
        m_map.insert(i, { QStringLiteral("n%1").arg(i) });
    const QString r = m_root.path();
    m_pool = std::make_shared<TransportPool>(
        [r](const QString& address) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("OMV_PROC"), r + QLatin1Char('/') + address.mid(1));
            env.insert(QStringLiteral("PATH"), r + QStringLiteral("/bin:/usr/bin:/bin"));
            return std::make_shared<LocalTransport>(env);
        },
        16);
}

StressCluster::~StressCluster()
{
    stop();
}

void StressCluster::stop()
{
    if (m_omsim.state() != QProcess::NotRunning) {
        m_omsim.terminate();
        m_omsim.waitForFinished(10000);
    }
}

CannedBackend::CannedBackend(QVector<ClusterSnapshot> snaps)
    : ClusterBackend(BackendKind::OpenMosix, QStringLiteral("n1"),
        std::make_shared<TransportPool>([](const QString&) { return std::make_shared<LocalTransport>(); }), 1000, {})
    , m_snaps(std::move(snaps))
{
}

QVector<ClusterSnapshot> twoStressSnapshots(const char* who, int seconds)
{
    StressCluster cluster;
    if (!cluster.ready()) {
        std::fprintf(stderr, "%s: omsim did not start\n", who);
        return {};
    }
    OpenMosixBackend reader(QStringLiteral("n1"), cluster.pool(), 60000, cluster.map());
    reader.setCollectorMode(true); // details once; every snapshot lists every process (full)
    QVector<ClusterSnapshot> snaps;
    snaps << reader.snapshot();
    QThread::sleep(seconds);
    reader.requestFullSnapshot();
    snaps << reader.snapshot();
    snaps[1].timeMs = snaps[0].timeMs + qint64(seconds) * 1000;
    return snaps;
}

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

PerfControl::PerfControl()
    : m_fifo(qEnvironmentVariable("OMV_PERF_CTL"))
{
    if (!m_fifo.fileName().isEmpty())
        m_ok = m_fifo.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void PerfControl::write(const char* what)
{
    if (m_fifo.isOpen())
        m_fifo.write(what);
}

bool listenFeed(
    control::FeedServer& server, const QTemporaryDir& dir, bool privateSockets, QString* db, const char* who)
{
    // The feed is named after a database file: any file will do.
    *db = dir.filePath(QStringLiteral("bench.db"));
    QFile(*db).open(QIODevice::WriteOnly);
    if (privateSockets)
        qputenv("OMV_RUNTIME_DIR", QFile::encodeName(dir.filePath(QStringLiteral("run")))); // not /run
    QString error;
    const std::optional<control::SocketPaths> paths = control::claimSocketDir(*db, &error);
    if (!paths || !server.listen(paths->feed, &error)) {
        std::fprintf(stderr, "%s: %s\n", who, qPrintable(error));
        return false;
    }
    return true;
}

} // namespace omv::bench
