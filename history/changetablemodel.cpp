#include "changetablemodel.h"

#include "gui/processtablemodel.h"

#include <QDateTime>

#include <algorithm>

namespace omv
{

void ChangeTableModel::setChanges(QVector<StoreReader::Change> changes)
{
    beginResetModel();
    m_rows = std::move(changes);
    endResetModel();
}

int ChangeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

const std::vector<ColumnSpec>& ChangeTableModel::columns() const
{
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    static const std::vector<ColumnSpec> columns = {
        { QT_TR_NOOP("Time") },
        { QT_TR_NOOP("What") },
        { QT_TR_NOOP("PID"), nullptr, right },
        { QT_TR_NOOP("Home"), nullptr, right },
        { QT_TR_NOOP("User") },
        { QT_TR_NOOP("Command") },
        { QT_TR_NOOP("Node"), nullptr, right },
        { QT_TR_NOOP("From node"), nullptr, right },
        { QT_TR_NOOP("By") },
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

QVariant ChangeTableModel::cell(int row, int column, int role) const
{
    const StoreReader::Change& c = m_rows.at(row);
    const bool moved = c.kind == StoreReader::Change::Moved;
    if (role == TimeRole)
        return c.ts;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(c.ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case What:
        return c.kind == StoreReader::Change::Started ? tr("started")
            : c.kind == StoreReader::Change::Ended    ? tr("ended")
                                                      : tr("moved");
    case Pid:
        return c.pid;
    case Home:
        return c.home;
    case User:
        return ProcessTableModel::displayText(c.user);
    case Command:
        return ProcessTableModel::displayText(c.command);
    case Node:
        return c.node;
    case From:
        return moved ? QVariant(c.from) : QVariant();
    case By:
        return moved ? (c.cause == QLatin1String("admin") ? tr("an admin") : tr("the balancer")) : QString();
    }
    return {};
}

void ChangeTableModel::sort(int column, Qt::SortOrder order)
{
    using C = StoreReader::Change;
    auto key = [column](const C& c) {
        switch (column) {
        case What:
            return std::make_tuple(qint64(c.kind), QString(), c.ts);
        case Pid:
            return std::make_tuple(qint64(c.pid), QString(), c.ts);
        case Home:
            return std::make_tuple(qint64(c.home), QString(), c.ts);
        case User:
            return std::make_tuple(qint64(0), c.user, c.ts);
        case Command:
            return std::make_tuple(qint64(0), c.command, c.ts);
        case Node:
            return std::make_tuple(qint64(c.node), QString(), c.ts);
        case From:
            return std::make_tuple(qint64(c.from), QString(), c.ts);
        case By:
            return std::make_tuple(qint64(0), c.cause, c.ts);
        default:
            return std::make_tuple(c.ts, QString(), qint64(c.pid));
        }
    };
    emit layoutAboutToBeChanged();
    std::stable_sort(m_rows.begin(), m_rows.end(),
        [&](const C& a, const C& b) { return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a); });
    emit layoutChanged();
}

} // namespace omv
