#pragma once

#include "core/store/store.h"

#include <QAbstractTableModel>

namespace omv
{

/// What started, ended and moved between two moments, a row per change (tens of thousands in an
/// hour of a busy cluster: one vector, no item per cell); sorts itself.
class ChangeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, What, Pid, Home, User, Command, Node, From, By, ColumnCount };
    static constexpr int TimeRole = Qt::UserRole + 1; ///< the change's ms

    using QAbstractTableModel::QAbstractTableModel;
    void setChanges(QVector<StoreReader::Change> changes);
    const QVector<StoreReader::Change>& changes() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QVector<StoreReader::Change> m_rows;
};

} // namespace omv
