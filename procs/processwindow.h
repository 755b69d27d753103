#pragma once

class QAction;

#include "core/model/clustersnapshot.h"
#include "gui/clusteropen.h"
#include "gui/keyedtablemodel.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace omv
{
class CollectorControl;

class ClusterSession;
class WindowState;
class GuestPanel;
class NodePicker;
class MigratorDialog;
class ProcessTableModel;

/// openmosixprocs: every process of the cluster in one table, filtered as you type, with the
/// migrator dialog and the same actions in a context menu and on the keyboard.
class ProcessWindow : public QMainWindow
{
    Q_OBJECT
public:
    ProcessWindow(std::unique_ptr<ClusterSession> session, const QString& clusterName, QWidget* parent = nullptr);
    ~ProcessWindow() override;

    ProcessTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ClusterSession* session() const { return m_session.get(); }
    QLineEdit* filterEdit() const { return m_filter; }
    GuestPanel* guestPanel() const { return m_guestPanel; }
    /// Brings the Guests tab (or the process table) to the front.
    void showGuests(bool on = true);
    /// Shows only the processes running on `node` (0: the whole cluster), and that node's guests.
    void setNode(NodeId node);
    void setOnlyMigrated(bool on);
    void setOnlyGuests(bool on);
    /// The selected processes, as of the latest snapshot.
    QVector<ProcessInfo> selectedProcesses() const;
    /// Selects the rows of these processes (by home node and pid).
    void selectKeys(const QSet<qint64>& keys);
    /// Opens the migrator for the selection.
    MigratorDialog* openMigrator();
    void setOrigin(const ClusterOrigin& origin);
    /// What a new snapshot does to the window (the session's snapshotReady lands here).
    void applySnapshot(const ClusterSnapshot& snapshot);
    /// "Log at full detail" on (or off) for the selected processes, through the collector.
    void setLogged(bool on);
    /// The handle on the collector of this cluster (after setOrigin); null before.
    CollectorControl* collector() const;
    QAction* logAction() const { return m_logAction; }

signals:
    void snapshotApplied();

private:
    void updateFilter();
    void updateNodeAndUserLists(const ClusterSnapshot& snapshot);
    void contextMenu(const QPoint& pos);
    void quickAction(const QString& which);
    void updateStatus();
    void updateLogAction();

    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<WindowState> m_windowState; // geometry and columns, per cluster
    bool m_stateRestored = false;
    ProcessTableModel* m_model;
    QTableView* m_table;
    QTabWidget* m_tabs;
    GuestPanel* m_guestPanel;
    bool m_guestsStale = false; ///< a snapshot came while the Guests tab was hidden
    QLineEdit* m_filter;
    NodePicker* m_node;
    QComboBox* m_user;
    QCheckBox* m_migrated;
    QCheckBox* m_guests;
    QSpinBox* m_interval;
    QLabel* m_state;
    QAction* m_logAction = nullptr;
    CollectorControl* m_collector = nullptr;
    KeyedSelection m_savedSelection; ///< across a reset of the table
    QStringList m_users;
    qint64 m_lastTimeMs = 0;
};

} // namespace omv
