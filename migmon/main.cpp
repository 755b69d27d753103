// openmosixmigmon: the migration monitor. Thin: the suite's bootstrap, its options, the window.
#include "core/util/maintext.h"
#include "gui/clustersession.h"
#include "gui/suiteapp.h"
#include "monitorwindow.h"

#include <cstdio>

using namespace omv;

int main(int argc, char** argv)
{
    SuiteApp suite(argc, argv, QStringLiteral("openmosixmigmon"),
        MainText::tr(
            "The migration monitor: nodes on a circle, processes as squares beside the node they run on; drag a "
            "square onto a node to migrate it."));
    const QCommandLineOption nodeOpt(QStringLiteral("node"),
        MainText::tr("Watch from this node (drawn in the centre; default: the gateway's)."), QStringLiteral("N"));
    suite.cli().addOptions({ nodeOpt });
    suite.process();
    bool nodeOk = true;
    const int node = suite.cli().isSet(nodeOpt) ? suite.cli().value(nodeOpt).toInt(&nodeOk) : 0;
    if (!nodeOk || node < 0 || node > limits::kMaxNode) {
        std::fprintf(stderr, "openmosixmigmon: --node wants a node ID (1-%d)\n", limits::kMaxNode);
        return 2;
    }

    OpenedCluster cluster;
    int exitCode = 0;
    if (!suite.open(&cluster, &exitCode))
        return exitCode;
    MonitorWindow window(std::make_unique<ClusterSession>(std::move(cluster.backend)), cluster.name);
    window.setOrigin(cluster.origin);
    if (node)
        window.setWatchedNode(NodeId(node));
    window.show();
    SuiteApp::announce(&window, cluster);
    // The picture worth taking: once jobs have spread (the demo's do within seconds).
    suite.screenshotWhen(&window, &MonitorWindow::spreadShown);
    return suite.exec();
}
