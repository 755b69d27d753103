// Issue 26: the owner's `--checkpoint` and the sampling cadence while a member of the viewers
// group floods the collector for 30 s at full speed — refused stop requests on two connections'
// worth of loops, audit records of 60 KiB, feed subscribe-and-hang-up, and 40 control and 64 feed
// connections held open and silent. A real collector (the binary) records a 5-node omsim cluster
// through sshd at a 1 s interval; the viewer is a member of the viewers group, both made for the
// run (useradd) and run under setpriv (so this needs root, as CI has). The owner runs `openmosixcollector --db DB
// --checkpoint` every 250 ms; its wall time includes starting the process.
//
// First 30 s with four busy loops of the viewer's that never touch the collector (`busy_`: what
// the two cores, shared with the emulated nodes' sshd, give anyway), then 30 s of flood (`flood_`):
//   _owner_checkpoint_median / _p95 / _max   ms per --checkpoint
//   _owner_checkpoints_failed                 --checkpoint that did not exit 0
//   _samples_recorded                         rows of the cluster in the database meanwhile
//   _sample_gap_worst / _sample_gap_closest   ms between consecutive recorded samples
//   flood_viewer_requests                     requests and connections the viewer made
#include "core/control/controlserver.h"
#include "core/store/sqlite.h"
#include "support/snapshotwait.h"
#include "support/testaccounts.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace omv;

namespace
{

QList<qint64> sampleTimes(const QString& file)
{
    QList<qint64> out;
    sql::Database d;
    if (!d.open(file, sql::Database::Mode::ReadOnly))
        return out;
    for (sql::Statement q = d.prepare("SELECT DISTINCT ts FROM node_sample ORDER BY ts"); q.step();)
        out << q.int64(0);
    return out;
}

// CPU seconds of each thread of `pid` (by name and tid), from /proc.
QMap<QString, double> threadCpu(qint64 pid)
{
    QMap<QString, double> out;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    for (const QString& tid :
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(QStringLiteral("/proc/%1/task/%2/stat").arg(pid).arg(tid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const int close = stat.lastIndexOf(')');
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        const QString name = QString::fromUtf8(stat.mid(stat.indexOf('(') + 1, close - stat.indexOf('(') - 1));
        if (fields.size() > 13)
            out.insert(name + QLatin1Char('/') + tid, (fields[11].toDouble() + fields[12].toDouble()) / tick);
    }
    return out;
}

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(int(v.size()) - 1, int(p * double(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (::getuid() != 0) {
        std::fprintf(stderr, "bench_hostile: runs the viewer as another user (setpriv): run it as root\n");
        return 1;
    }
    QString error;
    test::TestAccounts accounts(QStringLiteral("bench"));
    if (!accounts.create(&error)) {
        std::fprintf(stderr, "bench_hostile: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir files;
    // Where the viewer may look at the file (and so find the sockets) and run the probe.
    ::chmod(QFile::encodeName(files.path()).constData(), 0755);
    const QString scenario = test::writeText(files.path(), QStringLiteral("hostile.scenario"),
        "kernel openmosix\nnodes 5 speed=10000 cpus=2 mem=8192\nspawn all 20 cmd=\"job{n}\" user=* cpu=0.01 mem=1\n");
    test::TestCluster cluster(test::testPort(22470), scenario, { QStringLiteral("--manual") });
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "bench_hostile: %s\n", qPrintable(error));
        return 1;
    }
    const QString profile = cluster.writeProfile(
        QStringLiteral("openmosix"), 1, true, QStringLiteral("[collector]\nviewers=%1\n").arg(accounts.group()));
    const QString collector = test::TestCluster::buildDir() + QStringLiteral("/collector/openmosixcollector");
    const QString probe = files.path() + QStringLiteral("/omv_controlprobe");
    QFile::copy(test::TestCluster::buildDir() + QStringLiteral("/tests/omv_controlprobe"), probe);
    ::chmod(QFile::encodeName(probe).constData(), 0755);
    const QString db = files.path() + QStringLiteral("/hostile.db");
    QProcess c;
    c.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    c.start(collector,
        { QStringLiteral("--profile"), profile, QStringLiteral("--db"), db, QStringLiteral("--interval"),
            QStringLiteral("1") });
    QElapsedTimer wait;
    wait.start();
    while (sampleTimes(db).size() < 3 && wait.elapsed() < 30000)
        QThread::msleep(100);
    const QString control = test::controlSocketOf(db);
    const QString feed = test::feedSocketOf(db);
    if (sampleTimes(db).size() < 3 || !QFile::exists(control)) {
        std::fprintf(stderr, "bench_hostile: the collector did not start recording\n");
        return 1;
    }

    constexpr int kSeconds = 30;
    const QString seconds = QString::number(kSeconds);
    const QStringList asViewer = accounts.asMember();
    QStringList record { QStringLiteral("command"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("100"),
        QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"),
        QStringLiteral("flood"), QString(60 * 1024, QLatin1Char('x')), QString() };
    const QList<QStringList> floods { { probe, QStringLiteral("flood"), control, seconds, QStringLiteral("stop") },
        { probe, QStringLiteral("flood"), control, seconds, QStringLiteral("stop") },
        QStringList { probe, QStringLiteral("flood"), control, seconds } + record,
        { probe, QStringLiteral("churn"), feed, seconds },
        { probe, QStringLiteral("hold"), control, QStringLiteral("40"), seconds },
        { probe, QStringLiteral("hold"), feed, QStringLiteral("64"), seconds } };
    // The same number of busy processes of the viewer's that never touch the collector: what the
    // two cores shared with the emulated nodes give without any flood.
    const QStringList spin { QStringLiteral("timeout"), seconds, QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("while :; do :; done") };
    const QList<QStringList> busy { spin, spin, spin, spin };

    const auto phase = [&](const char* name, const QList<QStringList>& loads) {
        std::vector<std::unique_ptr<QProcess>> viewers;
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        for (const QStringList& f : loads) {
            viewers.push_back(std::make_unique<QProcess>());
            viewers.back()->setProcessChannelMode(QProcess::MergedChannels);
            viewers.back()->start(QStringLiteral("setpriv"), asViewer + f);
        }
        const QMap<QString, double> cpuBefore = threadCpu(c.processId());
        QVector<double> took;
        int failed = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < kSeconds * 1000 - 500) {
            QElapsedTimer one;
            one.start();
            QProcess cp;
            cp.start(
                collector, { QStringLiteral("--db"), db, QStringLiteral("--checkpoint"), QStringLiteral("owner") });
            const bool done = cp.waitForFinished(10000);
            took << double(one.nsecsElapsed()) / 1e6;
            failed += !done || cp.exitCode() != 0;
            QThread::msleep(250);
        }
        const qint64 to = QDateTime::currentMSecsSinceEpoch();
        const QMap<QString, double> cpuAfter = threadCpu(c.processId());
        double cpu = 0;
        for (auto it = cpuAfter.cbegin(); it != cpuAfter.cend(); ++it) {
            const double used = it.value() - cpuBefore.value(it.key());
            cpu += used;
            if (used >= 0.1)
                std::fprintf(stderr, "bench_hostile: %s: thread %s used %.1f s\n", name, qPrintable(it.key()), used);
        }
        qint64 requests = 0;
        for (auto& v : viewers) {
            v->waitForFinished(kSeconds * 1000);
            const QString out = QString::fromUtf8(v->readAll());
            QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("(\\d+)")).globalMatch(out);
            while (it.hasNext())
                requests += it.next().captured(1).toLongLong();
        }
        QList<qint64> ts;
        for (qint64 s : sampleTimes(db)) {
            if (s >= from && s <= to)
                ts << s;
        }
        qint64 worst = 0, closest = 1 << 30;
        for (int i = 1; i < ts.size(); ++i) {
            worst = std::max(worst, ts[i] - ts[i - 1]);
            closest = std::min(closest, ts[i] - ts[i - 1]);
        }
        std::printf("%s_owner_checkpoint_median %.1f ms\n", name, percentile(took, 0.5));
        std::printf("%s_owner_checkpoint_p95 %.1f ms\n", name, percentile(took, 0.95));
        std::printf("%s_owner_checkpoint_max %.1f ms\n", name, percentile(took, 1.0));
        std::printf("%s_owner_checkpoints %d\n", name, int(took.size()));
        std::printf("%s_owner_checkpoints_failed %d\n", name, failed);
        std::printf("%s_samples_recorded %d in %.1f s\n", name, int(ts.size()), double(to - from) / 1000.0);
        std::printf("%s_sample_gap_worst %lld ms\n", name, static_cast<long long>(worst));
        std::printf("%s_sample_gap_closest %lld ms\n", name, static_cast<long long>(closest));
        std::printf("%s_collector_cpu %.1f s\n", name, cpu);
        if (requests > 0)
            std::printf("%s_viewer_requests %lld\n", name, static_cast<long long>(requests));
        std::fflush(stdout);
    };
    phase("busy", busy);
    phase("flood", floods);
    ::kill(pid_t(c.processId()), SIGTERM);
    c.waitForFinished(15000);
    cluster.stop();
    return 0;
}
