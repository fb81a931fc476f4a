#include "ui/document/code_picker.h"

#include <algorithm>

#include "core/model/display_names.h"
#include "core/model/project.h"
#include "ui/codes/code_swatch.h"

#include <QColor>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace gw {

namespace {
enum Role { CodeIdRole = Qt::UserRole + 1, CreateRole };
}

CodePicker::CodePicker(QWidget *parent) : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("codePicker"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("codePickerFilter"));
    m_filter->setPlaceholderText(tr("Code with… (type to filter or to name a new code)"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("codePickerList"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setMinimumWidth(360);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CodePicker::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &CodePicker::pickCurrent);
    connect(m_list, &QListWidget::itemClicked, this, &CodePicker::pickCurrent);
}

void CodePicker::popup(Project &project, const QList<Id> &recent, const QPoint &globalPos)
{
    m_list->clear();
    auto codes = project.codes();
    std::vector<CodeInfo> ordered;
    if (codes) {
        for (Id id : recent)
            for (const CodeInfo &c : *codes)
                if (c.id == id && !c.archived)
                    ordered.push_back(c);
        for (const CodeInfo &c : *codes)
            if (!c.archived && !recent.contains(c.id))
                ordered.push_back(c);
    }
    for (const CodeInfo &c : ordered) {
        auto *item = new QListWidgetItem(codeSwatch(QColor(c.color)), c.name, m_list);
        item->setData(CodeIdRole, QVariant::fromValue(qint64(c.id)));
        item->setToolTip(tr("%1 code · %2 segments").arg(displayName(c.stage)).arg(c.segmentCount));
    }
    auto *create = new QListWidgetItem(m_list);
    create->setData(CreateRole, true);
    create->setHidden(true);
    m_filter->clear();
    refilter();
    move(globalPos);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CodePicker::refilter()
{
    const QString typed = m_filter->text().simplified();
    bool exact = false;
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(CreateRole).toBool()) {
            item->setText(tr("Create code “%1”").arg(typed));
            item->setHidden(typed.isEmpty() || exact);
            if (!first && !item->isHidden())
                first = item;
            continue;
        }
        const bool match = typed.isEmpty() || item->text().contains(typed, Qt::CaseInsensitive);
        exact |= item->text().compare(typed, Qt::CaseInsensitive) == 0;
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
    // The popup is as tall as what it offers, up to a dozen rows.
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row)
        visible += m_list->item(row)->isHidden() ? 0 : 1;
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(std::clamp(visible, 1, 12) * rowHeight + 2 * m_list->frameWidth());
    adjustSize();
}

void CodePicker::pickCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    hide();
    if (item->data(CreateRole).toBool())
        Q_EMIT createRequested(m_filter->text().simplified());
    else
        Q_EMIT codePicked(item->data(CodeIdRole).toLongLong());
}

bool CodePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const int step = key->key() == Qt::Key_Down ? 1 : key->key() == Qt::Key_Up ? -1 : 0;
    if (step != 0) {
        for (int row = m_list->currentRow() + step; row >= 0 && row < m_list->count(); row += step)
            if (!m_list->item(row)->isHidden()) {
                m_list->setCurrentRow(row);
                break;
            }
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        pickCurrent();
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        hide();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace gw
