#include "keyedtablemodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>

namespace omv
{

KeyedSelection KeyedSelection::of(const QAbstractItemView* view, const KeyedTableModel* model)
{
    KeyedSelection s;
    for (const QModelIndex& i : view->selectionModel()->selectedRows())
        s.keys.insert(model->keyAt(i.row()));
    const QModelIndex cur = view->currentIndex();
    s.current = cur.isValid() ? model->keyAt(cur.row()) : -1;
    return s;
}

void KeyedSelection::restore(QAbstractItemView* view, const KeyedTableModel* model) const
{
    select(view, model, keys);
    const int row = current >= 0 ? model->rowOfKey(current) : -1;
    if (row >= 0)
        view->selectionModel()->setCurrentIndex(model->index(row, 0), QItemSelectionModel::NoUpdate);
}

void KeyedSelection::select(QAbstractItemView* view, const KeyedTableModel* model, const QSet<qint64>& keys)
{
    QItemSelection sel;
    const int lastColumn = model->columnCount() - 1;
    for (qint64 k : keys) {
        const int row = model->rowOfKey(k);
        if (row >= 0)
            sel.select(model->index(row, 0), model->index(row, lastColumn));
    }
    view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
}

QVector<int> KeyedSelection::selectedRows(const QAbstractItemView* view)
{
    QVector<int> rows;
    for (const QModelIndex& i : view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace omv
