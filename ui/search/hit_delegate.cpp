#include "ui/search/hit_delegate.h"

#include "ui/search/search_results_model.h"

#include <QAbstractTextDocumentLayout>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace gw {

namespace {

constexpr int kPad = 6;

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

} // namespace

HitDelegate::HitDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void HitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect box = opt.rect.adjusted(kPad + 2, kPad / 2, -kPad, -kPad / 2);

    painter->save();
    const QFont nameFont = smaller(opt.font);
    painter->setFont(nameFont);
    QColor muted = opt.palette.color(textRole);
    if (!selected)
        muted.setAlphaF(0.62);
    painter->setPen(muted);
    const int nameHeight = QFontMetrics(nameFont).height();
    painter->drawText(QRect(box.left(), box.top(), box.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(SearchResultsModel::SourceNameRole).toString());

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(box.width());
    doc.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    painter->translate(box.left(), box.top() + nameHeight + 2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, opt.palette.color(textRole));
    context.clip = QRectF(0, 0, box.width(), box.height() - nameHeight);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Rows wrap to the view's width, whatever rect the view passes here.
    const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
    const int width = view ? view->viewport()->width() : 400;
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(std::max(80, width - 2 * kPad - 2));
    doc.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    const int nameHeight = QFontMetrics(smaller(option.font)).height();
    return {width, int(doc.size().height()) + nameHeight + 2 + kPad + 2};
}

} // namespace gw
