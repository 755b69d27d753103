// openmosixprocs: the suite's process manager. Thin: the suite's bootstrap, its options, the window.
#include "core/util/maintext.h"
#include "gui/clustersession.h"
#include "gui/suiteapp.h"
#include "processwindow.h"

#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    SuiteApp suite(argc, argv, QStringLiteral("openmosixprocs"),
        MainText::tr("Every process of a process-migration cluster: where it runs; migrate, signal, renice, lock."));
    const QCommandLineOption nodeOpt(
        QStringLiteral("node"), MainText::tr("Start showing the processes on this node."), QStringLiteral("N"));
    const QCommandLineOption guestsOpt(
        QStringLiteral("guests"), MainText::tr("Start on the Guests tab (with --node: that node's guests)."));
    suite.cli().addOptions({ nodeOpt, guestsOpt });
    suite.process();
    bool nodeOk = true;
    const int node = suite.cli().isSet(nodeOpt) ? suite.cli().value(nodeOpt).toInt(&nodeOk) : 0;
    if (!nodeOk || node < 0 || node > limits::kMaxNode) {
        std::fprintf(stderr, "openmosixprocs: --node wants a node ID (1-%d)\n", limits::kMaxNode);
        return 2;
    }

    OpenedCluster cluster;
    int exitCode = 0;
    if (!suite.open(&cluster, &exitCode))
        return exitCode;
    ProcessWindow window(std::make_unique<ClusterSession>(std::move(cluster.backend)), cluster.name);
    window.setOrigin(cluster.origin);
    if (node)
        window.setNode(node);
    window.showGuests(suite.cli().isSet(guestsOpt));
    window.show();
    SuiteApp::announce(&window, cluster);
    suite.screenshotWhen(&window, &ProcessWindow::snapshotApplied);
    return suite.exec();
}
