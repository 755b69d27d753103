#pragma once

#include <QLabel>

namespace omv
{

/// A one-line label for status bars: text longer than the room it gets ends in "…" instead of
/// being cut mid-word, and the tooltip (unless set) says it all. Plain text only.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    /// What is drawn at the label's present width.
    QString shownText() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* e) override;
};

} // namespace omv
