// openmosixview: the suite's main window. Thin: the suite's bootstrap, one option, the window.
#include "core/util/maintext.h"
#include "gui/clustersession.h"
#include "gui/suiteapp.h"
#include "mainwindow.h"

#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    SuiteApp suite(
        argc, argv, QStringLiteral("openmosixview"), MainText::tr("Watch and steer a process-migration cluster."));
    const QCommandLineOption timeOpt(QStringLiteral("time-to-table"),
        MainText::tr("Print the milliseconds from start to the first filled table, then quit."));
    suite.cli().addOption(timeOpt);
    suite.process();

    OpenedCluster cluster;
    int exitCode = 0;
    if (!suite.open(&cluster, &exitCode))
        return exitCode;
    MainWindow window(std::make_unique<ClusterSession>(std::move(cluster.backend)), cluster.name);
    window.setOrigin(cluster.origin);
    window.show();
    SuiteApp::announce(&window, cluster);
    suite.screenshotWhen(&window, &MainWindow::snapshotApplied);
    if (suite.cli().isSet(timeOpt)) {
        QObject::connect(&window, &MainWindow::snapshotApplied, &window, [&suite] {
            std::printf("time_to_first_table %lld ms\n", static_cast<long long>(suite.msSinceStart()));
            QApplication::quit();
        });
    }
    return suite.exec();
}
