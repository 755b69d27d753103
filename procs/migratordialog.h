#pragma once

#include "core/backend/clusterbackend.h"
#include "core/model/clustersnapshot.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSlider;

namespace omv
{

class ClusterSession;

/// The original's migrator window, for one or several processes at once: the nodes with their
/// load (double-click one to migrate there), home, best node, kill (asks first), stop, continue,
/// renice, lock and unlock. Each action reports per process; actions the backend lacks are
/// disabled with the reason.
class MigratorDialog : public QDialog
{
    Q_OBJECT
public:
    MigratorDialog(ClusterSession* session, const ClusterSnapshot& snapshot, const QVector<ProcessInfo>& processes,
        QWidget* parent = nullptr);

    /// The commands an action sends, one per process (what the buttons call).
    void migrateTo(NodeId node);
    void sendHome();
    void sendToBest();
    /// `confirm` false skips the question (tests; the caller asked already).
    void kill(bool confirm = true);
    void stop();
    void resume();
    void renice(int nice);
    void lock(bool on);

    QListWidget* nodeList() const { return m_nodes; }
    QPushButton* button(const QString& objectName) const;
    QString results() const;
    /// What the dialog says of its processes: command, pid, home, where each runs now.
    QString heading() const;
    /// The processes and nodes as `snapshot` has them (the session's snapshots come here).
    void applySnapshot(const ClusterSnapshot& snapshot);

signals:
    void finished(const QVector<omv::CommandOutcome>& outcomes);

private:
    void send(const QVector<Command>& commands);
    void showOutcomes(const QVector<CommandOutcome>& outcomes);

    ClusterSession* m_session;
    QVector<ProcessInfo> m_processes;
    QLabel* m_heading;
    QListWidget* m_nodes;
    QSlider* m_nice;
    QLabel* m_niceValue;
    QPlainTextEdit* m_results;
};

} // namespace omv
