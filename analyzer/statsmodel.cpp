#include "statsmodel.h"

#include "core/model/timerange.h"

#include <QDateTime>
#include <QLocale>

namespace omv
{

void StatsModel::setStats(const RangeStats& stats)
{
    beginResetModel();
    m_stats = stats;
    endResetModel();
}

int StatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + m_stats.nodes.size();
}

const std::vector<ColumnSpec>& StatsModel::columns() const
{
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    static const std::vector<ColumnSpec> columns = {
        { QT_TR_NOOP("Node") },
        { QT_TR_NOOP("Mean load"), nullptr, right },
        { QT_TR_NOOP("Max load"), nullptr, right },
        { QT_TR_NOOP("95th pct."), nullptr, right },
        { QT_TR_NOOP("Above %1 %"), nullptr, right },
        { QT_TR_NOOP("Mean memory"), nullptr, right },
        { QT_TR_NOOP("Down"), nullptr, right },
        { QT_TR_NOOP("Outages"), nullptr, right },
        { QT_TR_NOOP("Migrations in"), nullptr, right },
        { QT_TR_NOOP("Migrations out"), nullptr, right },
        { QT_TR_NOOP("Started"), nullptr, right },
    };
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}

QString StatsModel::title(int column) const
{
    const QString t = CellModel::title(column);
    return column == Above ? t.arg(m_stats.threshold) : t;
}

QString StatsModel::durationText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("0");
    const qint64 s = ms / 1000;
    if (s < 120)
        return tr("%1 s").arg(s);
    if (s < 7200)
        return tr("%1 min").arg(s / 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString StatsModel::text(const NodeStats& s, int column) const
{
    auto percent
        = [](double v) { return v < 0 ? QStringLiteral("–") : QString::number(v, 'f', 1) + QStringLiteral(" %"); };
    auto moves
        = [](int all, int admin) { return admin ? tr("%1 (%2 admin)").arg(all).arg(admin) : QString::number(all); };
    switch (column) {
    case Node:
        return s.node == 0 ? tr("cluster") : tr("node %1").arg(s.node);
    case LoadMean:
        return percent(s.loadMean);
    case LoadMax:
        return percent(s.loadMax);
    case LoadP95:
        return percent(s.loadP95);
    case Above:
        return durationText(s.aboveMs);
    case MemMean:
        return s.memMean < 0 ? QStringLiteral("–") : QLocale().formattedDataSize(qint64(s.memMean));
    case Down:
        return durationText(s.downMs);
    case Outages:
        return QString::number(s.outages);
    case MigrationsIn:
        return moves(s.migrationsIn, s.adminIn);
    case MigrationsOut:
        return moves(s.migrationsOut, s.adminOut);
    case Started:
        return QString::number(s.processesStarted);
    }
    return QString();
}

QVariant StatsModel::cell(int row, int column, int role) const
{
    const NodeStats& s = at(row);
    switch (role) {
    case Qt::DisplayRole:
        return text(s, column);
    case NodeRole:
        return s.node;
    case SortRole:
        switch (column) {
        case Node:
            return s.node;
        case LoadMean:
            return s.loadMean;
        case LoadMax:
            return s.loadMax;
        case LoadP95:
            return s.loadP95;
        case Above:
            return s.aboveMs;
        case MemMean:
            return s.memMean;
        case Down:
            return s.downMs;
        case Outages:
            return s.outages;
        case MigrationsIn:
            return s.migrationsIn;
        case MigrationsOut:
            return s.migrationsOut;
        case Started:
            return s.processesStarted;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Above)
            return tr("Time with the load above %1 %").arg(m_stats.threshold);
        if (column == LoadMean && m_stats.tier)
            return tr("From the %1 s rollups: the raw samples of this range are no longer kept").arg(m_stats.tier);
        break;
    }
    return QVariant();
}

QString StatsModel::toText() const
{
    QVector<int> width(ColumnCount, 0);
    QVector<QStringList> rows;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    rows << header;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < ColumnCount; ++c)
            line << text(at(r), c);
        rows << line;
    }
    for (const QStringList& line : std::as_const(rows))
        for (int c = 0; c < ColumnCount; ++c)
            width[c] = std::max(width[c], int(line[c].size()));
    QString out;
    for (const QStringList& line : std::as_const(rows)) {
        for (int c = 0; c < ColumnCount; ++c)
            out += (c == 0 ? line[c].leftJustified(width[c]) : line[c].rightJustified(width[c] + 2));
        out += QLatin1Char('\n');
    }
    return out;
}

QString StatsModel::sourceText(const RangeStats& s)
{
    auto when
        = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); };
    if (s.firstSample < 0)
        return tr("Nothing was recorded in this range.");
    QString text;
    const QString every = TimeRange::widthText(s.intervalMs);
    if (s.tier == 0) {
        text = tr("From the raw samples (one every %1).").arg(every);
    } else {
        const QString summaries = TimeRange::widthText(qint64(s.tier) * 1000);
        text = s.rawFrom < s.to
            ? tr("From %1 summaries for %2 – %3 (their raw samples are no longer kept), from the raw samples (one "
                 "every %4) after.")
                  .arg(summaries, when(s.summaryFrom), when(s.rawFrom), every)
            : tr("From %1 summaries for %2 – %3: the raw samples are no longer kept.")
                  .arg(summaries, when(s.summaryFrom), when(s.rawFrom));
        text += QLatin1Char(' ')
            + tr("Min and max are the summaries' own; the 95th percentile and the time above take a summary's mean "
                 "for its samples.");
        if (!s.clusterExtremesKnown)
            text += QLatin1Char(' ')
                + tr("The cluster's extremes are not known: an older collector wrote those summaries.");
    }
    // The recording covers less than the range: say what it covers.
    if (s.firstSample > std::max(s.from, s.summaryFrom) + s.intervalMs || s.lastSample + 2 * s.intervalMs < s.to)
        text += QLatin1Char(' ') + tr("Recorded: %1 – %2.").arg(when(s.firstSample), when(s.lastSample));
    return text;
}

namespace
{

// A number as the shortest text that reads back as the same double; empty for "none" (< 0).
QString number(double v)
{
    return v < 0 ? QString() : QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000, 'g', QLocale::FloatingPointShortest);
}

QString isoUtc(qint64 ms)
{
    return ms < 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString StatsModel::toCsv(const RangeStats& s)
{
    QString out = QStringLiteral(
        "node,samples,mean_load_percent,min_load_percent,max_load_percent,p95_load_percent,"
        "above_threshold_seconds,mean_memory_bytes,min_memory_bytes,max_memory_bytes,p95_memory_bytes,down_seconds,"
        "outages,migrations_in,migrations_out,admin_migrations_in,admin_migrations_out,processes_started,from,to,"
        "threshold_percent,sample_interval_seconds,summary_seconds,summaries_from,raw_from\r\n");
    auto row = [&](const NodeStats& n) {
        const QStringList cells { n.node == 0 ? QStringLiteral("cluster") : QString::number(n.node),
            QString::number(n.samples), number(n.loadMean), number(n.loadMin), number(n.loadMax), number(n.loadP95),
            seconds(n.aboveMs), number(n.memMean), number(n.memMin), number(n.memMax), number(n.memP95),
            seconds(n.downMs), QString::number(n.outages), QString::number(n.migrationsIn),
            QString::number(n.migrationsOut), QString::number(n.adminIn), QString::number(n.adminOut),
            QString::number(n.processesStarted), isoUtc(s.from), isoUtc(s.to), number(s.threshold),
            seconds(s.intervalMs), s.tier ? QString::number(s.tier) : QString(),
            s.tier ? isoUtc(s.summaryFrom) : QString(), isoUtc(s.tier ? s.rawFrom : s.from) };
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    row(s.cluster);
    for (const NodeStats& n : s.nodes)
        row(n);
    return out;
}

} // namespace omv
