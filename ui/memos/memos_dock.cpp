#include "ui/memos/memos_dock.h"

#include "core/commands/add_memo.h"
#include "core/commands/remove_memo.h"
#include "core/model/project.h"
#include "ui/memos/memo_editor.h"
#include "ui/memos/memo_item_delegate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw {

namespace {

constexpr int kMemoIdRole = Qt::UserRole + 1;

QString shortDate(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy")) : iso;
}

} // namespace

MemosDock::MemosDock(QWidget *parent) : QDockWidget(tr("Memos"), parent)
{
    setObjectName(QStringLiteral("memosDock"));
    auto *body = new QWidget(this);
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *splitter = new QSplitter(Qt::Horizontal, body);
    splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("memoSearch"));
    m_search->setPlaceholderText(tr("Search memos…"));
    m_search->setClearButtonEnabled(true);
    m_new = new QToolButton(left);
    m_new->setObjectName(QStringLiteral("newMemo"));
    m_new->setText(tr("New Memo"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    m_new->setMenu(new QMenu(m_new));
    m_delete = new QPushButton(tr("Delete"), left);
    m_delete->setObjectName(QStringLiteral("deleteMemo"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("memoList"));
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new MemoItemDelegate(m_list));
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_list, 1);

    m_editor = new MemoEditor(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 600});
    layout->addWidget(splitter);
    setWidget(body);

    connect(m_new->menu(), &QMenu::aboutToShow, this, &MemosDock::fillNewMenu);
    connect(m_delete, &QPushButton::clicked, this, &MemosDock::deleteSelected);
    connect(m_search, &QLineEdit::textChanged, this, &MemosDock::refresh);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const Id id = item ? item->data(kMemoIdRole).toLongLong() : 0;
        if (id != m_editor->memoId())
            m_editor->showMemo(id, item ? item->toolTip() : QString());
        m_delete->setEnabled(id != 0);
    });
    refresh();
}

void MemosDock::setProject(Project *project, QUndoStack *stack)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_stack = stack;
    m_editor->setProject(project, stack);
    if (m_project)
        connect(m_project, &Project::memosChanged, this, &MemosDock::refresh);
    m_new->setEnabled(m_project && m_stack);
    refresh();
}

QString MemosDock::targetLabel(const MemoInfo &memo) const
{
    if (!m_project || !memo.targetId || memo.targetKind == QLatin1String("project"))
        return tr("Project");
    const Id id = *memo.targetId;
    const QString &kind = memo.targetKind;
    if (kind == QLatin1String("source"))
        if (auto s = m_project->source(id))
            return tr("Source: %1").arg(s->name);
    if (kind == QLatin1String("code"))
        if (auto c = m_project->code(id))
            return tr("Code: %1").arg(c->name);
    if (kind == QLatin1String("segment"))
        if (auto s = m_project->segment(id))
            return tr("Segment in %1 (%2)").arg(s->sourceName, s->codeName);
    auto nameIn = [id](const auto &items) {
        for (const auto &item : items)
            if (item.id == id)
                return item.name;
        return QString();
    };
    if (kind == QLatin1String("theme"))
        if (auto themes = m_project->themes())
            return tr("Theme: %1").arg(nameIn(*themes));
    if (kind == QLatin1String("dimension"))
        if (auto dimensions = m_project->dimensions())
            return tr("Dimension: %1").arg(nameIn(*dimensions));
    return QStringLiteral("%1 %2").arg(kind).arg(id);
}

void MemosDock::refresh()
{
    const Id selected = m_editor->memoId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto memos = m_project ? m_project->memos(m_search->text().trimmed()) : Result<std::vector<MemoInfo>>{};
    QListWidgetItem *current = nullptr;
    if (memos) {
        for (const MemoInfo &memo : *memos) {
            const QString target = targetLabel(memo);
            const QString title = memo.title.isEmpty() ? tr("Untitled memo") : memo.title;
            const QString detail = target + QStringLiteral(" · ") + shortDate(memo.modified);
            QString text = title + QLatin1Char('\n') + detail; // what accessibility and tests read
            if (memo.disconfirming)
                text.prepend(QStringLiteral("⚑ "));
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(MemoItemDelegate::TitleRole, title);
            item->setData(MemoItemDelegate::DetailRole, detail);
            item->setData(MemoItemDelegate::DisconfirmingRole, memo.disconfirming);
            item->setData(kMemoIdRole, qlonglong(memo.id));
            item->setToolTip(target);
            if (memo.id == selected)
                current = item;
        }
    }
    if (current)
        m_list->setCurrentItem(current);
    // The shown memo may have changed under us (undo); one it no longer lists goes.
    if (current || selected == 0)
        m_editor->reload();
    else if (m_search->text().trimmed().isEmpty())
        m_editor->showMemo(0);
    m_delete->setEnabled(current != nullptr);
}

void MemosDock::fillNewMenu()
{
    QMenu *menu = m_new->menu();
    menu->clear();
    QList<MemoTarget> targets{{QStringLiteral("project"), std::nullopt, tr("Project")}};
    if (m_targets)
        targets += m_targets();
    for (const MemoTarget &target : targets)
        menu->addAction(tr("On %1").arg(target.label), this, [this, target] { (void)newMemo(target); });
}

Id MemosDock::newMemo(const MemoTarget &target)
{
    if (!m_project || !m_stack)
        return 0;
    m_editor->save();
    auto command = AddMemo::make(*m_project, target.kind, target.id, QString(), QString());
    if (!command) {
        QMessageBox::warning(this, tr("Cannot add the memo"), command.error().message);
        return 0;
    }
    AddMemo *added = command->get();
    m_stack->push(command->release());
    const Id id = added->memoId();
    m_search->clear();
    selectMemo(id);
    m_editor->titleEdit()->setFocus();
    return id;
}

void MemosDock::selectMemo(Id id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kMemoIdRole).toLongLong() == id)
            m_list->setCurrentRow(row);
}

Id MemosDock::selectedMemo() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kMemoIdRole).toLongLong() : 0;
}

void MemosDock::deleteSelected()
{
    const Id id = selectedMemo();
    if (!m_project || !m_stack || id == 0)
        return;
    m_editor->save();
    m_editor->showMemo(0);
    auto command = RemoveMemo::make(*m_project, id);
    if (!command) {
        QMessageBox::warning(this, tr("Cannot delete the memo"), command.error().message);
        return;
    }
    m_stack->push(command->release());
}

} // namespace gw
