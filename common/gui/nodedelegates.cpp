#include "nodedelegates.h"

#include "cellroles.h"
#include "nodetablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmapCache>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace omv
{

namespace
{
// The cell's background and selection as the style draws them, without its text: the delegates
// draw the text themselves, over what they paint. Returns that text.
QString paintCellBackground(QPainter* painter, QStyleOptionViewItem& opt)
{
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    return text;
}

// A framed bar filled to `percent` (0..100) in `fill`.
// Solid fills only: the raster engine fills rectangles fast, while stroking an outline with a pen
// took more than half of a repaint at 1,000 nodes (bench_mainwindow under perf).
void paintBar(QPainter* painter, const QRect& frame, double percent, const QColor& fill, const QPalette& palette)
{
    painter->fillRect(frame, palette.color(QPalette::Mid));
    painter->fillRect(frame.adjusted(1, 1, -1, -1), palette.color(QPalette::Base));
    if (percent < 0)
        return;
    QRect inner = frame.adjusted(1, 1, -1, -1);
    inner.setWidth(int(inner.width() * std::clamp(percent, 0.0, 100.0) / 100.0));
    painter->fillRect(inner, fill);
}
// The room a text gets beside a speed slider: what it needs (at least a speed's worth, so that
// the sliders of all rows line up), at most half the cell.
int speedLabelWidth(const QStyleOptionViewItem& opt)
{
    const QRect r = opt.rect.adjusted(4, 2, -4, -2);
    return std::min(r.width() / 2,
        std::max(opt.fontMetrics.horizontalAdvance(QStringLiteral("00000 (pending)")),
            opt.fontMetrics.horizontalAdvance(opt.text)));
}
} // namespace

QString fittingText(
    const QFontMetrics& fm, const QString& text, const QString& compact, int width, Qt::TextElideMode mode)
{
    if (fm.horizontalAdvance(text) <= width)
        return text;
    if (!compact.isEmpty() && fm.horizontalAdvance(compact) <= width)
        return compact;
    const QString elided = fm.elidedText(text, mode, std::max(0, width));
    return fm.horizontalAdvance(elided) <= width ? elided : QString(); // not even "…" fits
}

int CellDelegate::textRoom(const QStyleOptionViewItem& option) const
{
    // What QStyledItemDelegate leaves for the text: the style's margin on each side.
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return option.rect.width() - 2 * margin;
}

QString CellDelegate::shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    return fittingText(
        opt.fontMetrics, opt.text, index.data(CompactTextRole).toString(), textRoom(opt), opt.textElideMode);
}

void CellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text = fittingText(
        opt.fontMetrics, opt.text, index.data(CompactTextRole).toString(), textRoom(opt), opt.textElideMode);
    if (opt.fontMetrics.horizontalAdvance(opt.text) > textRoom(opt))
        opt.text.clear(); // not even "…" fits
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

bool CellDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip) {
        const QString whole = displayText(index.data(Qt::DisplayRole), view->locale());
        if (!whole.isEmpty() && shownText(option, index) != whole) {
            // The whole text first, then what the model says of the cell.
            const QString more = index.data(Qt::ToolTipRole).toString();
            QToolTip::showText(event->globalPos(), more.isEmpty() ? whole : whole + QLatin1Char('\n') + more, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

int BarDelegate::textRoom(const QStyleOptionViewItem& option) const
{
    return option.rect.width() - 6 - 4; // the bar's frame, and a little air at its ends
}

QSize BarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    return { opt.fontMetrics.horizontalAdvance(opt.text) + 6 + 4 + 2, opt.fontMetrics.height() + 6 };
}

double contrastRatio(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& wanted, const QColor& background)
{
    if (contrastRatio(wanted, background) >= 4.5)
        return wanted;
    // Towards white on a dark background, towards black on a light one, in small steps.
    const bool darkBackground = contrastRatio(background, Qt::white) > contrastRatio(background, Qt::black);
    QColor c = wanted.toHsl();
    for (int i = 0; i < 20 && contrastRatio(c, background) < 4.5; ++i)
        c = QColor::fromHslF(c.hslHueF() < 0 ? 0 : c.hslHueF(), c.hslSaturationF(),
            std::clamp(c.lightnessF() + (darkBackground ? 0.05 : -0.05), 0.0, 1.0));
    return contrastRatio(c, background) >= 4.5 ? c : (darkBackground ? QColor(Qt::white) : QColor(Qt::black));
}

QColor BarDelegate::textOn(const QColor& fill)
{
    return contrastRatio(fill, Qt::black) >= contrastRatio(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor BarDelegate::heat(double percent)
{
    // ColorBrewer RdYlBu (reversed): calm blue, pale yellow, hot red — told apart with
    // deuteranopia and protanopia as well (tst_celltext simulates them).
    // Beyond 100 % the red deepens (RdYlBu's darkest) up to 300 %.
    static const QColor stops[]
        = { QColor(0x45, 0x75, 0xb4), QColor(0xfe, 0xe0, 0x90), QColor(0xd7, 0x30, 0x27), QColor(0xa5, 0x00, 0x26) };
    const double p = percent <= 100 ? std::max(0.0, percent) / 50.0 : 2.0 + std::min(percent - 100.0, 200.0) / 200.0;
    const int i = std::min(2, int(p));
    const double t = p - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t);
}

void BarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = fittingText(
        opt.fontMetrics, paintCellBackground(painter, opt), index.data(CompactTextRole).toString(), textRoom(opt));
    const double value = index.data(NodeTableModel::BarRole).toDouble();
    // A full bar stands for 100 %, or more when a node of the table is beyond (BarScaleRole): the
    // bar is then drawn to that scale with a mark at 100 %.
    const QVariant scaleData = index.data(NodeTableModel::BarScaleRole);
    const double scale = scaleData.isValid() ? std::max(100.0, scaleData.toDouble()) : 100.0;
    const double shown = value < 0 ? value : value * 100.0 / scale;
    const QRect frame = opt.rect.adjusted(3, 3, -3, -3);
    painter->save();
    const QColor fill = heat(value);
    paintBar(painter, frame, shown, fill, opt.palette);
    if (scale > 100) {
        // 100 % marked by a tick at the top and one at the bottom: never through the text.
        const QRect inner = frame.adjusted(1, 1, -1, -1);
        const int x = inner.left() + int(inner.width() * 100.0 / scale);
        const int tick = std::max(3, frame.height() / 4);
        const QColor mark = readableOn(opt.palette.color(QPalette::Text), opt.palette.color(QPalette::Base));
        painter->fillRect(QRect(x, frame.top(), 1, tick), mark);
        painter->fillRect(QRect(x, frame.bottom() + 1 - tick, 1, tick), mark);
    }
    painter->setFont(opt.font); // the font the text was measured in (bold on the cluster row)
    // The text crosses the filled part and the empty one: each part in a colour that reads on it.
    QRect filled = frame.adjusted(1, 1, -1, -1);
    filled.setWidth(shown < 0 ? 0 : int(filled.width() * std::clamp(shown, 0.0, 100.0) / 100.0));
    const QColor onFill = textOn(fill);
    const QColor onBase = readableOn(opt.palette.color(QPalette::Text), opt.palette.color(QPalette::Base));
    painter->setClipRect(QRect(filled.right() + 1, frame.top(), frame.right() - filled.right(), frame.height()));
    painter->setPen(onBase);
    painter->drawText(frame, Qt::AlignCenter | Qt::TextSingleLine, text);
    if (filled.width() > 0) {
        painter->setClipRect(QRect(frame.left(), frame.top(), filled.right() + 1 - frame.left(), frame.height()));
        painter->setPen(onFill);
        painter->drawText(frame, Qt::AlignCenter | Qt::TextSingleLine, text);
    }
    painter->restore();
}

QStyleOptionSlider SpeedDelegate::sliderOption(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QRect r = opt.rect.adjusted(4, 1, -4, -1);
    QStyleOptionSlider s;
    s.rect = QRect(r.left(), r.top(), std::max(0, r.width() - speedLabelWidth(opt) - 6), r.height());
    s.palette = opt.palette;
    s.direction = opt.direction;
    s.fontMetrics = opt.fontMetrics;
    s.orientation = Qt::Horizontal;
    s.upsideDown = opt.direction == Qt::RightToLeft; // as a QSlider lays itself out
    s.tickPosition = QSlider::NoTicks;
    s.minimum = 0;
    s.maximum
        = int(std::min<qint64>(INT_MAX, std::max<qint64>(1, index.data(NodeTableModel::SpeedMaxRole).toLongLong())));
    const qint64 speed = index == m_dragIndex ? m_dragValue : index.data(NodeTableModel::SpeedRole).toLongLong();
    s.sliderPosition = s.sliderValue = int(std::clamp<qint64>(speed, 0, s.maximum));
    s.singleStep = 100;
    s.pageStep = 1000;
    s.state = QStyle::State_Horizontal;
    // A backend that cannot set speeds: greyed, as a disabled slider.
    if (index.flags() & Qt::ItemIsEditable)
        s.state |= QStyle::State_Enabled;
    const bool hasHandle = speed >= 0 && index.data(NodeTableModel::UpRole).toBool();
    s.subControls = QStyle::SC_SliderGroove | (hasHandle ? QStyle::SC_SliderHandle : QStyle::SC_None);
    if (index == m_dragIndex) {
        s.activeSubControls = QStyle::SC_SliderHandle;
        s.state |= QStyle::State_Sunken;
    }
    return s;
}

QRect SpeedDelegate::sliderRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return sliderOption(option, index).rect;
}

QRect SpeedDelegate::handleRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QStyleOptionSlider s = sliderOption(option, index);
    if (!(s.subControls & QStyle::SC_SliderHandle))
        return QRect();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    return style->subControlRect(QStyle::CC_Slider, &s, QStyle::SC_SliderHandle, option.widget);
}

int SpeedDelegate::valueAt(const QStyleOptionViewItem& option, const QModelIndex& index, int handleLeft) const
{
    // What QSlider does with a pixel (pixelPosToRangeValue), on the slider this cell paints.
    const QStyleOptionSlider s = sliderOption(option, index);
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    const QRect groove = style->subControlRect(QStyle::CC_Slider, &s, QStyle::SC_SliderGroove, option.widget);
    const QRect handle = style->subControlRect(QStyle::CC_Slider, &s, QStyle::SC_SliderHandle, option.widget);
    const int span = groove.right() - handle.width() + 1 - groove.x();
    return QStyle::sliderValueFromPosition(s.minimum, s.maximum, handleLeft - groove.x(), span, s.upsideDown);
}

bool SpeedDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    // One press on the painted slider starts the drag (no row selected first, no editor that
    // opens somewhere else): a press on the handle takes it where it is, a press on the groove
    // brings it under the pointer; the value under the pointer when the button is let go is sent.
    if ((event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonDblClick)
        || static_cast<QMouseEvent*>(event)->button() != Qt::LeftButton || !(index.flags() & Qt::ItemIsEditable)
        || index.row() == 0 || !index.data(NodeTableModel::BarRole).isNull())
        return CellDelegate::editorEvent(event, model, option, index);
    const QPoint pos = static_cast<QMouseEvent*>(event)->pos();
    const QRect handle = handleRect(option, index);
    auto* view = qobject_cast<QAbstractItemView*>(const_cast<QWidget*>(option.widget));
    const QStyleOptionSlider s = sliderOption(option, index);
    if (handle.isNull() || !view || !s.rect.adjusted(0, 0, handle.width() / 2, 0).contains(pos))
        return CellDelegate::editorEvent(event, model, option, index);
    const bool onHandle = handle.contains(pos);
    m_dragOffset = onHandle ? pos.x() - handle.left() : handle.width() / 2;
    // Held where it is, the handle keeps its value until it moves (as a QSlider's does).
    m_dragValue = onHandle ? s.sliderValue : valueAt(option, index, pos.x() - m_dragOffset);
    m_dragOption = option;
    m_dragIndex = index;
    m_dragModel = model;
    m_dragView = view;
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this); // Escape
    view->viewport()->update(option.rect);
    return true;
}

bool SpeedDelegate::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_dragIndex.isValid() || !m_dragView)
        return CellDelegate::eventFilter(watched, event);
    const QRect cell = m_dragOption.rect;
    switch (event->type()) {
    case QEvent::MouseMove:
        m_dragValue = valueAt(m_dragOption, m_dragIndex, static_cast<QMouseEvent*>(event)->pos().x() - m_dragOffset);
        m_dragView->viewport()->update(cell);
        return true;
    case QEvent::MouseButtonRelease: {
        const QPersistentModelIndex index = m_dragIndex;
        const int value = m_dragValue;
        endDrag();
        if (index.isValid() && m_dragModel)
            m_dragModel->setData(index, value, Qt::EditRole);
        return true;
    }
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            endDrag(); // nothing sent
            return true;
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        return true; // a second button while dragging
    default:
        break;
    }
    return CellDelegate::eventFilter(watched, event);
}

void SpeedDelegate::endDrag()
{
    if (m_dragView) {
        m_dragView->viewport()->removeEventFilter(this);
        m_dragView->removeEventFilter(this);
        m_dragView->viewport()->update(m_dragOption.rect);
    }
    m_dragIndex = QPersistentModelIndex();
    m_dragView = nullptr;
}

int SpeedDelegate::draggedValue() const
{
    return m_dragIndex.isValid() ? m_dragValue : -1;
}

void SpeedDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int textWidth = speedLabelWidth(opt); // before the text is taken out of opt
    QString text = paintCellBackground(painter, opt);
    const QVariant bar = index.data(NodeTableModel::BarRole);
    painter->save();
    const QRect r = opt.rect.adjusted(4, 2, -4, -2);
    const QRect groove(r.left(), r.center().y() - 2, r.width() - textWidth - 6, 4);
    const QRect label(groove.right() + 6, r.top(), textWidth, r.height());
    if (index.row() == 0 || !bar.isNull()) { // the cluster row: efficiency as a bar
        const double value = bar.toDouble();
        paintBar(painter, QRect(groove.left(), r.top() + 2, groove.width(), r.height() - 4), value,
            BarDelegate::heat(100.0 - value), opt.palette);
    } else {
        // The style's own slider, as the editor's: its handle reads on a selected row too (the
        // selection colour is the highlight a hand-drawn handle used).
        const QStyleOptionSlider s = sliderOption(option, index);
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawComplexControl(QStyle::CC_Slider, &s, painter, opt.widget);
        if (index.data(NodeTableModel::PendingRole).toBool() && (s.subControls & QStyle::SC_SliderHandle)) {
            // Sent, not yet confirmed by the node: the handle ringed in amber.
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(QColor(0xe0, 0xa0, 0x20), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(
                QRectF(style->subControlRect(QStyle::CC_Slider, &s, QStyle::SC_SliderHandle, opt.widget))
                    .adjusted(1, 1, -1, -1),
                2, 2);
        }
        if (index == m_dragIndex)
            text = QString::number(m_dragValue);
    }
    const bool failed = !index.data(NodeTableModel::ErrorRole).toString().isEmpty() && index != m_dragIndex;
    painter->setFont(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor background = opt.palette.color(selected ? QPalette::Highlight : QPalette::Base);
    painter->setPen(readableOn(
        failed ? QColor(0xb0, 0x20, 0x20) : opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text),
        background));
    painter->drawText(label, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
        fittingText(opt.fontMetrics, failed ? tr("failed") : text, QString(), textWidth));
    painter->restore();
}

int SpeedDelegate::textRoom(const QStyleOptionViewItem& option) const
{
    return speedLabelWidth(option);
}

QSize SpeedDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int label = std::max(opt.fontMetrics.horizontalAdvance(QStringLiteral("00000 (pending)")),
        opt.fontMetrics.horizontalAdvance(opt.text));
    return { 2 * label + 8 + 2, opt.fontMetrics.height() + 6 };
}

QString SpeedDelegate::shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(NodeTableModel::ErrorRole).toString().isEmpty())
        return tr("failed"); // the error is in the model's tooltip
    return CellDelegate::shownText(option, index);
}

QWidget* SpeedDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* box = new QWidget(parent);
    box->setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(2, 0, 2, 0);
    auto* slider = new QSlider(Qt::Horizontal, box);
    slider->setObjectName(QStringLiteral("speedSlider"));
    slider->setRange(0, int(std::min<qint64>(INT_MAX, index.data(NodeTableModel::SpeedMaxRole).toLongLong())));
    slider->setSingleStep(100);
    slider->setPageStep(1000);
    slider->setToolTip(tr("Drag and let go, or use the arrow keys and Enter, to set the node's speed"));
    auto* label = new QLabel(box);
    label->setTextFormat(Qt::PlainText);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("000000")));
    layout->addWidget(slider, 1);
    layout->addWidget(label);
    connect(slider, &QSlider::valueChanged, label, [label](int v) { label->setNum(v); });
    // Sent when the user lets go, not while dragging.
    connect(slider, &QSlider::sliderReleased, this, [this, box] {
        auto* self = const_cast<SpeedDelegate*>(this);
        emit self->commitData(box);
        emit self->closeEditor(box);
    });
    box->setFocusProxy(slider);
    return box;
}

void SpeedDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* slider = editor->findChild<QSlider*>())
        slider->setValue(int(index.data(NodeTableModel::SpeedRole).toLongLong()));
}

void SpeedDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* slider = editor->findChild<QSlider*>())
        model->setData(index, slider->value(), Qt::EditRole);
}

void SpeedDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

void ButtonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    QStyleOptionButton button;
    button.rect = option.rect.adjusted(2, 2, -2, -2);
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (option.state & QStyle::State_HasFocus)
        button.state |= QStyle::State_HasFocus;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    // The bevel is the same for every row of a size: drawn once into a cached pixmap (a style's
    // gradients for each of a thousand rows would cost more than the rest of the repaint).
    const QString key = QStringLiteral("omv-button-%1x%2-%3")
                            .arg(button.rect.width())
                            .arg(button.rect.height())
                            .arg(int(button.state));
    QPixmap bevel;
    if (!QPixmapCache::find(key, &bevel)) {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        bevel = QPixmap(button.rect.size() * dpr);
        bevel.setDevicePixelRatio(dpr);
        bevel.fill(Qt::transparent);
        QPainter p(&bevel);
        QStyleOptionButton at(button);
        at.rect = QRect(QPoint(0, 0), button.rect.size());
        style->drawControl(QStyle::CE_PushButtonBevel, &at, &p, item.widget);
        p.end();
        QPixmapCache::insert(key, bevel);
    }
    painter->drawPixmap(button.rect.topLeft(), bevel);
    // QPainter::drawText takes the text literally: no rich text, no &-mnemonics from a node.
    const QColor fg = index.data(Qt::ForegroundRole).value<QBrush>().color();
    painter->save();
    QFont f = item.font;
    painter->setFont(f);
    painter->setPen(index.data(Qt::ForegroundRole).isValid() ? fg : option.palette.color(QPalette::ButtonText));
    painter->drawText(button.rect, Qt::AlignCenter | Qt::TextSingleLine, shownText(option, index));
    painter->restore();
}

int ButtonDelegate::textRoom(const QStyleOptionViewItem& option) const
{
    return option.rect.width() - 4 - 8; // the button inside the cell, its own margins
}

QString ButtonDelegate::shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // An address is told apart by both ends (10.0.0.1… and …0.14 look alike): elided in the middle.
    return fittingText(opt.fontMetrics, opt.text, QString(), textRoom(opt), Qt::ElideMiddle);
}

QSize ButtonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return { s.width() + 24, std::max(s.height(), option.fontMetrics.height() + 10) };
}

} // namespace omv
