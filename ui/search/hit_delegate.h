#pragma once
// Draws a search hit as two lines: the source's name, small and quiet, above the
// hit in its context with the hit in bold (SearchResultsModel::SnippetHtmlRole).

#include <QStyledItemDelegate>

namespace gw {

class HitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HitDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gw
