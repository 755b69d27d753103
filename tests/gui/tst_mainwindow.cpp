// openmosixview's main window, offscreen, against omsim through real sshd on 127.0.1.x.
#include "gui/clustersession.h"
#include "gui/nodetablemodel.h"
#include "mainwindow.h"
#include "nodedialog.h"
#include "support/testcluster.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QtTest>

using namespace omv;
using omv::test::TestCluster;

namespace
{
QString writeScenario(const QTemporaryDir& dir)
{
    const QString path = dir.path() + QStringLiteral("/gui.scenario");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"(kernel openmosix
node 1 speed=10000 cpus=1 mem=4096
node 2 speed=10000 cpus=2 mem=4096
node 3 speed=20000 cpus=2 mem=8192
spawn 1 1 cmd="lame --preset extreme track.wav" user=alice cpu=1 mem=40
spawn 2 1 cmd="make -j4" user=bob cpu=1 mem=100
)");
    return path;
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
    bool nextSnapshot()
    {
        QSignalSpy spy(m_window.get(), &MainWindow::snapshotApplied);
        m_window->session()->refreshNow();
        return spy.wait(15000);
    }
    QModelIndex cell(NodeId node, int column) const
    {
        return m_window->model()->index(m_window->model()->rowOf(node), column);
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
        QCOMPARE(cell(3, 0).data(Qt::DecorationRole).value<QColor>().red(), 0xd0);
        QCOMPARE(m_window->model()->index(0, NodeTableModel::AddressColumn).data().toString(),
            QStringLiteral("Cluster (2 up)"));
        QVERIFY(m_om.ctl(QStringLiteral("node 3 start")));
        QVERIFY(nextSnapshot());
        QTRY_VERIFY_WITH_TIMEOUT(cell(3, 0).data(NodeTableModel::UpRole).toBool(), 10000);
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
