#include "ui/segments/segment_delegate.h"

#include "ui/segments/segment_list_model.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace gw {

namespace {

constexpr int kPad = 8;
constexpr int kStripe = 3;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

// The quote with its context: "…before text after…", and where the text starts and ends in it.
struct Quote
{
    QString all;
    qsizetype textStart = 0;
    qsizetype textEnd = 0;
};

Quote quoteOf(const QModelIndex &index)
{
    const QString before = index.data(SegmentListModel::ContextBeforeRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString().simplified();
    const QString after = index.data(SegmentListModel::ContextAfterRole).toString();
    const QString lead = before.isEmpty() ? QString() : QStringLiteral("…%1").arg(before);
    return {lead + text + (after.isEmpty() ? QString() : QStringLiteral("%1…").arg(after)),
            lead.size(), lead.size() + text.size()};
}

// Lays LAYOUT out in lines of WIDTH, at most kTextLines of them; true when text is left over.
bool layOut(QTextLayout &layout, int width, int lineSpacing)
{
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    bool more = false;
    for (int lines = 0;; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        if (lines == SegmentDelegate::kTextLines) {
            more = true;
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, lines * lineSpacing));
    }
    layout.endLayout();
    return more;
}

int textWidth(const QStyleOptionViewItem &option)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    return std::max(60, width - 2 * kPad - kStripe - 6);
}

} // namespace

QSize SegmentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics text(option.font);
    const QFontMetrics small(smallFont(option.font));
    QTextLayout layout(quoteOf(index).all, option.font);
    layOut(layout, textWidth(option), text.lineSpacing());
    const int lines =
        std::clamp(layout.lineCount() - (layout.lineCount() > kTextLines ? 1 : 0), 1, kTextLines);
    return {200, kPad + small.height() + 4 + lines * text.lineSpacing() + kPad};
}

void SegmentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor ink =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor grey = ink;
    grey.setAlphaF(0.55);

    painter->save();
    const QRect r = option.rect.adjusted(kPad + kStripe + 6, kPad, -kPad, -kPad);
    painter->fillRect(QRect(option.rect.left() + kPad, r.top(), kStripe, r.height()),
                      QColor(index.data(SegmentListModel::CodeColorRole).toString()));

    // Where it was said, and by whom.
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    QString where = index.data(SegmentListModel::SourceNameRole).toString();
    const QString who = index.data(SegmentListModel::AttributionRole).toString();
    if (!who.isEmpty())
        where += QStringLiteral("  ·  [%1]").arg(who);
    painter->setFont(small);
    painter->setPen(grey);
    painter->drawText(QRect(r.left(), r.top(), r.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                      smallMetrics.elidedText(where, Qt::ElideMiddle, r.width()));

    // The text with its context, wrapped to at most kTextLines lines.
    const Quote q = quoteOf(index);
    QTextLayout layout(q.all, option.font);
    QTextCharFormat context;
    context.setForeground(grey);
    QTextCharFormat quote;
    quote.setForeground(ink);
    layout.setFormats({{0, int(q.textStart), context},
                       {int(q.textStart), int(q.textEnd - q.textStart), quote},
                       {int(q.textEnd), int(q.all.size() - q.textEnd), context}});
    const QFontMetrics metrics(option.font);
    const bool more = layOut(layout, r.width(), metrics.lineSpacing());
    const int lines = std::min(layout.lineCount(), kTextLines);
    const int y = r.top() + smallMetrics.height() + 4;
    painter->setPen(ink);
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == lines - 1 && more) {
            // The last line shown ends in an ellipsis, in the colour of where it starts.
            const QString rest = q.all.mid(line.textStart());
            painter->setPen(line.textStart() >= q.textEnd ? grey : ink);
            painter->setFont(option.font);
            painter->drawText(QPointF(r.left(), y + i * metrics.lineSpacing() + metrics.ascent()),
                              metrics.elidedText(rest, Qt::ElideRight, r.width()));
            continue;
        }
        line.draw(painter, QPointF(r.left(), y));
    }
    painter->restore();
}

} // namespace gw
