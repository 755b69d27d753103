#include "cluster.h"

#include "core/backend/backendfactory.h"
#include "core/util/maintext.h"

#include <QFileInfo>

#include <cstdio>
#include <mutex>
#include <termios.h>
#include <unistd.h>

namespace omv::ctl
{

namespace
{

// The passphrase of an identity file, asked on the controlling terminal with echo off; none
// without a terminal (cron): the key is then skipped as the windows skip it when cancelled.
std::optional<QString> askPassphrase(const QString& identity)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    std::fprintf(tty, "%s", qPrintable(MainText::tr("Passphrase for %1: ").arg(identity)));
    std::fflush(tty);
    termios old {};
    const bool term = ::tcgetattr(fileno(tty), &old) == 0;
    if (term) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char buf[1024];
    const bool got = std::fgets(buf, sizeof buf, tty) != nullptr;
    if (term)
        ::tcsetattr(fileno(tty), TCSAFLUSH, &old);
    std::fprintf(tty, "\n");
    std::fclose(tty);
    if (!got)
        return std::nullopt;
    QString text = QString::fromLocal8Bit(buf);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

SshPrompts terminalPrompts(bool acceptNew, const std::shared_ptr<QStringList>& refused)
{
    SshPrompts p;
    auto mutex = std::make_shared<std::mutex>();
    p.hostKey = [acceptNew, refused, mutex](const HostKeyInfo& k) {
        std::lock_guard<std::mutex> lock(*mutex);
        if (acceptNew) {
            std::fprintf(stderr, "%s\n",
                qPrintable(MainText::tr("%1: accepting the new host key of %2: %3 %4")
                               .arg(QCoreApplication::applicationName(), k.host, k.keyType, k.fingerprint)));
            return HostKeyDecision::AcceptAndSave;
        }
        const QString line = QStringLiteral("%1: %2 %3").arg(k.host, k.keyType, k.fingerprint);
        if (!refused->contains(line))
            refused->append(line);
        return HostKeyDecision::Refuse;
    };
    // Asked once per identity file for the whole run, whatever number of nodes ask.
    auto cache = std::make_shared<QHash<QString, std::optional<QString>>>();
    p.passphrase = [cache, mutex](const QString& identity) -> std::optional<QString> {
        std::lock_guard<std::mutex> lock(*mutex);
        if (!cache->contains(identity))
            cache->insert(identity, askPassphrase(identity));
        return cache->value(identity);
    };
    return p;
}

} // namespace

std::optional<ClusterProfile> loadProfile(const ClusterChoice& choice, QString* error)
{
    QString path = choice.profile;
    if (!choice.saved.isEmpty() && (path = ClusterProfile::findSaved(choice.saved, error)).isEmpty())
        return std::nullopt;
    if (path.isEmpty()) {
        *error = MainText::tr("no cluster named: give --profile FILE, -c NAME or --demo");
        return std::nullopt;
    }
    if (!QFileInfo(path).isReadable()) {
        *error = QFileInfo::exists(path) ? MainText::tr("%1: cannot read the profile").arg(path)
                                         : MainText::tr("%1: no such profile").arg(path);
        return std::nullopt;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(path);
    if (!profile.ok()) {
        *error = profile.errorString();
        return std::nullopt;
    }
    return profile.value();
}

bool openCluster(const ClusterChoice& choice, Cluster* out, QString* error)
{
    if (!choice.demoRoot.isEmpty()) {
        out->backend = DemoCluster::backendFor(choice.demoRoot, 10000);
        out->name = QStringLiteral("demo");
        // The windows' demo keeps its history where a profile called "demo" would: a collector
        // they started records it there.
        ClusterProfile demo;
        demo.name = out->name;
        out->database = demo.databasePath();
        if (!out->backend)
            *error = MainText::tr("%1 holds no running omsim").arg(choice.demoRoot);
        return out->backend != nullptr;
    }
    if (choice.demo) {
        out->demo = std::make_unique<DemoCluster>(QStringLiteral("demo"), choice.demoKernel);
        if (!out->demo->start(error))
            return false;
        out->backend = out->demo->backend(10000);
        out->name = QStringLiteral("demo");
        return true;
    }
    const std::optional<ClusterProfile> profile = loadProfile(choice, error);
    if (!profile)
        return false;
    for (const QString& w : profile->warnings)
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(MainText::tr("warning: %1").arg(w)));
    QString detected;
    out->backend
        = createBackend(profile.value(), terminalPrompts(choice.acceptNewHostKeys, out->refusedKeys), error, &detected);
    if (!out->backend)
        return false;
    out->name = profile->name;
    out->profilePath = profile->path;
    out->database = profile->databasePath();
    return true;
}

} // namespace omv::ctl
