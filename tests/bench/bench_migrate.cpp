// Migration on real kernels (the VM cluster of scripts/vm-cluster.sh, two VMs at least): a
// process with 256 MiB resident writing about 1 MiB/s of its pages, moved from vm1 to vm2
//   - by hand, as an admin would without the suite: `ssh vm1 criu dump`, `scp -3 -r`,
//     `ssh vm2 criu restore` (stopped from the dump's start to the restore's end);
//   - by openmosixctl, live (pre-copy rounds, then the final dump of what changed);
//   - by openmosixctl with [linux] live=false (one dump, streamed).
// For each: the freeze (stopped on vm1 to running on vm2), the total and the bytes moved; then
// live against the hand pipeline. Prints one figure per line.
//
//   OMV_VM_PROFILE=$(scripts/vm-cluster.sh up 2) OMV_BUILD_DIR=$PWD/build build/tests/bench/bench_migrate [--thp MODE]
//     [--pattern scattered|sequential]
//
// --thp sets the VMs' transparent huge pages (always, madvise, never) first: with "always"
// (Debian's default) a written byte marks its whole 2 MiB page written and pre-copy rounds do
// not shrink when the writes are scattered. --pattern: a random page each time (scattered, the
// default) or the pages in turn (sequential, as a ring buffer fills).
#include "support/programrun.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using omv::test::TestCluster;

namespace
{

QString g_run;

using Run = omv::test::ProgramRun;

Run run(const QString& program, const QStringList& args, int timeoutMs = 600000)
{
    return omv::test::runProgram(program, args, timeoutMs);
}

Run vm(int n, const QString& command)
{
    return run(QStringLiteral("ssh"),
        { QStringLiteral("-F"), g_run + QStringLiteral("/ssh_config"), QStringLiteral("vm%1").arg(n), command });
}

bool install(int n, const QString& name)
{
    QFile f(TestCluster::sourceDir() + QStringLiteral("/tests/vm/guest/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QProcess p;
    p.start(QStringLiteral("ssh"),
        { QStringLiteral("-F"), g_run + QStringLiteral("/ssh_config"), QStringLiteral("vm%1").arg(n),
            QStringLiteral("cat > /root/omv-%1").arg(name) });
    p.write(f.readAll());
    p.closeWriteChannel();
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

QString g_pattern = QStringLiteral("scattered");

// The writer on vm1, given time to fill its memory and write; its pid.
int startWriter()
{
    const Run r
        = vm(1, QStringLiteral("python3 /root/omv-launch.py 0 python3 /root/omv-writer.py 256 1024 %1").arg(g_pattern));
    const int pid = r.out.trimmed().toInt();
    QElapsedTimer t;
    t.start();
    while (pid > 0 && t.elapsed() < 120000) { // filling 256 MiB takes a while under emulation
        const qint64 rss = vm(1, QStringLiteral("ps -o rss= -p %1").arg(pid)).out.trimmed().toLongLong();
        if (rss > 256 * 1024)
            break;
    }
    QThread::sleep(5);
    return pid;
}

void figure(const char* name, double value, const char* unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

struct Move {
    double freeze = -1, total = -1, mib = -1;
};

Move byHand(int pid)
{
    Move m;
    QElapsedTimer t;
    t.start();
    const Run dump = vm(1,
        QStringLiteral("rm -rf /tmp/omv-hand && mkdir /tmp/omv-hand && criu dump -t %1 -D /tmp/omv-hand "
                       "--leave-stopped -o dump.log && du -sb /tmp/omv-hand | cut -f1")
            .arg(pid));
    const Run copy = run(QStringLiteral("scp"),
        { QStringLiteral("-q"), QStringLiteral("-F"), g_run + QStringLiteral("/ssh_config"), QStringLiteral("-3"),
            QStringLiteral("-r"), QStringLiteral("vm1:/tmp/omv-hand"), QStringLiteral("vm2:/tmp/omv-hand") });
    const Run restore = vm(2, QStringLiteral("criu restore -D /tmp/omv-hand -d -o restore.log"));
    const double seconds = t.elapsed() / 1000.0;
    if (dump.exitCode != 0 || copy.exitCode != 0 || restore.exitCode != 0) {
        std::fprintf(stderr, "bench_migrate: the hand pipeline failed: %s%s%s\n", qPrintable(dump.err),
            qPrintable(copy.err), qPrintable(restore.err));
        return m;
    }
    // The stopped original and the restored copy (same pid) both end: a copy left on vm2 would
    // squeeze the next moves into what is left of its 1 GiB.
    vm(1, QStringLiteral("kill -KILL %1; rm -rf /tmp/omv-hand").arg(pid));
    vm(2, QStringLiteral("kill -KILL %1; rm -rf /tmp/omv-hand").arg(pid));
    m.freeze = m.total = seconds; // stopped from the dump's start to the restore's end
    m.mib = dump.out.trimmed().toDouble() / 1048576.0;
    return m;
}

double mibOf(const QString& text)
{
    // "272.26 MiB" / "1.25 GiB" as the suite prints sizes.
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("([0-9.]+) (KiB|MiB|GiB)")).match(text);
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    return m.captured(2) == QLatin1String("GiB") ? v * 1024 : m.captured(2) == QLatin1String("KiB") ? v / 1024 : v;
}

Move bySuite(int pid, const QString& profile)
{
    Move m;
    QElapsedTimer t;
    t.start();
    const Run r = run(TestCluster::buildDir() + QStringLiteral("/ctl/openmosixctl"),
        { QStringLiteral("--profile"), profile, QStringLiteral("migrate"), QStringLiteral("%1@1").arg(pid),
            QStringLiteral("2") });
    m.total = t.elapsed() / 1000.0;
    const QString out = QString::fromUtf8(r.out);
    if (r.exitCode != 0) {
        std::fprintf(stderr, "bench_migrate: openmosixctl failed: %s%s\n", r.out.constData(), qPrintable(r.err));
        return Move();
    }
    std::fprintf(stderr, "bench_migrate: %s", r.out.constData());
    // The suite's own measure of the freeze: its (final) dump's start to the restore's end.
    const QRegularExpressionMatch stopped = QRegularExpression(QStringLiteral("stopped for ([0-9.]+) s")).match(out);
    m.freeze = stopped.hasMatch() ? stopped.captured(1).toDouble() : m.total;
    const QRegularExpressionMatch relayed = QRegularExpression(QStringLiteral("([0-9.]+ [KMG]iB) relayed")).match(out);
    const QRegularExpressionMatch checkpoint
        = QRegularExpression(QStringLiteral("checkpoint of ([0-9.]+ [KMG]iB)")).match(out);
    m.mib = relayed.hasMatch() ? mibOf(relayed.captured(1)) : mibOf(checkpoint.captured(1));
    vm(2, QStringLiteral("kill -KILL %1").arg(pid));
    return m;
}

void print(const char* way, const Move& m)
{
    figure(QByteArray(way).append("_freeze").constData(), m.freeze, "s");
    figure(QByteArray(way).append("_total").constData(), m.total, "s");
    figure(QByteArray(way).append("_moved").constData(), m.mib, "MiB");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString profile = qEnvironmentVariable("OMV_VM_PROFILE");
    if (profile.isEmpty() || !QFileInfo::exists(profile)) {
        std::fprintf(stderr, "bench_migrate: start a VM cluster first: OMV_VM_PROFILE=$(scripts/vm-cluster.sh up 2)\n");
        return 2;
    }
    g_run = QFileInfo(profile).absolutePath();
    const QStringList args = app.arguments();
    const int thp = args.indexOf(QStringLiteral("--thp"));
    const int pattern = args.indexOf(QStringLiteral("--pattern"));
    if (pattern > 0)
        g_pattern = args.value(pattern + 1);
    if (g_pattern != QLatin1String("scattered") && g_pattern != QLatin1String("sequential")) {
        std::fprintf(stderr, "bench_migrate: --pattern is scattered or sequential\n");
        return 2;
    }
    for (int n : { 1, 2 }) {
        if (!install(n, QStringLiteral("launch.py")) || !install(n, QStringLiteral("writer.py"))) {
            std::fprintf(stderr, "bench_migrate: cannot put the writer on vm%d\n", n);
            return 1;
        }
        if (thp > 0)
            vm(n, QStringLiteral("echo %1 > /sys/kernel/mm/transparent_hugepage/enabled").arg(args.value(thp + 1)));
    }
    std::fprintf(stderr, "bench_migrate: %s writes; transparent huge pages %s; VMs under %s\n", qPrintable(g_pattern),
        vm(1, QStringLiteral("cat /sys/kernel/mm/transparent_hugepage/enabled")).out.trimmed().constData(),
        [] {
            QFile f(g_run + QStringLiteral("/cluster"));
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().split(' ').value(1) : QByteArray("?");
        }()
            .constData());
    QTemporaryDir dir;
    const QString plainProfile = dir.filePath(QStringLiteral("plain.ini"));
    {
        QFile in(profile), out(plainProfile);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return 1;
        out.write(in.readAll() + "\n[linux]\nlive=false\n");
    }
    const Move hand = byHand(startWriter());
    const Move live = bySuite(startWriter(), profile);
    const Move plain = bySuite(startWriter(), plainProfile);
    print("hand", hand);
    print("live", live);
    print("plain", plain);
    if (hand.freeze > 0 && live.freeze > 0) {
        figure("live_freeze_of_hand", 100.0 * live.freeze / hand.freeze, "%");
        figure("live_total_of_hand", live.total / hand.total, "x");
    }
    return hand.freeze > 0 && live.freeze > 0 && plain.freeze > 0 ? 0 : 1;
}
