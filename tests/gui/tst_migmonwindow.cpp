// openmosixmigmon, offscreen, against omsim through real sshd on 127.0.1.x: a square dragged with
// the mouse onto a node migrates its process there (omsim says so, the next sample shows it); a
// group dragged at once while one of it ended; drops the kernel refuses snap back with the reason;
// a double click sends home; the balancer's moves move the squares; groups survive a refresh and
// a restart; the keyboard path; a hostile command line stays text.
#include "gui/clustersession.h"
#include "monitorscene.h"
#include "monitorview.h"
#include "monitorwindow.h"
#include "support/snapshotwait.h"
#include "support/testcluster.h"

#include <QAbstractButton>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QToolTip>
#include <QtTest>

using namespace omv;
using omv::test::TestCluster;

namespace
{
QString writeScenario(const QTemporaryDir& dir)
{
    return omv::test::writeText(dir.path(), QStringLiteral("migmon.scenario"), R"(kernel openmosix
node 1 speed=10000 cpus=1 mem=4096
node 2 speed=10000 cpus=1 mem=4096
node 3 speed=20000 cpus=2 mem=8192
node 4 speed=10000 cpus=1 mem=2048
spawn 1 1 cmd="lame --preset extreme track.wav" user=alice cpu=0.2 mem=40
)");
}
} // namespace

class TestMigmonWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_om { omv::test::testPort(22360), writeScenario(m_files), { QStringLiteral("--manual") } };
    std::unique_ptr<MonitorWindow> m_window;

    MonitorScene* scene() const { return m_window->scene(); }
    bool nextSnapshot() { return omv::test::nextSnapshot(m_window.get(), &MonitorWindow::snapshotApplied); }
    bool spawn(int node, const QStringList& argv, bool locked = false, int demandMilli = 50)
    {
        QStringList f { QStringLiteral("spawn"), QString::number(node), QStringLiteral("1000"),
            QString::number(demandMilli), QStringLiteral("20"), locked ? QStringLiteral("1") : QStringLiteral("0"),
            QStringLiteral("0") };
        return m_om.ctl((f + argv).join(QChar(0)));
    }
    // The key of the one shown process with this command line; -1 when not exactly one.
    qint64 keyOf(const QStringList& argv) const
    {
        qint64 found = -1;
        for (const ProcessInfo& p : m_window->model()->snapshot().processes) {
            if (p.argv != argv)
                continue;
            if (found >= 0)
                return -1;
            found = MonitorModel::key(p.homeNode, p.pid);
        }
        return found;
    }
    NodeId nodeOf(qint64 key) const
    {
        const ProcessInfo* p = m_window->model()->process(key);
        return p ? p->node : 0;
    }
    QByteArray where(qint64 key) const
    {
        return m_om.readRoot(QStringLiteral("%1/%2/where").arg(MonitorModel::homeOf(key)).arg(MonitorModel::pidOf(key)))
            .trimmed();
    }
    // A mouse drag in the view from one scene point to another, as a hand would: press, moves
    // with the button held, release.
    void drag(const QPointF& fromScene, const QPointF& toScene, std::function<void()> midway = {})
    {
        MonitorView* v = m_window->view();
        QWidget* vp = v->viewport();
        const QPoint a = v->mapFromScene(fromScene), b = v->mapFromScene(toScene);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, a);
        for (int i = 1; i <= 6; ++i) {
            const QPoint at = a + (b - a) * i / 6;
            QMouseEvent move(QEvent::MouseMove, at, vp->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
            if (i == 4 && midway)
                midway();
        }
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, b);
    }
    QPointF squareCentre(qint64 key) const { return scene()->squareRect(key).center(); }
    // Waits for the outcomes of the commands just sent.
    bool commandsDone()
    {
        QSignalSpy done(m_window.get(), &MonitorWindow::commandsDone);
        return done.wait(20000);
    }
    bool resultsMention(const QString& text) const
    {
        for (const QString& line : m_window->results())
            if (line.contains(text))
                return true;
        return false;
    }
    void newWindow()
    {
        auto session
            = std::make_unique<ClusterSession>(omv::test::backendFor(m_om.writeProfile(QStringLiteral("openmosix"))));
        m_window = std::make_unique<MonitorWindow>(std::move(session), QStringLiteral("test cluster"));
        m_window->resize(1000, 800);
        m_window->show();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("migmon"));
        QString error;
        QVERIFY2(m_om.start(&error), qPrintable(error));
        newWindow();
        QVERIFY(nextSnapshot());
        QTRY_VERIFY_WITH_TIMEOUT(keyOf({ QStringLiteral("lame"), QStringLiteral("--preset"), QStringLiteral("extreme"),
                                     QStringLiteral("track.wav") })
                >= 0,
            15000);
        QCOMPARE(scene()->nodes().size(), 4);
        QCOMPARE(scene()->watchedNode(), NodeId(1)); // the gateway's node, in the centre
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_om.stop();
    }

    void dragOneSquareOntoANode()
    {
        const qint64 k = keyOf({ QStringLiteral("lame"), QStringLiteral("--preset"), QStringLiteral("extreme"),
            QStringLiteral("track.wav") });
        QVERIFY(k >= 0);
        QCOMPARE(nodeOf(k), NodeId(1));
        QCOMPARE(scene()->squareAt(squareCentre(k)), k);
        const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        QTest::qWait(MonitorScene::kGlideMs + 100); // faded in
        drag(squareCentre(k), scene()->nodeCentre(3), [&] {
            QVERIFY(scene()->dragging());
            if (!shots.isEmpty())
                m_window->grab().save(shots + QStringLiteral("/openmosixmigmon-drag.png"));
        });
        QVERIFY(!scene()->dragging());
        QVERIFY(scene()->model().isPending(k)); // dashed above node 3 until a sample shows it there
        QVERIFY(commandsDone());
        QCOMPARE(where(k), QByteArray("3"));
        QVERIFY(nextSnapshot());
        QVERIFY(!scene()->model().isPending(k));
        QCOMPARE(scene()->model().placeOf(k).node, NodeId(3));
        QVERIFY(resultsMention(QStringLiteral("now runs on node 3")));
        // The square is where its node's slot is.
        QCOMPARE(scene()->nodeAt(squareCentre(k)), NodeId(3));
    }

    void doubleClickSendsHome()
    {
        const qint64 k = keyOf({ QStringLiteral("lame"), QStringLiteral("--preset"), QStringLiteral("extreme"),
            QStringLiteral("track.wav") });
        QCOMPARE(nodeOf(k), NodeId(3));
        QTest::mouseDClick(m_window->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
            m_window->view()->mapFromScene(squareCentre(k)));
        QVERIFY(commandsDone());
        QCOMPARE(where(k), QByteArray("0")); // at home
        QVERIFY(nextSnapshot());
        QCOMPARE(scene()->model().placeOf(k).node, NodeId(1));
        // Away again, then dropped on the home zone: home.
        m_window->migrate({ k }, 2);
        QVERIFY(commandsDone());
        QVERIFY(nextSnapshot());
        QCOMPARE(nodeOf(k), NodeId(2));
        drag(squareCentre(k), scene()->homeZone().center());
        QVERIFY(commandsDone());
        QCOMPARE(where(k), QByteArray("0"));
        QVERIFY(nextSnapshot());
        QCOMPARE(scene()->model().placeOf(k).node, NodeId(1));
    }

    void aGroupDraggedWhileOneEnded()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(spawn(2, { QStringLiteral("group-job"), QString::number(i) }));
        QVERIFY(nextSnapshot());
        QVector<qint64> keys;
        for (int i = 1; i <= 3; ++i) {
            keys << keyOf({ QStringLiteral("group-job"), QString::number(i) });
            QVERIFY(keys.last() >= 0);
        }
        // Rubber band around node 2's squares would take the lame one too if it were there; the
        // three are selected with Ctrl+clicks, then put in group 5 with the key 5.
        QWidget* vp = m_window->view()->viewport();
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, m_window->view()->mapFromScene(squareCentre(keys[0])));
        for (int i = 1; i < 3; ++i)
            QTest::mouseClick(
                vp, Qt::LeftButton, Qt::ControlModifier, m_window->view()->mapFromScene(squareCentre(keys[i])));
        QCOMPARE(scene()->selection().size(), 3);
        m_window->view()->setFocus();
        QTest::keyClick(m_window->view(), Qt::Key_5);
        QCOMPARE(scene()->model().members(5).size(), 3);
        scene()->setSelection({});
        // One ends before the drag, unseen by the window.
        QVERIFY(m_om.ctl(QStringLiteral("kill\0002\000%1\000KILL").arg(MonitorModel::pidOf(keys[1]))));
        m_window->selectGroup(5);
        QCOMPARE(scene()->selection().size(), 3);
        const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(MonitorScene::kGlideMs + 100);
            m_window->grab().save(shots + QStringLiteral("/openmosixmigmon-groups.png"));
        }
        drag(squareCentre(keys[0]), scene()->nodeCentre(3));
        QVERIFY(commandsDone());
        QVERIFY2(resultsMention(QStringLiteral("FAILED")), qPrintable(m_window->results().join(QLatin1Char('\n'))));
        QCOMPARE(where(keys[0]), QByteArray("3"));
        QCOMPARE(where(keys[2]), QByteArray("3"));
        QVERIFY(!scene()->model().isPending(keys[1])); // reported, back where it was
        QVERIFY(!scene()->failure(keys[1]).isEmpty());
        QVERIFY(nextSnapshot());
        QCOMPARE(scene()->model().placeOf(keys[0]).node, NodeId(3));
        QCOMPARE(scene()->model().placeOf(keys[2]).node, NodeId(3));
        QVERIFY(!scene()->model().isShown(keys[1]));
        // The group keeps the two that run, across a refresh…
        QCOMPARE(scene()->model().members(5), (QSet<qint64> { keys[0], keys[2] }));
        QVERIFY(nextSnapshot());
        QCOMPARE(scene()->model().members(5), (QSet<qint64> { keys[0], keys[2] }));
        // …and a restart of the program.
        newWindow();
        QVERIFY(nextSnapshot());
        QCOMPARE(scene()->model().members(5), (QSet<qint64> { keys[0], keys[2] }));
    }

    void refusedDropsSnapBackWithTheReason()
    {
        QVERIFY(spawn(1, { QStringLiteral("pinned") }, true));
        QVERIFY(spawn(1, { QStringLiteral("free-one") }));
        QVERIFY(m_om.ctl(QStringLiteral("node 4 stop")));
        QVERIFY(nextSnapshot());
        const qint64 pinned = keyOf({ QStringLiteral("pinned") });
        const qint64 free = keyOf({ QStringLiteral("free-one") });
        QVERIFY(pinned >= 0 && free >= 0);
        QVERIFY(m_window->model()->process(pinned)->locked);
        // Onto the node that is down.
        drag(squareCentre(free), scene()->nodeCentre(4));
        QVERIFY(commandsDone());
        QVERIFY(!scene()->model().isPending(free));
        QVERIFY2(scene()->failure(free).contains(QLatin1String("down")), qPrintable(scene()->failure(free)));
        QCOMPARE(scene()->model().placeOf(free).node, NodeId(1));
        // A locked process.
        drag(squareCentre(pinned), scene()->nodeCentre(2));
        QVERIFY(commandsDone());
        QVERIFY(!scene()->model().isPending(pinned));
        QVERIFY2(scene()->failure(pinned).contains(QLatin1String("locked")), qPrintable(scene()->failure(pinned)));
        QVERIFY(resultsMention(QStringLiteral("locked")));
        QVERIFY(nextSnapshot());
        QCOMPARE(scene()->model().placeOf(pinned).node, NodeId(1));
        QVERIFY(m_om.ctl(QStringLiteral("node 4 start")));
    }

    void theBalancersMovesMoveTheSquares()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(spawn(1, { QStringLiteral("busy"), QString::number(i) }, false, 1000));
        QVERIFY(nextSnapshot());
        QVERIFY(m_om.ctl(QStringLiteral("step 30")));
        QSignalSpy applied(scene(), &MonitorScene::applied);
        QVERIFY(nextSnapshot());
        int away = 0;
        for (int i = 0; i < 4; ++i) {
            const qint64 k = keyOf({ QStringLiteral("busy"), QString::number(i) });
            QVERIFY(k >= 0);
            QCOMPARE(scene()->model().placeOf(k).node, nodeOf(k));
            away += nodeOf(k) != 1;
        }
        QVERIFY(away >= 1);
        QVERIFY(scene()->motions() >= 1); // gliding to their new nodes
        const QString shots = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(150); // mid-glide
            m_window->grab().save(shots + QStringLiteral("/openmosixmigmon.png"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(scene()->motions(), 0, 2000);
    }

    void keyboardPath()
    {
        MonitorView* v = m_window->view();
        v->setFocus();
        scene()->setSelection({});
        scene()->setCurrent(-1);
        QTest::keyClick(v, Qt::Key_Right);
        const qint64 first = scene()->current();
        QVERIFY(first >= 0);
        QCOMPARE(scene()->selection(), QSet<qint64> { first });
        QTest::keyClick(v, Qt::Key_Down);
        QVERIFY(scene()->current() >= 0);
        QTest::keyClick(v, Qt::Key_7);
        QCOMPARE(scene()->model().groupOf(scene()->current()), 7);
        // H sends a migrated one home.
        qint64 migrated = -1;
        for (const ProcessInfo& p : m_window->model()->snapshot().processes)
            if (p.isMigrated() && !p.locked)
                migrated = MonitorModel::key(p.homeNode, p.pid);
        QVERIFY(migrated >= 0);
        scene()->setSelection({ migrated });
        scene()->setCurrent(migrated);
        QTest::keyClick(v, Qt::Key_H);
        QVERIFY(commandsDone());
        QCOMPARE(where(migrated), QByteArray("0"));
        // Enter opens the menu of the current square: its actions, and every node to migrate to.
        QStringList menuTexts;
        QTimer::singleShot(300, [&menuTexts] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (QAction* a : menu->actions())
                    menuTexts << a->text();
                menu->close();
            }
        });
        QTest::keyClick(v, Qt::Key_Return);
        QVERIFY2(menuTexts.contains(QStringLiteral("&Migrate to")) && menuTexts.contains(QStringLiteral("Send &home")),
            qPrintable(menuTexts.join(QLatin1Char('|'))));
        // Delete asks, then kills.
        QVERIFY(spawn(2, { QStringLiteral("doomed") }));
        QVERIFY(nextSnapshot());
        const qint64 doomed = keyOf({ QStringLiteral("doomed") });
        scene()->setSelection({ doomed });
        QString asked; // the suite's one kill question (the migrator asks the same)
        QTimer::singleShot(200, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        QTest::keyClick(v, Qt::Key_Delete);
        QVERIFY(commandsDone());
        QVERIFY2(
            asked.contains(QLatin1String("SIGKILL")) && asked.contains(QLatin1String("doomed")), qPrintable(asked));
        QVERIFY(nextSnapshot());
        QCOMPARE(keyOf({ QStringLiteral("doomed") }), qint64(-1));
    }

    void theRightButtonPicksSquaresAndHoldsForTheMenu()
    {
        // As the original: a right click puts a square into the selection, another right click
        // takes it out; held still on a square, the right button opens the menu for the selection
        // (emitted, not shown: a shown menu would wait for a click); on empty space at once.
        QVERIFY(spawn(3, { QStringLiteral("pick"), QStringLiteral("a") }));
        QVERIFY(spawn(3, { QStringLiteral("pick"), QStringLiteral("b") }));
        QVERIFY(nextSnapshot());
        const QList<qint64> keys { keyOf({ QStringLiteral("pick"), QStringLiteral("a") }),
            keyOf({ QStringLiteral("pick"), QStringLiteral("b") }) };
        QVERIFY(keys[0] >= 0 && keys[1] >= 0);
        scene()->setSelection({});
        MonitorView* v = m_window->view();
        QWidget* vp = v->viewport();
        QSignalSpy menu(v, &MonitorView::menuAsked);
        // The window shows the menu it is asked for: closed again at once, whatever opens.
        QTimer closer;
        connect(&closer, &QTimer::timeout, [] {
            if (QWidget* popup = QApplication::activePopupWidget())
                popup->close();
        });
        closer.start(30);
        auto rightClick = [&](qint64 key) {
            const QPoint at = v->mapFromScene(squareCentre(key));
            QTest::mousePress(vp, Qt::RightButton, Qt::NoModifier, at);
            QContextMenuEvent cm(QContextMenuEvent::Mouse, at, vp->mapToGlobal(at)); // what X11 sends on a press
            QApplication::sendEvent(vp, &cm);
            QTest::mouseRelease(vp, Qt::RightButton, Qt::NoModifier, at);
        };
        rightClick(keys[0]);
        QCOMPARE(scene()->selection(), QSet<qint64> { keys[0] });
        rightClick(keys[1]);
        QCOMPARE(scene()->selection(), (QSet<qint64> { keys[0], keys[1] }));
        rightClick(keys[0]);
        QCOMPARE(scene()->selection(), QSet<qint64> { keys[1] });
        QCOMPARE(menu.count(), 0);
        // Held: the menu, and the release picks nothing.
        const QPoint at = v->mapFromScene(squareCentre(keys[1]));
        QTest::mousePress(vp, Qt::RightButton, Qt::NoModifier, at);
        QTRY_COMPARE_WITH_TIMEOUT(menu.count(), 1, MonitorView::kHoldMs * 4);
        QCOMPARE(menu.first().first().toLongLong(), keys[1]);
        QTest::mouseRelease(vp, Qt::RightButton, Qt::NoModifier, at);
        QCOMPARE(scene()->selection(), QSet<qint64> { keys[1] });
        // Empty space: the menu at once.
        const QPoint empty = v->mapFromScene(scene()->sceneRect().topLeft() + QPointF(2, 2));
        QContextMenuEvent cm(QContextMenuEvent::Mouse, empty, vp->mapToGlobal(empty));
        QApplication::sendEvent(vp, &cm);
        QCOMPARE(menu.count(), 2);
        QCOMPARE(menu.last().first().toLongLong(), qint64(-1));
        scene()->setSelection({});
    }

    void aHostileCommandLineIsText()
    {
        QVERIFY(spawn(2, { QStringLiteral("<b>bold</b><img src=x>"), QStringLiteral("\x1b[31mred\nline") }));
        QVERIFY(nextSnapshot());
        const qint64 k = keyOf({ QStringLiteral("<b>bold</b><img src=x>"), QStringLiteral("\x1b[31mred\nline") });
        QVERIFY(k >= 0);
        QWidget* vp = m_window->view()->viewport();
        const QPoint at = m_window->view()->mapFromScene(squareCentre(k));
        QHelpEvent help(QEvent::ToolTip, at, vp->mapToGlobal(at));
        QApplication::sendEvent(vp, &help);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QLatin1String("&lt;b&gt;bold&lt;/b&gt;")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("<img")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("\\u001b")) && tip.contains(QLatin1String("\\n")), qPrintable(tip));
    }
};

QTEST_MAIN(TestMigmonWindow)
#include "tst_migmonwindow.moc"
