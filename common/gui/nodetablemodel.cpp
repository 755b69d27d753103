#include "nodetablemodel.h"

#include "cellroles.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QPixmap>

#include <cmath>

namespace omv
{

NodeTableModel::NodeTableModel(QObject* parent)
    : CellModel(parent)
{
}

int NodeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + m_rows.size();
}

const std::vector<ColumnSpec>& NodeTableModel::columns() const
{
    // No alignment: the delegate draws the cells.
    static const std::vector<ColumnSpec> columns = {
        { QT_TR_NOOP("ID"),
            QT_TR_NOOP("The node's ID; the lamp is green while it is up, red when it is down or left") },
        { QT_TR_NOOP("Node"), QT_TR_NOOP("Click a node to switch its migration settings") },
        { QT_TR_NOOP("Speed"), QT_TR_NOOP("The node's speed as the balancer sees it; drag and let go to change it") },
        { QT_TR_NOOP("Load"), QT_TR_NOOP("Load in percent of the node's capacity (100 % = every CPU busy)") },
        { QT_TR_NOOP("Memory used"), QT_TR_NOOP("Memory in use, of the node's total") },
        { QT_TR_NOOP("Total memory"), QT_TR_NOOP("The node's memory") },
        { QT_TR_NOOP("CPUs"), QT_TR_NOOP("Processors") },
        { QT_TR_NOOP("Processes"), QT_TR_NOOP("Processes running on the node now, its own and guests") },
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

Qt::ItemFlags NodeTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SpeedColumn && index.row() >= 1) {
        const Row& r = m_rows[index.row() - 1];
        if (r.present && r.sample.up && r.sample.speed >= 0 && m_speedFixed.isEmpty())
            f |= Qt::ItemIsEditable;
    }
    return f;
}

const NodeSample* NodeTableModel::sampleAt(int row) const
{
    return row >= 1 && row <= m_rows.size() ? &m_rows[row - 1].sample : nullptr;
}

QString NodeTableModel::formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("–");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QIcon NodeTableModel::lamp(bool up)
{
    // Told apart by shape as well as colour (red and green look alike to many): up a filled
    // square, down a square with a cross. Drawn for 1x and 2x screens.
    const auto draw = [](bool on) {
        QIcon icon;
        for (int size : { 16, 32 }) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal m = size / 8.0;
            const QRectF r(m, m, size - 2 * m, size - 2 * m);
            p.fillRect(r, on ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd0, 0x30, 0x30));
            if (!on) {
                const qreal i = size / 8.0;
                p.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
                p.drawLine(r.topLeft() + QPointF(i, i), r.bottomRight() - QPointF(i, i));
                p.drawLine(r.topRight() + QPointF(-i, i), r.bottomLeft() + QPointF(i, -i));
            }
            p.end();
            icon.addPixmap(pm);
        }
        return icon;
    };
    static const QIcon icons[2] = { draw(false), draw(true) };
    return icons[up ? 1 : 0];
}

QString NodeTableModel::formatBytesPair(qint64 part, qint64 total)
{
    if (part < 0 || total <= 0)
        return QStringLiteral("–");
    const QLocale l;
    if (total >= qint64(1) << 30)
        return tr("%1 / %2 GB")
            .arg(l.toString(double(part) / double(qint64(1) << 30), 'f', 1),
                l.toString(double(total) / double(qint64(1) << 30), 'f', 1));
    return tr("%1 / %2 MB")
        .arg(l.toString(qRound64(double(part) / double(1 << 20))),
            l.toString(qRound64(double(total) / double(1 << 20))));
}

double NodeTableModel::balanceEfficiency(const QVector<NodeSample>& nodes)
{
    double sum = 0;
    int n = 0;
    for (const NodeSample& s : nodes) {
        if (s.up && s.loadPercent >= 0) {
            sum += s.loadPercent;
            ++n;
        }
    }
    if (n == 0 || sum <= 0)
        return 100;
    const double mean = sum / n;
    double dev = 0;
    for (const NodeSample& s : nodes) {
        if (s.up && s.loadPercent >= 0)
            dev += std::fabs(s.loadPercent - mean);
    }
    // Mean absolute deviation relative to the mean: 0 when equal; 2(n−1)/n when one node carries
    // it all — scaled so that case gives 0 %.
    // The mean is floored at a quarter of capacity: on a nearly idle cluster a node at 6 % next to
    // one at 0 % is no imbalance worth a red bar.
    const double worst = n > 1 ? 2.0 * (n - 1) / n : 1.0;
    const double rel = (dev / n) / std::max(mean, 25.0);
    return std::clamp(100.0 * (1.0 - rel / worst), 0.0, 100.0);
}

QVariant NodeTableModel::cell(int row, int column, int role) const
{
    return row == 0 ? clusterData(column, role) : nodeData(m_rows[row - 1], column, role);
}

void NodeTableModel::sumTotals()
{
    Totals t;
    double capacity = 0, load = 0;
    for (const Row& r : m_rows) {
        const NodeSample& s = r.sample;
        if (!r.present || !s.up)
            continue;
        ++t.up;
        t.memUsed += std::max<qint64>(0, s.memUsed());
        t.memTotal += std::max<qint64>(0, s.memTotal);
        t.cpus += std::max(0, s.cpus);
        if (s.loadPercent >= 0) { // the cluster's load weighs each node by its CPUs
            const int c = std::max(1, s.cpus);
            load += s.loadPercent * c;
            capacity += c;
        }
    }
    t.load = capacity > 0 ? load / capacity : -1;
    // A load bar stands for 100 %, or — when a node is beyond — for the highest load rounded up to
    // the next hundred, so that 120 % and 450 % are told apart at a glance (a mark shows 100 %).
    for (const Row& r : m_rows)
        if (r.present && r.sample.up && r.sample.loadPercent > t.loadScale)
            t.loadScale = std::ceil(r.sample.loadPercent / 100.0) * 100.0;
    t.processes = m_snapshot.processes.size();
    for (const ProcessInfo& p : m_snapshot.processes) {
        ++t.running[p.node];
        if (p.node != p.homeNode) {
            ++t.guests[p.node];
            ++t.away[p.homeNode];
        }
    }
    t.memPercent = t.memTotal > 0 ? 100.0 * double(t.memUsed) / double(t.memTotal) : -1;
    t.efficiency = balanceEfficiency(m_snapshot.nodes);
    m_totals = t;
}

QVariant NodeTableModel::clusterData(int column, int role) const
{
    const qint64 memUsed = m_totals.memUsed, memTotal = m_totals.memTotal;
    const int cpus = m_totals.cpus, up = m_totals.up;
    const double clusterLoad = m_totals.load, memPercent = m_totals.memPercent, efficiency = m_totals.efficiency;
    switch (role) {
    case NodeIdRole:
        return 0;
    case UpRole:
        return up > 0;
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return tr("all");
        case AddressColumn:
            return tr("Cluster (%n up)", nullptr, up);
        case SpeedColumn:
            return tr("balance %1 %").arg(qRound(efficiency));
        case LoadColumn:
            return clusterLoad < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(qRound(clusterLoad));
        case MemoryColumn:
            return up == 0 ? QStringLiteral("–") : tr("%1 used of %2").arg(formatBytes(memUsed), formatBytes(memTotal));
        case MemTotalColumn:
            return up == 0 ? QStringLiteral("–") : formatBytes(memTotal);
        case CpusColumn:
            return cpus;
        case ProcessesColumn:
            return m_totals.processes;
        }
        break;
    case BarScaleRole:
        return column == LoadColumn ? m_totals.loadScale : 100.0;
    case BarRole:
        if (column == LoadColumn)
            return clusterLoad;
        if (column == MemoryColumn)
            return memPercent;
        if (column == SpeedColumn)
            return efficiency;
        break;
    case CompactTextRole:
        if (column == MemoryColumn)
            return formatBytesPair(memUsed, memTotal);
        break;
    case Qt::AccessibleTextRole:
        switch (column) {
        case IdColumn:
        case AddressColumn:
            return tr("the whole cluster, %n node(s) up", nullptr, up);
        case SpeedColumn:
            return tr("load balancing %1 %").arg(qRound(efficiency));
        case LoadColumn:
            return clusterLoad < 0 ? tr("cluster load unknown") : tr("cluster load %1 %").arg(qRound(clusterLoad));
        case MemoryColumn:
            return memPercent < 0 ? tr("cluster memory unknown")
                                  : tr("cluster memory %1 used of %2, %3 %")
                                        .arg(formatBytes(memUsed), formatBytes(memTotal))
                                        .arg(qRound(memPercent));
        case MemTotalColumn:
            return tr("cluster memory %1").arg(formatBytes(memTotal));
        case CpusColumn:
            return tr("%n CPU(s) in the cluster", nullptr, cpus);
        case ProcessesColumn:
            return tr("%n process(es) in the cluster", nullptr, m_totals.processes);
        }
        break;
    case SortRole:
        return -1e300; // never consulted: the proxy keeps this row on top
    case Qt::ToolTipRole:
        if (column == SpeedColumn)
            return tr("Load-balancing efficiency: 100 % when every up node carries the same load "
                      "(in percent of its capacity), 0 % when one node carries it all");
        if (column == AddressColumn)
            return tr("The whole cluster: click to switch every node at once");
        break;
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    }
    return {};
}

QVariant NodeTableModel::nodeData(const Row& r, int column, int role) const
{
    const NodeSample& s = r.sample;
    const bool up = r.present && s.up;
    switch (role) {
    case NodeIdRole:
        return s.id;
    case UpRole:
        return up;
    case PendingRole:
        return r.pendingSpeed >= 0;
    case ErrorRole:
        return r.error;
    case SpeedRole:
        return r.pendingSpeed >= 0 ? r.pendingSpeed : s.speed;
    case SpeedMaxRole:
        return m_speedMax;
    case Qt::EditRole:
        if (column == SpeedColumn)
            return r.pendingSpeed >= 0 ? r.pendingSpeed : s.speed;
        break;
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return s.id;
        case AddressColumn:
            return s.primaryAddress(); // plain text: the delegate draws it, never as rich text
        case SpeedColumn:
            if (!up || s.speed < 0)
                return QStringLiteral("–");
            return r.pendingSpeed >= 0 ? tr("%1 (pending)").arg(r.pendingSpeed) : QString::number(s.speed);
        case LoadColumn:
            return !up || s.loadPercent < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(qRound(s.loadPercent));
        case MemoryColumn:
            return !up || s.memTotal < 0 ? QStringLiteral("–")
                                         : tr("%1 used of %2").arg(formatBytes(s.memUsed()), formatBytes(s.memTotal));
        case MemTotalColumn:
            return up ? formatBytes(s.memTotal) : QStringLiteral("–");
        case CpusColumn:
            return up && s.cpus >= 0 ? QVariant(s.cpus) : QVariant(QStringLiteral("–"));
        case ProcessesColumn:
            return m_totals.running.value(s.id);
        }
        break;
    case CompactTextRole:
        if (column == MemoryColumn && up && s.memTotal > 0)
            return formatBytesPair(s.memUsed(), s.memTotal);
        break;
    case BarScaleRole:
        return column == LoadColumn ? m_totals.loadScale : 100.0;
    case BarRole:
        if (!up)
            return -1.0;
        if (column == LoadColumn)
            return s.loadPercent;
        if (column == MemoryColumn)
            return s.memTotal > 0 ? 100.0 * double(s.memUsed()) / double(s.memTotal) : -1.0;
        break;
    case SortRole:
        switch (column) {
        case IdColumn:
            return s.id;
        case AddressColumn:
            return s.primaryAddress();
        case SpeedColumn:
            return s.speed;
        case LoadColumn:
            return up ? s.loadPercent : -1.0;
        case MemoryColumn:
            return up ? double(s.memUsed()) : -1.0;
        case MemTotalColumn:
            return s.memTotal;
        case CpusColumn:
            return s.cpus;
        case ProcessesColumn:
            return m_totals.running.value(s.id);
        }
        break;
    case Qt::DecorationRole:
        if (column == IdColumn)
            return lamp(up);
        break;
    case Qt::AccessibleTextRole:
        // What a screen reader says of a cell: the lamp and the bars are pictures.
        switch (column) {
        case IdColumn:
            return !r.present ? tr("node %1 left the cluster").arg(s.id)
                : up          ? tr("node %1 up").arg(s.id)
                              : tr("node %1 down").arg(s.id);
        case AddressColumn:
            return tr("node %1 at %2: opens its settings").arg(s.id).arg(s.primaryAddress());
        case SpeedColumn:
            if (!up || s.speed < 0)
                return tr("speed unknown");
            return r.pendingSpeed >= 0 ? tr("speed %1, changing to %2").arg(s.speed).arg(r.pendingSpeed)
                                       : tr("speed %1").arg(s.speed);
        case LoadColumn:
            return !up || s.loadPercent < 0 ? tr("load unknown") : tr("load %1 %").arg(qRound(s.loadPercent));
        case MemoryColumn:
            return !up || s.memTotal <= 0 ? tr("memory unknown")
                                          : tr("memory %1 used of %2, %3 %")
                                                .arg(formatBytes(s.memUsed()), formatBytes(s.memTotal))
                                                .arg(qRound(100.0 * double(s.memUsed()) / double(s.memTotal)));
        case MemTotalColumn:
            return up ? tr("memory %1").arg(formatBytes(s.memTotal)) : tr("memory unknown");
        case CpusColumn:
            return up && s.cpus >= 0 ? tr("%n CPU(s)", nullptr, s.cpus) : tr("CPUs unknown");
        case ProcessesColumn:
            return tr("%n process(es) running", nullptr, m_totals.running.value(s.id));
        }
        break;
    case Qt::AccessibleDescriptionRole:
        return nodeData(r, column, Qt::ToolTipRole);
    case Qt::ToolTipRole: {
        QString tip = !r.present ? tr("Node %1 left the cluster").arg(s.id)
            : !s.up              ? tr("Node %1 is down").arg(s.id)
                                 : tr("Node %1 is up").arg(s.id);
        if (s.addresses.size() > 1)
            tip += QLatin1Char('\n') + tr("Addresses: %1").arg(s.addresses.join(QStringLiteral(", ")));
        if (!r.error.isEmpty())
            tip += QLatin1Char('\n') + r.error;
        if (column == SpeedColumn && !m_speedFixed.isEmpty())
            tip += QLatin1Char('\n') + tr("The speed cannot be set: %1").arg(m_speedFixed);
        if (column == ProcessesColumn)
            tip += QLatin1Char('\n') + tr("%n running here", nullptr, m_totals.running.value(s.id))
                + QStringLiteral(": ") + tr("%n guest(s)", nullptr, m_totals.guests.value(s.id)) + QStringLiteral("; ")
                + tr("%n of its own elsewhere", nullptr, m_totals.away.value(s.id));
        return tip;
    }
    case Qt::ForegroundRole:
        if (!r.error.isEmpty() && (column == SpeedColumn || column == AddressColumn))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    }
    return {};
}

bool NodeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != SpeedColumn || index.row() < 1 || index.row() > m_rows.size()
        || !m_speedFixed.isEmpty())
        return false;
    bool ok = false;
    const qint64 speed = value.toLongLong(&ok);
    if (!ok || speed < 0)
        return false;
    const Row& r = m_rows[index.row() - 1];
    if (speed == (r.pendingSpeed >= 0 ? r.pendingSpeed : r.sample.speed))
        return false;
    setPendingSpeed(r.sample.id, speed);
    emit speedChangeRequested(r.sample.id, speed);
    return true;
}

void NodeTableModel::setPendingSpeed(NodeId node, qint64 speed)
{
    const int row = rowOf(node);
    if (row < 1)
        return;
    m_rows[row - 1].pendingSpeed = speed;
    m_rows[row - 1].error.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void NodeTableModel::setRowError(NodeId node, const QString& error)
{
    const int row = rowOf(node);
    if (row < 1)
        return;
    Row& r = m_rows[row - 1];
    r.error = error;
    if (!error.isEmpty())
        r.pendingSpeed = -1; // the change did not happen: show what the node has
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void NodeTableModel::applySnapshot(const ClusterSnapshot& snapshot)
{
    m_snapshot = snapshot;
    // New nodes first (rows appended), then every known row updated in place.
    QVector<const NodeSample*> fresh;
    for (const NodeSample& s : snapshot.nodes) {
        if (!m_rowOf.contains(s.id))
            fresh << &s;
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, m_rows.size() + 1, m_rows.size() + fresh.size());
        for (const NodeSample* s : fresh) {
            Row r;
            r.sample = *s;
            m_rows << r;
            m_rowOf.insert(s->id, m_rows.size());
        }
        endInsertRows();
    }
    int first = -1, last = -1;
    QVector<bool> listed(m_rows.size(), false);
    for (const NodeSample& s : snapshot.nodes) {
        const int row = m_rowOf.value(s.id);
        Row& r = m_rows[row - 1];
        listed[row - 1] = true;
        const QString error = snapshot.nodeErrors.value(s.id);
        bool changed = !r.present || !(r.sample == s) || (r.error != error && r.pendingSpeed < 0);
        if (r.pendingSpeed >= 0 && s.speed == r.pendingSpeed) { // the change arrived
            r.pendingSpeed = -1;
            changed = true;
        }
        if (!changed)
            continue;
        r.sample = s;
        r.present = true;
        if (r.pendingSpeed < 0)
            r.error = error;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!listed[i] && m_rows[i].present) { // it left: keep the row, down
            m_rows[i].present = false;
            m_rows[i].sample.up = false;
            first = first < 0 ? i + 1 : std::min(first, i + 1);
            last = std::max(last, i + 1);
        }
    }
    qint64 fastest = 0;
    for (const Row& r : m_rows)
        fastest = std::max(fastest, std::max(r.sample.speed, r.pendingSpeed));
    m_speedMax = std::max<qint64>(20000, fastest * 3 / 2); // room to speed the fastest node up
    sumTotals();
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1)); // the cluster row sums everything
    if (first > 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

bool NodeSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Row 0 is the cluster: first whichever the order.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (left.row() == 0)
        return ascending;
    if (right.row() == 0)
        return !ascending;
    const QVariant a = left.data(NodeTableModel::SortRole), b = right.data(NodeTableModel::SortRole);
    if (a.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    const double x = a.toDouble(), y = b.toDouble();
    if (x != y)
        return x < y;
    return left.data(NodeTableModel::NodeIdRole).toInt() < right.data(NodeTableModel::NodeIdRole).toInt();
}

} // namespace omv
