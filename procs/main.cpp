// openmosixprocs: the suite's process manager. Thin: options, the cluster, the window.
#include "gui/clusteropen.h"
#include "gui/clustersession.h"
#include "gui/prompts.h"
#include "processwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("openmosixprocs"));
    QApplication::setOrganizationName(QStringLiteral("openMosixview"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QApplication::translate("main",
        "Every process of a process-migration cluster: where it runs; migrate, "
        "signal, renice, lock."));
    cli.addHelpOption();
    cli.addVersionOption();
    const ClusterOptions clusterOptions;
    clusterOptions.addTo(cli);
    const QCommandLineOption nodeOpt(QStringLiteral("node"),
        QApplication::translate("main", "Start showing the processes on this node."), QStringLiteral("N"));
    const QCommandLineOption guestsOpt(QStringLiteral("guests"),
        QApplication::translate("main", "Start on the Guests tab (with --node: that node's guests)."));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window as PNG once the table is filled, then quit."),
        QStringLiteral("PNG"));
    cli.addOptions({ nodeOpt, guestsOpt, shotOpt });
    cli.process(app);
    bool nodeOk = true;
    const int node = cli.isSet(nodeOpt) ? cli.value(nodeOpt).toInt(&nodeOk) : 0;
    if (!nodeOk || node < 0 || node > 65535) {
        std::fprintf(stderr, "openmosixprocs: --node wants a node ID (1-65535)\n");
        return 2;
    }

    GuiPrompts prompts(nullptr);
    OpenedCluster cluster;
    int exitCode = 0;
    if (!clusterOptions.open(cli, prompts, &cluster, &exitCode))
        return exitCode;
    ProcessWindow window(std::make_unique<ClusterSession>(std::move(cluster.backend)), cluster.name);
    window.setOrigin(cluster.origin);
    if (node)
        window.setNode(node);
    window.showGuests(cli.isSet(guestsOpt));
    window.show();
    if (cli.isSet(shotOpt)) {
        const QString shot = cli.value(shotOpt);
        QObject::connect(&window, &ProcessWindow::snapshotApplied, &window,
            [&window, shot] { saveScreenshotAndQuit(&window, shot); });
    }
    return app.exec();
}
