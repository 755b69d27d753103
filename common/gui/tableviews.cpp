#include "tableviews.h"

#include "nodedelegates.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

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
    table->setItemDelegate(new CellDelegate(table)); // elided text has its whole in the tooltip
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

void fitColumnsToContents(QTableView* table)
{
    QHeaderView* h = table->horizontalHeader();
    // The rows in view and a few hundred more are measured, not 50,000; no column takes more than
    // half the view (a long command line would push the rest out of sight).
    h->setResizeContentsPrecision(300);
    const int most = std::max(120, table->viewport()->width() / 2);
    for (int c = 0; c + 1 < h->count(); ++c) {
        if (h->isSectionHidden(c))
            continue;
        const int before = h->sectionSize(c);
        table->resizeColumnToContents(c);
        h->resizeSection(c, std::clamp(h->sectionSize(c), std::min(before, most), most));
    }
}

QString modelToCsv(const QAbstractItemModel* model)
{
    auto cell = [](QString t) {
        if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
            t.prepend(QLatin1Char('\''));
        if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')))
            t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return t;
    };
    QString out;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << cell(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row << cell(model->index(r, c).data(Qt::DisplayRole).toString());
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace omv
