#include "monitorview.h"

#include "gui/processtablemodel.h"
#include "monitorscene.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace omv
{

MonitorView::MonitorView(MonitorScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
    , m_hold(new QTimer(this))
{
    m_hold->setSingleShot(true);
    m_hold->setInterval(kHoldMs);
    connect(m_hold, &QTimer::timeout, this, [this] {
        if (m_press != Press::RightSquare)
            return;
        m_press = Press::None; // the release that follows picks nothing
        emit menuAsked(m_pressKey, viewport()->mapToGlobal(m_pressAt));
    });
    setRenderHint(QPainter::Antialiasing, true);
    setRenderHint(QPainter::TextAntialiasing, true);
    setDragMode(NoDrag);
    setTransformationAnchor(AnchorUnderMouse);
    // Motion repaints small parts of a big scene: only what changed is drawn again.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Migration monitor"));
    setAccessibleDescription(tr("Nodes as discs, processes as squares beside the node they run on; drag a "
                                "square onto a node to migrate it"));
}

double MonitorView::zoom() const
{
    return transform().m11();
}

void MonitorView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.05, 8.0);
    scale(next / zoom(), next / zoom());
}

void MonitorView::fit()
{
    fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void MonitorView::mousePressEvent(QMouseEvent* e)
{
    const QPointF at = mapToScene(e->pos());
    m_pressAt = e->pos();
    m_dragging = false;
    if (e->button() == Qt::MiddleButton || (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier))) {
        m_press = Press::Pan;
        m_panFrom = e->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (e->button() == Qt::RightButton && (m_pressKey = m_scene->squareAt(at)) >= 0) {
        // A click picks the square (released before kHoldMs), holding it still opens the menu.
        m_press = Press::RightSquare;
        m_hold->start();
        return;
    }
    if (e->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(e);
        return;
    }
    m_pressKey = m_scene->squareAt(at);
    if (m_pressKey >= 0) {
        m_press = Press::Square;
        m_scene->setCurrent(m_pressKey);
        return;
    }
    m_press = Press::Band;
    m_band->setGeometry(QRect(m_pressAt, QSize()));
    m_band->show();
}

void MonitorView::mouseMoveEvent(QMouseEvent* e)
{
    switch (m_press) {
    case Press::RightSquare:
        if ((e->pos() - m_pressAt).manhattanLength() >= QApplication::startDragDistance()) {
            m_hold->stop(); // moved away: neither a pick nor a hold
            m_press = Press::None;
        }
        return;
    case Press::Pan: {
        const QPoint d = e->pos() - m_panFrom;
        m_panFrom = e->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    case Press::Band:
        m_band->setGeometry(QRect(m_pressAt, e->pos()).normalized());
        return;
    case Press::Square: {
        if (!m_dragging && (e->pos() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
            return;
        if (!m_dragging) {
            // The selection moves when the square is in it; else the square alone.
            const QSet<qint64>& sel = m_scene->selection();
            m_dragKeys.clear();
            if (sel.contains(m_pressKey)) {
                for (qint64 k : sel)
                    if (m_scene->model().isShown(k))
                        m_dragKeys << k;
                std::sort(m_dragKeys.begin(), m_dragKeys.end());
            } else {
                m_dragKeys << m_pressKey;
            }
            m_dragging = true;
            viewport()->setCursor(Qt::DragMoveCursor);
        }
        const QPointF at = mapToScene(e->pos());
        const bool home = m_scene->homeZone().contains(at);
        m_scene->setDrag(m_dragKeys, at, home ? 0 : m_scene->nodeAt(at), home);
        return;
    }
    case Press::None:
        break;
    }
    QGraphicsView::mouseMoveEvent(e);
}

void MonitorView::mouseReleaseEvent(QMouseEvent* e)
{
    const Press press = std::exchange(m_press, Press::None);
    viewport()->unsetCursor();
    const QPointF at = mapToScene(e->pos());
    switch (press) {
    case Press::RightSquare: {
        // The original's right click: the square into the selection, or out of it.
        m_hold->stop();
        QSet<qint64> keys = m_scene->selection();
        if (keys.contains(m_pressKey))
            keys.remove(m_pressKey);
        else
            keys.insert(m_pressKey);
        m_scene->setCurrent(m_pressKey);
        m_scene->setSelection(keys);
        return;
    }
    case Press::Pan:
        return;
    case Press::Band: {
        m_band->hide();
        const QRect r = QRect(m_pressAt, e->pos()).normalized();
        QSet<qint64> keys = (e->modifiers() & Qt::ControlModifier) ? m_scene->selection() : QSet<qint64>();
        if (r.width() > 2 || r.height() > 2)
            keys += m_scene->squaresIn(mapToScene(r).boundingRect());
        m_scene->setSelection(keys);
        return;
    }
    case Press::Square: {
        if (!m_dragging) { // a click: select it (Ctrl: add or take away)
            QSet<qint64> keys;
            if (e->modifiers() & Qt::ControlModifier) {
                keys = m_scene->selection();
                if (keys.contains(m_pressKey))
                    keys.remove(m_pressKey);
                else
                    keys.insert(m_pressKey);
            } else {
                keys.insert(m_pressKey);
            }
            m_scene->setSelection(keys);
            return;
        }
        m_dragging = false;
        const bool home = m_scene->homeZone().contains(at);
        const NodeId target = home ? 0 : m_scene->nodeAt(at);
        m_scene->clearDrag();
        if (home || target)
            emit dropped(m_dragKeys, target, home);
        return;
    }
    case Press::None:
        break;
    }
    QGraphicsView::mouseReleaseEvent(e);
}

void MonitorView::mouseDoubleClickEvent(QMouseEvent* e)
{
    const qint64 key = m_scene->squareAt(mapToScene(e->pos()));
    if (key >= 0 && e->button() == Qt::LeftButton) {
        m_press = Press::None;
        emit doubleClicked(key);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(e);
}

void MonitorView::wheelEvent(QWheelEvent* e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.2, steps));
    e->accept();
}

void MonitorView::keyPressEvent(QKeyEvent* e)
{
    int dx = 0, dy = 0;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_Asterisk:
        fit();
        return;
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    default:
        QGraphicsView::keyPressEvent(e);
        return;
    }
    const qint64 next = m_scene->neighbour(m_scene->current(), dx, dy);
    if (next < 0)
        return;
    m_scene->setCurrent(next);
    QSet<qint64> keys;
    if (e->modifiers() & Qt::ShiftModifier) // Shift+arrow grows the selection
        keys = m_scene->selection();
    keys.insert(next);
    m_scene->setSelection(keys);
    ensureVisible(m_scene->squareRect(next), 40, 40);
}

void MonitorView::contextMenuEvent(QContextMenuEvent* e)
{
    // On a square the right button picks (a click) or holds for the menu (mousePressEvent).
    if (e->reason() == QContextMenuEvent::Mouse && m_scene->squareAt(mapToScene(e->pos())) >= 0) {
        e->accept();
        return;
    }
    const qint64 key = e->reason() == QContextMenuEvent::Mouse ? -1 : m_scene->current();
    emit menuAsked(key,
        e->reason() == QContextMenuEvent::Mouse || key < 0
            ? e->globalPos()
            : viewport()->mapToGlobal(mapFromScene(m_scene->squareRect(key).center())));
}

bool MonitorView::viewportEvent(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPointF at = mapToScene(help->pos());
        const qint64 key = m_scene->squareAt(at);
        const ProcessInfo* p = key >= 0 ? m_scene->model().process(key) : nullptr;
        if (p) {
            const double cpu = m_scene->model().cpuOf(key);
            // Plain text made safe: a command line is the node's text, never markup.
            QString text
                = tr("pid %1 of node %2 — %3\n%4\non node %5%6")
                      .arg(p->pid)
                      .arg(p->homeNode)
                      .arg(ProcessTableModel::displayText(p->user), ProcessTableModel::displayText(p->commandLine()))
                      .arg(p->node)
                      .arg(cpu >= 0 ? tr(", %1 % CPU").arg(cpu, 0, 'f', 0) : QString());
            if (p->locked)
                text += tr("\nlocked: it does not migrate");
            const QString why = m_scene->failure(key);
            if (!why.isEmpty())
                text += tr("\nlast command: %1").arg(why);
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), this);
            return true;
        }
        const NodeId node = m_scene->nodeAt(at);
        if (node) {
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(m_scene->nodeText(node)), this);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(e);
}

} // namespace omv
