#pragma once

#include "core/store/store.h"

#include "gui/cellmodel.h"

namespace omv
{

/// What started, ended and moved between two moments, a row per change (tens of thousands in an
/// hour of a busy cluster: one vector, no item per cell); sorts itself.
class ChangeTableModel : public CellModel
{
    Q_OBJECT
public:
    enum Column { Time, What, Pid, Home, User, Command, Node, From, By, ColumnCount };
    static constexpr int TimeRole = Qt::UserRole + 1; ///< the change's ms

    using CellModel::CellModel;
    void setChanges(QVector<StoreReader::Change> changes);
    const QVector<StoreReader::Change>& changes() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    const std::vector<ColumnSpec>& columns() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QVector<StoreReader::Change> m_rows;
};

} // namespace omv
