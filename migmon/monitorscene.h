#pragma once

#include "monitormodel.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QTimer>

namespace omv
{

class MonitorNodeItem;
class MonitorOverlay;

/// Where things go in the migration monitor's scene. Up to kRingMax nodes sit on a circle (the
/// watched node in its centre, as the original drew it, or on the ring with the others); more
/// go on a grid in id order — decided: at 100 or 1,000 nodes, concentric rings jam the inner
/// ring or waste the middle and make a node hard to find, while a grid reads like the node table
/// (row by row, by number) and gives every node the same room. Each node's squares pack in
/// rings around its disc, slot 0 at the top, clockwise.
namespace MonitorLayout
{
constexpr double kDisc = 24; ///< a node's disc radius
constexpr double kSquare = 7; ///< a process's square
/// Centre to centre, at least: 7·√2 and a little, so that two squares never overlap, side by
/// side or diagonal.
constexpr double kPitch = 10;
constexpr int kRingMax = 48;
/// The square centre of `slot`, relative to its node's centre.
QPointF slotOffset(int slot);
/// How far from its centre a node with `cells` squares reaches (its squares and its label).
double footprint(int cells);
/// Node centres: `nodes` sorted by id; `centre` (0: none) sits in the middle of a ring.
QHash<NodeId, QPointF> place(const QVector<NodeId>& nodes, NodeId centre, double footprint);
} // namespace MonitorLayout

/// The migration monitor's scene: a disc per node (an item, cached as a picture; it draws its
/// settled squares), one overlay on top (links to home, motion, pending commands, the drag) —
/// not an item per process, so 10,000 squares cost a thousand items, not ten thousand.
class MonitorScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum class ColourBy { Cpu, User };
    static constexpr int kGlideMs = 400;
    /// More motions than this at once: the rest jump (a big spread stays readable and cheap).
    static constexpr int kMaxMotions = 500;

    explicit MonitorScene(QObject* parent = nullptr);

    MonitorModel& model() { return m_model; }
    const MonitorModel& model() const { return m_model; }

    void setWatchedNode(NodeId node);
    NodeId watchedNode() const { return m_watched; }
    /// The watched node in the middle of the ring (the original), or on it with the others.
    void setCentred(bool on);
    bool isCentred() const { return m_centred; }
    void setColourBy(ColourBy by);
    ColourBy colourBy() const { return m_colourBy; }
    /// Motion on (default) or off (tests, screenshots, a slow remote display).
    void setAnimated(bool on) { m_animated = on; }

    void applySnapshot(const ClusterSnapshot& snapshot);
    void setFilter(const MonitorModel::Filter& filter);
    /// After a command failed, or the kernel did not move it: back from where it waited.
    void snapBack(qint64 key);
    /// The model's pending set changed (a drop sent commands).
    void pendingChanged();
    /// The model's groups changed.
    void groupsChanged();

    // Geometry, all in scene coordinates.
    QPointF nodeCentre(NodeId node) const { return m_centres.value(node); }
    QVector<NodeId> nodes() const;
    /// Where the square of `key` is drawn now (its slot, or where it waits while pending).
    QRectF squareRect(qint64 key) const;
    /// The shown process whose square is under `pos`; -1 when none.
    qint64 squareAt(const QPointF& pos) const;
    /// The node whose disc or squares are under `pos`; 0 when none.
    NodeId nodeAt(const QPointF& pos) const;
    QRectF homeZone() const { return m_homeZone; }

    // Selection and the keyboard's current square.
    const QSet<qint64>& selection() const { return m_selection; }
    void setSelection(const QSet<qint64>& keys);
    /// The shown squares inside `rect`.
    QSet<qint64> squaresIn(const QRectF& rect) const;
    qint64 current() const { return m_current; }
    void setCurrent(qint64 key);
    /// The square next to the current one in a direction (arrow keys): nearest in that half-plane.
    qint64 neighbour(qint64 key, int dx, int dy) const;

    // A drag in progress: ghosts at `at`, the node (or the home zone) it would drop on.
    void setDrag(const QVector<qint64>& keys, const QPointF& at, NodeId target, bool overHome);
    void clearDrag();
    bool dragging() const { return !m_dragKeys.isEmpty(); }

    int motions() const { return int(m_motions.size()); }
    /// Why the last command on a process did not do what was asked (its tooltip); empty: none.
    QString failure(qint64 key) const { return m_failures.value(key); }
    void setFailure(qint64 key, const QString& why);
    /// A node as its tooltip tells it: address, load, memory, CPUs, speed, or down.
    QString nodeText(NodeId node) const;
    /// A square's colour: by CPU % (`cpu`, -1 unknown: grey) or by user.
    QColor squareColour(const ProcessInfo& p, double cpu) const;
    static QColor groupColour(int group);
    /// Users in the order their colours were given (the legend).
    QStringList usersSeen() const { return m_userOrder; }
    QColor userColour(const QString& user) const;

signals:
    void applied();
    /// A pending command's end as the samples tell it: done, or not (why).
    void settled(qint64 key, bool done, const QString& why);

private:
    friend class MonitorNodeItem;
    friend class MonitorOverlay;
    struct Motion {
        enum Kind { Glide, FadeIn, FadeOut };
        Kind kind = Glide;
        qint64 key = -1;
        QPointF from, to; ///< square centres
        qint64 startMs = 0;
        QColor colour; ///< FadeOut: the ended process's colour (it is gone from the model)
    };
    void relayout(bool force);
    void syncNodeItems();
    void startMotions(const QVector<MonitorModel::Change>& changes, const QHash<qint64, QPointF>& before,
        const QHash<qint64, QColor>& goneColours);
    void frame();
    void noteUsers(const QVector<MonitorModel::Change>& changes);
    void touchNode(NodeId node);
    QPointF squareCentre(const MonitorModel::Place& place) const;
    QPointF pendingCentre(qint64 key) const;

    MonitorModel m_model;
    NodeId m_watched = 0;
    bool m_centred = true;
    bool m_animated = true;
    ColourBy m_colourBy = ColourBy::Cpu;
    double m_footprint = 0;
    QHash<NodeId, QPointF> m_centres;
    QHash<NodeId, MonitorNodeItem*> m_items;
    MonitorOverlay* m_overlay = nullptr;
    QRectF m_homeZone;
    QSet<qint64> m_selection;
    qint64 m_current = -1;
    QVector<qint64> m_dragKeys;
    QPointF m_dragAt;
    NodeId m_dragTarget = 0;
    bool m_dragHome = false;
    QVector<Motion> m_motions;
    QSet<qint64> m_moving; // keys of the glides and fade-ins: their nodes leave them out
    QTimer m_frameTimer;
    QElapsedTimer m_clock;
    QHash<qint64, QString> m_failures;
    QHash<QString, int> m_userIndex;
    QStringList m_userOrder;
};

} // namespace omv
