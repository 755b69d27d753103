#include "clusteropen.h"

#include "clustersdialog.h"
#include "core/backend/backendfactory.h"
#include "core/profile/clusterprofile.h"
#include "prompts.h"

#include <QApplication>
#include <QCommandLineParser>
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

QString tr(const char* s)
{
    return QCoreApplication::translate("omv::ClusterOptions", s);
}

// Shared by the suite's programs: each has its own QSettings file, this one is the suite's.
QSettings suiteSettings()
{
    return QSettings(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("openmosixview"), QStringLiteral("suite"));
}

bool fail(const QString& title, const QString& error, int* exitCode)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(error));
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

ClusterOptions::ClusterOptions()
    : m_demo(QStringLiteral("demo"), tr("Start an emulated cluster (omsim) and watch it."))
    , m_demoRoot(QStringLiteral("demo-root"), tr("Watch the emulated cluster another program of the suite started."),
          QStringLiteral("DIR"))
    , m_profile(QStringLiteral("profile"), tr("The cluster profile to open."), QStringLiteral("FILE"))
{
}

void ClusterOptions::addTo(QCommandLineParser& cli) const
{
    cli.addOptions({ m_demo, m_demoRoot, m_profile });
}

bool ClusterOptions::open(const QCommandLineParser& cli, GuiPrompts& prompts, OpenedCluster* out, int* exitCode) const
{
    *exitCode = 0;
    QString profilePath = cli.value(m_profile);
    bool useDemo = cli.isSet(m_demo);
    if (cli.isSet(m_demoRoot)) {
        out->backend = DemoCluster::backendFor(cli.value(m_demoRoot), 10000);
        if (!out->backend)
            return fail(tr("Demo cluster"), tr("%1 holds no running omsim").arg(cli.value(m_demoRoot)), exitCode);
        out->name = tr("Demo cluster");
        out->origin.demoRoot = cli.value(m_demoRoot);
        out->origin.databasePath = demoDatabase();
        return true;
    }
    if (!useDemo && profilePath.isEmpty()) {
        profilePath = suiteSettings().value(QStringLiteral("lastProfile")).toString();
        if (profilePath.isEmpty() || !QFileInfo::exists(profilePath)) {
            ClustersDialog pick(prompts.prompts());
            pick.select(profilePath);
            if (pick.exec() != QDialog::Accepted)
                return false;
            useDemo = pick.choice().demo;
            profilePath = pick.choice().profilePath;
        }
    }
    QString error;
    if (useDemo) {
        out->demo = std::make_unique<DemoCluster>();
        if (!out->demo->start(&error))
            return fail(tr("Demo cluster"), error, exitCode);
        out->backend = out->demo->backend(10000);
        out->name = tr("Demo cluster");
        out->origin.demoRoot = out->demo->root();
        out->origin.databasePath = demoDatabase();
        return true;
    }
    const Result<ClusterProfile> profile = ClusterProfile::load(profilePath);
    if (!profile.ok())
        return fail(tr("Cluster profile"), profile.errorString(), exitCode);
    out->backend = createBackend(profile.value(), prompts.prompts(), &error);
    if (!out->backend)
        return fail(tr("Cluster profile"), error, exitCode);
    out->name = profile->name;
    out->origin.profilePath = profile->path;
    out->origin.databasePath = profile->databasePath();
    suiteSettings().setValue(QStringLiteral("lastProfile"), profile->path);
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
