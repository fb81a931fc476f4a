#pragma once
// Draws one row of the segments dock like a quote on an index card: the source
// and the speaker's attribution on a small line, then up to three lines of the
// segment's text with a little grey context either side, elided.

#include <QStyledItemDelegate>

namespace gw {

class SegmentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // How many lines of text a row shows at most.
    static constexpr int kTextLines = 3;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;
};

} // namespace gw
