#pragma once
// Draws a memo in the memo list: its title (a ⚑ before it when it records
// disconfirming evidence) above what it is on and when it last changed, quieter.

#include <QStyledItemDelegate>

namespace gw {

class MemoItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { TitleRole = Qt::UserRole + 10, DetailRole, DisconfirmingRole };

    explicit MemoItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gw
