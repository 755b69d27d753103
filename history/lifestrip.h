#pragma once

#include "core/store/store.h"

#include <QWidget>

namespace omv
{

/// One process's life as a strip: each stay on a node a bar in the node's colour (labelled with
/// the node), each migration a mark with its cause (balancer / admin), the start and the end, and
/// the history's moment as a line. Tooltips name the stay or the move under the pointer.
class LifeStrip : public QWidget
{
    Q_OBJECT
public:
    explicit LifeStrip(QWidget* parent = nullptr);

    /// The stays and moves of one process (empty: nothing selected); `extentEnd` closes a stay
    /// that still lasts.
    void setLife(const QVector<SpanRow>& stays, const QVector<MigrationRow>& moves, qint64 extentEnd);
    void setMoment(qint64 t);
    /// For admins' moves: what was sent and by whom (from the audit trail), by the move's time.
    void setCommands(const QHash<qint64, QString>& byMoveTs);
    int stays() const { return m_stays.size(); }
    const QVector<SpanRow>& stayRows() const { return m_stays; }
    const QVector<MigrationRow>& moveRows() const { return m_moves; }
    /// What the strip says at widget x (for tooltips and tests).
    QString textAt(int x) const;
    /// Where a time is drawn.
    int xOf(qint64 ts) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    QSize sizeHint() const override { return QSize(400, fontMetrics().height() * 4 + 8); }

private:
    QRect barArea() const;
    QVector<SpanRow> m_stays;
    QVector<MigrationRow> m_moves;
    QHash<qint64, QString> m_commands;
    qint64 m_from = 0, m_to = 1, m_moment = -1;
};

} // namespace omv
