// openmosixmigmon at stress-1000 (1,000 nodes, ~50,000 processes, the ~10,000 of the busiest
// user shown): a snapshot applied to the scene (and the scene repainted), a frame while 500
// squares glide, a mouse move during a drag over the full scene, memory; then the demo through
// sshd and omsim: a square dropped on a node until a sample shows it there.
#include "benchutil.h"
#include "core/backend/openmosix/openmosixbackend.h"
#include "gui/clustersession.h"
#include "monitorscene.h"
#include "monitorview.h"
#include "monitorwindow.h"
#include "stresscluster.h"
#include "support/snapshotwait.h"
#include "support/testcluster.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace omv;

namespace
{

// The demo's figure: omsim's demo scenario behind real sshd, a square dragged onto another node,
// until a sample shows it there (the pending mark gone, the square on its new node).
double dropToConfirmedMs()
{
    QTemporaryDir files;
    const QString scenario = omv::test::writeText(files.path(), QStringLiteral("bench.scenario"), R"(kernel openmosix
node 1 speed=10000 cpus=1 mem=4096
node 2 speed=10000 cpus=1 mem=4096
node 3 speed=20000 cpus=2 mem=8192
spawn 1 1 cmd="render --frame 1" user=alice cpu=0.2 mem=40
)");
    omv::test::TestCluster om(22399, scenario, { QStringLiteral("--manual") });
    QString error;
    if (!om.start(&error)) {
        std::fprintf(stderr, "bench_migmon: %s\n", qPrintable(error));
        return -1;
    }
    auto session
        = std::make_unique<ClusterSession>(omv::test::backendFor(om.writeProfile(QStringLiteral("openmosix"))));
    MonitorWindow w(std::move(session), QStringLiteral("bench demo"));
    w.resize(900, 700);
    w.show();
    if (!omv::test::nextSnapshot(&w, &MonitorWindow::snapshotApplied))
        return -1;
    QVector<double> times;
    for (int i = 0; i < 7; ++i) {
        const ProcessInfo* p = nullptr;
        for (const ProcessInfo& q : w.model()->snapshot().processes)
            if (q.argv.value(0) == QLatin1String("render"))
                p = &q;
        if (!p)
            return -1;
        const qint64 key = MonitorModel::key(p->homeNode, p->pid);
        const NodeId to = p->node == 3 ? 2 : 3;
        MonitorView* v = w.view();
        QWidget* vp = v->viewport();
        const QPoint a = v->mapFromScene(w.scene()->squareRect(key).center());
        const QPoint b = v->mapFromScene(w.scene()->nodeCentre(to));
        QElapsedTimer t;
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, a);
        for (int s = 1; s <= 4; ++s) {
            const QPoint at = a + (b - a) * s / 4;
            QMouseEvent move(QEvent::MouseMove, at, vp->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
        }
        t.start();
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, b);
        // The window asks for no sample of its own after a command: the next regular one (1 s
        // here) shows it.
        while (w.model()->isPending(key) && t.elapsed() < 20000)
            QTest::qWait(5);
        if (w.model()->placeOf(key).node != to)
            return -1;
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QVector<ClusterSnapshot> snaps = bench::twoStressSnapshots("bench_migmon");
    if (snaps.isEmpty())
        return 1;
    const int processes = snaps[1].processes.size();
    if (processes < 40000) {
        std::fprintf(stderr, "bench_migmon: expected about 50,000 processes, got %d\n", processes);
        return 1;
    }
    // The busiest user: the ~10,000 squares an admin would look at.
    QHash<QString, int> perUser;
    for (const ProcessInfo& p : snaps[1].processes)
        ++perUser[p.user];
    QString user;
    for (auto it = perUser.cbegin(); it != perUser.cend(); ++it)
        if (user.isEmpty() || std::abs(it.value() - 10000) < std::abs(perUser.value(user) - 10000))
            user = it.key();

    auto session = std::make_unique<ClusterSession>(std::make_unique<bench::CannedBackend>(snaps));
    session->setPaused(true);
    MonitorWindow window(std::move(session), QStringLiteral("stress-1000"));
    window.resize(1400, 1000);
    window.show();
    QSignalSpy first(&window, &MonitorWindow::snapshotApplied);
    first.wait(20000);
    MonitorScene* scene = window.scene();
    MonitorView* view = window.view();
    scene->setAnimated(false); // the apply figure without motion; motion is measured on its own
    MonitorModel::Filter f;
    f.user = user;
    scene->setFilter(f);
    view->fit();
    int k = 0;
    const double apply = bench::medianMs(2, 15, [&] { scene->applySnapshot(snaps[k++ % 2]); });
    bench::PerfControl perf; // OMV_PERF_CTL: profiles the apply and repaint only
    if (!perf.ok())
        return 1;
    perf.enable();
    const double applyPainted = bench::medianMs(2, 15, [&] {
        scene->applySnapshot(snaps[k++ % 2]);
        view->viewport()->repaint();
    });
    perf.disable();
    const int shown = scene->model().shownCount();

    // 500 of the shown squares moved to another node at once: a frame of the glide.
    scene->setAnimated(true);
    ClusterSnapshot moved = scene->model().snapshot();
    moved.timeMs += 3000;
    int n = 0;
    for (ProcessInfo& p : moved.processes) {
        if (p.user != user || n >= 500)
            continue;
        p.node = NodeId(1 + (p.node + 37) % 1000);
        ++n;
    }
    scene->applySnapshot(moved);
    const int motions = scene->motions();
    const double frame = bench::medianMs(2, 15, [&] { view->viewport()->repaint(); });
    QTest::qWait(600); // the glides end
    scene->setAnimated(false);

    // A drag over the full scene: press on a square, then mouse moves across the view, each with
    // the repaint it causes.
    QWidget* vp = view->viewport();
    qint64 any = -1;
    for (NodeId node : scene->nodes())
        if (!scene->model().keysOn(node).isEmpty()) {
            any = scene->model().keysOn(node).first();
            break;
        }
    const QPoint start = view->mapFromScene(scene->squareRect(any).center());
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, start);
    int step = 0;
    const double hover = bench::medianMs(3, 40, [&] {
        const QPoint at(40 + (step * 37) % (vp->width() - 80), 40 + (step * 23) % (vp->height() - 80));
        ++step;
        QMouseEvent move(QEvent::MouseMove, at, vp->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        vp->repaint();
    });
    scene->clearDrag();
    const double rss = bench::rssMiB();
    const double drop = dropToConfirmedMs();

    bench::figure("migmon_processes_in_snapshot", processes, "processes");
    bench::figure("migmon_squares_shown", shown, "squares");
    bench::figure("migmon_apply_snapshot_median", apply, "ms");
    bench::figure("migmon_apply_snapshot_and_repaint_median", applyPainted, "ms");
    bench::figure("migmon_motions_at_once", motions, "squares");
    bench::figure("migmon_frame_500_gliding_median", frame, "ms");
    bench::figure("migmon_drag_hover_median", hover, "ms");
    bench::figure("migmon_rss", rss, "MiB");
    bench::figure("migmon_demo_drop_to_confirmed_median", drop, "ms");
    return 0;
}
