#pragma once

#include "core/backend/clusterbackend.h"
#include "core/model/capabilities.h"
#include "core/model/clustersnapshot.h"

#include <QDialog>
#include <QHash>
#include <QMap>

#include <optional>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace omv
{

class ClusterSession;

/// One node's switches (or every node's, for node 0): opens with the node's current state ticked —
/// for every node, each switch on, off, or mixed (a third state that changes nothing); Apply sends
/// the switches that changed, to each node not in that state yet, as commands over ssh, and lists
/// each command's result.
/// Switches the backend does not offer are disabled, with the reason as their tooltip.
class NodeDialog : public QDialog
{
    Q_OBJECT
public:
    NodeDialog(ClusterSession* session, const ClusterSnapshot& snapshot, NodeId node, QWidget* parent = nullptr);

    QCheckBox* box(Command::Kind kind) const { return m_boxes.value(int(kind)); }
    QPushButton* applyButton() const { return m_apply; }
    QString results() const;
    /// The commands Apply would send now.
    QVector<Command> pendingCommands() const;

signals:
    void applied(const QVector<omv::CommandOutcome>& outcomes);

private:
    void apply();
    void showOutcomes(const QVector<CommandOutcome>& outcomes);

    ClusterSession* m_session;
    NodeId m_node; ///< 0: all nodes
    QVector<NodeId> m_targets;
    QMap<int, QCheckBox*> m_boxes; ///< Command::Kind -> its switch
    QMap<int, Qt::CheckState> m_initial; ///< each switch across the targets when last known
    QMap<int, QHash<NodeId, std::optional<bool>>> m_states; ///< each switch at each target; none: not told
    QPlainTextEdit* m_results;
    QPushButton* m_apply;
};

} // namespace omv
