#include "ui/memos/memo_item_delegate.h"

#include <QApplication>
#include <QPainter>

namespace gw {

namespace {

constexpr int kPad = 6;
const QColor kFlag(0xc0, 0x50, 0x28);

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

} // namespace

MemoItemDelegate::MemoItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void MemoItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QRect box = opt.rect.adjusted(kPad + 2, kPad / 2, -kPad, -kPad / 2);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const int titleHeight = titleMetrics.height();
    painter->save();
    if (index.data(DisconfirmingRole).toBool()) {
        const QString flag = QStringLiteral("⚑ ");
        painter->setFont(titleFont);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : kFlag);
        painter->drawText(QRect(box.topLeft(), QSize(box.width(), titleHeight)), Qt::AlignLeft | Qt::AlignVCenter, flag);
        box.setLeft(box.left() + titleMetrics.horizontalAdvance(flag));
    }
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(box.topLeft(), QSize(box.width(), titleHeight)), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(TitleRole).toString(), Qt::ElideRight, box.width()));
    const QFont detailFont = smaller(opt.font);
    QColor muted = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        muted.setAlphaF(0.62);
    painter->setFont(detailFont);
    painter->setPen(muted);
    const QFontMetrics detailMetrics(detailFont);
    painter->drawText(QRect(box.left(), box.top() + titleHeight + 1, box.width(), detailMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(index.data(DetailRole).toString(), Qt::ElideRight, box.width()));
    painter->restore();
}

QSize MemoItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    return {200, QFontMetrics(titleFont).height() + 1 + QFontMetrics(smaller(option.font)).height() + kPad + 2};
}

} // namespace gw
