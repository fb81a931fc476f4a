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
    QAction *add = act(QStringLiteral("Add Case…"), QStringLiteral("addCase"), QStringLiteral("A new case (a participant, a site)"),
                       [this] { askToAddCase(); });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *remove = act(QStringLiteral("Remove Cases"), QStringLiteral("removeCases"),
                          QStringLiteral("Remove the selected cases with their values, links and memos"),
                          [this] { say(removeSelectedCases()); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addSeparator();
    act(QStringLiteral("Add Attribute…"), QStringLiteral("addAttribute"), QStringLiteral("A new column: text, number, date or yes/no"),
        [this] { askToAddAttribute(); });
    bar->addSeparator();
    act(QStringLiteral("Link Sources…"), QStringLiteral("linkSources"), QStringLiteral("The sources that came from the current case"),
        [this] { askToLinkSources(); });
    act(QStringLiteral("Cases from Speakers…"), QStringLiteral("casesFromSpeakers"),
        QStringLiteral("A case for each speaker of a focus group's transcript"), [this] { askForSpeakers(); });
    act(QStringLiteral("Memo on Case…"), QStringLiteral("caseMemo"), QStringLiteral("Write a memo on the current case"),
        [this] { askForMemo(); });
    addActions(bar->actions());

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setPlaceholderText(QStringLiteral("Filter cases by any cell"));
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
        return fail(ErrorKind::NotFound, QStringLiteral("No project is open."));
    Id made = 0;
    auto ok = m_model->edit(QStringLiteral("Add case “%1”").arg(name.simplified()), [&]() -> Status {
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
        return fail(ErrorKind::NotFound, QStringLiteral("No project is open."));
    std::vector<Id> ids;
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        if (const CaseInfo *c = m_model->caseAt(m_proxy->mapToSource(index).row()); c && !std::ranges::count(ids, c->id)) {
            ids.push_back(c->id);
            names << c->name;
        }
    if (ids.empty())
        return fail(ErrorKind::InvalidInput, QStringLiteral("Select the cases to remove."));
    return m_model->edit(ids.size() == 1 ? QStringLiteral("Remove case “%1”").arg(names.front())
                                         : QStringLiteral("Remove %1 cases").arg(ids.size()),
                         [&] { return m_project->removeCases(ids); });
}

Status CaseSheetView::addAttribute(const QString &name, const QString &type)
{
    const auto t = attributeTypeFromString(type);
    if (!m_project || !t)
        return fail(ErrorKind::InvalidInput, QStringLiteral("An attribute is text, number, date or boolean."));
    return m_model->edit(QStringLiteral("Add attribute “%1”").arg(name.simplified()), [&]() -> Status {
        auto id = m_project->addAttribute(name, *t);
        return id ? Status{} : std::unexpected(id.error());
    });
}

Status CaseSheetView::removeAttribute(Id attributeId)
{
    return m_model->edit(QStringLiteral("Remove an attribute"), [&] { return m_project->removeAttribute(attributeId); });
}

Status CaseSheetView::renameAttribute(Id attributeId, const QString &name)
{
    return m_model->edit(QStringLiteral("Rename attribute to “%1”").arg(name.simplified()),
                         [&] { return m_project->renameAttribute(attributeId, name); });
}

Status CaseSheetView::linkSources(Id caseId, const std::vector<Id> &sourceIds)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, QStringLiteral("No project is open."));
    auto c = m_project->caseById(caseId);
    if (!c)
        return std::unexpected(c.error());
    return m_model->edit(QStringLiteral("Link sources to “%1”").arg(c->name), [&]() -> Status {
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
        return fail(ErrorKind::NotFound, QStringLiteral("No project is open."));
    auto batch = gw::casesFromSpeakers(*m_project, sourceId, except);
    if (!batch)
        return std::unexpected(batch.error());
    return m_model->edit(QStringLiteral("A case for each of %1 speakers").arg(batch->cases.size()),
                         [&] { return m_project->writeCases(*batch); });
}

void CaseSheetView::askToAddCase()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, QStringLiteral("Add Case"), QStringLiteral("Name of the case:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        say(addCase(name));
}

void CaseSheetView::askToAddAttribute()
{
    QDialog dialog(this);
    dialog.setWindowTitle(QStringLiteral("Add Attribute"));
    auto *name = new QLineEdit(&dialog);
    auto *type = new QComboBox(&dialog);
    for (const char *t : {"text", "number", "date", "boolean"})
        type->addItem(QString::fromLatin1(t));
    auto *form = new QFormLayout(&dialog);
    form->addRow(QStringLiteral("&Name:"), name);
    form->addRow(QStringLiteral("&Type:"), type);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && !name->text().trimmed().isEmpty())
        say(addAttribute(name->text(), type->currentText()));
}

void CaseSheetView::askToLinkSources()
{
    const Id caseId = currentCaseId();
    if (!m_project || caseId == 0)
        return say(fail(ErrorKind::InvalidInput, QStringLiteral("Choose a case in the sheet first.")));
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
    ChecklistDialog dialog(QStringLiteral("Sources of %1").arg(c->name), entries, linked, this);
    std::vector<std::pair<QString, std::vector<Id>>> sets;
    if (auto all = m_project->sourceSets())
        for (const SourceSetInfo &t : *all)
            sets.push_back({t.name, std::vector<Id>(t.sourceIds.begin(), t.sourceIds.end())});
    dialog.addGroups(QStringLiteral("Tick the sources of a set…"), sets);
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
        return say(fail(ErrorKind::InvalidInput, QStringLiteral("No source has speaker turns.")));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, QStringLiteral("Cases from Speakers"),
                                                 QStringLiteral("A case for each speaker of:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString except = QInputDialog::getText(this, QStringLiteral("Cases from Speakers"),
                                                 QStringLiteral("Leave out these speakers (comma between them):"),
                                                 QLineEdit::Normal, QStringLiteral("Interviewer, Moderator"), &ok);
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
        return say(fail(ErrorKind::InvalidInput, QStringLiteral("Choose a case in the sheet first.")));
    auto c = m_project->caseById(caseId);
    if (!c)
        return;
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, QStringLiteral("Memo on %1").arg(c->name),
                                                        QStringLiteral("Memo (Markdown):"), {}, &ok);
    if (!ok || body.trimmed().isEmpty())
        return;
    say(m_model->edit(QStringLiteral("Memo on case “%1”").arg(c->name), [&]() -> Status {
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
        menu.addAction(QStringLiteral("Rename “%1”…").arg(name), this, [this, id, name] {
            bool ok = false;
            const QString renamed = QInputDialog::getText(this, QStringLiteral("Rename Attribute"), QStringLiteral("New name:"),
                                                          QLineEdit::Normal, name, &ok);
            if (ok && renamed != name)
                say(renameAttribute(id, renamed));
        });
        menu.addAction(QStringLiteral("Remove “%1” and Its Values").arg(name), this, [this, id] { say(removeAttribute(id)); });
        menu.addSeparator();
    }
    menu.addAction(QStringLiteral("Add Attribute…"), this, [this] { askToAddAttribute(); });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace gw
