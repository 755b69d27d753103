#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <vector>

namespace omv
{

/// One column of a table: its title, what its header's tooltip says (none: the title again) and
/// where its cells' text sits. Title and tip are marked with QT_TR_NOOP in the model's own
/// member function, so translators find them under the model's class.
struct ColumnSpec {
    const char* title;
    const char* tip = nullptr;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
};

/// A table whose columns are described once and whose cells the subclass gives one at a time
/// (as KDAB hotspot's HashModel asks for `cell(column, role, row)`): the index checks, the
/// header, the column count and the default alignment are here, not in a switch per model.
class CellModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(columns().size());
    }
    QVariant data(const QModelIndex& index, int role) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        QVariant value = cell(index.row(), index.column(), role);
        if (!value.isValid() && role == Qt::TextAlignmentRole)
            return int(columns()[size_t(index.column())].align);
        return value;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
            return {};
        const char* tip = columns()[size_t(section)].tip;
        if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && !tip))
            return title(section);
        if (role == Qt::ToolTipRole)
            return translated(tip);
        return {};
    }

protected:
    /// The columns in order: a function-local static in the subclass.
    virtual const std::vector<ColumnSpec>& columns() const = 0;
    /// What the cell of a row (checked: in range) and column holds for a role; an invalid value
    /// for the alignment role gives the column's.
    virtual QVariant cell(int row, int column, int role) const = 0;
    /// A column's title; the subclass may fill in what depends on its state.
    virtual QString title(int column) const { return translated(columns()[size_t(column)].title); }
    /// A text marked QT_TR_NOOP in the subclass, in the subclass's translation context.
    QString translated(const char* text) const { return QCoreApplication::translate(metaObject()->className(), text); }
};

} // namespace omv
