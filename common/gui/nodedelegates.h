#pragma once

#include <QAbstractItemView>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyleOptionSlider>
#include <QStyledItemDelegate>

namespace omv
{

/// The text a cell with `width` pixels of room shows (issue 18): the whole text when it fits,
/// else `compact` when one is given and fits ("1.0 / 1.5 GB" for "1.0 GB free of 1.5 GB"), else
/// the whole text elided with "…" at `mode` — never a text cut mid-glyph by the cell's edge.
QString fittingText(const QFontMetrics& fm, const QString& text, const QString& compact, int width,
    Qt::TextElideMode mode = Qt::ElideRight);

/// WCAG 2 contrast ratio of two colours (1 … 21).
double contrastRatio(const QColor& a, const QColor& b);
/// `wanted` made lighter or darker (same hue) until it reads on `background` at 4.5:1 or better.
QColor readableOn(const QColor& wanted, const QColor& background);

/// The suite's cells: when the text shown is not the whole text (elided or compact), the
/// tooltip says it all (unless the model has a tooltip of its own). Subclasses say how much room
/// their text has.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// Draws what the style draws, with the text already fitted: the style's own elision leaves
    /// a text that does not fit at all whole, and clipped by the cell.
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;
    /// The text this delegate draws for `index` in `option.rect`.
    virtual QString shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const;

protected:
    /// Pixels the text may take in `rect`.
    virtual int textRoom(const QStyleOptionViewItem& option) const;
};

/// A bar for a percentage (NodeTableModel::BarRole) with the display text over it; the colour runs
/// from calm blue through pale yellow to hot red as the value rises (ColorBrewer's RdYlBu, which
/// people with red-green colour blindness tell apart too), and the value is always written. The
/// text keeps 4.5:1 contrast on the filled part and on the empty part, in light and dark palettes.
class BarDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    static QColor heat(double percent);
    /// Black or white, whichever reads better on `fill` (never below 4.58:1).
    static QColor textOn(const QColor& fill);

protected:
    int textRoom(const QStyleOptionViewItem& option) const override;
};

/// The speed column: the style's slider with the number beside it, painted (no widget per row).
/// One press on it drags the painted handle (a press on the groove brings the handle under the
/// pointer); the value under the pointer when the button is let go is sent, Escape drops it. From
/// the keyboard (F2) a real slider opens in the cell; Enter or letting go commits its value — never
/// while dragging.
class SpeedDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;
    /// Where the cell paints its slider, and its handle (empty when it paints none: a down node,
    /// the cluster).
    QRect sliderRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QRect handleRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// The value the handle is dragged to; -1 when no drag is on.
    int draggedValue() const;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QString shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Room for the slider and, beside it, the whole text (the label takes at most half).
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    int textRoom(const QStyleOptionViewItem& option) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStyleOptionSlider sliderOption(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// The value of the slider in `option.rect` with its handle's left edge at x = `handleLeft`.
    int valueAt(const QStyleOptionViewItem& option, const QModelIndex& index, int handleLeft) const;
    void endDrag();

    // The drag in progress: which cell, where the pointer holds the handle, the value so far.
    QPersistentModelIndex m_dragIndex;
    QPointer<QAbstractItemModel> m_dragModel;
    QPointer<QAbstractItemView> m_dragView;
    QStyleOptionViewItem m_dragOption;
    int m_dragOffset = 0;
    int m_dragValue = 0;
};

/// The node's address drawn as a push button (it opens the node dialog); the text is always
/// drawn as plain text.
class ButtonDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QString shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    int textRoom(const QStyleOptionViewItem& option) const override;
};

} // namespace omv
