#pragma once
// Draws items as usual but gives each row a little more height than the style's
// compact default, so long lists read calmly.

#include <QStyledItemDelegate>

namespace gw {

class RoomyItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RoomyItemDelegate(QObject *parent = nullptr, int extraHeight = 6);

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_extraHeight;
};

} // namespace gw
