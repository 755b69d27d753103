// openmosixcollector: records the cluster into SQLite (see README "openmosixcollector").
#include "collectorlog.h"
#include "collectorservice.h"
#include "core/backend/backendfactory.h"
#include "core/control/controlserver.h"
#include "core/control/serve.h"
#include "core/control/signalwatch.h"
#include "core/demo/democluster.h"
#include "core/model/snapshotjson.h"
#include "core/model/timerange.h"
#include "core/profile/clusterprofile.h"
#include "core/transport/localtransport.h"
#include "core/util/crashtrace.h"
#include "core/util/maintext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <malloc.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace omv;

namespace
{

void say(const QString& line)
{
    collectorLog(line);
}

bool writePidFile(const QString& path, QString* error)
{
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd >= 0) {
            const QByteArray pid = QByteArray::number(qint64(getpid())) + '\n';
            (void)!::write(fd, pid.constData(), size_t(pid.size()));
            ::close(fd);
            return true;
        }
        QFile f(path);
        const qint64 other = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
        if (other > 0 && ::kill(pid_t(other), 0) == 0) {
            *error = MainText::tr("%1: a collector is running already (pid %2)").arg(path).arg(other);
            return false;
        }
        ::unlink(name.constData()); // stale
    }
    *error = MainText::tr("%1: cannot create the pid file").arg(path);
    return false;
}

// A file root may trust: owned by root and writable by nobody else (a missing one is fine: there
// is nothing to read). Otherwise `why` says what is wrong.
bool privateToRoot(const QString& path, QString* why)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT;
    if (st.st_uid != 0) {
        *why = MainText::tr("%1 belongs to uid %2, not root").arg(path).arg(st.st_uid);
        return false;
    }
    if (st.st_mode & 022) {
        *why = MainText::tr("%1 is writable by group or others (mode %2)")
                   .arg(path, QString::number(st.st_mode & 0777, 8));
        return false;
    }
    return true;
}

// The backend a profile describes, as the collector runs it: warnings said, the files checked
// when run as root, every limit below the interval's budget. Null with `error` set.
std::unique_ptr<ClusterBackend> backendFromProfile(
    const QString& path, bool acceptNewHostKeys, int budgetMs, ClusterProfile* loaded, QString* error)
{
    Result<ClusterProfile> profile = ClusterProfile::load(path);
    if (!profile.ok()) {
        *error = MainText::tr("bad profile: %1").arg(profile.errorString());
        return nullptr;
    }
    *loaded = profile.value();
    for (const QString& w : profile->warnings)
        say(MainText::tr("warning: %1").arg(w));
    // Run as root, the collector would let whoever can change these files choose which
    // hosts it trusts and which commands its ssh runs (ProxyCommand).
    if (::geteuid() == 0) {
        QString unsafe;
        if (!privateToRoot(profile->path, &unsafe)
            || (profile->sshConfig != QLatin1String("none")
                && !privateToRoot(profile->sshConfig.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/config")
                                                               : profile->sshConfig,
                    &unsafe))) {
            *error = MainText::tr("refusing to run as root: %1").arg(unsafe);
            return nullptr;
        }
    }
    if (budgetMs)
        profile.value().connectTimeoutMs = qMin(profile->connectTimeoutMs, budgetMs);
    SshPrompts prompts;
    if (acceptNewHostKeys) {
        prompts.hostKey = [](const HostKeyInfo& k) {
            say(MainText::tr("accepting new host key of %1: %2 %3").arg(k.host, k.keyType, k.fingerprint));
            return HostKeyDecision::AcceptAndSave;
        };
    }
    QString detected;
    std::unique_ptr<ClusterBackend> backend = createBackend(profile.value(), prompts, error, &detected);
    if (!detected.isEmpty()) // the profile is not the collector's to write
        say(MainText::tr("backend=auto: %1; recording as backend=%2").arg(detected, backendName(backend->kind())));
    if (backend && budgetMs)
        backend->setCommandTimeout(qMin(profile->commandTimeoutMs, budgetMs));
    return backend;
}

// A recorder needs where every process is each interval, its name and user once.
void useCollectorMode(ClusterBackend* backend)
{
    backend->setCollectorMode(true);
}

bool daemonize()
{
    const pid_t first = fork();
    if (first < 0)
        return false;
    if (first > 0)
        _exit(0);
    setsid();
    const pid_t second = fork();
    if (second < 0)
        return false;
    if (second > 0)
        _exit(0);
    if (chdir("/") != 0)
        return false;
    const int null = ::open("/dev/null", O_RDWR);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    return true;
}

// Asks the collector writing `db` (--checkpoint, --rotate); its answer on stderr.
int askRunning(const QString& db, const control::Message& request)
{
    QString answer;
    // A rotate copies the whole file: give it time.
    const bool rotate = request.value(0) == control::rotateRequest().value(0);
    const bool ok = control::request(db, request, &answer, rotate ? 600000 : 5000);
    if (!answer.isEmpty())
        say(answer);
    return ok ? 0 : 1;
}

// Retention: days as a number, or a width with its unit (7d, 12h, 2w); anything else is refused
// with the option's name — "7d" once became one day and deleted the raw history.
bool readKeep(const QCommandLineParser& cli, const QCommandLineOption& option, bool zeroKeepsAll, qint64* out)
{
    const QString text = cli.value(option).trimmed();
    bool plain = false;
    const qint64 days = text.toLongLong(&plain);
    std::optional<qint64> ms;
    if (plain && days >= 0 && days <= 100000)
        ms = days * TimeRange::kDay;
    else if (!plain)
        ms = TimeRange::parseWidth(text);
    if (!ms || (*ms == 0 && !zeroKeepsAll)) {
        say(MainText::tr("--%1: '%2' is not a time to keep (days, or with a unit: 7d, 12h, 2w%3)")
                .arg(option.names().constFirst(), text.left(40),
                    zeroKeepsAll ? MainText::tr("; 0 keeps everything") : QString()));
        return false;
    }
    *out = *ms;
    return true;
}

// --once --json: one snapshot on stdout, the nodes that did not answer on stderr.
int printOnce(ClusterBackend& backend)
{
    const ClusterSnapshot snap = backend.snapshot();
    const QByteArray json = QJsonDocument(snapshotToJson(snap)).toJson(QJsonDocument::Indented);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    fflush(stdout);
    for (auto it = snap.nodeErrors.cbegin(); it != snap.nodeErrors.cend(); ++it)
        say(MainText::tr("node %1: %2").arg(it.key()).arg(it.value()));
    if (!snap.gatewayError.isEmpty())
        say(snap.gatewayError);
    if (snap.nothingAnswered()) {
        say(MainText::tr("no node answered"));
        return 1;
    }
    return 0;
}

// --daemon: detached, stderr to `logFile` (or nowhere), the pid in `pidFile` (removed at the
// end); 0, or the exit code when it could not.
int detach(QCoreApplication& app, const QString& pidFileGiven, const QString& logFileGiven)
{
    const QString pidFile = QFileInfo(pidFileGiven).absoluteFilePath();
    QFile existing(pidFile); // said here, while the terminal still listens
    const qint64 other = existing.open(QIODevice::ReadOnly) ? existing.readAll().trimmed().toLongLong() : 0;
    if (other > 0 && ::kill(pid_t(other), 0) == 0) {
        say(MainText::tr("%1: a collector is running already (pid %2)").arg(pidFile).arg(other));
        return 1;
    }
    const QString logFile = logFileGiven.isEmpty() ? QString() : QFileInfo(logFileGiven).absoluteFilePath();
    if (!daemonize())
        return 1;
    const int logFd = logFile.isEmpty()
        ? ::open("/dev/null", O_WRONLY)
        : ::open(QFile::encodeName(logFile).constData(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW, 0600);
    if (logFd >= 0)
        dup2(logFd, STDERR_FILENO);
    QString error;
    if (!writePidFile(pidFile, &error)) {
        say(error);
        return 1;
    }
    QObject::connect(&app, &QCoreApplication::aboutToQuit, [pidFile] { QFile::remove(pidFile); });
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("openmosixcollector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(MainText::tr("Records an openMosix or MattX cluster into SQLite."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"), MainText::tr("Cluster profile (INI)."), QStringLiteral("file"));
    const QCommandLineOption dbOpt(
        QStringLiteral("db"), MainText::tr("History database (created 0600)."), QStringLiteral("file"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"),
        MainText::tr("Seconds between samples (1-3600, default 5)."), QStringLiteral("seconds"), QStringLiteral("5"));
    const QCommandLineOption onceOpt(QStringLiteral("once"), MainText::tr("Sample once and exit."));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"), MainText::tr("With --once: print the snapshot as JSON on stdout."));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), MainText::tr("Record an emulated cluster (omsim, scenario demo)."));
    const QCommandLineOption demoRootOpt(QStringLiteral("demo-root"),
        MainText::tr("Record the emulated cluster an omsim started with --root DIR serves (the GUI's demo)."),
        QStringLiteral("DIR"));
    const QCommandLineOption daemonOpt(QStringLiteral("daemon"), MainText::tr("Detach; write the pid to --pid-file."));
    const QCommandLineOption pidOpt(
        QStringLiteral("pid-file"), MainText::tr("Pid file for --daemon."), QStringLiteral("file"));
    const QCommandLineOption logOpt(
        QStringLiteral("log"), MainText::tr("With --daemon: append messages to this file."), QStringLiteral("file"));
    const QCommandLineOption checkpointOpt(QStringLiteral("checkpoint"),
        MainText::tr("Mark a checkpoint in the database a running collector writes (--db)."), QStringLiteral("text"));
    const QCommandLineOption rotateOpt(QStringLiteral("rotate"),
        MainText::tr("Make the running collector (--db) start a new file, keeping the old one."));
    const QCommandLineOption acceptOpt(QStringLiteral("accept-new-host-keys"),
        MainText::tr("Accept and save host keys of nodes not yet in known_hosts (changed keys are "
                     "always refused)."));
    const QCommandLineOption rawDaysOpt(QStringLiteral("keep-raw-days"),
        MainText::tr("Days of raw samples to keep (default 7; also with a unit: 36h, 2w)."), QStringLiteral("days"),
        QStringLiteral("7"));
    const QCommandLineOption minuteDaysOpt(QStringLiteral("keep-minute-days"),
        MainText::tr("Days of 1-minute rollups to keep (default 90; coarser ones are kept)."), QStringLiteral("days"),
        QStringLiteral("90"));
    const QCommandLineOption processDaysOpt(QStringLiteral("keep-process-days"),
        MainText::tr("Days of ended processes, migrations and events to keep (default 90; 0 keeps them all)."),
        QStringLiteral("days"), QStringLiteral("90"));
    const QCommandLineOption metricsOpt(QStringLiteral("metrics"),
        MainText::tr("Serve the last sample's figures for Prometheus at http://ADDRESS:PORT/metrics (e.g. "
                     "127.0.0.1:9464; another address than loopback only when you mean it)."),
        QStringLiteral("address:port"));
    const QCommandLineOption serveOpt(QStringLiteral("serve"),
        MainText::tr("Speak the suite's protocol on stdin/stdout for a desk on another machine (run over ssh by "
                     "the windows of a profile with [collector] host=): MODE feed follows the collector "
                     "recording --db, control passes one request to it, history answers the history windows' requests "
                     "from --db; as the user this runs as."),
        QStringLiteral("mode"));
    cli.addOptions({ profileOpt, dbOpt, intervalOpt, onceOpt, jsonOpt, demoOpt, demoRootOpt, daemonOpt, pidOpt, logOpt,
        checkpointOpt, rotateOpt, acceptOpt, rawDaysOpt, minuteDaysOpt, processDaysOpt, metricsOpt, serveOpt });
    cli.process(app);

    installCrashTrace(); // a crash in the journal says where
    control::ignoreSigpipe(); // a client that hangs up must never end the collector
    bool stopRequested = false;
    std::function<void()> reload; // set once the service runs with a profile
    // SIGTERM / SIGINT: finish the sample in hand, flush the rollups, close the database.
    // SIGHUP: read the profile again (systemctl reload).
    auto* watch = new control::SignalWatch({ SIGTERM, SIGINT, SIGHUP }, &app);
    // Until there is something of its own to end (an emulated cluster, a pid file, the database),
    // a signal ends it at once: a slow gateway or a bad profile never makes it unkillable.
    control::SignalWatch::setExitAtOnce(true);
    QObject::connect(watch, &control::SignalWatch::received, &app, [&](int signalNumber) {
        if (signalNumber == SIGHUP) {
            if (reload)
                reload();
            else
                say(MainText::tr("SIGHUP: nothing to read again (no --profile)"));
            return;
        }
        say(MainText::tr("stopping"));
        stopRequested = true;
        app.quit();
    });

    // A desk's channel (issue 30): its refusal is one bare sentence on stderr, which the desk shows.
    if (cli.isSet(serveOpt)) {
        // A serve answers one question after another, each building and freeing a few MB: kept
        // rather than handed back to the kernel after each (and faulted in again for the next,
        // which cost a history step more than its query here).
        ::mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
        ::mallopt(M_TOP_PAD, 8 * 1024 * 1024);
        if (!cli.isSet(dbOpt)) {
            std::fprintf(stderr, "%s\n", qPrintable(MainText::tr("--serve needs --db FILE")));
            return 2;
        }
        QString error;
        const int status = control::serve(cli.value(serveOpt), cli.value(dbOpt), STDIN_FILENO, STDOUT_FILENO, &error);
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return status;
    }

    // Requests to a running collector.
    if (cli.isSet(checkpointOpt) || cli.isSet(rotateOpt)) {
        if (!cli.isSet(dbOpt)) {
            say(MainText::tr("--checkpoint and --rotate need --db FILE: the database the running collector writes"));
            return 2;
        }
        return askRunning(cli.value(dbOpt),
            cli.isSet(rotateOpt) ? control::rotateRequest() : control::checkpointRequest(cli.value(checkpointOpt)));
    }

    if (int(cli.isSet(profileOpt)) + int(cli.isSet(demoOpt)) + int(cli.isSet(demoRootOpt)) != 1) {
        say(MainText::tr("give one of --profile FILE, --demo, --demo-root DIR"));
        return 2;
    }
    bool okNumber = false;
    const int interval = cli.value(intervalOpt).toInt(&okNumber);
    if (!okNumber || interval < 1 || interval > 3600) {
        say(MainText::tr("--interval must be 1..3600 seconds"));
        return 2;
    }
    const bool once = cli.isSet(onceOpt);
    if (once && !cli.isSet(jsonOpt)) {
        say(MainText::tr("--once prints JSON: add --json"));
        return 2;
    }
    if (!once && !cli.isSet(dbOpt)) {
        say(MainText::tr("--db FILE is required (or --once --json for one snapshot)"));
        return 2;
    }
    Retention retention;
    if (!readKeep(cli, rawDaysOpt, false, &retention.rawMs) || !readKeep(cli, minuteDaysOpt, false, &retention.tier60Ms)
        || !readKeep(cli, processDaysOpt, true, &retention.processMs))
        return 2;

    // A hung node must not hold up the others' samples by more than an interval.
    const int budgetMs = once ? 0 : interval * 800;

    std::unique_ptr<DemoCluster> demo;
    std::unique_ptr<ClusterBackend> backend;
    ClusterProfile profile; // with --profile: as read at start
    if (cli.isSet(demoOpt)) {
        control::SignalWatch::setExitAtOnce(false); // omsim and its mount are ended on the way out
        demo = std::make_unique<DemoCluster>();
        QString error;
        if (!demo->start(&error)) {
            say(error);
            return 1;
        }
        backend = demo->backend(budgetMs ? budgetMs : 10000);
    } else if (cli.isSet(demoRootOpt)) {
        backend = DemoCluster::backendFor(cli.value(demoRootOpt), budgetMs ? budgetMs : 10000);
        if (!backend) {
            say(MainText::tr("%1 holds no running omsim (no node map)").arg(cli.value(demoRootOpt)));
            return 2;
        }
    } else {
        QString why;
        backend = backendFromProfile(cli.value(profileOpt), cli.isSet(acceptOpt), budgetMs, &profile, &why);
        if (!backend) {
            say(why);
            return 2;
        }
    }

    if (once)
        return printOnce(*backend);

    // From here on it has a pid file and a database to close: signals go through the event loop.
    control::SignalWatch::setExitAtOnce(false);
    if (cli.isSet(daemonOpt)) {
        if (!cli.isSet(pidOpt)) {
            say(MainText::tr("--daemon needs --pid-file FILE"));
            return 2;
        }
        if (const int failed = detach(app, cli.value(pidOpt), cli.isSet(logOpt) ? cli.value(logOpt) : QString()))
            return failed;
    }

    useCollectorMode(backend.get());

    CollectorOptions opt;
    opt.dbPath = QFileInfo(cli.value(dbOpt)).absoluteFilePath();
    opt.intervalMs = interval * 1000;
    opt.retention.rawMs = retention.rawMs;
    opt.retention.tier60Ms = retention.tier60Ms;
    opt.retention.processMs = retention.processMs;
    opt.metrics = cli.value(metricsOpt);
    opt.clusterName = cli.isSet(profileOpt) ? profile.name : QStringLiteral("demo");
    opt.viewers = profile.viewers;
    // How to start it again as it runs now (a desk's Start on this machine): the cluster and
    // what it keeps, paths made absolute. Not the demo (its omsim is this process's own), nor
    // --accept-new-host-keys (trusting new keys is a decision for the one who starts it by hand).
    if (!cli.isSet(demoOpt)) {
        opt.startArgs = cli.isSet(profileOpt)
            ? QStringList { QStringLiteral("--profile"), QFileInfo(cli.value(profileOpt)).absoluteFilePath() }
            : QStringList { QStringLiteral("--demo-root"), QFileInfo(cli.value(demoRootOpt)).absoluteFilePath() };
        for (const QCommandLineOption* o : { &rawDaysOpt, &minuteDaysOpt, &processDaysOpt, &metricsOpt })
            if (cli.isSet(*o))
                opt.startArgs << QStringLiteral("--") + o->names().first() << cli.value(*o);
    }
    CollectorService service(std::move(backend), opt);
    QString error;
    if (!service.start(&error)) {
        say(error);
        return 2;
    }
    int exitCode = 0;
    QObject::connect(&service, &CollectorService::fatal, &app, [&](const QString&) {
        exitCode = 1;
        app.quit();
    });
    if (cli.isSet(profileOpt)) {
        reload = [&] {
            // A profile that does not load leaves the collector as it was.
            QString why;
            ClusterProfile again;
            std::unique_ptr<ClusterBackend> next
                = backendFromProfile(cli.value(profileOpt), cli.isSet(acceptOpt), budgetMs, &again, &why);
            if (!next || !service.setViewers(again.viewers, &why)) {
                say(MainText::tr("SIGHUP: keeping the profile read before: %1").arg(why));
                return;
            }
            useCollectorMode(next.get());
            say(MainText::tr("SIGHUP: profile read again (%1)").arg(cli.value(profileOpt)));
            service.replaceBackend(std::move(next));
        };
    }
    QObject::connect(&service, &CollectorService::stopRequested, &app, [&] {
        say(MainText::tr("stopping on request"));
        app.quit();
    });
    if (!stopRequested) // a signal before the loop ran still stops it
        app.exec();
    service.stop();
    return exitCode;
}
