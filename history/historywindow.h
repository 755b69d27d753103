#pragma once

#include "core/store/historyreader.h"
#include "gui/keyedtablemodel.h"

#include <QMainWindow>

#include <memory>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSlider;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
class QPagedPaintDevice;

class QBoxLayout;

namespace omv
{
class WindowState;

class ChangeTableModel;
class LifeStrip;
class NodeTableModel;
class ProcessTableModel;
class TimeChart;

/// openmosixhistory's window: the cluster at any recorded moment. A load strip with the events
/// over the whole file and a time slider pick the moment (steps to the recorded samples, by a
/// minute or an hour, to the events, typed, played at 1× … 3600×); below, the node table and the
/// processes as they were then (the main window's and the process manager's models, read-only),
/// filtered by owner, node, command, migrated or guests; the selected process's life as a strip.
/// Reads the history through a HistoryReader, latest request wins (dragging never queues up).
class HistoryWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `where`: the collector's host when the file is there (read over ssh, issue 30).
    HistoryWindow(const QString& dbPath, const QString& clusterName,
        const control::CollectorHost& where = control::CollectorHost(), QWidget* parent = nullptr);
    ~HistoryWindow() override;

    /// Shows the cluster at `t` (ms); before the file is open, the moment to open at.
    void setMoment(qint64 t);
    /// The moment asked for last, and what is shown (its sample, nodes and processes).
    qint64 moment() const { return m_t; }
    const StoreReader::Moment& shown() const { return m_shown; }
    /// To the recorded sample after (+1) or before (-1) the one shown.
    void stepSample(int direction);
    void stepBy(qint64 ms);
    /// To the event after (+1) or before (-1) the moment.
    void stepEvent(int direction);
    /// Plays from the moment at `speed` × real time (0 stops).
    void play(int speed);
    int playing() const { return m_speed; }
    void setProcessFilter(const QString& user, NodeId node, const QString& text, bool migrated, bool guests);
    /// Selects a process (its life shows below); false when it is not in the table at the moment.
    bool selectProcess(NodeId home, int pid);

    /// "Between two times": what started, ended and moved from `a` to `b` (either order).
    void setBetween(qint64 a, qint64 b);
    ChangeTableModel* changesModel() const { return m_changes; }
    /// Every event of the file, oldest first; `openEvent` goes to the one on that row.
    QStandardItemModel* eventsModel() const { return m_eventRows; }
    void openEvent(int row);
    /// The processes shown at the moment as CSV (cells that look like formulas quoted).
    QString processesCsv() const;
    /// The selected process's logged samples ("log process" in openmosixprocs), as shown under
    /// its life; empty when it was not logged.
    const QVector<ProcessSampleRow>& processLog() const { return m_log; }
    QAbstractItemModel* processLogModel() const;
    /// `samples` of (home, pid) as CSV for other tools: numbers in the cells, units in the names,
    /// ISO 8601 times in UTC.
    static QString processLogCsv(NodeId home, int pid, const QVector<ProcessSampleRow>& samples);
    /// The moment's processes as a document (the cluster, the moment, the sample, how many are
    /// shown, a table), paginated by Qt, onto a printer or a PDF.
    void printProcesses(QPagedPaintDevice* device) const;
    /// That document as a PDF at `path` (A4); false with `error`.
    bool exportProcessesPdf(const QString& path, QString* error) const;

    NodeTableModel* nodeModel() const { return m_nodes; }
    ProcessTableModel* processModel() const { return m_processes; }
    LifeStrip* lifeStrip() const { return m_life; }
    TimeChart* strip() const { return m_strip; }
    QSlider* slider() const { return m_slider; }
    const TimeExtent& extent() const { return m_extent; }
    QString statusText() const;
    /// What the window says of the selected process at the moment ("did not exist then"), or empty.
    QString lifeNote() const;

signals:
    /// The moment asked for last is on the screen.
    void shownChanged();
    /// The selected process's life is in the strip.
    void lifeShown();
    /// The lives of every process at the moment shown are kept: a click shows one at once.
    void livesKept();
    /// The list between the two marked times is in.
    void changesShown();
    void failed(const QString& message);

private:
    // The constructor's parts.
    QBoxLayout* buildMomentControls();
    QWidget* buildTables();
    void connectReader();
    void addMomentKeys();
    void onEvents(const history::Head& head, const history::Events& asked, const QVector<EventRow>& events);
    void onLife(const history::Head& head, const history::ProcessLife& asked, const StoreReader::Life& life);
    void applyExtent(const TimeExtent& extent);
    void showMoment(const StoreReader::Moment& moment, qint64 asked);
    void requestLife();
    /// Cuts short the lives being read, if any; whether there were.
    bool cancelLives();
    void showLog(NodeId home, int pid, const QVector<ProcessSampleRow>& samples);
    void applyFilter();
    void syncControls();
    void showChanges(const QVector<StoreReader::Change>& changes, qint64 cut);
    void showEvents(const QVector<EventRow>& events);
    void buildMenus();

    QString m_db;
    QString m_cluster;
    control::CollectorHost m_where;
    HistoryReader* m_reader;
    TimeChart* m_strip;
    QSlider* m_slider;
    QDateTimeEdit* m_when;
    QComboBox* m_speedBox;
    QTimer* m_player;
    QTableView* m_nodeTable;
    QTableView* m_processTable;
    NodeTableModel* m_nodes;
    ProcessTableModel* m_processes;
    LifeStrip* m_life;
    QLabel* m_lifeNote;
    QComboBox* m_userBox;
    QComboBox* m_nodeBox;
    QLineEdit* m_text;
    QCheckBox* m_migrated;
    QCheckBox* m_guests;
    QLabel* m_status;
    QTabWidget* m_tabs;
    ChangeTableModel* m_changes;
    QStandardItemModel* m_eventRows;
    QLabel* m_betweenLabel;
    QTimer* m_livesTimer;
    qint64 m_a = -1, m_b = -1;

    TimeExtent m_extent;
    QVector<EventRow> m_events;
    StoreReader::Moment m_shown;
    qint64 m_t = -1; // the moment asked for
    qint64 m_openAt = -1; // asked for before the file was open
    bool m_syncing = false;
    int m_speed = 0;
    KeyedSelection m_savedSelection;
    qint64 m_selected = -1; // key(home, pid) of the process whose life is shown
    // The shown life's first start and last end (-1: still running); a pid reused by another
    // process at T asks for that one's life. While a life is asked for, it covers every time.
    qint64 m_lifeFrom = -1, m_lifeTo = -1;
    // The lives of the processes at a moment shown (history::LivesAt), by key(home, pid): asked
    // once the moment has stood still for kLivesAfterMs (not while stepping or playing); those of
    // processes still running are dropped when the file changes (a stay ends, a move is
    // recorded). A life serves any moment it covers.
    static constexpr int kLivesAfterMs = 300;
    QHash<qint64, StoreReader::Life> m_lives;
    bool m_livesAsked = false; // and not answered yet
    QVector<ProcessSampleRow> m_log; // the selected process's logged samples
    QTableView* m_logTable = nullptr;
    QStandardItemModel* m_logRows = nullptr;
    QLabel* m_logNote = nullptr;
    QAction* m_logCsv = nullptr;
    NodeId m_logHome = 0;
    int m_logPid = 0;
    QStringList m_users;
    std::unique_ptr<WindowState> m_windowState; // size, splitters, columns per cluster
};

} // namespace omv
