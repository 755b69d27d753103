#pragma once

#include "cellmodel.h"
#include <QSet>

#include <functional>

class QAbstractItemView;

namespace omv
{

/// A table whose rows are known by a key: when the rows are put in another order, the views'
/// persistent indexes (selection, current row, editors) follow their rows by key.
class KeyedTableModel : public CellModel
{
public:
    using CellModel::CellModel;

    /// The key of a visible row; -1 when out of range.
    virtual qint64 keyAt(int row) const = 0;
    /// The visible row of a key, or -1.
    virtual int rowOfKey(qint64 key) const = 0;

protected:
    /// Runs `reorder`, which changes the order of the rows but not which rows there are, between
    /// the layout signals.
    void reorderRows(const std::function<void()>& reorder)
    {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QVector<qint64> keys;
        keys.reserve(before.size());
        for (const QModelIndex& i : before)
            keys << keyAt(i.row());
        reorder();
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i) {
            const int row = rowOfKey(keys.at(i));
            after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
};

/// A view's selected rows and current row by key: saved before the model's rows are replaced,
/// restored after, so a refresh (or another filter) keeps what the user picked.
struct KeyedSelection {
    QSet<qint64> keys;
    qint64 current = -1;

    static KeyedSelection of(const QAbstractItemView* view, const KeyedTableModel* model);
    void restore(QAbstractItemView* view, const KeyedTableModel* model) const;
    /// Selects the whole rows of `keys` (the others deselected).
    static void select(QAbstractItemView* view, const KeyedTableModel* model, const QSet<qint64>& keys);
    /// The selected rows, top to bottom.
    static QVector<int> selectedRows(const QAbstractItemView* view);
};

} // namespace omv
