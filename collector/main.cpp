// openmosixcollector: records the cluster. This part is the one-shot snapshot
// (--once --json); the daemon and its database follow.
#include "core/backend/backendfactory.h"
#include "core/model/snapshotjson.h"
#include "core/profile/clusterprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("openmosixcollector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QCoreApplication::translate("main", "Records an openMosix or MattX cluster."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Cluster profile (INI)."), QStringLiteral("file"));
    const QCommandLineOption onceOpt(
        QStringLiteral("once"), QCoreApplication::translate("main", "Sample once and exit."));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"), QCoreApplication::translate("main", "Print the snapshot as JSON on stdout."));
    const QCommandLineOption acceptOpt(QStringLiteral("accept-new-host-keys"),
        QCoreApplication::translate("main",
            "Accept and save host keys of nodes not yet "
            "in known_hosts (changed keys are always refused)."));
    cli.addOptions({ profileOpt, onceOpt, jsonOpt, acceptOpt });
    cli.process(app);

    QTextStream err(stderr);
    if (!cli.isSet(profileOpt)) {
        err << QCoreApplication::translate("main", "openmosixcollector: --profile FILE is required") << '\n';
        return 2;
    }
    if (!cli.isSet(onceOpt) || !cli.isSet(jsonOpt)) {
        err << QCoreApplication::translate("main",
            "openmosixcollector: only --once --json is available in this "
            "version (the recording daemon is not built yet)")
            << '\n';
        return 2;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(cli.value(profileOpt));
    if (!profile.ok()) {
        err << QCoreApplication::translate("main", "openmosixcollector: bad profile: %1").arg(profile.errorString())
            << '\n';
        return 2;
    }
    SshPrompts prompts;
    if (cli.isSet(acceptOpt)) {
        prompts.hostKey = [&err](const HostKeyInfo& k) {
            err << QCoreApplication::translate("main", "openmosixcollector: accepting new host key of %1: %2 %3")
                       .arg(k.host, k.keyType, k.fingerprint)
                << '\n';
            err.flush();
            return HostKeyDecision::AcceptAndSave;
        };
    }
    QString why;
    std::unique_ptr<ClusterBackend> backend = createBackend(profile.value(), prompts, &why);
    if (!backend) {
        err << QCoreApplication::translate("main", "openmosixcollector: %1").arg(why) << '\n';
        return 2;
    }
    const ClusterSnapshot snap = backend->snapshot();
    const QByteArray json = QJsonDocument(snapshotToJson(snap)).toJson(QJsonDocument::Indented);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    fflush(stdout);
    for (auto it = snap.nodeErrors.cbegin(); it != snap.nodeErrors.cend(); ++it)
        err << QCoreApplication::translate("main", "openmosixcollector: node %1: %2").arg(it.key()).arg(it.value())
            << '\n';
    if (!snap.gatewayError.isEmpty())
        err << QCoreApplication::translate("main", "openmosixcollector: %1").arg(snap.gatewayError) << '\n';
    if (snap.nothingAnswered()) {
        err << QCoreApplication::translate("main", "openmosixcollector: no node answered") << '\n';
        return 1;
    }
    return 0;
}
