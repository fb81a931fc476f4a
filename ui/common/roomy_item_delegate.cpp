#include "ui/common/roomy_item_delegate.h"

namespace gw {

RoomyItemDelegate::RoomyItemDelegate(QObject *parent, int extraHeight)
    : QStyledItemDelegate(parent), m_extraHeight(extraHeight)
{
}

QSize RoomyItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, m_extraHeight);
}

} // namespace gw
