#include "ui/cases/case_sheet_view.h"

#include "core/analysis/speakers.h"
#include "core/model/project.h"
#include "ui/cases/case_sheet_model.h"
#include "ui/common/checklist_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace gw {

CaseSheetView::CaseSheetView(QWidget *parent) : QWidget(parent), m_model(new CaseSheetModel(this))
{
    setObjectName(QStringLiteral("caseSheet"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto act = [&](const QString &text, const QString &name, const QString &tip, auto slot) {
        QAction *a = bar->addAction(text, this, slot);
        a->setObjectName(name);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        return a;
    };
    QAction *add = act(tr("Add Case…"), QStringLiteral("addCase"), tr("A new case (a participant, a site)"),
                       [this] { askToAddCase(); });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *remove = act(tr("Remove Cases"), QStringLiteral("removeCases"),
                          tr("Remove the selected cases with their values, links and memos"),
                          [this] { say(removeSelectedCases()); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addSeparator();
    act(tr("Add Attribute…"), QStringLiteral("addAttribute"), tr("A new column: text, number, date or yes/no"),
        [this] { askToAddAttribute(); });
    bar->addSeparator();
    act(tr("Link Sources…"), QStringLiteral("linkSources"), tr("The sources that came from the current case"),
        [this] { askToLinkSources(); });
    act(tr("Cases from Speakers…"), QStringLiteral("casesFromSpeakers"),
        tr("A case for each speaker of a focus group's transcript"), [this] { askForSpeakers(); });
    act(tr("Memo on Case…"), QStringLiteral("caseMemo"), tr("Write a memo on the current case"),
        [this] { askForMemo(); });
    addActions(bar->actions());

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setPlaceholderText(tr("Filter cases by any cell"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseSheetModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &CaseSheetView::headerMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(bar->actions());
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseSheetMessage"));
    m_message->setWordWrap(true);
    connect(m_model, &CaseSheetModel::refused, this, [this](const QString &m) { say(fail(ErrorKind::InvalidInput, m)); });

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(bar, 1);
    top->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void CaseSheetView::setProject(Project *project, QUndoStack *stack)
{
    m_project = project;
    m_stack = stack;
    m_model->setProject(project, stack);
    m_message->clear();
}

void CaseSheetView::say(const Status &status)
{
    m_message->setText(status ? QString() : status.error().message);
}

Id CaseSheetView::currentCaseId() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const CaseInfo *c = m_model->caseAt(index.row());
    return c ? c->id : 0;
}

Status CaseSheetView::addCase(const QString &name)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    Id made = 0;
    auto ok = m_model->edit(tr("Add case “%1”").arg(name.simplified()), [&]() -> Status {
        auto id = m_project->addCase(name);
        if (!id)
            return std::unexpected(id.error());
        made = *id;
        return {};
    });
    if (ok) {
        m_model->reload();
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOfCase(made), CaseSheetModel::NameColumn));
        m_table->setCurrentIndex(at);
        m_table->scrollTo(at);
    }
    return ok;
}

Status CaseSheetView::removeSelectedCases()
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    std::vector<Id> ids;
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        if (const CaseInfo *c = m_model->caseAt(m_proxy->mapToSource(index).row()); c && !std::ranges::count(ids, c->id)) {
            ids.push_back(c->id);
            names << c->name;
        }
    if (ids.empty())
        return fail(ErrorKind::InvalidInput, tr("Select the cases to remove."));
    return m_model->edit(ids.size() == 1 ? tr("Remove case “%1”").arg(names.front())
                                         : tr("Remove %1 cases").arg(ids.size()),
                         [&] { return m_project->removeCases(ids); });
}

Status CaseSheetView::addAttribute(const QString &name, const QString &type)
{
    const auto t = attributeTypeFromString(type);
    if (!m_project || !t)
        return fail(ErrorKind::InvalidInput, tr("An attribute is text, number, date or boolean."));
    return m_model->edit(tr("Add attribute “%1”").arg(name.simplified()), [&]() -> Status {
        auto id = m_project->addAttribute(name, *t);
        return id ? Status{} : std::unexpected(id.error());
    });
}

Status CaseSheetView::removeAttribute(Id attributeId)
{
    return m_model->edit(tr("Remove an attribute"), [&] { return m_project->removeAttribute(attributeId); });
}

Status CaseSheetView::renameAttribute(Id attributeId, const QString &name)
{
    return m_model->edit(tr("Rename attribute to “%1”").arg(name.simplified()),
                         [&] { return m_project->renameAttribute(attributeId, name); });
}

Status CaseSheetView::linkSources(Id caseId, const std::vector<Id> &sourceIds)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    auto c = m_project->caseById(caseId);
    if (!c)
        return std::unexpected(c.error());
    return m_model->edit(tr("Link sources to “%1”").arg(c->name), [&]() -> Status {
        for (const Id id : c->sourceIds)
            if (!std::ranges::count(sourceIds, id))
                if (auto ok = m_project->unlinkCaseSource(caseId, id); !ok)
                    return ok;
        for (const Id id : sourceIds)
            if (!c->sourceIds.contains(id))
                if (auto ok = m_project->linkCaseSource(caseId, id); !ok)
                    return ok;
        return {};
    });
}

Status CaseSheetView::casesFromSpeakers(Id sourceId, const QStringList &except)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    auto batch = gw::casesFromSpeakers(*m_project, sourceId, except);
    if (!batch)
        return std::unexpected(batch.error());
    return m_model->edit(tr("A case for each of %1 speakers").arg(batch->cases.size()),
                         [&] { return m_project->writeCases(*batch); });
}

void CaseSheetView::askToAddCase()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Case"), tr("Name of the case:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        say(addCase(name));
}

void CaseSheetView::askToAddAttribute()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Attribute"));
    auto *name = new QLineEdit(&dialog);
    auto *type = new QComboBox(&dialog);
    // Shown in words the researcher reads; the type as core names it is the item's data.
    type->addItem(tr("text"), QStringLiteral("text"));
    type->addItem(tr("number"), QStringLiteral("number"));
    type->addItem(tr("date"), QStringLiteral("date"));
    type->addItem(tr("boolean"), QStringLiteral("boolean"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Type:"), type);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && !name->text().trimmed().isEmpty())
        say(addAttribute(name->text(), type->currentData().toString()));
}

void CaseSheetView::askToLinkSources()
{
    const Id caseId = currentCaseId();
    if (!m_project || caseId == 0)
        return say(fail(ErrorKind::InvalidInput, tr("Choose a case in the sheet first.")));
    auto c = m_project->caseById(caseId);
    auto sources = m_project->sources();
    if (!c || !sources)
        return;
    std::vector<ChecklistDialog::Entry> entries;
    for (const SourceInfo &s : *sources)
        entries.push_back({s.id, s.name});
    std::vector<Id> linked(c->sourceIds.begin(), c->sourceIds.end());
    if (linked.empty())
        linked.push_back(-1); // nothing ticked to begin with
    ChecklistDialog dialog(tr("Sources of %1").arg(c->name), entries, linked, this);
    std::vector<std::pair<QString, std::vector<Id>>> sets;
    if (auto all = m_project->sourceSets())
        for (const SourceSetInfo &t : *all)
            sets.push_back({t.name, std::vector<Id>(t.sourceIds.begin(), t.sourceIds.end())});
    dialog.addGroups(tr("Tick the sources of a set…"), sets);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::vector<Id> chosen = dialog.chosen();
    if (chosen.empty()) // every source ticked
        for (const SourceInfo &s : *sources)
            chosen.push_back(s.id);
    say(linkSources(caseId, chosen));
}

void CaseSheetView::askForSpeakers()
{
    if (!m_project)
        return;
    auto sources = m_project->sources();
    if (!sources)
        return;
    QStringList names;
    for (const SourceInfo &s : *sources)
        if (m_project->turns(s.id).value_or(std::vector<Turn>{}).size() > 0)
            names << s.name;
    if (names.isEmpty())
        return say(fail(ErrorKind::InvalidInput, tr("No source has speaker turns.")));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Cases from Speakers"), tr("A case for each speaker of:"), names, 0, false, &ok);
    if (!ok)
        return;
    // The speakers' labels as transcripts usually have them: matched against the data, so not translated.
    const QString usual = QStringLiteral("Interviewer, Moderator");
    const QString except = QInputDialog::getText(this, tr("Cases from Speakers"),
                                                 tr("Leave out these speakers (comma between them):"),
                                                 QLineEdit::Normal, usual, &ok);
    if (!ok)
        return;
    QStringList left;
    for (const QString &e : except.split(u','))
        if (!e.trimmed().isEmpty())
            left << e.trimmed();
    if (auto s = m_project->sourceByName(chosen))
        say(casesFromSpeakers(s->id, left));
}

void CaseSheetView::askForMemo()
{
    const Id caseId = currentCaseId();
    if (!m_project || caseId == 0)
        return say(fail(ErrorKind::InvalidInput, tr("Choose a case in the sheet first.")));
    auto c = m_project->caseById(caseId);
    if (!c)
        return;
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Memo on %1").arg(c->name), tr("Memo (Markdown):"), {},
                                                        &ok);
    if (!ok || body.trimmed().isEmpty())
        return;
    say(m_model->edit(tr("Memo on case “%1”").arg(c->name), [&]() -> Status {
        auto memo = m_project->addMemo(QStringLiteral("case"), caseId, QStringLiteral("On %1").arg(c->name), body);
        return memo ? Status{} : std::unexpected(memo.error());
    }));
}

void CaseSheetView::headerMenu(const QPoint &pos)
{
    const AttributeInfo *a = m_model->attributeAt(m_table->horizontalHeader()->logicalIndexAt(pos));
    QMenu menu(this);
    if (a) {
        const Id id = a->id;
        const QString name = a->name;
        menu.addAction(tr("Rename “%1”…").arg(name), this, [this, id, name] {
            bool ok = false;
            const QString renamed = QInputDialog::getText(this, tr("Rename Attribute"), tr("New name:"),
                                                          QLineEdit::Normal, name, &ok);
            if (ok && renamed != name)
                say(renameAttribute(id, renamed));
        });
        menu.addAction(tr("Remove “%1” and Its Values").arg(name), this, [this, id] { say(removeAttribute(id)); });
        menu.addSeparator();
    }
    menu.addAction(tr("Add Attribute…"), this, [this] { askToAddAttribute(); });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace gw
