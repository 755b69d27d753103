#pragma once

#include "core/model/clustersnapshot.h"
#include "gui/clusteropen.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSpinBox;
class QTableView;

namespace omv
{

class ClusterSession;
class WindowState;
class CollectorControl;
class RunProgramDialog;

class NodeTableModel;
class NodeSortProxy;
class NodeDialog;
struct CommandOutcome;

/// openmosixview's main window: the node table over a ClusterSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `clusterName` for the title; the session is owned by the window.
    MainWindow(std::unique_ptr<ClusterSession> session, const QString& clusterName, QWidget* parent = nullptr);
    ~MainWindow() override;

    NodeTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ClusterSession* session() const { return m_session.get(); }
    QSpinBox* intervalBox() const { return m_interval; }
    /// Opens the node dialog (0: all nodes) — what clicking an address does.
    NodeDialog* openNodeDialog(NodeId node);
    /// The table as CSV (what Export writes).
    QString tableCsv() const;
    /// Names the cluster for the collector and the other programs (menus enabled accordingly).
    void setOrigin(const ClusterOrigin& origin);
    CollectorControl* collector() const { return m_collector; }
    QAction* collectorAction() const { return m_collectorAction; }
    QLabel* collectorLabel() const { return m_collectorState; }
    RunProgramDialog* openRunDialog();

signals:
    void snapshotApplied();

private:
    void buildMenus();
    void onSnapshot(const ClusterSnapshot& snapshot);
    void onCommands(const QString& tag, const QVector<CommandOutcome>& outcomes);
    void onClicked(const QModelIndex& proxyIndex);
    void exportCsv();
    void print();
    void updateStatus();
    void onCollectorState(bool running, const QString& detail);
    void toggleCollector();
    void openClusters();

    std::unique_ptr<ClusterSession> m_session;
    QString m_clusterName;
    NodeTableModel* m_model;
    NodeSortProxy* m_proxy;
    QTableView* m_table;
    QSpinBox* m_interval;
    QAction* m_pause;
    QLabel* m_state;
    QLabel* m_lastSample;
    QDateTime m_lastTime;
    bool m_sampling = false;
    bool m_firstSnapshot = true;
    std::unique_ptr<WindowState> m_windowState; // geometry and columns, per cluster
    bool m_stateRestored = false; // false: a first start, fitted to the first sample
    ClusterOrigin m_origin;
    CollectorControl* m_collector = nullptr;
    QAction* m_collectorAction = nullptr;
    QLabel* m_collectorState = nullptr;
    QMenu* m_programs = nullptr;
};

} // namespace omv
