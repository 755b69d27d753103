#include "processtablemodel.h"

#include <QDateTime>

#include "core/model/snapshotdiff.h"

#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace omv
{

namespace
{

QIcon drawnIcon(bool lock)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (lock) { // a padlock: shackle and body
        p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(3.5, 1.5, 7, 8), 0, 180 * 16);
        p.drawLine(QPointF(3.5, 5.5), QPointF(3.5, 7));
        p.drawLine(QPointF(10.5, 5.5), QPointF(10.5, 7));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc8, 0x96, 0x20));
        p.drawRoundedRect(QRectF(2, 7, 10, 6.5), 1.5, 1.5);
    } else { // migrated: the original's green mark
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0xa0, 0x40));
        p.drawEllipse(QRectF(1.5, 1.5, 11, 11));
        p.setBrush(Qt::white);
        const QPointF arrow[]
            = { { 4, 5.5 }, { 7.5, 5.5 }, { 7.5, 3.5 }, { 11, 7 }, { 7.5, 10.5 }, { 7.5, 8.5 }, { 4, 8.5 } };
        p.drawPolygon(arrow, 7);
    }
    return QIcon(pm);
}

// "Logged at full detail": a recording dot in a ring.
QIcon loggedIcon()
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xb0, 0x20, 0x20), 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd0, 0x20, 0x20));
    p.drawEllipse(QRectF(4.5, 4.5, 5, 5));
    return QIcon(pm);
}

} // namespace

QString ProcessTableModel::memoryText(qint64 bytes)
{
    if (bytes < 0)
        return QString();
    if (bytes >= qint64(1) << 30)
        return QString::number(double(bytes) / double(qint64(1) << 30), 'f', 1) + QStringLiteral(" GB");
    return QString::number(double(bytes) / double(1 << 20), 'f', 1) + QStringLiteral(" MB");
}

ProcessTableModel::ProcessTableModel(QObject* parent)
    : KeyedTableModel(parent)
    , m_migratedIcon(drawnIcon(false))
    , m_lockIcon(drawnIcon(true))
    , m_loggedIcon(loggedIcon())
    , m_noIcon([] {
        QPixmap pm(14, 14);
        pm.fill(Qt::transparent);
        return QIcon(pm);
    }())
{
}

QString ProcessTableModel::displayText(const QString& text)
{
    int i = 0;
    while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() != 0x7f
        && text.at(i).category() != QChar::Other_Format)
        ++i;
    if (i == text.size())
        return text; // the usual case: nothing to escape, no copy
    QString out = text.left(i);
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            // control characters and invisible format marks (e.g. right-to-left overrides)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void ProcessTableModel::applySnapshot(const ClusterSnapshot& snapshot)
{
    // CPU %: ticks (USER_HZ, 100 per second) since the previous snapshot. Both lists are sorted
    // by (home, pid), which is the key's order: one merge walk (the core's, as every diff).
    const QVector<Row> previous = m_rows;
    const double seconds = m_snapshot.timeMs > 0 ? double(snapshot.timeMs - m_snapshot.timeMs) / 1000.0 : 0;
    const ClusterSnapshot before = m_snapshot; // shared, not copied: the previous rows point into it
    m_snapshot = snapshot;
    QVector<int> previousPos(previous.size(), -1); // previous row -> its place in the visible order
    for (int pos = 0; pos < m_visible.size(); ++pos)
        previousPos[m_visible.at(pos)] = pos;
    m_prevSortColumn = m_sortColumn;
    m_prevSortOrder = m_sortOrder;
    m_prevVisibleCount = m_visible.size();
    QVector<Row> rows;
    rows.reserve(m_snapshot.processes.size());
    QSet<QString> users;
    const QString* lastUser = nullptr; // neighbours are often the same user: skip the hash then
    const QVector<ProcessInfo>& procs = m_snapshot.processes;
    mergeByKey(
        procs.size(), [&](int i) { return processKey(procs[i].homeNode, procs[i].pid); }, previous.size(),
        [&](int j) { return quint64(previous[j].key); },
        [&](int i, int j) {
            if (i < 0)
                return; // ended
            const ProcessInfo& p = procs.at(i);
            if (!lastUser || *lastUser != p.user) {
                users.insert(p.user);
                lastUser = &p.user;
            }
            Row r { i, key(p.homeNode, p.pid), QString(), QString(), p.cpuPercent, nullptr, -1 };
            const bool known = j >= 0;
            // The same process with the same command line (usually the very same shared list):
            // its texts are reused, which keeps a refresh of 50,000 rows from building 100,000
            // strings.
            const void* argvData = p.argv.isEmpty() ? nullptr : &*p.argv.cbegin();
            r.argvData = argvData;
            if (known && argvData
                && (previous.at(j).argvData == argvData || before.processes.at(previous.at(j).index).argv == p.argv)) {
                r.command = previous.at(j).command;
                r.folded = previous.at(j).folded;
                r.prevPos = previousPos.at(j);
            } else {
                r.command = displayText(p.commandLine());
                r.folded = r.command.toCaseFolded();
            }
            if (known)
                r.cpu = p.cpuPercentSince(before.processes.at(previous.at(j).index), seconds);
            rows << std::move(r);
        });
    m_rows = std::move(rows);
    users.remove(QString());
    QStringList sorted(users.cbegin(), users.cend());
    std::sort(sorted.begin(), sorted.end());
    m_users = std::move(sorted);
    rebuild(true);
}

bool ProcessTableModel::accepts(const Row& r) const
{
    const ProcessInfo& p = proc(r);
    if (m_filter.node && p.node != m_filter.node)
        return false;
    if (!m_filter.user.isEmpty() && p.user != m_filter.user)
        return false;
    if (m_filter.onlyMigrated && p.node == p.homeNode)
        return false;
    if (m_filter.onlyGuests && p.node == p.homeNode)
        return false;
    if (m_filter.text.isEmpty())
        return true;
    if (!m_filterPid.isEmpty() && QString::number(p.pid).startsWith(m_filterPid))
        return true;
    // The folded command line against the folded filter: a plain search, several times faster
    // than a case-insensitive one over 50,000 lines on every refresh and keystroke.
    return r.folded.contains(m_filterFolded) || p.user.contains(m_filter.text, Qt::CaseInsensitive);
}

void ProcessTableModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filter.text = m_filter.text.trimmed();
    bool number = false;
    m_filter.text.toInt(&number);
    m_filterPid = number ? m_filter.text : QString();
    m_filterFolded = m_filter.text.toCaseFolded();
    rebuild(false);
}

void ProcessTableModel::sortVisible(QVector<int>& rows) const
{
    if (m_sortColumn < 0)
        return; // the snapshot's order: home node, pid
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    // The sort values are gathered into one contiguous array first: comparing through the rows
    // (and from there into 50,000 scattered ProcessInfo) was mostly cache misses. Ties go by
    // (home, pid), so the order is stable across refreshes.
    // `unchanged`: the value of a row with a prevPos is what it was when the previous order was
    // made; those rows are then already in order among themselves, and only the others are
    // sorted and merged in (a refresh sorted by command line: a few new processes among 50,000).
    auto sortBy = [&](auto value, auto compare, bool unchanged = false) {
        using V = std::decay_t<decltype(value(m_rows.first()))>;
        struct Item {
            V v;
            qint64 key;
            int row;
        };
        const auto less = [desc, &compare](const Item& a, const Item& b) {
            const int c = compare(a.v, b.v);
            if (c != 0)
                return desc ? c > 0 : c < 0;
            return desc ? b.key < a.key : a.key < b.key;
        };
        std::vector<Item> items;
        items.reserve(size_t(rows.size()));
        if (unchanged && m_prevSortColumn == m_sortColumn && m_prevSortOrder == m_sortOrder) {
            std::vector<int> slot(size_t(m_prevVisibleCount), -1); // previous place -> rows index
            std::vector<Item> fresh;
            for (int k = 0; k < rows.size(); ++k) {
                const Row& r = m_rows.at(rows.at(k));
                if (r.prevPos >= 0)
                    slot[size_t(r.prevPos)] = k;
                else
                    fresh.push_back(Item { value(r), r.key, rows.at(k) });
            }
            std::sort(fresh.begin(), fresh.end(), less);
            std::vector<Item> kept;
            kept.reserve(items.capacity());
            for (int k : slot) {
                if (k >= 0)
                    kept.push_back(Item { value(m_rows.at(rows.at(k))), m_rows.at(rows.at(k)).key, rows.at(k) });
            }
            std::merge(kept.begin(), kept.end(), fresh.begin(), fresh.end(), std::back_inserter(items), less);
        } else {
            for (int i : qAsConst(rows))
                items.push_back(Item { value(m_rows.at(i)), m_rows.at(i).key, i });
            std::sort(items.begin(), items.end(), less);
        }
        for (size_t i = 0; i < items.size(); ++i)
            rows[int(i)] = items[i].row;
    };
    auto byNumber = [&](auto value) { sortBy(value, [](auto a, auto b) { return a < b ? -1 : b < a ? 1 : 0; }); };
    auto byText = [&](auto value) {
        sortBy([&value](const Row& r) { return &value(r); },
            [](const QString* a, const QString* b) { return QString::compare(*a, *b, Qt::CaseInsensitive); });
    };
    // The command line is case-folded once per process, so it sorts by a plain compare.
    auto byFolded = [&] {
        sortBy([](const Row& r) { return &r.folded; },
            [](const QString* a, const QString* b) { return a->compare(*b); }, true);
    };
    switch (m_sortColumn) {
    case PidColumn:
        byNumber([&](const Row& r) { return proc(r).pid; });
        break;
    case UserColumn:
        byText([&](const Row& r) -> const QString& { return proc(r).user; });
        break;
    case CommandColumn:
        byFolded();
        break;
    case HomeColumn:
        byNumber([](const Row& r) { return r.key; });
        break;
    case NodeColumn:
        byNumber([&](const Row& r) { return proc(r).node; });
        break;
    case StateColumn:
        byNumber([&](const Row& r) { return proc(r).state.unicode(); });
        break;
    case CpuColumn:
        byNumber([](const Row& r) { return r.cpu; });
        break;
    case MemoryColumn:
        byNumber([&](const Row& r) { return proc(r).rssBytes; });
        break;
    case NiceColumn:
        byNumber([&](const Row& r) { return proc(r).nice; });
        break;
    case LockedColumn:
        byNumber([&](const Row& r) { return int(proc(r).locked); });
        break;
    case MigrationsColumn:
        byNumber([&](const Row& r) { return proc(r).migrations; });
        break;
    case CantMoveColumn:
        byText([&](const Row& r) -> const QString& { return proc(r).cantMove; });
        break;
    case SinceColumn:
        byNumber([&](const Row& r) { return proc(r).sinceMs; });
        break;
    default:
        break;
    }
}

void ProcessTableModel::rebuild(bool dataOnly)
{
    QVector<int> visible;
    visible.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (accepts(m_rows.at(i)))
            visible << i;
    }
    sortVisible(visible);
    bool same = dataOnly && visible.size() == m_visible.size();
    // Same rows in the same order (by key, not by index: the snapshot is new)?
    if (same) {
        for (int i = 0; i < visible.size() && same; ++i)
            same = m_rows.at(visible.at(i)).key == m_visibleKeys.at(i);
    }
    if (same) {
        m_visible = std::move(visible);
        if (!m_visible.isEmpty())
            emit dataChanged(index(0, 0), index(m_visible.size() - 1, ColumnCount - 1));
        return;
    }
    emit aboutToRefresh();
    beginResetModel();
    m_visible = std::move(visible);
    m_visibleKeys.resize(m_visible.size());
    for (int i = 0; i < m_visible.size(); ++i)
        m_visibleKeys[i] = m_rows.at(m_visible.at(i)).key;
    endResetModel();
    emit refreshed();
}

void ProcessTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorderRows([this] {
        sortVisible(m_visible);
        for (int i = 0; i < m_visible.size(); ++i)
            m_visibleKeys[i] = m_rows.at(m_visible.at(i)).key;
    });
}

const ProcessInfo* ProcessTableModel::processAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &proc(m_rows.at(m_visible.at(row))) : nullptr;
}

const ProcessInfo* ProcessTableModel::processOfKey(qint64 k, double* cpuPercent) const
{
    // The rows are in the snapshot's order, which is the key's (see applySnapshot).
    const auto it
        = std::lower_bound(m_rows.cbegin(), m_rows.cend(), k, [](const Row& r, qint64 want) { return r.key < want; });
    if (it == m_rows.cend() || it->key != k)
        return nullptr;
    if (cpuPercent)
        *cpuPercent = it->cpu;
    return &proc(*it);
}

double ProcessTableModel::cpuPercentAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_rows.at(m_visible.at(row)).cpu : -1;
}

int ProcessTableModel::rowOfKey(qint64 k) const
{
    // A linear scan: called for the selected rows only, and 50,000 compares take ~20 µs.
    const int i = int(m_visibleKeys.indexOf(k));
    return i;
}

int ProcessTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_visible.size();
}

const std::vector<ColumnSpec>& ProcessTableModel::columns() const
{
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    static const std::vector<ColumnSpec> columns = {
        { QT_TR_NOOP("PID"), QT_TR_NOOP("Process ID on its home node"), right },
        { QT_TR_NOOP("User") },
        { QT_TR_NOOP("Command") },
        { QT_TR_NOOP("Home"), QT_TR_NOOP("The node the process was born on"), right },
        { QT_TR_NOOP("Runs on"), QT_TR_NOOP("The node that computes it now (green mark: away from home)"), right },
        { QT_TR_NOOP("State") },
        { QT_TR_NOOP("CPU %"), QT_TR_NOOP("Share of one CPU since the previous sample"), right },
        { QT_TR_NOOP("Memory"), QT_TR_NOOP("Resident memory"), right },
        { QT_TR_NOOP("Nice"), nullptr, right },
        { QT_TR_NOOP("Lock"), QT_TR_NOOP("Locked to its home node: the balancer leaves it there") },
        { QT_TR_NOOP("Migrations"), nullptr, right },
        { QT_TR_NOOP("Why it can't move"), QT_TR_NOOP("What the kernel says keeps it from migrating") },
        { QT_TR_NOOP("There since"),
            QT_TR_NOOP("When it came to the node it runs on (its start, or its last migration)") },
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

QVariant ProcessTableModel::cell(int row, int column, int role) const
{
    if (m_visible.at(row) >= m_rows.size()) // asked between a new snapshot and the reset
        return {};
    const Row& r = m_rows.at(m_visible.at(row));
    const ProcessInfo& p = proc(r);
    const bool migrated = p.node != p.homeNode;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PidColumn:
            return p.pid;
        case UserColumn:
            return displayText(p.user);
        case CommandColumn:
            return r.command.isEmpty() ? QLatin1Char('[') + displayText(p.name) + QLatin1Char(']') : r.command;
        case HomeColumn:
            return p.homeNode;
        case NodeColumn:
            return p.migrating ? tr("moving") : QString::number(p.node);
        case StateColumn:
            return p.state.isNull() ? QString() : QString(p.state);
        case CpuColumn:
            return r.cpu < 0 ? QString() : QString::number(r.cpu, 'f', 1);
        case MemoryColumn:
            return memoryText(p.rssBytes);
        case NiceColumn:
            return p.nice;
        case LockedColumn:
            return QString(); // the padlock says it
        case MigrationsColumn:
            return p.migrations;
        case CantMoveColumn:
            return displayText(p.cantMove);
        case SinceColumn:
            return p.sinceMs < 0
                ? QString()
                : QDateTime::fromMSecsSinceEpoch(p.sinceMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        break;
    case Qt::DecorationRole:
        // While any process is logged, the others keep an empty one: the pids stay in line.
        if (column == PidColumn && !m_logged.isEmpty())
            return m_logged.contains(r.key) ? m_loggedIcon : m_noIcon;
        if (column == NodeColumn && migrated)
            return m_migratedIcon;
        if (column == LockedColumn && p.locked)
            return m_lockIcon;
        break;
    case Qt::ToolTipRole:
        if (column == PidColumn && m_logged.contains(r.key))
            return tr("Logged: the collector keeps its every sample (openmosixhistory shows them)");
        if (column == CommandColumn)
            return r.command; // plain text: a tooltip that does not start with a tag is not rich text
        if (column == NodeColumn && migrated)
            return tr("Born on node %1, runs on node %2").arg(p.homeNode).arg(p.node);
        if (column == LockedColumn && p.locked)
            return tr("Locked to its home node");
        break;
    case KeyRole:
        return r.key;
    case MigratedRole:
        return migrated;
    case LoggedRole:
        return m_logged.contains(r.key);
    default:
        break;
    }
    return {};
}

void ProcessTableModel::setLogged(const QSet<qint64>& keys)
{
    if (keys == m_logged)
        return;
    m_logged = keys;
    if (!m_visible.isEmpty())
        emit dataChanged(index(0, PidColumn), index(m_visible.size() - 1, PidColumn));
}

} // namespace omv
