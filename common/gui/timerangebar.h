#pragma once

#include "core/model/timerange.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QToolButton;

namespace omv
{

/// The one time-range bar of the suite's history windows: presets (15 min … 30 d, all), typed
/// from/to, back/forward by one width, zoom in/out, and "Now" (follow live). Keys: Alt+1…7 the
/// presets, Alt+Left/Alt+Right back/forward, Alt+Down/Alt+Up zoom in/out, Alt+End now.
class TimeRangeBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRangeBar(QWidget* parent = nullptr);

    TimeRange range() const { return m_range; }
    void setRange(const TimeRange& range);
    /// What the history holds, for "all" and for stepping; -1 when unknown.
    void setExtent(qint64 firstMs, qint64 lastMs);
    /// The clock ranges are measured against (tests set their own).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    qint64 now() const { return m_now(); }

    void back();
    void forward();
    void zoomIn();
    void zoomOut();
    void followNow();

    /// The presets, as the bar offers them.
    static QList<TimeRange> presets();

signals:
    void rangeChanged(const omv::TimeRange& range);

private:
    void apply(const TimeRange& range);
    void showRange();
    void applyTyped();

    TimeRange m_range;
    qint64 m_first = -1, m_last = -1;
    std::function<qint64()> m_now;
    QComboBox* m_preset;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QToolButton* m_nowButton;
    QLabel* m_label;
    bool m_updating = false;
};

} // namespace omv
