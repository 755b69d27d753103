#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QTableView;

namespace omv
{

/// A window's state per cluster (issue 18): its geometry and dock/toolbar layout, its splitters,
/// and its tables' headers (column widths, order, sort), kept in the program's settings under
/// "<window>/<cluster>/…" — each cluster opens as it was left, another cluster as it was left.
class WindowState
{
public:
    WindowState(QMainWindow* window, const QString& name, const QString& cluster);
    void add(QHeaderView* header, const QString& name);
    void add(QSplitter* splitter, const QString& name);
    /// Restores what was saved for this cluster; false when nothing was (a first start).
    bool restore();
    void save() const;

    /// A first start: `table`'s columns sized to their content (fitColumnsToContents) and the
    /// window made as wide as they want, within the screen it is on.
    static void fitFirstStart(QMainWindow* window, QTableView* table);

private:
    QString key(const QString& what) const;
    QMainWindow* m_window;
    QString m_prefix;
    QList<QPair<QHeaderView*, QString>> m_headers;
    QList<QPair<QSplitter*, QString>> m_splitters;
};

} // namespace omv
