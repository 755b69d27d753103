#pragma once

#include "core/model/timerange.h"
#include "core/store/historyreader.h"

#include "noderowcache.h"

#include <QMainWindow>

#include <QSet>
#include <memory>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

class QBoxLayout;

namespace omv
{
class WindowState;

class StatsModel;
class TimeChart;
class TimeRangeBar;

/// openmosixanalyzer's window: the cluster's load and memory over a time range on top (with
/// migrations per bucket as bars), every node's load below (one line per node in one chart,
/// toggled from a list with their colours; down spells shaded), load above the threshold drawn
/// red, checkpoints as vertical lines, admin commands as ticks, and the range's statistics per
/// node in a table. Reads the history through a HistoryReader (never writes it); keeps the node
/// rows it has read (NodeRowCache) so zooming and panning within them reads nothing; follows the
/// file while the range ends at now.
class AnalyzerWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `where`: the collector's host when the file is there (read over ssh, issue 30).
    AnalyzerWindow(const QString& dbPath, const QString& clusterName,
        const control::CollectorHost& where = control::CollectorHost(), QWidget* parent = nullptr);
    ~AnalyzerWindow() override;

    TimeRangeBar* rangeBar() const { return m_bar; }
    void setRange(const TimeRange& range);
    void setThreshold(double percent);
    double threshold() const { return m_threshold; }
    StatsModel* statsModel() const { return m_stats; }
    TimeChart* clusterChart() const { return m_clusterChart; }
    TimeChart* nodeChart() const { return m_nodeChart; }
    HistoryReader* reader() const { return m_reader; }
    /// Points of the cluster's mean-load line, and of node `node`'s line.
    int clusterPoints() const;
    /// Where the cluster chart's newest point ends (the end of its bucket); -1 before any.
    qint64 shownUntil() const;
    int nodePoints(NodeId node) const;
    QString statusText() const;
    /// The events of the range (outages, checkpoints, admin commands), oldest first.
    const QVector<EventRow>& events() const { return m_events; }

    /// The report of what the window shows: the cluster, the range and when it was made, both
    /// charts, the statistics and the events, paginated with page numbers; false with `error`.
    bool writeReport(QPagedPaintDevice* device, QString* error) const;
    /// Whether the charts and the statistics of the current range are both in.
    bool complete() const { return m_pending.isEmpty() && m_statsId == 0; }
    /// A PDF of it at `path` (A4).
    bool exportPdf(const QString& path, QString* error) const;
    /// The statistics as CSV.
    QString statisticsCsv() const;
    /// The charts' series as CSV: a row per point in time, the cluster's figures and each shown
    /// node's load.
    QString seriesCsv() const;
    /// Both charts as one image, PNG or SVG by the name's ending; false with `error`.
    bool exportCharts(const QString& path, QString* error) const;
    /// What the crosshair says at `ts`: the time and every visible line's value there, and the
    /// events near it.
    QString crosshairText(qint64 ts) const;
    /// Back to the range before the last zoom on a chart (Escape); false when there is none.
    bool back();
    /// Overlays the cluster's mean load of the same range `shiftMs` earlier (dashed); 0: none.
    void setCompare(qint64 shiftMs);
    qint64 compareShift() const { return m_compareShift; }
    /// Points of the overlay (shifted onto the current range).
    int comparePoints() const;
    /// openmosixhistory's arguments for this file at `ts` (the crosshair's time; the range's end
    /// when the pointer is not on a chart).
    QStringList historyArguments(qint64 ts = -1) const;
    /// What names the cluster to openmosixhistory instead of --db (a remote profile's --profile).
    void setProgramArgs(const QStringList& args) { m_programArgs = args; }
    /// Down spells shaded on the node chart.
    int downSpellsShown() const;
    /// The node chart shows each node's memory used (true) or its load (false, the default).
    void setNodeFigure(bool memory);
    bool nodeFigureIsMemory() const { return m_nodeMemory; }
    /// Only `node`'s line in the node chart (0: every node again), as a double click on its row.
    void showOnlyNode(NodeId node);
    /// Nodes whose lines are shown.
    QList<NodeId> visibleNodes() const;
    /// The node rows held in memory, and how many queries read the node chart's rows so far.
    const NodeRowCache& nodeRows() const { return m_rows; }
    int nodeRowReads() const { return m_rowReads; }

signals:
    /// The charts of the latest range are drawn (the statistics follow on their own).
    void drawn();
    /// The statistics of the latest range are in the table.
    void statisticsReady();
    /// The file could not be opened (or is not a history): the window says why too.
    void failed(const QString& message);

private:
    void buildMenus();
    void markCheckpoint();
    void zoomedOnChart(qint64 from, qint64 to);
    void keyPressEvent(QKeyEvent* event) override;
    void requestAll();
    void requestRows(int tier);
    // The constructor's parts.
    void setUpCharts();
    void setUpNodeListAndTable();
    QWidget* buildPanes();
    QBoxLayout* buildTopRow();
    void connectReader();
    void onClusterSeries(
        const history::Head& head, const history::ClusterSeries& asked, const QVector<SeriesPoint>& series);
    void onNodeRows(
        const history::Head& head, const history::NodeRows& asked, const QHash<NodeId, QVector<SeriesPoint>>& rows);
    void applyExtent(const TimeExtent& extent);
    void drawCluster(const QVector<SeriesPoint>& points);
    void drawNodes();
    void drawEvents(const QVector<EventRow>& events);
    void updateAxes();
    void finishRound(quint64 id);
    QColor colourOf(NodeId node) const;

    QString m_db;
    control::CollectorHost m_where;
    QStringList m_programArgs;
    HistoryReader* m_reader;
    TimeRangeBar* m_bar;
    TimeChart* m_clusterChart;
    TimeChart* m_nodeChart;
    QListWidget* m_nodeList;
    QComboBox* m_nodeFigureBox = nullptr;
    bool m_nodeMemory = false; // the node chart shows memory used, not load
    QTableView* m_table;
    StatsModel* m_stats;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_status;
    QLabel* m_statsSource = nullptr; // what the statistics come from
    // The cluster chart's lines.
    int m_loadMean = -1, m_loadMax = -1, m_memory = -1, m_nodesUp = -1, m_compare = -1;
    QVector<SeriesPoint> m_clusterData;
    qint64 m_compareShift = 0;
    QComboBox* m_compareBox = nullptr;
    QHash<NodeId, int> m_nodeLines; // node → its line in the node chart
    QHash<NodeId, QVector<SeriesPoint>> m_nodeData; // what the node chart shows
    NodeRowCache m_rows;
    int m_rowTier = 0; // the tier the node chart's rows were read from
    int m_rowReads = 0;
    quint64 m_rowsId = 0; // the rows the current range waits for; 0: none
    history::NodeRows m_rowsAsked; // and what they are
    QList<TimeRange> m_history; // ranges before a chart zoom, for Escape
    QVector<EventRow> m_events;
    QString m_cluster;
    TimeExtent m_extent;
    double m_threshold = 75;
    qint64 m_from = 0, m_to = 0;
    int m_points = 0;
    QSet<quint64> m_pending;
    quint64 m_statsId = 0; // the statistics still awaited; 0 when in
    bool m_rangeGiven = false; // setRange() was called: the first extent keeps it
    bool m_following = false; // the next round refreshes the same range with the file's new rows
    bool m_extentQuiet = false; // the next extent only updates what is known (the charts are on their way)
    TimeRange m_statsRange; // the range of the statistics asked for last
    std::unique_ptr<WindowState> m_windowState; // size, splitters, columns per cluster
};

} // namespace omv
