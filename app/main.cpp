// openmosixview: the suite's main window. Thin: options, the cluster to watch, the window.
#include "gui/clusteropen.h"
#include "gui/clustersession.h"
#include "gui/prompts.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

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
    const ClusterOptions clusterOptions;
    clusterOptions.addTo(cli);
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window as PNG once the table is filled, then quit."),
        QStringLiteral("PNG"));
    const QCommandLineOption timeOpt(QStringLiteral("time-to-table"),
        QApplication::translate("main", "Print the milliseconds from start to the first filled table, then quit."));
    cli.addOptions({ shotOpt, timeOpt });
    cli.process(app);

    GuiPrompts prompts(nullptr);
    OpenedCluster cluster;
    int exitCode = 0;
    if (!clusterOptions.open(cli, prompts, &cluster, &exitCode))
        return exitCode;
    MainWindow window(std::make_unique<ClusterSession>(std::move(cluster.backend)), cluster.name);
    window.setOrigin(cluster.origin);
    window.show();
    if (cli.isSet(shotOpt) || cli.isSet(timeOpt)) {
        const QString shot = cli.value(shotOpt);
        const bool timing = cli.isSet(timeOpt);
        QObject::connect(&window, &MainWindow::snapshotApplied, &window, [&window, shot, timing, &sinceStart] {
            if (timing)
                std::printf("time_to_first_table %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            if (!shot.isEmpty()) {
                saveScreenshotAndQuit(&window, shot);
            } else {
                QApplication::quit();
            }
        });
    }
    return app.exec();
}
