#pragma once

#include "core/model/nodesample.h"

#include <QGraphicsView>
#include <QVector>

class QRubberBand;

namespace omv
{

class MonitorScene;

/// The migration monitor's view: wheel, + and - zoom (about the pointer), 0 fits; the middle
/// button or Shift+drag pans; a drag from a square moves it (or the selection it belongs to)
/// onto a node or the home zone; a drag from empty space selects (Ctrl adds). Arrow keys walk
/// the squares; the rest of the keyboard is the window's.
class MonitorView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MonitorView(MonitorScene* scene, QWidget* parent = nullptr);

    MonitorScene* monitorScene() const { return m_scene; }
    void zoomBy(double factor);
    void fit();
    double zoom() const;

signals:
    /// Squares dropped on `target` (0 with `home`: the home zone).
    void dropped(const QVector<qint64>& keys, NodeId target, bool home);
    void doubleClicked(qint64 key);
    /// A right click on a square (-1: empty space) at a global position.
    void menuAsked(qint64 key, const QPoint& globalPos);

protected:
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;
    bool viewportEvent(QEvent* e) override;

private:
    enum class Press { None, Square, Band, Pan };
    MonitorScene* m_scene;
    Press m_press = Press::None;
    QPoint m_pressAt;
    qint64 m_pressKey = -1;
    bool m_dragging = false;
    QVector<qint64> m_dragKeys;
    QRubberBand* m_band;
    QPoint m_panFrom;
};

} // namespace omv
