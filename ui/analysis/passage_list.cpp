#include "ui/analysis/passage_list.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace gw {

PassageList::PassageList(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Source"), tr("Attribution"), tr("Codes"), tr("Passage")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(true);
    header()->resizeSection(SourceColumn, 150);
    header()->resizeSection(AttributionColumn, 150);
    header()->resizeSection(CodesColumn, 150);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
}

void PassageList::setPassages(std::vector<PassageView> views)
{
    m_views = std::move(views);
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(m_views.size()));
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        const PassageView &v = m_views[i];
        QString line = v.text.simplified();
        if (line.size() > 400)
            line = line.left(400) + QStringLiteral("…");
        auto *item = new QTreeWidgetItem(
            QStringList{v.sourceName, v.attribution.isEmpty() ? QString() : QStringLiteral("[%1]").arg(v.attribution),
                        v.codes.join(QStringLiteral("; ")), line});
        item->setData(0, Qt::UserRole, qulonglong(i));
        item->setToolTip(TextColumn, v.text.left(2000));
        items.append(item);
    }
    addTopLevelItems(items);
    if (!items.isEmpty())
        setCurrentItem(items.front());
}

void PassageList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        activate(currentItem());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void PassageList::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const std::size_t i = item->data(0, Qt::UserRole).toULongLong();
    if (i < m_views.size())
        Q_EMIT passageActivated(m_views[i].passage.sourceId, m_views[i].passage.start, m_views[i].passage.end);
}

} // namespace gw
