// Round trip of a trivial command: a kept SshTransport session against starting the OpenSSH
// client once per command (what the original suite did), same node, same key, one run.
#include "benchutil.h"
#include "core/transport/sshtransport.h"
#include "support/testcluster.h"

#include <QCoreApplication>
#include <QProcess>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int port
        = qEnvironmentVariableIntValue("OMV_BENCH_PORT") > 0 ? qEnvironmentVariableIntValue("OMV_BENCH_PORT") : 22390;
    test::TestCluster cluster(1, port, QStringLiteral(OMV_SOURCE_DIR "/tests/data/om3/node%d"));
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "bench_transport: %s\n", qPrintable(error));
        return 1;
    }
    SshTransport kept(cluster.sshOptions(1));
    bool ok = true;
    const double keptMs = bench::medianMs(5, 100, [&] { ok = ok && kept.run(QStringLiteral("true"), 10000).ok(); });

    const QStringList sshArgs { QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"),
        cluster.identity(), QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + cluster.knownHosts(),
        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
        QStringLiteral("BatchMode=yes"), QStringLiteral("-p"), QString::number(port), QStringLiteral("127.0.1.1"),
        QStringLiteral("true") };
    const double clientMs = bench::medianMs(2, 30, [&] {
        QProcess p;
        p.start(QStringLiteral("ssh"), sshArgs);
        ok = ok && p.waitForFinished(10000) && p.exitCode() == 0;
    });
    // The same, with the key exchange libssh negotiates (OpenSSH's default sntrup761 hybrid costs
    // the client over 100 ms of CPU by itself), so the comparison is not only about that.
    QStringList sameKex = sshArgs;
    sameKex.insert(0, QStringLiteral("-oKexAlgorithms=curve25519-sha256"));
    const double clientSameKexMs = bench::medianMs(2, 30, [&] {
        QProcess p;
        p.start(QStringLiteral("ssh"), sameKex);
        ok = ok && p.waitForFinished(10000) && p.exitCode() == 0;
    });
    if (!ok || kept.connectCount() != 1) {
        std::fprintf(stderr, "bench_transport: a command failed or the session was not kept\n");
        return 1;
    }
    bench::figure("ssh_kept_session_roundtrip_median", keptMs, "ms");
    bench::figure("openssh_client_per_command_roundtrip_median", clientMs, "ms");
    bench::figure("openssh_client_curve25519_per_command_roundtrip_median", clientSameKexMs, "ms");
    bench::figure("kept_session_speedup", clientMs / keptMs, "x");
    bench::figure("kept_session_speedup_same_kex", clientSameKexMs / keptMs, "x");
    return 0;
}
