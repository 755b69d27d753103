#include "nodepicker.h"

namespace omv
{

NodePicker::NodePicker(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("All nodes"), 0);
}

void NodePicker::setNodes(const QVector<NodeSample>& nodes)
{
    QVector<NodeId> ids;
    ids.reserve(nodes.size());
    for (const NodeSample& n : nodes)
        ids << n.id;
    if (ids == m_ids)
        return;
    const NodeId current = node();
    const QSignalBlocker block(this);
    clear();
    addItem(tr("All nodes"), 0);
    for (const NodeSample& n : nodes)
        addItem(tr("node %1 — %2").arg(n.id).arg(n.primaryAddress()), n.id);
    setCurrentIndex(qMax(0, findData(current)));
    m_ids = ids;
}

void NodePicker::setNode(NodeId node)
{
    if (findData(node) < 0)
        addItem(tr("node %1").arg(node), node); // before the first snapshot (--node N)
    setCurrentIndex(findData(node));
}

} // namespace omv
