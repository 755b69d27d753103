#include "monitorscene.h"

#include "gui/nodedelegates.h"
#include "gui/timechart.h"

#include <QGraphicsItem>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <vector>

namespace omv
{

// ---------------------------------------------------------------------------------------------
// Layout

namespace MonitorLayout
{

namespace
{
constexpr double kRingGap = 6; // between the disc and the first ring of squares (the memory arc)

struct Ring {
    double radius;
    int capacity;
    int first; // first slot on it
};

const Ring& ringOf(int slot)
{
    // Grown as cells are asked for; only the GUI thread lays out.
    static std::vector<Ring> rings;
    for (;;) {
        if (!rings.empty() && slot < rings.back().first + rings.back().capacity) {
            const auto it = std::upper_bound(
                rings.cbegin(), rings.cend(), slot, [](int s, const Ring& r) { return s < r.first; });
            return *std::prev(it);
        }
        const int j = int(rings.size());
        const double r = kDisc + kRingGap + kPitch / 2 + j * kPitch;
        // As many as fit with kPitch between neighbours' centres (the chord, not the arc).
        const int capacity = std::max(6, int(M_PI / std::asin(kPitch / (2 * r))));
        rings.push_back(Ring { r, capacity, rings.empty() ? 0 : rings.back().first + rings.back().capacity });
    }
}
} // namespace

QPointF slotOffset(int slot)
{
    // A table: every paint asks for every square's place (a cosine and a sine each took an
    // eighth of a repaint at 12,000 squares).
    static std::vector<QPointF> table;
    slot = std::max(0, slot);
    while (int(table.size()) <= slot) {
        const int s = int(table.size());
        const Ring& ring = ringOf(s);
        const double a = -M_PI / 2 + 2 * M_PI * double(s - ring.first) / ring.capacity;
        table.push_back(QPointF(ring.radius * std::cos(a), ring.radius * std::sin(a)));
    }
    return table[size_t(slot)];
}

double footprint(int cells)
{
    if (cells <= 0)
        return kDisc + kRingGap + 2;
    return ringOf(cells - 1).radius + kPitch / 2 + 2;
}

QHash<NodeId, QPointF> place(const QVector<NodeId>& nodes, NodeId centre, double footprint)
{
    QHash<NodeId, QPointF> out;
    const double cell = 2 * footprint + kPitch * 2; // room between two nodes' squares
    if (nodes.size() > kRingMax) {
        const int cols = int(std::ceil(std::sqrt(double(nodes.size()))));
        for (int i = 0; i < nodes.size(); ++i)
            out.insert(nodes[i], QPointF((i % cols) * cell, (i / cols) * cell));
        return out;
    }
    QVector<NodeId> ring;
    for (NodeId n : nodes)
        if (n != centre)
            ring << n;
    const bool hasCentre = ring.size() < nodes.size();
    const int m = int(ring.size());
    double radius = m <= 1 ? 0 : (cell / 2) / std::sin(M_PI / m);
    if (hasCentre) {
        out.insert(centre, QPointF(0, 0));
        radius = std::max(radius, cell);
    }
    for (int i = 0; i < m; ++i) {
        const double a = -M_PI / 2 + 2 * M_PI * i / std::max(1, m);
        out.insert(ring[i], QPointF(radius * std::cos(a), radius * std::sin(a)));
    }
    return out;
}

} // namespace MonitorLayout

using namespace MonitorLayout;

// ---------------------------------------------------------------------------------------------
// Items

/// A node: its disc (filled by load, red outline when down, a memory arc) and its settled
/// squares. Cached as a picture: a frame of motion elsewhere only blits it.
class MonitorNodeItem : public QGraphicsItem
{
public:
    MonitorNodeItem(MonitorScene* scene, NodeId id)
        : m_scene(scene)
        , m_id(id)
    {
        setCacheMode(DeviceCoordinateCache);
        setZValue(0);
    }
    void setSample(const NodeSample& s) { m_sample = s; }
    const NodeSample& sample() const { return m_sample; }
    void setExtent(double footprint)
    {
        if (footprint == m_extent)
            return;
        prepareGeometryChange();
        m_extent = footprint;
    }
    QRectF boundingRect() const override { return QRectF(-m_extent, -m_extent, 2 * m_extent, 2 * m_extent); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override;

private:
    MonitorScene* m_scene;
    NodeId m_id;
    NodeSample m_sample;
    double m_extent = 0;
};

/// Everything that is not a node's: the home zone, lines to home, motion, pending squares,
/// the drag's ghosts and target, the keyboard's current square.
class MonitorOverlay : public QGraphicsItem
{
public:
    explicit MonitorOverlay(MonitorScene* scene)
        : m_scene(scene)
    {
        setZValue(10);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    void setRect(const QRectF& r)
    {
        prepareGeometryChange();
        m_rect = r;
    }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override;

private:
    MonitorScene* m_scene;
    QRectF m_rect;
};

namespace
{

QRectF squareAround(const QPointF& c)
{
    return QRectF(c.x() - kSquare / 2, c.y() - kSquare / 2, kSquare, kSquare);
}

// A padlock over a square: a body and a shackle.
void drawPadlock(QPainter* p, const QRectF& r)
{
    p->save();
    p->setPen(QPen(Qt::black, 1));
    p->setBrush(Qt::black);
    const QRectF body(r.left() + 1.5, r.center().y(), r.width() - 3, r.height() / 2 - 0.5);
    p->drawRect(body);
    p->setBrush(Qt::NoBrush);
    p->drawArc(QRectF(body.left() + 0.5, r.top() + 0.5, body.width() - 1, r.height() / 2 + 1), 0, 180 * 16);
    p->restore();
}

} // namespace

void MonitorNodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = m_scene->palette();
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    const bool up = m_sample.up;
    const bool watched = m_id == m_scene->m_watched;
    p->setRenderHint(QPainter::Antialiasing, lod > 0.4);
    // The disc: load calm → hot, grey when down; a down node's and the watched node's outlines
    // wide.
    const QRectF disc(-kDisc, -kDisc, 2 * kDisc, 2 * kDisc);
    const QColor fill = up ? BarDelegate::heat(std::max(0.0, m_sample.loadPercent)) : pal.color(QPalette::Mid);
    QPen outline(pal.color(QPalette::Dark), 1);
    if (!up)
        outline = QPen(QColor(200, 30, 30), 2.5);
    else if (watched)
        outline = QPen(pal.color(QPalette::Highlight), 3);
    p->setPen(outline);
    p->setBrush(fill);
    p->drawEllipse(disc);
    // Memory used as a ring segment around the disc, from the top clockwise.
    if (up && m_sample.memTotal > 0 && m_sample.memFree >= 0) {
        const double used = double(m_sample.memTotal - m_sample.memFree) / double(m_sample.memTotal);
        const double r = kDisc + 3.5;
        p->setPen(QPen(QColor(40, 90, 170), 3, Qt::SolidLine, Qt::FlatCap));
        p->setBrush(Qt::NoBrush);
        p->drawArc(QRectF(-r, -r, 2 * r, 2 * r), 90 * 16, -int(used * 360 * 16));
    }
    // Its label: the id large, the address small; "down" when it is — each only when it comes
    // out readable (7 px and more): 1,000 unreadable labels cost most of a repaint.
    if (16 * lod >= 7) {
        // Sizes in scene units, not the desktop's points: the label must fit its disc at any
        // zoom and any desktop font.
        p->setPen(up ? QColor(Qt::black) : pal.color(QPalette::Text));
        QFont f = m_scene->font();
        f.setBold(true);
        f.setPixelSize(16);
        p->setFont(f);
        p->drawText(
            QRectF(-kDisc, -kDisc + 4, 2 * kDisc, kDisc), Qt::AlignHCenter | Qt::AlignBottom, QString::number(m_id));
        QFont small = m_scene->font();
        small.setPixelSize(8);
        p->setFont(small);
        const QString under = up ? (8 * lod >= 6 ? m_sample.addresses.value(0) : QString()) : QObject::tr("down");
        const QRectF line(-kDisc + 2, 2, 2 * kDisc - 4, kDisc / 2);
        p->drawText(line, Qt::AlignHCenter | Qt::AlignTop,
            QFontMetrics(small).elidedText(under, Qt::ElideMiddle, int(line.width())));
    }
    // Its settled squares (the moving and the pending ones the overlay draws).
    const MonitorModel& model = m_scene->m_model;
    const QVector<MonitorModel::Slot>& cells = model.slotsOf(m_id);
    const QPen frame(Qt::black, 1.5), selected(pal.color(QPalette::Highlight), 2);
    p->setRenderHint(QPainter::Antialiasing, false);
    for (int s = 0; s < cells.size(); ++s) {
        const qint64 key = cells[s].key;
        if (key < 0 || m_scene->m_moving.contains(key) || m_scene->m_model.isPending(key))
            continue;
        const ProcessInfo& info = model.snapshot().processes.at(cells[s].index);
        const QRectF r = squareAround(slotOffset(s));
        const int group = model.groupOf(key);
        const QColor colour
            = group ? MonitorScene::groupColour(group) : m_scene->squareColour(info, model.cpuAt(cells[s].index));
        p->fillRect(r, colour);
        if (info.isMigrated()) { // drawn distinct: a dark frame (and the overlay's line home)
            p->setPen(frame);
            p->setBrush(Qt::NoBrush);
            p->drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        if (info.locked)
            drawPadlock(p, r);
        if (m_scene->m_selection.contains(key)) {
            p->setPen(selected);
            p->setBrush(Qt::NoBrush);
            p->drawRect(r.adjusted(-1.5, -1.5, 1.5, 1.5));
        }
    }
}

void MonitorOverlay::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    Q_UNUSED(option);
    const QPalette pal = m_scene->palette();
    const MonitorModel& model = m_scene->m_model;
    // The home zone: drop here to send home.
    const bool hot = m_scene->m_dragHome;
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(QPen(hot ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), hot ? 3 : 1.5, Qt::DashLine));
    p->setBrush(hot ? QColor(pal.color(QPalette::Highlight).lighter(180)) : QColor(pal.color(QPalette::Base)));
    p->drawRoundedRect(m_scene->m_homeZone, 8, 8);
    p->setPen(pal.color(QPalette::Text));
    QFont f = m_scene->font();
    f.setPixelSize(13);
    f.setBold(true);
    p->setFont(f);
    const QRectF zone = m_scene->m_homeZone;
    p->drawText(zone.adjusted(0, 4, 0, -zone.height() / 2), Qt::AlignCenter, QObject::tr("⌂ home"));
    f.setPixelSize(9);
    f.setBold(false);
    p->setFont(f);
    p->drawText(zone.adjusted(0, zone.height() / 2, 0, -4), Qt::AlignCenter, QObject::tr("drop here to send home"));
    // Lines from migrated squares to their home node.
    p->setRenderHint(QPainter::Antialiasing, model.shownCount() < 2000);
    p->setPen(QPen(QColor(60, 60, 60, 110), 0.8));
    QVector<QLineF> lines;
    for (auto it = m_scene->m_centres.cbegin(); it != m_scene->m_centres.cend(); ++it) {
        const QVector<MonitorModel::Slot>& cells = model.slotsOf(it.key());
        for (int s = 0; s < cells.size(); ++s) {
            if (cells[s].key < 0)
                continue;
            const ProcessInfo& info = model.snapshot().processes.at(cells[s].index);
            if (!info.isMigrated() || !m_scene->m_centres.contains(info.homeNode)
                || m_scene->m_moving.contains(cells[s].key))
                continue;
            lines << QLineF(*it + slotOffset(s), m_scene->m_centres.value(info.homeNode));
        }
    }
    p->drawLines(lines);
    // Motion: glides ease out; fades in and out.
    const qint64 now = m_scene->m_clock.elapsed();
    p->setRenderHint(QPainter::Antialiasing, false);
    for (const MonitorScene::Motion& m : m_scene->m_motions) {
        const double t = std::clamp(double(now - m.startMs) / MonitorScene::kGlideMs, 0.0, 1.0);
        QColor c = m.colour;
        if (m.kind != MonitorScene::Motion::FadeOut) {
            if (const ProcessInfo* info = model.process(m.key)) {
                const int group = model.groupOf(m.key);
                c = group ? MonitorScene::groupColour(group) : m_scene->squareColour(*info, model.cpuOf(m.key));
            }
        }
        QPointF at = m.to;
        if (m.kind == MonitorScene::Motion::Glide) {
            const double e = 1 - (1 - t) * (1 - t);
            at = m.from + (m.to - m.from) * e;
        } else if (m.kind == MonitorScene::Motion::FadeIn) {
            c.setAlphaF(t);
        } else {
            at = m.from;
            c.setAlphaF(1 - t);
        }
        p->fillRect(squareAround(at), c);
    }
    // Pending: where they were sent, dashed, until a sample confirms.
    const auto& pending = model.pending();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const ProcessInfo* info = model.process(it.key());
        const QRectF r = squareAround(m_scene->pendingCentre(it.key()));
        QColor c = info ? m_scene->squareColour(*info, model.cpuOf(it.key())) : pal.color(QPalette::Mid);
        c.setAlpha(140);
        p->fillRect(r, c);
        p->setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r.adjusted(-1, -1, 1, 1));
    }
    // The drag: the target's outline and the ghosts under the pointer.
    if (!m_scene->m_dragKeys.isEmpty()) {
        if (m_scene->m_dragTarget) {
            const QPointF c = m_scene->m_centres.value(m_scene->m_dragTarget);
            const double r = kDisc + 4;
            p->setRenderHint(QPainter::Antialiasing, true);
            p->setPen(QPen(pal.color(QPalette::Highlight), 4));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(c, r, r);
        }
        const int n = int(m_scene->m_dragKeys.size());
        const int cols = std::max(1, int(std::ceil(std::sqrt(double(n)))));
        p->setRenderHint(QPainter::Antialiasing, false);
        for (int i = 0; i < n && i < 400; ++i) {
            const QPointF at = m_scene->m_dragAt + QPointF((i % cols) * kPitch, (i / cols) * kPitch) + QPointF(6, 6);
            QColor c = pal.color(QPalette::Highlight);
            if (const ProcessInfo* info = model.process(m_scene->m_dragKeys[i]))
                c = m_scene->squareColour(*info, model.cpuOf(m_scene->m_dragKeys[i]));
            c.setAlpha(170);
            p->fillRect(squareAround(at), c);
        }
    }
    // The keyboard's current square.
    if (m_scene->m_current >= 0 && model.isShown(m_scene->m_current)) {
        p->setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(m_scene->squareRect(m_scene->m_current).adjusted(-3, -3, 3, 3));
    }
}

// ---------------------------------------------------------------------------------------------
// The scene

MonitorScene::MonitorScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_overlay(new MonitorOverlay(this))
{
    addItem(m_overlay);
    m_clock.start();
    m_frameTimer.setInterval(16);
    connect(&m_frameTimer, &QTimer::timeout, this, &MonitorScene::frame);
    // Items are found by the model's geometry, not Qt's index: no BSP tree to rebuild.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void MonitorScene::setWatchedNode(NodeId node)
{
    if (node == m_watched)
        return;
    m_watched = node;
    relayout(true);
}

void MonitorScene::setCentred(bool on)
{
    if (on == m_centred)
        return;
    m_centred = on;
    relayout(true);
}

void MonitorScene::setColourBy(ColourBy by)
{
    m_colourBy = by;
    for (MonitorNodeItem* item : std::as_const(m_items))
        item->update();
    m_overlay->update();
}

QVector<NodeId> MonitorScene::nodes() const
{
    QVector<NodeId> out;
    for (const NodeSample& n : m_model.snapshot().nodes)
        out << n.id;
    return out;
}

QColor MonitorScene::groupColour(int group)
{
    // Ten colours that tell apart, none of them the calm → hot run of the CPU colouring.
    static const QColor colours[MonitorModel::kGroups] = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
        QColor(0x9d, 0x4e, 0xdd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
        QColor(0x00, 0x00, 0x80), QColor(0xbc, 0xbd, 0x22), QColor(0x55, 0x55, 0x55), QColor(0x80, 0x00, 0x40) };
    return group >= 1 && group <= MonitorModel::kGroups ? colours[group - 1] : QColor(Qt::gray);
}

QColor MonitorScene::userColour(const QString& user) const
{
    const int i = m_userIndex.value(user, -1);
    return i < 0 ? QColor(Qt::gray) : nodeColour(i + 1);
}

QColor MonitorScene::squareColour(const ProcessInfo& p, double cpu) const
{
    if (m_colourBy == ColourBy::User)
        return userColour(p.user);
    return cpu < 0 ? QColor(170, 170, 170) : BarDelegate::heat(cpu);
}

QPointF MonitorScene::squareCentre(const MonitorModel::Place& place) const
{
    return m_centres.value(place.node) + slotOffset(place.slot);
}

QPointF MonitorScene::pendingCentre(qint64 key) const
{
    // In a row above the target's disc, in key order among those sent there.
    const auto& pending = m_model.pending();
    const auto it = pending.constFind(key);
    if (it == pending.cend())
        return {};
    int index = 0;
    for (auto o = pending.cbegin(); o != pending.cend(); ++o)
        index += o.value().target == it->target && o.key() < key;
    const QPointF c = m_centres.value(it->target);
    const int perRow = 8;
    return c + QPointF((index % perRow - (perRow - 1) / 2.0) * kPitch, -kDisc - 8 - (index / perRow) * kPitch);
}

QRectF MonitorScene::squareRect(qint64 key) const
{
    if (m_model.isPending(key))
        return squareAround(pendingCentre(key));
    if (!m_model.isShown(key))
        return {};
    return squareAround(squareCentre(m_model.placeOf(key)));
}

NodeId MonitorScene::nodeAt(const QPointF& pos) const
{
    NodeId best = 0;
    double bestDistance = m_footprint;
    for (auto it = m_centres.cbegin(); it != m_centres.cend(); ++it) {
        const double d = std::hypot(pos.x() - it->x(), pos.y() - it->y());
        if (d <= bestDistance) {
            best = it.key();
            bestDistance = d;
        }
    }
    return best;
}

qint64 MonitorScene::squareAt(const QPointF& pos) const
{
    // Pending squares lie above their target, outside any slot: looked at first.
    for (auto it = m_model.pending().cbegin(); it != m_model.pending().cend(); ++it)
        if (squareAround(pendingCentre(it.key())).adjusted(-1, -1, 1, 1).contains(pos))
            return it.key();
    const NodeId node = nodeAt(pos);
    if (!node)
        return -1;
    const QPointF local = pos - m_centres.value(node);
    const QVector<MonitorModel::Slot>& cells = m_model.slotsOf(node);
    for (int s = 0; s < cells.size(); ++s)
        if (cells[s].key >= 0 && squareAround(slotOffset(s)).adjusted(-1, -1, 1, 1).contains(local))
            return cells[s].key;
    return -1;
}

QSet<qint64> MonitorScene::squaresIn(const QRectF& rect) const
{
    QSet<qint64> out;
    const QRectF r = rect.normalized();
    for (auto it = m_centres.cbegin(); it != m_centres.cend(); ++it) {
        const QRectF reach(it->x() - m_footprint, it->y() - m_footprint, 2 * m_footprint, 2 * m_footprint);
        if (!reach.intersects(r))
            continue;
        const QVector<MonitorModel::Slot>& cells = m_model.slotsOf(it.key());
        for (int s = 0; s < cells.size(); ++s)
            if (cells[s].key >= 0 && r.intersects(squareAround(*it + slotOffset(s))))
                out.insert(cells[s].key);
    }
    return out;
}

void MonitorScene::setSelection(const QSet<qint64>& keys)
{
    // Only the nodes whose squares changed look are drawn again.
    QSet<NodeId> touched;
    for (qint64 k : keys + m_selection)
        if (keys.contains(k) != m_selection.contains(k) && m_model.isShown(k))
            touched.insert(m_model.placeOf(k).node);
    m_selection = keys;
    for (NodeId n : std::as_const(touched))
        touchNode(n);
}

void MonitorScene::setCurrent(qint64 key)
{
    m_current = key;
    m_overlay->update();
}

qint64 MonitorScene::neighbour(qint64 key, int dx, int dy) const
{
    if (!m_model.isShown(key)) {
        // Nothing current yet: the first square of the first node.
        for (NodeId n : nodes())
            for (qint64 k : m_model.keysOn(n))
                return k;
        return -1;
    }
    const QPointF from = squareRect(key).center();
    qint64 best = -1;
    double bestScore = 1e18;
    for (auto it = m_centres.cbegin(); it != m_centres.cend(); ++it) {
        const QVector<MonitorModel::Slot>& cells = m_model.slotsOf(it.key());
        for (int s = 0; s < cells.size(); ++s) {
            if (cells[s].key < 0 || cells[s].key == key)
                continue;
            const QPointF d = *it + slotOffset(s) - from;
            const double along = d.x() * dx + d.y() * dy; // distance in the asked direction
            if (along <= 0.5)
                continue;
            const double across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
            const double score = along + 2 * across; // prefer straight on
            if (score < bestScore) {
                bestScore = score;
                best = cells[s].key;
            }
        }
    }
    return best < 0 ? key : best;
}

void MonitorScene::setDrag(const QVector<qint64>& keys, const QPointF& at, NodeId target, bool overHome)
{
    m_dragKeys = keys;
    m_dragAt = at;
    m_dragTarget = target;
    m_dragHome = overHome;
    m_overlay->update();
}

void MonitorScene::clearDrag()
{
    m_dragKeys.clear();
    m_dragTarget = 0;
    m_dragHome = false;
    m_overlay->update();
}

void MonitorScene::touchNode(NodeId node)
{
    if (MonitorNodeItem* item = m_items.value(node))
        item->update();
}

void MonitorScene::relayout(bool force)
{
    const double wanted = footprint(m_model.widestNode());
    // Grows at once; shrinks only when much smaller (a node's squares coming and going must not
    // make the whole picture breathe).
    if (!force && wanted <= m_footprint && wanted > m_footprint * 0.7)
        return;
    m_footprint = wanted;
    const QVector<NodeId> ids = nodes();
    m_centres = place(ids, m_centred ? m_watched : 0, m_footprint);
    QRectF bounds;
    for (auto it = m_centres.cbegin(); it != m_centres.cend(); ++it)
        bounds |= QRectF(
            it->x() - m_footprint, it->y() - m_footprint - 3 * kPitch, 2 * m_footprint, 2 * m_footprint + 3 * kPitch);
    m_homeZone = QRectF(bounds.left() - 130, bounds.top() - 50, 120, 44);
    const QRectF all = (bounds | m_homeZone).adjusted(-20, -20, 20, 20);
    setSceneRect(all);
    m_overlay->setRect(all);
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        (*it)->setExtent(m_footprint);
        (*it)->setPos(m_centres.value(it.key()));
    }
}

void MonitorScene::syncNodeItems()
{
    const QVector<NodeSample>& samples = m_model.snapshot().nodes;
    bool changed = samples.size() != m_items.size();
    QSet<NodeId> seen;
    for (const NodeSample& s : samples) {
        seen.insert(s.id);
        MonitorNodeItem*& item = m_items[s.id];
        if (!item) {
            item = new MonitorNodeItem(this, s.id);
            addItem(item);
            changed = true;
        }
        item->setSample(s);
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        delete *it;
        it = m_items.erase(it);
        changed = true;
    }
    relayout(changed);
    for (MonitorNodeItem* item : std::as_const(m_items))
        item->update(); // loads, CPU colours: every node's picture is new each sample
}

void MonitorScene::applySnapshot(const ClusterSnapshot& snapshot)
{
    // Where things were, before the model and perhaps the layout change.
    const ClusterSnapshot old = m_model.snapshot();
    const QVector<double> oldCpu = m_model.cpus();
    QHash<qint64, QPointF> before;
    for (auto it = m_model.pending().cbegin(); it != m_model.pending().cend(); ++it)
        before.insert(it.key(), pendingCentre(it.key()));
    const QVector<MonitorModel::Change> changes = m_model.apply(snapshot);
    QHash<qint64, QColor> goneColours;
    for (const MonitorModel::Change& c : changes) {
        if (c.kind == MonitorModel::Change::Appeared)
            continue;
        if (!before.contains(c.key))
            before.insert(c.key, squareCentre(c.from));
        if (c.kind == MonitorModel::Change::Gone) {
            const auto it = std::lower_bound(old.processes.cbegin(), old.processes.cend(), c.key,
                [](const ProcessInfo& a, qint64 b) { return MonitorModel::key(a.homeNode, a.pid) < b; });
            if (it != old.processes.cend())
                goneColours.insert(c.key, squareColour(*it, oldCpu.value(int(it - old.processes.cbegin()), -1)));
        }
    }
    noteUsers(changes);
    syncNodeItems();
    startMotions(changes, before, goneColours);
    // Pending ones the kernel did not move (or that ended): back to their place.
    const QVector<MonitorModel::Settled> settledNow = m_model.takeSettled();
    for (const MonitorModel::Settled& s : settledNow) {
        if (!s.done && m_model.isShown(s.key) && before.contains(s.key) && m_animated) {
            Motion m;
            m.kind = Motion::Glide;
            m.key = s.key;
            m.from = before.value(s.key);
            m.to = squareCentre(m_model.placeOf(s.key));
            m.startMs = m_clock.elapsed();
            m_motions << m;
            m_moving.insert(s.key);
        }
    }
    if (!m_motions.isEmpty() && !m_frameTimer.isActive())
        m_frameTimer.start();
    m_overlay->update();
    emit applied();
    for (const MonitorModel::Settled& s : settledNow)
        emit settled(s.key, s.done, s.why);
}

void MonitorScene::startMotions(const QVector<MonitorModel::Change>& changes, const QHash<qint64, QPointF>& before,
    const QHash<qint64, QColor>& goneColours)
{
    const qint64 now = m_clock.elapsed();
    for (const MonitorModel::Change& c : changes) {
        if (!m_animated || m_motions.size() >= kMaxMotions)
            break; // the rest jump: a spreading cluster of thousands stays cheap
        Motion m;
        m.key = c.key;
        m.startMs = now;
        switch (c.kind) {
        case MonitorModel::Change::Moved:
            m.kind = Motion::Glide;
            m.from = before.value(c.key);
            m.to = squareCentre(c.to);
            break;
        case MonitorModel::Change::Appeared:
            m.kind = Motion::FadeIn;
            m.to = squareCentre(c.to);
            break;
        case MonitorModel::Change::Gone:
            m.kind = Motion::FadeOut;
            m.from = before.value(c.key);
            m.colour = goneColours.value(c.key, QColor(Qt::gray));
            break;
        }
        m_motions << m;
        if (m.kind != Motion::FadeOut)
            m_moving.insert(c.key);
    }
}

void MonitorScene::frame()
{
    const qint64 now = m_clock.elapsed();
    QSet<NodeId> landed;
    for (int i = int(m_motions.size()) - 1; i >= 0; --i) {
        if (now - m_motions[i].startMs < kGlideMs)
            continue;
        const qint64 key = m_motions[i].key;
        if (m_motions[i].kind != Motion::FadeOut) {
            m_moving.remove(key);
            if (m_model.isShown(key))
                landed.insert(m_model.placeOf(key).node);
        }
        m_motions.remove(i);
    }
    for (NodeId n : std::as_const(landed))
        touchNode(n);
    if (m_motions.isEmpty())
        m_frameTimer.stop();
    m_overlay->update();
}

void MonitorScene::noteUsers(const QVector<MonitorModel::Change>& changes)
{
    // Users get their colour in the order they are first seen: stable as long as the program
    // runs. Only squares that appeared can bring a new one.
    for (const MonitorModel::Change& c : changes) {
        const ProcessInfo* p = c.kind == MonitorModel::Change::Appeared ? m_model.process(c.key) : nullptr;
        if (p && !m_userIndex.contains(p->user)) {
            m_userIndex.insert(p->user, int(m_userOrder.size()));
            m_userOrder << p->user;
        }
    }
}

void MonitorScene::setFilter(const MonitorModel::Filter& filter)
{
    const QVector<MonitorModel::Change> changes = m_model.setFilter(filter);
    noteUsers(changes);
    QHash<qint64, QPointF> before;
    QHash<qint64, QColor> colours;
    for (const MonitorModel::Change& c : changes)
        if (c.kind == MonitorModel::Change::Gone)
            before.insert(c.key, squareCentre(c.from));
    relayout(false);
    for (MonitorNodeItem* item : std::as_const(m_items))
        item->update();
    startMotions(changes, before, colours);
    if (!m_motions.isEmpty() && !m_frameTimer.isActive())
        m_frameTimer.start();
    m_overlay->update();
}

void MonitorScene::snapBack(qint64 key)
{
    const bool was = m_model.isPending(key);
    const QPointF from = pendingCentre(key);
    m_model.clearPending(key);
    if (was && m_animated && m_model.isShown(key)) {
        Motion m;
        m.kind = Motion::Glide;
        m.key = key;
        m.from = from;
        m.to = squareCentre(m_model.placeOf(key));
        m.startMs = m_clock.elapsed();
        m_motions << m;
        m_moving.insert(key);
        if (!m_frameTimer.isActive())
            m_frameTimer.start();
    }
    if (m_model.isShown(key))
        touchNode(m_model.placeOf(key).node);
    m_overlay->update();
}

void MonitorScene::setFailure(qint64 key, const QString& why)
{
    if (why.isEmpty())
        m_failures.remove(key);
    else
        m_failures.insert(key, why);
}

QString MonitorScene::nodeText(NodeId node) const
{
    const MonitorNodeItem* item = m_items.value(node);
    if (!item)
        return {};
    const NodeSample& s = item->sample();
    QString text = tr("node %1 (%2)").arg(node).arg(s.addresses.value(0));
    if (!s.up)
        return text + tr(" — down");
    if (s.loadPercent >= 0)
        text += tr("\nload %1 %").arg(s.loadPercent, 0, 'f', 0);
    if (s.memTotal > 0 && s.memFree >= 0)
        text += tr("\nmemory %1 of %2 GB used")
                    .arg(double(s.memTotal - s.memFree) / (1 << 30), 0, 'f', 1)
                    .arg(double(s.memTotal) / (1 << 30), 0, 'f', 1);
    if (s.cpus > 0)
        text += tr("\n%n CPU(s)", nullptr, s.cpus);
    if (s.speed > 0)
        text += tr(", speed %1").arg(s.speed);
    text += tr("\n%n process(es) shown here", nullptr, int(m_model.keysOn(node).size()));
    return text;
}

void MonitorScene::pendingChanged()
{
    for (MonitorNodeItem* item : std::as_const(m_items))
        item->update();
    m_overlay->update();
}

void MonitorScene::groupsChanged()
{
    for (MonitorNodeItem* item : std::as_const(m_items))
        item->update();
    m_overlay->update();
}

} // namespace omv
