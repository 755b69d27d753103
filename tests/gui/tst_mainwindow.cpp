// openmosixview's main window, offscreen, against omsim through real sshd on 127.0.1.x.
#include "core/backend/backendfactory.h"
#include "core/demo/democluster.h"
#include "core/profile/clusterprofile.h"
#include "core/util/workerthreads.h"
#include "gui/clustersdialog.h"
#include "gui/clustersession.h"
#include "gui/collectorcontrol.h"
#include "gui/nodedelegates.h"
#include "gui/nodetablemodel.h"
#include "gui/prompts.h"
#include "gui/translations.h"
#include "mainwindow.h"
#include "nodedialog.h"
#include "runprogramdialog.h"
#include "support/snapshotwait.h"
#include "support/testcluster.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QtTest>

#include <csignal>

using namespace omv;
using omv::test::TestCluster;

namespace
{
QString writeScenario(const QTemporaryDir& dir)
{
    return omv::test::writeText(dir.path(), QStringLiteral("gui.scenario"), R"(kernel openmosix
node 1 speed=10000 cpus=1 mem=4096
node 2 speed=10000 cpus=2 mem=4096
node 3 speed=20000 cpus=2 mem=8192
spawn 1 1 cmd="lame --preset extreme track.wav" user=alice cpu=1 mem=40
spawn 2 1 cmd="make -j4" user=bob cpu=1 mem=100
)");
}

NodeSample sample(NodeId id, const QString& address, bool up = true)
{
    NodeSample s;
    s.id = id;
    s.addresses = QStringList { address };
    s.up = up;
    if (up) {
        s.loadPercent = 10 * id;
        s.speed = 10000;
        s.cpus = 2;
        s.memTotal = qint64(4) << 30;
        s.memFree = qint64(1) << 30;
    }
    return s;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_files;
    TestCluster m_om { omv::test::testPort(22330), writeScenario(m_files), { QStringLiteral("--manual") } };
    std::unique_ptr<MainWindow> m_window;

    QByteArray admin(int node, const char* file) const
    {
        return m_om.readRoot(QStringLiteral("%1/hpc/admin/%2").arg(node).arg(QLatin1String(file))).trimmed();
    }
    bool nextSnapshot() { return omv::test::nextSnapshot(m_window.get(), &MainWindow::snapshotApplied); }
    QModelIndex cell(NodeId node, int column) const
    {
        return m_window->model()->index(m_window->model()->rowOf(node), column);
    }
    // The processes of the window's latest snapshot whose command line is `argv`.
    QVector<ProcessInfo> processesRunning(const QStringList& argv) const
    {
        QVector<ProcessInfo> found;
        for (const ProcessInfo& p : m_window->model()->snapshot().processes) {
            if (p.argv == argv)
                found << p;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        QString error;
        QVERIFY2(m_om.start(&error), qPrintable(error));
        auto session
            = std::make_unique<ClusterSession>(omv::test::backendFor(m_om.writeProfile(QStringLiteral("openmosix"))));
        QSignalSpy first(session.get(), &ClusterSession::snapshotReady);
        m_window = std::make_unique<MainWindow>(std::move(session), QStringLiteral("test cluster"));
        m_window->show();
        QVERIFY(first.wait(15000));
        QTRY_COMPARE(m_window->model()->rowCount(), 4);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_om.stop();
    }

    void oneRowPerNodeAndTheCluster()
    {
        NodeTableModel* m = m_window->model();
        QCOMPARE(m->index(0, NodeTableModel::AddressColumn).data().toString(), QStringLiteral("Cluster (3 up)"));
        QCOMPARE(m->index(0, NodeTableModel::CpusColumn).data().toInt(), 5);
        for (NodeId n : { 1, 2, 3 }) {
            QVERIFY(m->rowOf(n) >= 1);
            QCOMPARE(cell(n, NodeTableModel::AddressColumn).data().toString(), m_om.address(n));
            QVERIFY(cell(n, 0).data(NodeTableModel::UpRole).toBool());
        }
        QCOMPARE(cell(3, NodeTableModel::SpeedColumn).data().toString(), QStringLiteral("20000"));
        // Sorting by load descending keeps the cluster row on top.
        m_window->table()->sortByColumn(NodeTableModel::LoadColumn, Qt::DescendingOrder);
        QCOMPARE(
            m_window->table()->model()->index(0, NodeTableModel::IdColumn).data().toString(), QStringLiteral("all"));
        m_window->table()->sortByColumn(NodeTableModel::LoadColumn, Qt::AscendingOrder);
        QCOMPARE(
            m_window->table()->model()->index(0, NodeTableModel::IdColumn).data().toString(), QStringLiteral("all"));
        m_window->table()->sortByColumn(NodeTableModel::IdColumn, Qt::AscendingOrder);
        const QString csv = m_window->tableCsv();
        QVERIFY(csv.startsWith(QLatin1String("ID,Node,Speed")));
        QCOMPARE(csv.count(QLatin1Char('\n')), 5);
    }

    void sliderReleaseSetsTheSpeed()
    {
        QTableView* view = m_window->table();
        const QModelIndex source = cell(2, NodeTableModel::SpeedColumn);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        const QModelIndex index = proxy->mapFromSource(source);
        view->setCurrentIndex(index);
        view->edit(index);
        auto* slider = view->viewport()->findChild<QSlider*>(QStringLiteral("speedSlider"));
        QVERIFY(slider);
        QCOMPARE(slider->value(), 10000);
        slider->setSliderDown(true); // a drag: nothing is sent while it lasts
        slider->setValue(13000);
        QTest::qWait(300);
        QCOMPARE(admin(2, "speed"), QByteArray("10000"));
        slider->setSliderDown(false); // let go
        QTRY_COMPARE_WITH_TIMEOUT(admin(2, "speed"), QByteArray("13000"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(source.data().toString(), QStringLiteral("13000"), 10000); // confirmed, not pending
        QVERIFY(!source.data(NodeTableModel::PendingRole).toBool());
    }

    void speedSliderDragsOnOnePress()
    {
        // One press on the painted handle starts the drag — no row selected first, no editor that
        // opens 25 px away so that a press on the visible handle lands on the groove (10000 went
        // to 6644) — and the value under the pointer is the one sent: the same value a real
        // QSlider of the same size gives for the same drag.
        QTableView* view = m_window->table();
        view->clearSelection();
        view->setCurrentIndex(QModelIndex());
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        const QModelIndex index = proxy->mapFromSource(cell(1, NodeTableModel::SpeedColumn));
        auto* delegate = qobject_cast<SpeedDelegate*>(view->itemDelegateForColumn(NodeTableModel::SpeedColumn));
        QVERIFY(delegate);
        QStyleOptionViewItem opt;
        opt.initFrom(view->viewport());
        opt.widget = view;
        opt.rect = view->visualRect(index);
        opt.font = view->font();
        opt.fontMetrics = view->fontMetrics();
        const QRect handle = delegate->handleRect(opt, index);
        const QRect slider = delegate->sliderRect(opt, index);
        QVERIFY(!handle.isEmpty() && opt.rect.contains(handle));
        const QByteArray before = admin(1, "speed");
        QCOMPARE(before, QByteArray("10000"));
        auto mouse = [&](QEvent::Type type, const QPoint& at) {
            QMouseEvent e(type, at, view->viewport()->mapToGlobal(at), Qt::LeftButton,
                type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &e);
        };
        // Pressed and let go on the handle: nothing moves, nothing is sent.
        mouse(QEvent::MouseButtonPress, handle.center());
        QCOMPARE(delegate->draggedValue(), 10000);
        QVERIFY(!view->selectionModel()->hasSelection()); // the press went to the slider, not the row
        mouse(QEvent::MouseButtonRelease, handle.center());
        QCOMPARE(delegate->draggedValue(), -1);
        QVERIFY(!cell(1, NodeTableModel::SpeedColumn).data(NodeTableModel::PendingRole).toBool());
        // The reference: a QSlider of the slider's size, dragged by the same pixels.
        const qint64 max = cell(1, NodeTableModel::SpeedColumn).data(NodeTableModel::SpeedMaxRole).toLongLong();
        QSlider reference(Qt::Horizontal);
        reference.setStyle(view->style());
        reference.setRange(0, int(max));
        reference.setValue(10000);
        reference.resize(slider.size());
        const QPoint grab = handle.center() - slider.topLeft();
        QTest::mousePress(&reference, Qt::LeftButton, {}, grab);
        QMouseEvent move(QEvent::MouseMove, grab + QPoint(23, 0), reference.mapToGlobal(grab + QPoint(23, 0)),
            Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&reference, &move);
        QTest::mouseRelease(&reference, Qt::LeftButton, {}, grab + QPoint(23, 0));
        const int expected = reference.value();
        QVERIFY(expected > 10000);
        mouse(QEvent::MouseButtonPress, handle.center());
        mouse(QEvent::MouseMove, handle.center() + QPoint(11, 3));
        mouse(QEvent::MouseMove, handle.center() + QPoint(23, 0));
        QCOMPARE(delegate->draggedValue(), expected);
        QTest::qWait(200);
        QCOMPARE(admin(1, "speed"), before); // nothing while dragging
        mouse(QEvent::MouseButtonRelease, handle.center() + QPoint(23, 0));
        QTRY_COMPARE_WITH_TIMEOUT(admin(1, "speed"), QByteArray::number(expected), 10000);
        // Past the groove's end: the largest speed; Escape drops a drag.
        QTRY_VERIFY_WITH_TIMEOUT(
            !cell(1, NodeTableModel::SpeedColumn).data(NodeTableModel::PendingRole).toBool(), 10000);
        const QRect moved = delegate->handleRect(opt, index);
        mouse(QEvent::MouseButtonPress, moved.center());
        mouse(QEvent::MouseMove, QPoint(opt.rect.right() + 200, moved.center().y()));
        QCOMPARE(delegate->draggedValue(), int(max));
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(delegate->draggedValue(), -1);
        mouse(QEvent::MouseButtonRelease, QPoint(opt.rect.right() + 200, moved.center().y()));
        QTest::qWait(200);
        QCOMPARE(admin(1, "speed"), QByteArray::number(expected));
        // A selected row still shows its handle: the handle's pixels are not the selection's colour.
        view->selectRow(index.row());
        QImage shot = view->viewport()->grab(opt.rect).toImage();
        const QColor highlight = view->palette().color(QPalette::Highlight);
        const QRect h = moved.translated(-opt.rect.topLeft());
        int differ = 0;
        for (int y = h.top() + 2; y < h.bottom() - 1; ++y)
            for (int x = h.left() + 2; x < h.right() - 1; ++x)
                differ += contrastRatio(QColor(shot.pixel(x * shot.width() / opt.rect.width(),
                                            y * shot.height() / opt.rect.height())),
                              highlight)
                    > 2.0;
        QVERIFY2(differ > (h.width() - 4) * (h.height() - 4) / 2, qPrintable(QString::number(differ)));
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            view->grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-speed-selected.png"));
        // Back to where it was, for the tests after this one.
        QVERIFY(m_window->model()->setData(cell(1, NodeTableModel::SpeedColumn), 10000, Qt::EditRole));
        QTRY_COMPARE_WITH_TIMEOUT(admin(1, "speed"), QByteArray("10000"), 10000);
        view->clearSelection();
    }

    void speedSliderByKeyboardAlone()
    {
        // Without a mouse: to the node's speed cell with the arrows, F2 opens the slider, the
        // arrows move it, Enter sends it.
        QTableView* view = m_window->table();
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        view->setFocus();
        view->setCurrentIndex(proxy->mapFromSource(cell(3, NodeTableModel::IdColumn)));
        QTest::keyClick(view, Qt::Key_Right); // the address button
        QTest::keyClick(view, Qt::Key_Right); // the speed
        QCOMPARE(proxy->mapToSource(view->currentIndex()), cell(3, NodeTableModel::SpeedColumn));
        const QByteArray before = admin(3, "speed");
        QTest::keyClick(view, Qt::Key_F2);
        auto* slider = view->viewport()->findChild<QSlider*>(QStringLiteral("speedSlider"));
        QVERIFY(slider);
        QTRY_VERIFY(slider->hasFocus());
        const int from = slider->value();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(slider->value(), from + 300);
        QTest::keyClick(slider, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(admin(3, "speed"), QByteArray::number(from + 300), 10000);
        QVERIFY(before != admin(3, "speed"));
    }

    void nodeDialogShowsAndSwitchesFlags()
    {
        QVERIFY(m_om.ctl(QStringLiteral("step 1")));
        NodeDialog* d = m_window->openNodeDialog(1);
        QCheckBox* block = d->box(Command::Kind::Block);
        QCheckBox* quiet = d->box(Command::Kind::Quiet);
        QCheckBox* automatic = d->box(Command::Kind::AutoMigration);
        QVERIFY(block && quiet && automatic);
        QVERIFY(!block->isChecked());
        QVERIFY(automatic->isChecked()); // stay is off
        block->setChecked(true);
        quiet->setChecked(true);
        QCOMPARE(d->pendingCommands().size(), 2);
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            d->grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-node-dialog.png"));
        QSignalSpy applied(d, &NodeDialog::applied);
        d->applyButton()->click();
        QVERIFY(applied.wait(10000));
        QVERIFY2(!d->results().contains(QLatin1String("FAILED")), qPrintable(d->results()));
        QCOMPARE(admin(1, "block"), QByteArray("1"));
        QCOMPARE(admin(1, "quiet"), QByteArray("1"));
        d->close();
        QVERIFY(nextSnapshot());
        NodeDialog* again = m_window->openNodeDialog(1); // opens with what the node has now
        QVERIFY(again->box(Command::Kind::Block)->isChecked());
        QVERIFY(again->box(Command::Kind::Quiet)->isChecked());
        again->close();
    }

    void helpManualShowsTheManPage()
    {
        // F1: the program's man page in a window (here the source tree's: nothing is installed).
        QMenu* help = nullptr;
        for (QAction* a : m_window->menuBar()->actions())
            if (a->text() == QLatin1String("&Help"))
                help = a->menu();
        QVERIFY(help);
        QCOMPARE(m_window->menuBar()->actions().last()->menu(), help); // the last menu
        QAction* manual = nullptr;
        for (QAction* a : help->actions())
            if (a->objectName() == QLatin1String("helpManual"))
                manual = a;
        QVERIFY(manual);
        QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
        manual->trigger();
        QDialog* d = nullptr;
        QTRY_VERIFY((d = m_window->findChild<QDialog*>(QStringLiteral("manual"))) != nullptr);
        const QString text = d->findChild<QPlainTextEdit*>(QStringLiteral("manualText"))->toPlainText();
        QVERIFY2(text.contains(QLatin1String("openmosixview - watch and steer"))
                && text.contains(QLatin1String("--demo-kernel")),
            qPrintable(text.left(400)));
        QVERIFY(!text.contains(QLatin1Char('\b')));
        d->close();
        // Help ▸ Keyboard: every shortcut of the menus, and the tables' keys.
        QAction* keyboard = nullptr;
        for (QAction* a : help->actions())
            if (a->objectName() == QLatin1String("helpKeyboard"))
                keyboard = a;
        QVERIFY(keyboard);
        keyboard->trigger();
        QTRY_VERIFY((d = m_window->findChild<QDialog*>(QStringLiteral("keyboard"))) != nullptr);
        const QString keys = d->findChild<QPlainTextEdit*>(QStringLiteral("keyboardText"))->toPlainText();
        QVERIFY2(keys.contains(QStringLiteral("F1\tHelp ▸ Manual")), qPrintable(keys));
        QStringList menuShortcuts;
        for (QAction* top : m_window->menuBar()->actions())
            for (QAction* a : top->menu()->actions())
                if (!a->shortcut().isEmpty())
                    menuShortcuts << a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY(menuShortcuts.size() >= 3);
        for (const QString& k : menuShortcuts)
            QVERIFY2(keys.contains(k + QLatin1Char('\t')), qPrintable(k));
        QVERIFY(keys.contains(QLatin1String("F2\tedit the cell")));
        d->close();
    }

    void aNodeThatJoinsTheDemoHasItsAddressAndSpeed()
    {
        // A node added to the running demo (omsim's "node 9 add"): it is shown with the address
        // omsim's map gives it and its speed — not an empty address and a red "failed" (the map
        // was read once, at the start).
        DemoCluster demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        auto session = std::make_unique<ClusterSession>(demo.backend(10000));
        QSignalSpy snapshots(session.get(), &ClusterSession::snapshotReady);
        MainWindow w(std::move(session), QStringLiteral("demo"));
        w.show();
        QVERIFY(snapshots.wait(15000));
        QFile ctl(demo.root() + QStringLiteral("/ctl"));
        QVERIFY(ctl.open(QIODevice::WriteOnly));
        QVERIFY(ctl.write("node 9 add 12000 2 2048\n") > 0);
        ctl.close();
        // The address omsim's own map names for it.
        QFile map(demo.root() + QStringLiteral("/map"));
        QVERIFY(map.open(QIODevice::ReadOnly));
        QString address;
        for (const QByteArray& line : map.readAll().split('\n'))
            if (line.simplified().startsWith("9 "))
                address = QString::fromLatin1(line.simplified().split(' ').value(1));
        QVERIFY(!address.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->rowOf(9) > 0
                && w.model()->index(w.model()->rowOf(9), NodeTableModel::SpeedColumn).data().toString()
                    == QLatin1String("12000"),
            20000);
        const int row = w.model()->rowOf(9);
        QCOMPARE(w.model()->index(row, NodeTableModel::AddressColumn).data().toString(), address);
        QVERIFY2(
            w.model()->index(row, NodeTableModel::SpeedColumn).data(NodeTableModel::ErrorRole).toString().isEmpty(),
            qPrintable(w.model()->index(row, NodeTableModel::SpeedColumn).data(NodeTableModel::ErrorRole).toString()));
        QVERIFY(w.model()->snapshot().nodeErrors.isEmpty());
    }

    void menusFollowTheLocale()
    {
        // The language of the locale: Polish and German built in, English without a catalogue.
        DemoCluster demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        const auto menus = [&](const QLocale& locale) {
            const bool found = installTranslations(qApp, locale);
            MainWindow w(std::make_unique<ClusterSession>(demo.backend(10000)), QStringLiteral("demo"));
            QStringList titles;
            for (QAction* a : w.menuBar()->actions())
                titles << a->text();
            return qMakePair(found, titles);
        };
        const auto pl = menus(QLocale(QLocale::Polish, QLocale::Poland));
        const auto de = menus(QLocale(QLocale::German, QLocale::Germany));
        const auto en = menus(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(pl.first && de.first && en.first);
        QCOMPARE(pl.second,
            QStringList({ QStringLiteral("&Klaster"), QStringLiteral("&Programy"), QStringLiteral("Pomo&c") }));
        QCOMPARE(de.second,
            QStringList({ QStringLiteral("&Cluster"), QStringLiteral("&Programme"), QStringLiteral("&Hilfe") }));
        QCOMPARE(en.second,
            QStringList({ QStringLiteral("&Cluster"), QStringLiteral("&Programs"), QStringLiteral("&Help") }));
        // Qt's own buttons too (qttranslations5-l10n).
        installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("omv::MainWindow", "&Cluster"), QStringLiteral("&Cluster"));
    }

    void plainLinuxNodeDialogSaysWhetherCriuWorks()
    {
        // The plain Linux demo: no switches, and whether checkpoint/restart works on the node,
        // asked of its criu once (omsim's stand-in: CRIU 4.1.1 on omsim's kernel 6.1).
        DemoCluster demo(QStringLiteral("demo"), QStringLiteral("linux"));
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        auto session = std::make_unique<ClusterSession>(demo.backend(10000));
        ClusterSession* s = session.get();
        QSignalSpy snapshots(s, &ClusterSession::snapshotReady);
        MainWindow w(std::move(session), QStringLiteral("plain demo"));
        w.show();
        QVERIFY(snapshots.wait(15000));
        NodeDialog* d = w.openNodeDialog(2);
        QVERIFY(!d->box(Command::Kind::Block)->isEnabled());
        auto* migration = d->findChild<QLabel*>(QStringLiteral("migration"));
        QVERIFY(migration);
        QTRY_VERIFY2_WITH_TIMEOUT(
            migration->text().contains(QLatin1String("migration available")), qPrintable(migration->text()), 10000);
        QVERIFY(migration->text().contains(QLatin1String("CRIU 4.1.1")));
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            d->grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-linux-node-dialog.png"));
        d->close();
        // A move through the window's session: relayed between the emulated nodes' shells, and
        // the next sample shows the process on node 3, still named by its home.
        const ClusterSnapshot before = snapshots.last().first().value<ClusterSnapshot>();
        QVERIFY(!before.processes.isEmpty());
        const ProcessInfo p = before.processes.first();
        const NodeId target = p.node == 3 ? 2 : 3;
        CommandRun* run = s->send({ Command::migrate(p.homeNode, p.pid, target) });
        QSignalSpy done(run, &CommandRun::finished);
        QVERIFY(done.wait(20000));
        const CommandOutcome o = done.first().first().value<QVector<CommandOutcome>>().first();
        QVERIFY2(o.ok(), qPrintable(o.error));
        snapshots.clear();
        s->refreshNow();
        QVERIFY(snapshots.wait(15000));
        bool moved = false;
        for (const ProcessInfo& q : snapshots.last().first().value<ClusterSnapshot>().processes)
            moved = moved || (q.homeNode == p.homeNode && q.pid == p.pid && q.node == target && q.migrations == 1);
        QVERIFY(moved);
    }

    void allNodesShowEachSwitchAndSwitchItOff()
    {
        // Node 1 alone is quiet (nodeDialogShowsAndSwitchesFlags): for every node the box says
        // "mixed" and changes nothing as long as it does; automatic migration, on everywhere, can
        // be switched off everywhere and on again (the dialog used to open with every box unticked,
        // so a switch could only be sent on).
        QVERIFY(nextSnapshot());
        QCOMPARE(admin(1, "quiet"), QByteArray("1"));
        QCOMPARE(admin(2, "quiet"), QByteArray("0"));
        NodeDialog* d = m_window->openNodeDialog(0);
        QCheckBox* quiet = d->box(Command::Kind::Quiet);
        QCheckBox* automatic = d->box(Command::Kind::AutoMigration);
        QCOMPARE(quiet->checkState(), Qt::PartiallyChecked);
        QVERIFY(quiet->isTristate());
        QVERIFY2(quiet->toolTip().contains(QLatin1String("on at 1, off at 2, 3")), qPrintable(quiet->toolTip()));
        QCOMPARE(automatic->checkState(), Qt::Checked);
        QCOMPARE(d->box(Command::Kind::StartNode)->checkState(), Qt::Checked);
        QVERIFY(d->pendingCommands().isEmpty());
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            d->grab().save(
                qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-all-nodes-dialog.png"));
        quiet->setCheckState(Qt::Checked); // quiet everywhere: sent to the two that are not
        automatic->setCheckState(Qt::Unchecked); // automatic migration off everywhere
        QVector<Command> pending = d->pendingCommands();
        QCOMPARE(pending.size(), 5);
        QSignalSpy applied(d, &NodeDialog::applied);
        d->applyButton()->click();
        QVERIFY(applied.wait(20000));
        QVERIFY2(!d->results().contains(QLatin1String("FAILED")), qPrintable(d->results()));
        for (int n : { 1, 2, 3 }) {
            QCOMPARE(admin(n, "quiet"), QByteArray("1"));
            QCOMPARE(admin(n, "stay"), QByteArray("1"));
        }
        // The dialog starts again from what the nodes have now: nothing pending.
        QCOMPARE(quiet->checkState(), Qt::Checked);
        QVERIFY(!quiet->isTristate());
        QVERIFY(d->pendingCommands().isEmpty());
        d->close();
        QVERIFY(nextSnapshot());
        // A new dialog reads the same from the nodes, and both switch off (and on) everywhere.
        d = m_window->openNodeDialog(0);
        quiet = d->box(Command::Kind::Quiet);
        automatic = d->box(Command::Kind::AutoMigration);
        QCOMPARE(quiet->checkState(), Qt::Checked);
        QCOMPARE(automatic->checkState(), Qt::Unchecked);
        quiet->setChecked(false);
        automatic->setChecked(true);
        QCOMPARE(d->pendingCommands().size(), 6);
        QSignalSpy again(d, &NodeDialog::applied);
        d->applyButton()->click();
        QVERIFY(again.wait(20000));
        for (int n : { 1, 2, 3 }) {
            QCOMPARE(admin(n, "quiet"), QByteArray("0"));
            QCOMPARE(admin(n, "stay"), QByteArray("0"));
        }
        // Ticked and unticked again: nothing to send.
        quiet->setChecked(true);
        quiet->setChecked(false);
        QVERIFY(d->pendingCommands().isEmpty());
        d->close();
    }

    void allNodesApplyReportsPerNode()
    {
        QVERIFY(m_om.stopNode(3)); // its sshd: the command to node 3 fails, the others apply
        NodeDialog* d = m_window->openNodeDialog(0);
        QCheckBox* lstay = d->box(Command::Kind::LocalStay);
        QVERIFY(!lstay->isChecked());
        lstay->setChecked(true);
        QCOMPARE(d->pendingCommands().size(), 3);
        QSignalSpy applied(d, &NodeDialog::applied);
        d->applyButton()->click();
        QVERIFY(applied.wait(20000));
        const QVector<CommandOutcome> outcomes = applied.first().first().value<QVector<CommandOutcome>>();
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes[0].ok());
        QVERIFY(outcomes[1].ok());
        QVERIFY(!outcomes[2].ok());
        QVERIFY(d->results().contains(QLatin1String("node 3")));
        QVERIFY(d->results().contains(QLatin1String("FAILED")));
        QCOMPARE(admin(1, "lstay"), QByteArray("1"));
        QCOMPARE(admin(2, "lstay"), QByteArray("1"));
        QCOMPARE(admin(3, "lstay"), QByteArray("0"));
        d->close();
        QVERIFY(m_om.startNode(3));
    }

    void stoppedNodeTurnsRedAndStays()
    {
        QVERIFY(m_om.ctl(QStringLiteral("node 3 stop")));
        QVERIFY(nextSnapshot());
        QTRY_VERIFY_WITH_TIMEOUT(!cell(3, 0).data(NodeTableModel::UpRole).toBool(), 10000);
        QCOMPARE(m_window->model()->rowCount(), 4); // still listed
        QCOMPARE(cell(3, 0).data(Qt::DecorationRole).value<QIcon>().cacheKey(), NodeTableModel::lamp(false).cacheKey());
        QCOMPARE(m_window->model()->index(0, NodeTableModel::AddressColumn).data().toString(),
            QStringLiteral("Cluster (2 up)"));
        QVERIFY(m_om.ctl(QStringLiteral("node 3 start")));
        QVERIFY(nextSnapshot());
        QTRY_VERIFY_WITH_TIMEOUT(cell(3, 0).data(NodeTableModel::UpRole).toBool(), 10000);
    }

    void runProgramOnNode3()
    {
        // Node 3's sshd was restarted by an earlier test: wait until every node answers again.
        QTRY_VERIFY_WITH_TIMEOUT(nextSnapshot() && m_window->model()->snapshot().nodeErrors.isEmpty(), 20000);
        RunProgramDialog* d = m_window->openRunDialog();
        // The example in the empty program field is whole (it was cut off).
        auto* program = d->findChild<QLineEdit*>(QStringLiteral("program"));
        QVERIFY(program && program->text().isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QStyleOptionFrame frame;
        frame.initFrom(program);
        const QRect room = program->style()->subElementRect(QStyle::SE_LineEditContents, &frame, program);
        QVERIFY2(program->fontMetrics().horizontalAdvance(program->placeholderText()) <= room.width() - 4,
            qPrintable(QStringLiteral("%1 of %2")
                           .arg(program->fontMetrics().horizontalAdvance(program->placeholderText()))
                           .arg(room.width())));
        // A hostile argument travels as one literal word.
        d->setCommandLine(QStringLiteral("render --frame 7 '$(touch /tmp/omv-pwned)'"));
        d->setHomeNode(1);
        QVERIFY(d->setChoice(RunProgramDialog::RunOnNode));
        d->setTargetNode(3);
        QString error;
        QCOMPARE(d->commands(&error).size(), 1);
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            d->grab().save(qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-run.png"));
        QSignalSpy finished(d, &RunProgramDialog::finished);
        d->runButton()->click();
        QVERIFY(finished.wait(15000));
        QVERIFY2(!d->results().contains(QLatin1String("FAILED")), qPrintable(d->results()));
        const QStringList argv { QStringLiteral("render"), QStringLiteral("--frame"), QStringLiteral("7"),
            QStringLiteral("$(touch /tmp/omv-pwned)") };
        QVERIFY(nextSnapshot());
        const QVector<ProcessInfo> running = processesRunning(argv);
        if (running.size() != 1) {
            for (const ProcessInfo& p : m_window->model()->snapshot().processes)
                qWarning() << p.homeNode << p.pid << p.node << p.argv;
            qWarning() << d->results();
        }
        QCOMPARE(running.size(), 1);
        QCOMPARE(running[0].homeNode, 1);
        QCOMPARE(running[0].node, 3);
        // omsim's own view of it: node 1's kernel says the process is computed on node 3.
        QCOMPARE(m_om.readRoot(QStringLiteral("1/%1/where").arg(running[0].pid)).trimmed(), QByteArray("3"));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/omv-pwned")));

        // Parallel 1..3: one copy on each node.
        d->setCommandLine(QStringLiteral("sweep --part"));
        QVERIFY(d->setChoice(RunProgramDialog::Parallel));
        d->setParallelRange(1, 3);
        QCOMPARE(d->commands(&error).size(), 3);
        finished.clear();
        d->runButton()->click();
        QVERIFY(finished.wait(15000));
        QVERIFY2(!d->results().contains(QLatin1String("FAILED")), qPrintable(d->results()));
        QVERIFY(nextSnapshot());
        const QVector<ProcessInfo> copies = processesRunning({ QStringLiteral("sweep"), QStringLiteral("--part") });
        QCOMPARE(copies.size(), 3);
        QSet<NodeId> where;
        for (const ProcessInfo& p : copies)
            where.insert(p.node);
        QCOMPARE(where, (QSet<NodeId> { 1, 2, 3 }));

        // A node that refuses: the error is shown.
        QVERIFY(m_om.ctl(QStringLiteral("node 2 stop")));
        d->setCommandLine(QStringLiteral("late"));
        QVERIFY(d->setChoice(RunProgramDialog::RunOnNode));
        d->setTargetNode(2);
        finished.clear();
        d->runButton()->click();
        QVERIFY(finished.wait(15000));
        QVERIFY2(d->results().contains(QLatin1String("FAILED")), qPrintable(d->results()));
        QVERIFY2(d->results().contains(QLatin1String("node 2 is down")), qPrintable(d->results()));
        QVERIFY(m_om.ctl(QStringLiteral("node 2 start")));
        // Every mode is offered on openMosix.
        for (int c = RunProgramDialog::Normal; c <= RunProgramDialog::Parallel; ++c)
            QVERIFY(d->modeButton(RunProgramDialog::Choice(c))->isEnabled());
        d->close();
    }

    void clustersDialogSavesTestsAndPicks()
    {
        QDir(ClustersDialog::profilesDir()).removeRecursively(); // from an earlier run
        QSettings().remove(QStringLiteral("clusters"));
        GuiPrompts prompts(nullptr);
        ClustersDialog d(prompts.prompts());
        auto* list = d.findChild<QListWidget*>(QStringLiteral("profileList"));
        QVERIFY(list);
        QVERIFY(list->item(0)->text().contains(QLatin1String("Demo")));
        // A profile file from elsewhere is added, edited under a new name and saved to its file.
        const QString original = m_om.writeProfile(QStringLiteral("openmosix"));
        d.select(original);
        QCOMPARE(d.findChild<QLineEdit*>(QStringLiteral("gateway"))->text(), m_om.address(1));
        d.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("lab <b>1</b>"));
        QVERIFY2(d.save(), qPrintable(d.testResult()));
        const Result<ClusterProfile> saved = ClusterProfile::load(original);
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
        QCOMPARE(saved->name, QStringLiteral("lab <b>1</b>"));
        QCOMPARE(saved->sshConfig, QStringLiteral("none")); // keys the form does not show are kept
        QCOMPARE(saved->sshPort, m_om.port());

        // Test: reads the cluster through ssh and says what answered.
        QSignalSpy tested(&d, &ClustersDialog::tested);
        d.test();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY2(d.testResult().contains(QLatin1String("3 nodes listed, 3 up")), qPrintable(d.testResult()));
        if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
            d.grab().save(qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-clusters.png"));

        // A gateway nobody answers on (and no map of other nodes to fall back on): the test says so.
        d.findChild<QLineEdit*>(QStringLiteral("gateway"))->setText(QStringLiteral("127.0.1.9"));
        d.findChild<QLineEdit*>(QStringLiteral("map"))->clear();
        tested.clear();
        d.test();
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.first().at(0).toBool());
        // A form that is no valid profile is not saved, and the file keeps what it had.
        d.findChild<QLineEdit*>(QStringLiteral("gateway"))->setText(QStringLiteral("bad host;rm"));
        QVERIFY(!d.save());
        QCOMPARE(ClusterProfile::load(original)->gateway, m_om.address(1));

        // New profile: written into the profiles folder, 0600, and picked by Open.
        QPushButton* newButton = nullptr;
        for (QPushButton* b : d.findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Ne&w"))
                newButton = b;
        QVERIFY(newButton);
        newButton->click();
        d.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("second"));
        d.findChild<QLineEdit*>(QStringLiteral("gateway"))->setText(QStringLiteral("127.0.1.2"));
        d.findChild<QPushButton*>(QStringLiteral("open"))->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.choice().demo);
        QVERIFY(d.choice().profilePath.startsWith(ClustersDialog::profilesDir()));
        QCOMPARE(ClusterProfile::load(d.choice().profilePath)->gateway, QStringLiteral("127.0.1.2"));
        QCOMPARE(QFile(d.choice().profilePath).permissions() & 0x0077, QFileDevice::Permissions());
        // A plain Linux profile opened and saved in the form stays one, its nodes kept.
        const QString linuxPath = ClustersDialog::profilesDir() + QStringLiteral("/plain.ini");
        {
            QFile f(linuxPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[cluster]\nname=plain\nbackend=linux\nnodes=127.0.1.[1-3]\n");
        }
        ClustersDialog edit(prompts.prompts());
        edit.select(linuxPath);
        edit.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("plain two"));
        auto* nodes = edit.findChild<QLineEdit*>(QStringLiteral("nodes"));
        QVERIFY(nodes && nodes->isEnabled());
        QCOMPARE(nodes->text(), QStringLiteral("127.0.1.1, 127.0.1.2, 127.0.1.3"));
        QVERIFY2(edit.save(), qPrintable(edit.testResult()));
        QCOMPARE(ClusterProfile::load(linuxPath)->backend, BackendKind::Linux);
        QCOMPARE(ClusterProfile::load(linuxPath)->nodes.size(), 3);
        // The node list is edited in the form; a range that cannot be read is refused, the file kept.
        nodes->setText(QStringLiteral("127.0.1.[1-2], gpu[07-08]"));
        QVERIFY2(edit.save(), qPrintable(edit.testResult()));
        QCOMPARE(ClusterProfile::load(linuxPath)->nodes,
            QStringList({ QStringLiteral("127.0.1.1"), QStringLiteral("127.0.1.2"), QStringLiteral("gpu07"),
                QStringLiteral("gpu08") }));
        QCOMPARE(ClusterProfile::load(linuxPath)->gateway, QStringLiteral("127.0.1.1"));
        nodes->setText(QStringLiteral("node[5-1]"));
        QVERIFY(!edit.save());
        QVERIFY2(edit.testResult().startsWith(QLatin1String("Nodes:")), qPrintable(edit.testResult()));
        QCOMPARE(ClusterProfile::load(linuxPath)->nodes.size(), 4);
        // Not a plain Linux kernel: no node list to give (automatic: perhaps).
        auto* kernel = edit.findChild<QComboBox*>(QStringLiteral("backend"));
        kernel->setCurrentIndex(kernel->findData(int(BackendKind::OpenMosix)));
        QVERIFY(!nodes->isEnabled());
        kernel->setCurrentIndex(0);
        QCOMPARE(kernel->currentText(), QStringLiteral("Automatic (ask the gateway)"));
        QVERIFY(nodes->isEnabled());
        QFile::remove(linuxPath);
        // The demo entries pick the demo: openMosix, or stock kernels.
        ClustersDialog again(prompts.prompts());
        QCOMPARE(again.findChild<QListWidget*>(QStringLiteral("profileList"))->count(), 4); // 2 demos, second, added
        again.findChild<QListWidget*>(QStringLiteral("profileList"))->setCurrentRow(0);
        again.findChild<QPushButton*>(QStringLiteral("open"))->click();
        QVERIFY(again.choice().demo);
        QVERIFY(again.choice().demoKernel.isEmpty());
        ClustersDialog plain(prompts.prompts());
        plain.findChild<QListWidget*>(QStringLiteral("profileList"))->setCurrentRow(1);
        plain.findChild<QPushButton*>(QStringLiteral("open"))->click();
        QVERIFY(plain.choice().demo);
        QCOMPARE(plain.choice().demoKernel, QStringLiteral("linux"));
    }

    // backend=auto in the dialog: Test asks the gateway which kernel it runs, says what it found
    // and sets the Kernel field to it (Save keeps it); a new profile starts as automatic.
    void clustersDialogTestFindsTheKernel()
    {
        GuiPrompts prompts(nullptr);
        ClustersDialog d(prompts.prompts());
        d.select(m_om.writeProfile(QStringLiteral("openmosix")));
        auto* kernel = d.findChild<QComboBox*>(QStringLiteral("backend"));
        QCOMPARE(kernel->currentData().toInt(), int(BackendKind::OpenMosix));
        kernel->setCurrentIndex(0); // automatic
        QSignalSpy tested(&d, &ClustersDialog::tested);
        d.test();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(d.testResult()));
        QVERIFY2(d.testResult().startsWith(QLatin1String("Found: 127.0.1.1 runs openMosix / LinuxPMI (/proc/hpc)")),
            qPrintable(d.testResult()));
        QCOMPARE(kernel->currentData().toInt(), int(BackendKind::OpenMosix));
        d.findChild<QPushButton*>(QStringLiteral("new"))->click();
        QCOMPARE(kernel->currentIndex(), 0);
    }

    // Unknown host keys during a profile test: the dialog shows the SHA256 fingerprint; "Accept and
    // remember" writes known_hosts, "Refuse" fails the test.
    void hostKeyDialogAcceptsOrRefuses()
    {
        QDir(ClustersDialog::profilesDir()).removeRecursively();
        QSettings().remove(QStringLiteral("clusters"));
        GuiPrompts prompts(nullptr);
        ClustersDialog d(prompts.prompts());
        d.select(m_om.writeProfile(QStringLiteral("openmosix")));
        for (const bool accept : { true, false }) {
            const QString known
                = m_files.path() + (accept ? QStringLiteral("/known-accept") : QStringLiteral("/known-refuse"));
            d.findChild<QLineEdit*>(QStringLiteral("knownHosts"))->setText(known);
            QStringList asked;
            QTimer answer;
            connect(&answer, &QTimer::timeout, this, [&] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked << box->text();
                if (asked.size() == 1 && accept && qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
                    box->grab().save(
                        qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/openmosixview-host-key.png"));
                for (QAbstractButton* b : box->buttons()) {
                    if (b->text() == (accept ? QLatin1String("Accept and remember") : QLatin1String("Refuse")))
                        b->click();
                }
            });
            answer.start(50);
            QSignalSpy tested(&d, &ClustersDialog::tested);
            d.test();
            QVERIFY(tested.wait(30000));
            answer.stop();
            QVERIFY(!asked.isEmpty());
            QVERIFY2(asked.first().contains(QLatin1String("SHA256:")), qPrintable(asked.first()));
            QVERIFY(asked.first().contains(QLatin1String("127.0.1.")));
            QCOMPARE(tested.first().at(0).toBool(), accept);
            QFile file(known);
            if (accept) {
                QVERIFY(file.open(QIODevice::ReadOnly));
                QCOMPARE(file.readAll().count('\n'), asked.size()); // one line per accepted node
            } else {
                QVERIFY(!file.exists() || file.size() == 0);
            }
        }
    }

    // A key with a passphrase: the passphrase dialog asks, and the right answer logs in.
    void passphraseDialogAsks()
    {
        GuiPrompts prompts(nullptr);
        ClustersDialog d(prompts.prompts());
        d.select(m_om.writeProfile(QStringLiteral("openmosix")));
        d.findChild<QLineEdit*>(QStringLiteral("identity"))->setText(m_om.passphraseIdentity());
        int asked = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!input)
                return;
            ++asked;
            QVERIFY(input->labelText().contains(m_om.passphraseIdentity()));
            QCOMPARE(input->textEchoMode(), QLineEdit::Password);
            input->setTextValue(TestCluster::passphrase());
            input->accept();
        });
        answer.start(50);
        QSignalSpy tested(&d, &ClustersDialog::tested);
        d.test();
        QVERIFY(tested.wait(30000));
        answer.stop();
        QVERIFY(asked >= 1);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    }

    // A node that accepts connections and then says nothing (its sshd stopped with SIGSTOP): the
    // window keeps handling events while the sample waits for it, and the node is reported.
    void hungNodeNeverFreezesTheWindow()
    {
        QFile pidFile(m_om.dir() + QStringLiteral("/sshd_3.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t sshd = pid_t(pidFile.readAll().trimmed().toInt());
        QVERIFY(sshd > 0);
        QVERIFY(m_om.killSessions(3)); // the next sample must connect anew
        QVERIFY(::kill(sshd, SIGSTOP) == 0);
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worstGap = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            worstGap = qMax(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(20);
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        m_window->session()->refreshNow();
        const bool got = applied.wait(30000);
        tick.stop();
        ::kill(sshd, SIGCONT);
        QVERIFY(got);
        QVERIFY2(m_window->model()->snapshot().nodeErrors.contains(3), "node 3 is reported");
        QVERIFY2(clock.elapsed() > 1000, "the sample did wait for the hung node");
        // Waiting on the node would stall it for the whole wait (over a second); a busy machine
        // can hold any thread back a few hundred ms, which is not what this looks for.
        QVERIFY2(worstGap < 500, qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(worstGap)));
        QTRY_VERIFY_WITH_TIMEOUT(nextSnapshot() && m_window->model()->snapshot().nodeErrors.isEmpty(), 30000);
    }

    // Closing a window never waits on the network: with a node that hangs mid-sample (its sshd
    // and session stopped), the window and its session go at once, and the sample still on its
    // way ends on its own.
    void closingWithAHungNodeIsQuick()
    {
        auto window = std::make_unique<MainWindow>(
            std::make_unique<ClusterSession>(omv::test::backendFor(m_om.writeProfile(QStringLiteral("openmosix")))),
            QStringLiteral("closing"));
        window->show();
        QSignalSpy first(window.get(), &MainWindow::snapshotApplied);
        QVERIFY(first.wait(15000));
        QVERIFY(m_om.pauseNode(3, true));
        QSignalSpy sampling(window->session(), &ClusterSession::sampling);
        window->session()->refreshNow();
        QVERIFY(sampling.wait(5000));
        QTest::qWait(300); // well into the wait for node 3
        QElapsedTimer t;
        t.start();
        window.reset();
        const qint64 took = t.elapsed();
        QVERIFY(m_om.pauseNode(3, false));
        QVERIFY2(took < 200, qPrintable(QStringLiteral("closing took %1 ms").arg(took)));
        QVERIFY(threads::waitAll(15000)); // and the sampler did end
    }

    // The same with a host-key question open (a cluster whose known_hosts is empty): closing
    // answers it with "refuse" and closes the dialog; nothing waits, nothing is used after it
    // was freed (run under ASan in CI).
    void closingWithAPromptOpenIsQuick()
    {
        auto prompts = std::make_unique<GuiPrompts>(nullptr);
        Result<ClusterProfile> p = ClusterProfile::load(m_om.writeProfile(QStringLiteral("openmosix")));
        QVERIFY(p.ok());
        p.value().sshKnownHosts = m_files.path() + QStringLiteral("/known-empty");
        QString error;
        std::unique_ptr<ClusterBackend> backend = createBackend(p.value(), prompts->prompts(), &error);
        QVERIFY2(backend, qPrintable(error));
        auto window = std::make_unique<MainWindow>(
            std::make_unique<ClusterSession>(std::move(backend)), QStringLiteral("asking"));
        window->show();
        qint64 took = -1;
        QPointer<QMessageBox> seen;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || took >= 0)
                return;
            seen = box;
            // The person closes the program with the question open.
            QElapsedTimer t;
            t.start();
            window.reset();
            prompts.reset();
            took = t.elapsed();
        });
        closer.start(50);
        window->session()->start();
        QTRY_VERIFY_WITH_TIMEOUT(took >= 0, 20000);
        closer.stop();
        QVERIFY2(took < 200, qPrintable(QStringLiteral("closing took %1 ms").arg(took)));
        QTRY_VERIFY_WITH_TIMEOUT(!seen || !seen->isVisible(), 5000);
        QVERIFY(threads::waitAll(15000));
    }

    // The Clusters dialog closed (and its prompts gone) while its test waits on a host-key
    // question: the test thread gets "refuse" and touches nothing that is gone.
    void clustersDialogClosedWhileItsTestAsks()
    {
        QDir(ClustersDialog::profilesDir()).removeRecursively();
        auto prompts = std::make_unique<GuiPrompts>(nullptr);
        auto dialog = std::make_unique<ClustersDialog>(prompts->prompts());
        dialog->select(m_om.writeProfile(QStringLiteral("openmosix")));
        dialog->findChild<QLineEdit*>(QStringLiteral("knownHosts"))
            ->setText(m_files.path() + QStringLiteral("/known-gone"));
        bool closed = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (!qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) || closed)
                return;
            dialog.reset();
            prompts.reset();
            closed = true;
        });
        closer.start(50);
        dialog->test();
        QTRY_VERIFY_WITH_TIMEOUT(closed, 20000);
        closer.stop();
        QVERIFY(threads::waitAll(15000));
        QVERIFY(!QFile::exists(m_files.path() + QStringLiteral("/known-gone"))
            || QFileInfo(m_files.path() + QStringLiteral("/known-gone")).size() == 0);
    }

    void enterOnARowOpensItsNodeDialog()
    {
        // Every action has a tooltip, and no two share a shortcut (an ambiguous one does nothing).
        QHash<QString, QString> taken;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->isSeparator() || a->text().isEmpty() || a->menu())
                continue;
            QVERIFY2(a->toolTip() != QString(a->text()).remove(QLatin1Char('&')), qPrintable(a->text()));
            for (const QKeySequence& k : a->shortcuts()) {
                QVERIFY2(!taken.contains(k.toString()),
                    qPrintable(k.toString() + QStringLiteral(": ") + a->text() + QStringLiteral(" and ")
                        + taken.value(k.toString())));
                taken.insert(k.toString(), a->text());
            }
        }
        QVERIFY(taken.size() >= 8);

        QTableView* t = m_window->table();
        const QModelIndex source = m_window->model()->index(m_window->model()->rowOf(2), NodeTableModel::IdColumn);
        t->setFocus();
        t->setCurrentIndex(qobject_cast<QSortFilterProxyModel*>(t->model())->mapFromSource(source));
        QTest::keyClick(t, Qt::Key_Return);
        NodeDialog* opened = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* nd = qobject_cast<NodeDialog*>(w);
                nd && nd->isVisible() && nd->windowTitle().startsWith(QLatin1String("Node 2 ")))
                opened = nd;
        }
        QVERIFY(opened);
        opened->close();
    }

    void collectorStartsAndStopsFromTheMenu()
    {
        ClusterOrigin origin;
        origin.profilePath = m_om.writeProfile(QStringLiteral("openmosix"));
        origin.databasePath = m_files.path() + QStringLiteral("/history/test.db");
        m_window->setOrigin(origin);
        // Programs built here are offered for this cluster (all four are, since issue 14).
        int offered = 0;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            const QString program = a->data().toString();
            if (program == QLatin1String("openmosixprocs") || program == QLatin1String("openmosixanalyzer")
                || program == QLatin1String("openmosixhistory") || program == QLatin1String("openmosixmigmon")) {
                QVERIFY2(a->isEnabled(), qPrintable(program));
                QCOMPARE(a->toolTip(), QStringLiteral("Open it for this cluster"));
                ++offered;
            }
        }
        QCOMPARE(offered, 4);
        QCOMPARE(origin.programArgs(), (QStringList { QStringLiteral("--profile"), origin.profilePath }));
        QAction* toggle = m_window->collectorAction();
        QVERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("Start &collector"));
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->collector()->isRunning(), 20000);
        QCOMPARE(toggle->text(), QStringLiteral("Stop &collector"));
        QCOMPARE(m_window->collectorLabel()->text(), QStringLiteral("Collector: recording"));
        QVERIFY(m_window->collector()->detail().startsWith(QLatin1String("pid ")));
        QCOMPARE(QFile(origin.databasePath).permissions() & 0x0077, QFileDevice::Permissions());
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->collector()->isRunning(), 20000);
        QCOMPARE(toggle->text(), QStringLiteral("Start &collector"));
        QCOMPARE(m_window->collectorLabel()->text(), QStringLiteral("Collector: off"));
    }

    void newNodeAddsARow()
    {
        QVERIFY(m_om.ctl(QStringLiteral("node 4 add 10000 1 2048")));
        QVERIFY(nextSnapshot());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 5, 10000);
        QVERIFY(m_window->model()->rowOf(4) >= 1);
    }

    // The model alone: Qt's model checker over snapshots that add, drop and change nodes, and node
    // text shown literally.
    void modelPassesTheTesterAndShowsTextLiterally()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NodeSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(NodeTableModel::LoadColumn, Qt::DescendingOrder);
        ClusterSnapshot s;
        s.nodes = { sample(1, QStringLiteral("10.0.0.1")), sample(2, QStringLiteral("<b>x</b>&amp;$(reboot)")) };
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.index(2, NodeTableModel::AddressColumn).data().toString(), QStringLiteral("<b>x</b>&amp;$(reboot)"));
        s.nodes << sample(7, QStringLiteral("10.0.0.7")); // a new node adds a row
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applySnapshot(s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(proxy.index(0, NodeTableModel::IdColumn).data().toString(), QStringLiteral("all"));
        s.nodes.removeFirst(); // node 1 left: its row stays, down
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.index(model.rowOf(1), 0).data(NodeTableModel::UpRole).toBool());
        QVERIFY(!(model.flags(model.index(model.rowOf(1), NodeTableModel::SpeedColumn)) & Qt::ItemIsEditable));
        // Efficiency: equal loads 100 %, all on one of four nodes 0 %.
        QVector<NodeSample> equal { sample(1, QString()), sample(2, QString()) };
        equal[0].loadPercent = equal[1].loadPercent = 80;
        QCOMPARE(NodeTableModel::balanceEfficiency(equal), 100.0);
        QVector<NodeSample> lopsided { sample(1, QString()), sample(2, QString()), sample(3, QString()),
            sample(4, QString()) };
        lopsided[0].loadPercent = 100;
        lopsided[1].loadPercent = lopsided[2].loadPercent = lopsided[3].loadPercent = 0;
        QCOMPARE(NodeTableModel::balanceEfficiency(lopsided), 0.0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
