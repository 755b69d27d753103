#include "tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace omv
{

void setUpListTable(QTableView* table, const QHash<int, int>& widths)
{
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the model's own order first
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    QHeaderView* h = table->horizontalHeader();
    const int columns = table->model()->columnCount();
    for (int c = 0; c < columns; ++c) {
        // The title in the header's own font, whatever its size, and a little room.
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        h->resizeSection(c, qMax(widths.value(c, 40), h->fontMetrics().horizontalAdvance(title) + 22));
    }
    h->setStretchLastSection(true);
}

} // namespace omv
