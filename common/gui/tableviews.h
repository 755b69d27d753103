#pragma once

#include <QHash>

class QAbstractItemModel;
class QString;
class QTableView;

namespace omv
{

/// How the suite's long lists look and behave: whole rows selected (several at once), sortable
/// by any column, not editable, alternating rows without a grid (a stroked grid was most of a
/// repaint, see BENCHMARKS.md), one fixed row height (no per-row sizing over 50,000 rows). Every
/// column is as wide as `widths` says (40 px if it says nothing) and at least as wide as its
/// title in the header's font; the last column takes what is left. Call after setModel().
void setUpListTable(QTableView* table, const QHash<int, int>& widths);

/// Each column (but the last, which stretches) as wide as its content in the rows measured (the
/// ones in view and some hundreds more), at least as wide as it was, at most half the view: for
/// a window's first sample, before the user set widths of their own.
void fitColumnsToContents(QTableView* table);

/// A model's rows (with its header) as CSV, RFC 4180 quoting; a cell that starts like a formula
/// (= + - @) gets a leading ' so that a spreadsheet shows it instead of running it.
QString modelToCsv(const QAbstractItemModel* model);

} // namespace omv
