#include "nodedelegates.h"

#include "cellroles.h"
#include "nodetablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmapCache>
#include <QSlider>
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
    static const QColor stops[] = { QColor(0x45, 0x75, 0xb4), QColor(0xfe, 0xe0, 0x90), QColor(0xd7, 0x30, 0x27) };
    const double p = std::clamp(percent, 0.0, 100.0) / 50.0; // 0..2
    const int i = std::min(1, int(p));
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
    const QRect frame = opt.rect.adjusted(3, 3, -3, -3);
    painter->save();
    const QColor fill = heat(value);
    paintBar(painter, frame, value, fill, opt.palette);
    painter->setFont(opt.font); // the font the text was measured in (bold on the cluster row)
    // The text crosses the filled part and the empty one: each part in a colour that reads on it.
    QRect filled = frame.adjusted(1, 1, -1, -1);
    filled.setWidth(value < 0 ? 0 : int(filled.width() * std::clamp(value, 0.0, 100.0) / 100.0));
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

void SpeedDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int textWidth = speedLabelWidth(opt); // before the text is taken out of opt
    const QString text = paintCellBackground(painter, opt);
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
        const qint64 speed = index.data(NodeTableModel::SpeedRole).toLongLong();
        const qint64 max = std::max<qint64>(1, index.data(NodeTableModel::SpeedMaxRole).toLongLong());
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(QPalette::Mid));
        painter->drawRoundedRect(groove, 2, 2);
        if (speed >= 0 && index.data(NodeTableModel::UpRole).toBool()) {
            const int x = groove.left() + int(double(groove.width()) * std::min(speed, max) / max);
            const bool pending = index.data(NodeTableModel::PendingRole).toBool();
            // A backend that cannot set speeds: the handle greyed, as a disabled slider.
            const bool fixed = !(index.flags() & Qt::ItemIsEditable);
            painter->setBrush(
                pending ? QColor(0xe0, 0xa0, 0x20) : opt.palette.color(fixed ? QPalette::Dark : QPalette::Highlight));
            painter->drawRoundedRect(QRect(x - 4, r.top() + 2, 8, r.height() - 4), 2, 2);
        }
    }
    const bool failed = !index.data(NodeTableModel::ErrorRole).toString().isEmpty();
    painter->setFont(opt.font);
    painter->setPen(readableOn(
        failed ? QColor(0xb0, 0x20, 0x20) : opt.palette.color(QPalette::Text), opt.palette.color(QPalette::Base)));
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
