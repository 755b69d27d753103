// openmosixview: the suite's main window. Thin: options, the cluster to watch, the window.
#include "core/backend/backendfactory.h"
#include "core/demo/democluster.h"
#include "core/profile/clusterprofile.h"
#include "gui/clustersdialog.h"
#include "gui/clustersession.h"
#include "gui/prompts.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("openmosixview"));
    QApplication::setOrganizationName(QStringLiteral("openMosixview"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main", "Watch and steer a process-migration cluster."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), QApplication::translate("main", "Start an emulated cluster (omsim) and watch it."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
        QApplication::translate("main", "The cluster profile to open."), QStringLiteral("FILE"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window as PNG once the table is filled, then quit."),
        QStringLiteral("PNG"));
    const QCommandLineOption timeOpt(QStringLiteral("time-to-table"),
        QApplication::translate("main", "Print the milliseconds from start to the first filled table, then quit."));
    cli.addOptions({ demoOpt, profileOpt, shotOpt, timeOpt });
    cli.process(app);

    GuiPrompts prompts(nullptr);
    std::unique_ptr<DemoCluster> demo;
    std::unique_ptr<ClusterBackend> backend;
    QString name;
    ClusterOrigin origin;
    QString profilePath = cli.value(profileOpt);
    bool useDemo = cli.isSet(demoOpt);
    if (!useDemo && profilePath.isEmpty()) {
        profilePath = QSettings().value(QStringLiteral("main/lastProfile")).toString();
        if (profilePath.isEmpty() || !QFileInfo::exists(profilePath)) {
            ClustersDialog pick(prompts.prompts());
            pick.select(profilePath);
            if (pick.exec() != QDialog::Accepted)
                return 0;
            useDemo = pick.choice().demo;
            profilePath = pick.choice().profilePath;
        }
    }
    QString error;
    if (useDemo) {
        demo = std::make_unique<DemoCluster>();
        if (!demo->start(&error)) {
            std::fprintf(stderr, "openmosixview: %s\n", qPrintable(error));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo cluster"), error);
            return 1;
        }
        backend = demo->backend(10000);
        name = QApplication::translate("main", "Demo cluster");
        origin.demoRoot = demo->root();
        ClusterProfile demoProfile;
        demoProfile.name = QStringLiteral("demo");
        origin.databasePath = demoProfile.databasePath();
    } else {
        const Result<ClusterProfile> profile = ClusterProfile::load(profilePath);
        if (!profile.ok()) {
            std::fprintf(stderr, "openmosixview: %s\n", qPrintable(profile.errorString()));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cluster profile"), profile.errorString());
            return 1;
        }
        backend = createBackend(profile.value(), prompts.prompts(), &error);
        if (!backend) {
            std::fprintf(stderr, "openmosixview: %s\n", qPrintable(error));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cluster profile"), error);
            return 1;
        }
        name = profile->name;
        origin.profilePath = profile->path;
        origin.databasePath = profile->databasePath();
        QSettings().setValue(QStringLiteral("main/lastProfile"), profilePath);
    }
    MainWindow window(std::make_unique<ClusterSession>(std::move(backend)), name);
    window.setOrigin(origin);
    window.show();
    if (cli.isSet(shotOpt) || cli.isSet(timeOpt)) {
        const QString shot = cli.value(shotOpt);
        const bool timing = cli.isSet(timeOpt);
        QObject::connect(&window, &MainWindow::snapshotApplied, &window, [&window, shot, timing, &sinceStart] {
            if (timing)
                std::printf("time_to_first_table %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            if (!shot.isEmpty()) { // let the table paint once, then save it
                QTimer::singleShot(300, &window, [&window, shot] {
                    window.grab().save(shot);
                    QApplication::quit();
                });
            } else {
                QApplication::quit();
            }
        });
    }
    return app.exec();
}
