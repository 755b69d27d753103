#include "timerangebar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace omv
{

namespace
{

constexpr qint64 kMinute = TimeRange::kMinute;
constexpr qint64 kHour = TimeRange::kHour;
constexpr qint64 kDay = TimeRange::kDay;

} // namespace

QList<TimeRange> TimeRangeBar::presets()
{
    return { TimeRange::last(15 * kMinute), TimeRange::last(kHour), TimeRange::last(12 * kHour), TimeRange::last(kDay),
        TimeRange::last(7 * kDay), TimeRange::last(30 * kDay), TimeRange::all() };
}

TimeRangeBar::TimeRangeBar(QWidget* parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_nowButton(nullptr)
    , m_label(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString& text, const QString& tip, const QKeySequence& key, void (TimeRangeBar::*slot)()) {
        auto* b = new QToolButton(this);
        auto* a = new QAction(text, b);
        a->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        layout->addWidget(b);
        return b;
    };
    m_preset->setToolTip(tr("How much history to show (Alt+1 … Alt+7)"));
    const QList<TimeRange> p = presets();
    for (int i = 0; i < p.size(); ++i) {
        m_preset->addItem(
            p[i].kind() == TimeRange::Kind::All ? tr("All") : tr("Last %1").arg(TimeRange::widthText(p[i].width(0))));
        auto* a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_preset->setCurrentIndex(i); });
        addAction(a);
    }
    m_preset->addItem(tr("Custom"));
    connect(m_preset, QOverload<int>::of(&QComboBox::activated), this, [this](int i) {
        if (i >= 0 && i < presets().size())
            apply(presets().at(i));
    });
    connect(m_preset, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this](int i) {
        if (!m_updating && i >= 0 && i < presets().size())
            apply(presets().at(i));
    });
    layout->addWidget(m_preset);
    button(QStringLiteral("◀"), tr("Back by one width"), QKeySequence(Qt::ALT | Qt::Key_Left), &TimeRangeBar::back);
    for (QDateTimeEdit* e : { m_from, m_to }) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setCalendarPopup(true);
        e->setKeyboardTracking(false);
        connect(e, &QDateTimeEdit::editingFinished, this, &TimeRangeBar::applyTyped);
    }
    m_from->setToolTip(tr("From (type a date and time, Enter applies)"));
    m_to->setToolTip(tr("To (type a date and time, Enter applies)"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    button(
        QStringLiteral("▶"), tr("Forward by one width"), QKeySequence(Qt::ALT | Qt::Key_Right), &TimeRangeBar::forward);
    button(QStringLiteral("+"), tr("Zoom in (half the width)"), QKeySequence(Qt::ALT | Qt::Key_Down),
        &TimeRangeBar::zoomIn);
    button(QStringLiteral("−"), tr("Zoom out (twice the width)"), QKeySequence(Qt::ALT | Qt::Key_Up),
        &TimeRangeBar::zoomOut);
    m_nowButton = button(tr("Now"), tr("Follow now: the view moves with the clock"),
        QKeySequence(Qt::ALT | Qt::Key_End), &TimeRangeBar::followNow);
    m_nowButton->defaultAction()->setCheckable(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    showRange();
}

void TimeRangeBar::setRange(const TimeRange& range)
{
    m_range = range;
    showRange();
}

void TimeRangeBar::setExtent(qint64 firstMs, qint64 lastMs)
{
    m_first = firstMs;
    m_last = lastMs;
    showRange();
}

void TimeRangeBar::apply(const TimeRange& range)
{
    if (range == m_range) {
        showRange();
        return;
    }
    m_range = range;
    showRange();
    emit rangeChanged(m_range);
}

void TimeRangeBar::back()
{
    apply(m_range.shifted(-1, now(), m_first, m_last));
}

void TimeRangeBar::forward()
{
    apply(m_range.shifted(1, now(), m_first, m_last));
}

void TimeRangeBar::zoomIn()
{
    apply(m_range.zoomed(0.5, now(), m_first, m_last));
}

void TimeRangeBar::zoomOut()
{
    apply(m_range.zoomed(2.0, now(), m_first, m_last));
}

void TimeRangeBar::followNow()
{
    // Keeps the width, ends at now.
    apply(m_range.kind() == TimeRange::Kind::All ? m_range : TimeRange::last(m_range.width(now(), m_first, m_last)));
}

void TimeRangeBar::applyTyped()
{
    if (m_updating)
        return;
    const qint64 f = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 t = m_to->dateTime().toMSecsSinceEpoch();
    if (f == m_range.from(now(), m_first, m_last) && t == m_range.to(now(), m_first, m_last))
        return;
    apply(TimeRange::between(f, t));
}

void TimeRangeBar::showRange()
{
    m_updating = true;
    const qint64 n = now();
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(m_range.from(n, m_first, m_last)));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(m_range.to(n, m_first, m_last)));
    const QList<TimeRange> p = presets();
    const int i = p.indexOf(m_range);
    m_preset->setCurrentIndex(i >= 0 ? i : p.size());
    m_nowButton->defaultAction()->setChecked(m_range.follows());
    m_label->setText(m_range.describe());
    m_updating = false;
}

} // namespace omv
