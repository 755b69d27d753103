#pragma once

#include "core/backend/clusterbackend.h"
#include "core/model/clustersnapshot.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace omv
{

class ClusterSession;
class GuestTableModel;
class NodePicker;
class ProcessTableModel;

/// The Guests tab: what a node's kernel runs for other nodes (openMosix /proc/hpc/remote, MattX
/// guests), with "send home" and "send to best node" for the selected guests. A guest is
/// commanded as its home process (home node and pid at home), like everywhere in the suite.
class GuestPanel : public QWidget
{
    Q_OBJECT
public:
    GuestPanel(ClusterSession* session, const ProcessTableModel* processes, QWidget* parent = nullptr);

    GuestTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Only the guests of this node; 0 for every node.
    void setNode(NodeId node);
    /// After the process model took a new snapshot: the guests again, selection kept.
    void refresh();
    QVector<GuestProcess> selectedGuests() const;
    void selectKeys(const QSet<qint64>& keys);
    void sendHome();
    void sendToBest();
    QString results() const;
    QPushButton* button(const QString& objectName) const;

signals:
    void finished(const QVector<omv::CommandOutcome>& outcomes);

private:
    void send(bool home);
    void updateButtons();

    ClusterSession* m_session;
    const ProcessTableModel* m_processes;
    GuestTableModel* m_model;
    NodePicker* m_node;
    QPushButton* m_home;
    QPushButton* m_best;
    QLabel* m_count;
    QTableView* m_table;
    QPlainTextEdit* m_results;
};

} // namespace omv
