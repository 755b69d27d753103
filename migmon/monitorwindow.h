#pragma once

#include "core/backend/clusterbackend.h"
#include "gui/clusteropen.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QToolButton;

namespace omv
{

class ClusterSession;
class WindowState;
class MonitorModel;
class MonitorScene;
class MonitorView;

/// openmosixmigmon: the migration monitor. Nodes on a circle, processes as squares beside the
/// node they run on, drag to migrate; groups 1-10 kept per cluster; every action goes through
/// the session's command dispatcher (so it reaches the collector's audit trail).
class MonitorWindow : public QMainWindow
{
    Q_OBJECT
public:
    MonitorWindow(std::unique_ptr<ClusterSession> session, const QString& clusterName, QWidget* parent = nullptr);
    ~MonitorWindow() override;

    MonitorScene* scene() const { return m_scene; }
    MonitorView* view() const { return m_view; }
    ClusterSession* session() const { return m_session.get(); }
    const MonitorModel* model() const;
    void setOrigin(const ClusterOrigin& origin);
    /// The node the monitor watches from (drawn in the centre); 0: the gateway's.
    void setWatchedNode(NodeId node);

    /// Migrates each process to `target`; 0 (or a process's own home) sends it home.
    void migrate(const QVector<qint64>& keys, NodeId target);
    void sendToBest(const QVector<qint64>& keys);
    void sendSignal(const QVector<qint64>& keys, ProcessSignal signal);
    void setLocked(const QVector<qint64>& keys, bool locked);
    /// Kills them; `ask` first asks.
    void kill(const QVector<qint64>& keys, bool ask);
    /// Puts the selection in group 1-10 (0: out of its group) and keeps it for this cluster.
    void assignGroup(int group);
    /// Selects the shown members of group 1-10.
    void selectGroup(int group);
    /// The result list, oldest first.
    QStringList results() const;
    QString statusText() const;
    QVector<qint64> selectedKeys() const;

signals:
    void snapshotApplied();
    /// A batch of commands came back (outcomes in the result list).
    void commandsDone();
    /// Once: the first snapshot that shows a process away from its home, after its glide — or
    /// the tenth snapshot. What --screenshot waits for: the demo's jobs spreading.
    void spreadShown();

private:
    // The constructor's parts.
    void addToolBars();
    void addResultsDock();
    void addProcessMenu();
    void applySnapshot(const ClusterSnapshot& snapshot);
    void updateFilter();
    void updateStatus();
    void updateLegend();
    void updateGroupButtons();
    void send(const QVector<Command>& commands, const QString& what);
    void onOutcomes(const QString& tag, const QVector<CommandOutcome>& outcomes);
    void onSettled(qint64 key, bool done, const QString& why);
    void showMenu(qint64 key, const QPoint& globalPos);
    void addResult(const QString& line);
    void saveGroups();
    void openInProcs(NodeId node);
    QString groupsKey() const;

    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<WindowState> m_windowState; // geometry and the results dock, per cluster
    QString m_clusterName;
    ClusterOrigin m_origin;
    MonitorScene* m_scene;
    MonitorView* m_view;
    QComboBox* m_show;
    QComboBox* m_user;
    QLineEdit* m_text;
    QCheckBox* m_migrated;
    QComboBox* m_colourBy;
    QCheckBox* m_centred;
    QSpinBox* m_interval;
    QLabel* m_legend;
    QLabel* m_state;
    QListWidget* m_results;
    QToolButton* m_groupButtons[10] = {};
    NodeId m_watched = 0;
    bool m_watchedSet = false;
    bool m_fitted = false;
    qint64 m_lastTimeMs = 0;
    int m_batches = 0;
    int m_snapshots = 0;
    bool m_spreadShown = false;
    QStringList m_users;
};

} // namespace omv
