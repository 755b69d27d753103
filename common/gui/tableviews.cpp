#include "tableviews.h"

#include <QAbstractItemModel>
#include <QStringList>

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
