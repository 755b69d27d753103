#include "clusteropen.h"

#include <optional>

#include "clustersdialog.h"
#include "core/backend/backendfactory.h"
#include "core/profile/clusterprofile.h"
#include "core/util/workerthreads.h"
#include "prompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace omv
{

namespace
{

// Shared by the suite's programs: each has its own QSettings file, this one is the suite's.
QSettings suiteSettings()
{
    return QSettings(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("openmosixview"), QStringLiteral("suite"));
}

// A program run for a report (no window wanted) only says it on stderr.
bool g_quiet = false;

bool fail(const QString& title, const QString& error, int* exitCode)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(error));
    if (!g_quiet)
        QMessageBox::critical(nullptr, title, error);
    *exitCode = 1;
    return false;
}

QString demoDatabase()
{
    ClusterProfile demoProfile;
    demoProfile.name = QStringLiteral("demo");
    return demoProfile.databasePath();
}

} // namespace

QStringList ClusterOrigin::programArgs() const
{
    if (profilePath.isEmpty())
        return { QStringLiteral("--demo-root"), demoRoot };
    return { QStringLiteral("--profile"), profilePath };
}

ClusterOptions::ClusterOptions(bool withDatabase)
    : m_demo(QStringLiteral("demo"), tr("Start an emulated cluster (omsim) and watch it."))
    , m_demoKernel(QStringLiteral("demo-kernel"),
          tr("The kernel the --demo cluster emulates: openmosix (default), mattx or linux (stock kernels)."),
          QStringLiteral("K"))
    , m_demoRoot(QStringLiteral("demo-root"), tr("Watch the emulated cluster another program of the suite started."),
          QStringLiteral("DIR"))
    , m_profile(QStringLiteral("profile"), tr("The cluster profile to open."), QStringLiteral("FILE"))
    , m_db(QStringLiteral("db"), tr("A history database to read (also a rotated one); no cluster needs to answer."),
          QStringLiteral("FILE"))
    , m_withDatabase(withDatabase)
{
}

void ClusterOptions::setQuiet(bool quiet)
{
    g_quiet = quiet;
}

void ClusterOptions::addTo(QCommandLineParser& cli) const
{
    cli.addOptions({ m_demo, m_demoKernel, m_demoRoot, m_profile });
    if (m_withDatabase)
        cli.addOption(m_db);
}

bool ClusterOptions::resolve(
    const QCommandLineParser& cli, GuiPrompts& prompts, ResolvedCluster* out, int* exitCode) const
{
    *exitCode = 0;
    const int given = int(cli.isSet(m_demo)) + int(cli.isSet(m_demoRoot)) + int(cli.isSet(m_profile))
        + int(m_withDatabase && cli.isSet(m_db));
    if (given > 1)
        return fail(tr("Options"),
            tr("give one of --demo, --demo-root, --profile%1")
                .arg(m_withDatabase ? QStringLiteral(", --db") : QString()),
            exitCode);
    if (m_withDatabase && cli.isSet(m_db)) {
        const QFileInfo db(cli.value(m_db));
        if (!db.isFile())
            return fail(tr("History database"), tr("%1: no such file").arg(db.filePath()), exitCode);
        out->kind = ResolvedCluster::Kind::Database;
        out->name = db.fileName();
        out->origin.databasePath = db.absoluteFilePath();
        return true;
    }
    if (cli.isSet(m_demoRoot)) {
        out->kind = ResolvedCluster::Kind::DemoRoot;
        out->name = tr("Demo cluster");
        out->origin.demoRoot = cli.value(m_demoRoot);
        out->origin.databasePath = demoDatabase();
        return true;
    }
    QString profilePath = cli.value(m_profile);
    bool useDemo = cli.isSet(m_demo);
    QString demoKernel = cli.value(m_demoKernel).toLower();
    if (!useDemo && profilePath.isEmpty()) {
        profilePath = suiteSettings().value(QStringLiteral("lastProfile")).toString();
        if ((profilePath.isEmpty() || !QFileInfo::exists(profilePath)) && g_quiet)
            return fail(tr("Options"),
                tr("name the cluster: --profile FILE%1").arg(m_withDatabase ? tr(" or --db FILE") : QString()),
                exitCode);
        if (profilePath.isEmpty() || !QFileInfo::exists(profilePath)) {
            ClustersDialog pick(prompts.prompts());
            pick.select(profilePath);
            if (pick.exec() != QDialog::Accepted)
                return false;
            useDemo = pick.choice().demo;
            profilePath = pick.choice().profilePath;
            demoKernel = pick.choice().demoKernel;
        }
    }
    if (useDemo) {
        out->kind = ResolvedCluster::Kind::Demo;
        out->name = tr("Demo cluster");
        out->demoKernel = demoKernel;
        static const QStringList kernels { QStringLiteral("openmosix"), QStringLiteral("mattx"),
            QStringLiteral("linux") };
        if (!out->demoKernel.isEmpty() && !kernels.contains(out->demoKernel))
            return fail(tr("Options"), tr("--demo-kernel is openmosix, mattx or linux"), exitCode);
        out->origin.databasePath = demoDatabase();
        return true;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(profilePath);
    if (!profile.ok())
        return fail(tr("Cluster profile"), profile.errorString(), exitCode);
    for (const QString& w : profile->warnings)
        std::fprintf(stderr, "%s: warning: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(w));
    out->kind = ResolvedCluster::Kind::Profile;
    out->name = profile->name;
    out->origin.profilePath = profile->path;
    out->origin.databasePath = profile->databasePath();
    out->origin.collector = collectorHost(profile.value(), {}); // with the prompts once connected
    suiteSettings().setValue(QStringLiteral("lastProfile"), profile->path);
    return true;
}

bool ClusterOptions::connect(const ResolvedCluster& cluster, GuiPrompts& prompts, OpenedCluster* out, int* exitCode)
{
    *exitCode = 0;
    out->name = cluster.name;
    out->origin = cluster.origin;
    QString error;
    switch (cluster.kind) {
    case ResolvedCluster::Kind::Database:
        return fail(tr("History database"),
            tr("%1 is a history file: there is no live cluster behind it").arg(cluster.origin.databasePath), exitCode);
    case ResolvedCluster::Kind::DemoRoot:
        out->backend = DemoCluster::backendFor(cluster.origin.demoRoot, 10000);
        if (!out->backend)
            return fail(tr("Demo cluster"), tr("%1 holds no running omsim").arg(cluster.origin.demoRoot), exitCode);
        return true;
    case ResolvedCluster::Kind::Demo:
        out->demo = std::make_unique<DemoCluster>(QStringLiteral("demo"), cluster.demoKernel);
        if (!out->demo->start(&error))
            return fail(tr("Demo cluster"), error, exitCode);
        out->backend = out->demo->backend(10000);
        out->origin.demoRoot = out->demo->root();
        return true;
    case ResolvedCluster::Kind::Profile:
        break;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(cluster.origin.profilePath);
    if (!profile.ok())
        return fail(tr("Cluster profile"), profile.errorString(), exitCode);
    out->origin.collector = collectorHost(profile.value(), prompts.prompts());
    if (!profile->autoBackend) {
        out->backend = createBackend(profile.value(), prompts.prompts(), &error);
        if (!out->backend)
            return fail(tr("Cluster profile"), error, exitCode);
        return true;
    }
    // backend=auto: the gateway is asked which kernel it runs — over the network, perhaps with a
    // host-key question — on a worker thread; the program has no window yet, this loop keeps the
    // question dialogs alive.
    // What the thread finds is its own until handed over: nothing of this frame is shared with it,
    // so a loop left early (the program told to quit) leaves it nothing dangling.
    struct Found {
        std::shared_ptr<std::unique_ptr<ClusterBackend>> backend; // copyable, as answers are
        QString error, detected;
    };
    QEventLoop wait;
    std::optional<Found> answer;
    threads::run(
        &wait, QStringLiteral("omv-detect"),
        [profile = profile.value(), ssh = prompts.prompts()](const threads::Task&) {
            Found f;
            f.backend
                = std::make_shared<std::unique_ptr<ClusterBackend>>(createBackend(profile, ssh, &f.error, &f.detected));
            return f;
        },
        [&answer, &wait](const Found& f) { // on this thread, only while `wait` exists
            answer = f;
            wait.quit();
        });
    wait.exec();
    if (!answer)
        return fail(tr("Cluster profile"), tr("cancelled before the gateway answered"), exitCode);
    error = answer->error;
    const QString detected = answer->detected;
    out->backend = std::move(*answer->backend);
    if (!out->backend)
        return fail(tr("Cluster profile"), error, exitCode);
    // What it found is kept: the next start asks nothing.
    ClusterProfile found = profile.value();
    found.autoBackend = false;
    found.backend = out->backend->kind();
    if (!kernelListsNodes(found.backend) && found.nodes.isEmpty() && found.mapFile.isEmpty())
        found.nodes = QStringList { found.gateway }; // as createBackend took it: the one node
    QString saveError;
    out->notice = found.save(profile->path, &saveError)
        ? tr("%1: saved in %2 as backend=%3")
              .arg(detected, QFileInfo(profile->path).fileName(), backendName(found.backend))
        : tr("%1 (not saved: %2)").arg(detected, saveError);
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(out->notice));
    return true;
}

void saveScreenshotAndQuit(QWidget* window, const QString& png)
{
    QTimer::singleShot(300, window, [window, png] {
        window->grab().save(png);
        QApplication::quit();
    });
}

} // namespace omv
