#include "windowstate.h"

#include "tableviews.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUrl>

#include <algorithm>

namespace omv
{

WindowState::WindowState(QMainWindow* window, const QString& name, const QString& cluster)
    : m_window(window)
    // A cluster's name may hold '/' or '\\', which QSettings reads as groups: percent-encoded.
    , m_prefix(name + QLatin1Char('/')
          + QString::fromLatin1(QUrl::toPercentEncoding(cluster.isEmpty() ? QStringLiteral("-") : cluster)))
{
}

void WindowState::add(QHeaderView* header, const QString& name)
{
    m_headers << qMakePair(header, name);
}

void WindowState::add(QSplitter* splitter, const QString& name)
{
    m_splitters << qMakePair(splitter, name);
}

QString WindowState::key(const QString& what) const
{
    return m_prefix + QLatin1Char('/') + what;
}

bool WindowState::restore()
{
    QSettings s;
    if (!s.contains(key(QStringLiteral("geometry"))))
        return false;
    m_window->restoreGeometry(s.value(key(QStringLiteral("geometry"))).toByteArray());
    m_window->restoreState(s.value(key(QStringLiteral("state"))).toByteArray());
    for (const auto& [header, name] : m_headers)
        header->restoreState(s.value(key(QStringLiteral("header/") + name)).toByteArray());
    for (const auto& [splitter, name] : m_splitters)
        splitter->restoreState(s.value(key(QStringLiteral("splitter/") + name)).toByteArray());
    return true;
}

void WindowState::save() const
{
    QSettings s;
    s.setValue(key(QStringLiteral("geometry")), m_window->saveGeometry());
    s.setValue(key(QStringLiteral("state")), m_window->saveState());
    for (const auto& [header, name] : m_headers)
        s.setValue(key(QStringLiteral("header/") + name), header->saveState());
    for (const auto& [splitter, name] : m_splitters)
        s.setValue(key(QStringLiteral("splitter/") + name), splitter->saveState());
}

void WindowState::fitFirstStart(QMainWindow* window, QTableView* table)
{
    fitColumnsToContents(table);
    const QHeaderView* h = table->horizontalHeader();
    // What the columns want (the last one its title, or 80 px), and the table's frame.
    int wanted = table->frameWidth() * 2 + table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < h->count(); ++c) {
        if (h->isSectionHidden(c))
            continue;
        wanted += c + 1 < h->count() ? h->sectionSize(c) : std::max(80, h->sectionSizeHint(c));
    }
    const int extra = window->width() - table->viewport()->width() - table->frameWidth() * 2
        - (table->verticalScrollBar()->isVisible() ? table->verticalScrollBar()->width() : 0);
    const QScreen* screen = window->screen();
    const int most = screen ? screen->availableGeometry().width() - 40 : 1600;
    window->resize(
        std::clamp(wanted + std::max(0, extra), window->width(), std::max(window->width(), most)), window->height());
}

} // namespace omv
