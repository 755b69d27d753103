#pragma once

#include "core/model/nodesample.h"

#include <QComboBox>

namespace omv
{

/// "All nodes" and each node of the cluster ("node 3 — 10.0.0.3"), kept in step with snapshots;
/// the choice survives a refresh, and a node asked for before the first snapshot (--node N) is
/// offered until the snapshot lists it.
class NodePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit NodePicker(QWidget* parent = nullptr);

    /// The nodes of a snapshot; nothing happens (and no signal) when they are the ones shown.
    void setNodes(const QVector<NodeSample>& nodes);
    /// 0: all nodes.
    void setNode(NodeId node);
    NodeId node() const { return NodeId(currentData().toInt()); }

private:
    QVector<NodeId> m_ids;
};

} // namespace omv
