#pragma once

#include "core/model/nodesample.h"

#include <QGraphicsView>
#include <QVector>

class QRubberBand;
class QTimer;

namespace omv
{

class MonitorScene;

/// The migration monitor's view: wheel, + and - zoom (about the pointer), 0 fits; the middle
/// button or Shift+drag pans; a drag from a square moves it (or the selection it belongs to)
/// onto a node or the home zone; a drag from empty space selects (Ctrl adds). The right button
/// picks single squares as the original's did — a right click puts a square into the selection or
/// takes it out — and holding it still on a square (kHoldMs) opens the menu for the selection;
/// a right click on empty space, the Menu key and Shift+F10 open the menu at once. Arrow keys
/// walk the squares; the rest of the keyboard is the window's.
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
    /// The menu for a square (the right button held on it; -1: empty space, or the keyboard's
    /// current square) at a global position.
    void menuAsked(qint64 key, const QPoint& globalPos);

public:
    static constexpr int kHoldMs = 450; ///< the right button held this long on a square: the menu

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
    enum class Press { None, Square, Band, Pan, RightSquare };
    MonitorScene* m_scene;
    Press m_press = Press::None;
    QPoint m_pressAt;
    qint64 m_pressKey = -1;
    bool m_dragging = false;
    QVector<qint64> m_dragKeys;
    QRubberBand* m_band;
    QTimer* m_hold; // the right button held on a square
    QPoint m_panFrom;
};

} // namespace omv
