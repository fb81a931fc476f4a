// MainWindow: looking after the sources from the source list. Its context menu
// (and F2, Delete) renames the current source, gives it another kind, or
// removes the selected sources after a confirmation that says what goes with
// them; each is one undo step (a removal's undo puts every row back).
#include "core/commands/case_edits.h"
#include "core/commands/source_edits.h"
#include "core/model/project.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/source_list_model.h"

#include <QAction>
#include <QSignalBlocker>
#include <QComboBox>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

namespace gw {

namespace {

QString several(std::int64_t n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(qlonglong(n)), n == 1 ? one : many);
}

} // namespace

void MainWindow::createSourceActions()
{
    connect(m_sourceFilter, &QLineEdit::textChanged, this, &MainWindow::filterSources);
    connect(m_sourceModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::filterSources);
    connect(m_sourceModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::filterSources);
    connect(m_sourceModel, &QAbstractItemModel::rowsMoved, this, &MainWindow::filterSources);
    connect(m_sourceModel, &QAbstractItemModel::modelReset, this, &MainWindow::filterSources);
    // A count changed: only those rows can change whether they match.
    connect(m_sourceModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { filterSourceRows(from.row(), to.row()); });
    connect(m_sourceModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::filterSources);
    connect(m_sourceModel, &QAbstractItemModel::modelReset, this, &MainWindow::fillSourceGroupings);
    connect(m_sourceModel, &SourceListModel::groupsChanged, this, &MainWindow::fillSourceGroupings);
    connect(m_sourceGrouping, &QComboBox::activated, this, [this] {
        m_sourceModel->setGrouping(m_sourceGrouping->currentData().toString());
        if (const QModelIndex current = m_sourceView->currentIndex(); current.isValid())
            m_sourceView->scrollTo(current);
    });
    fillSourceGroupings();

    m_renameSourceAction = new QAction(QStringLiteral("&Rename Source…"), this);
    m_renameSourceAction->setObjectName(QStringLiteral("renameSource"));
    m_renameSourceAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameSourceAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_renameSourceAction, &QAction::triggered, this, [this] {
        if (auto ok = renameCurrentSourceInteractively(); !ok)
            QMessageBox::warning(this, QStringLiteral("Cannot rename the source"), ok.error().message);
    });
    m_removeSourcesAction = new QAction(QStringLiteral("Re&move Sources…"), this);
    m_removeSourcesAction->setObjectName(QStringLiteral("removeSources"));
    m_removeSourcesAction->setShortcut(QKeySequence::Delete);
    m_removeSourcesAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeSourcesAction, &QAction::triggered, this, [this] {
        if (auto ok = removeSelectedSources(true); !ok)
            QMessageBox::warning(this, QStringLiteral("Cannot remove the sources"), ok.error().message);
    });
    m_sourceView->addAction(m_renameSourceAction);
    m_sourceView->addAction(m_removeSourcesAction);
    m_sourceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sourceView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sourceView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_project)
            return;
        const QModelIndex index = m_sourceView->indexAt(pos);
        if (index.isValid() && !m_sourceView->selectionModel()->isSelected(index))
            m_sourceView->setCurrentIndex(index);
        if (selectedSourceIds().empty())
            return;
        QMenu menu(this);
        menu.addAction(m_renameSourceAction);
        QMenu *kinds = menu.addMenu(QStringLiteral("&Kind"));
        const Id current = m_sourceModel->sourceId(m_sourceView->currentIndex());
        const auto info = m_project->source(current);
        for (const SourceKind kind : {SourceKind::Interview, SourceKind::Observation, SourceKind::Document}) {
            QAction *a = kinds->addAction(toString(kind).left(1).toUpper() + toString(kind).mid(1));
            a->setCheckable(true);
            a->setChecked(info && info->kind == kind);
            connect(a, &QAction::triggered, this, [this, kind] {
                if (auto ok = setCurrentSourceKind(kind); !ok)
                    statusBar()->showMessage(ok.error().message, 8000);
            });
        }
        menu.addSeparator();
        menu.addAction(QStringLiteral("Add to &Set…"), this, [this] {
            QStringList names;
            if (auto sets = m_project->sourceSets())
                for (const SourceSetInfo &t : *sets)
                    names << t.name;
            bool ok = false;
            const QString name = QInputDialog::getItem(this, QStringLiteral("Add to Set"),
                                                       QStringLiteral("The set (a new name makes a new set):"), names, 0,
                                                       true, &ok);
            if (ok && !name.trimmed().isEmpty())
                if (auto added = addSelectedSourcesToSet(name); !added)
                    statusBar()->showMessage(added.error().message, 8000);
        });
        if (auto sets = m_project->sourceSets()) {
            const std::vector<Id> selected = selectedSourceIds();
            QMenu *from = menu.addMenu(QStringLiteral("Remove &from Set"));
            for (const SourceSetInfo &t : *sets)
                if (std::ranges::any_of(selected, [&](Id id) { return t.sourceIds.contains(id); })) {
                    const Id setId = t.id;
                    from->addAction(t.name, this, [this, setId] {
                        if (auto ok = removeSelectedSourcesFromSet(setId); !ok)
                            statusBar()->showMessage(ok.error().message, 8000);
                    });
                }
            from->setEnabled(!from->isEmpty());
        }
        menu.addSeparator();
        menu.addAction(m_removeSourcesAction);
        menu.exec(m_sourceView->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::filterSources()
{
    filterSourceRows(0, m_sourceModel->rowCount() - 1);
}

// Hides the rows FIRST..LAST that do not match the filter box. A row is only
// hidden or shown when that changes: each call has the tree lay every row out
// and paint itself again, which on 618 rows cost more than the edit that asked.
void MainWindow::filterSourceRows(int first, int last)
{
    const QString text = m_sourceFilter->text().trimmed();
    for (int row = std::max(first, 0); row <= last && row < m_sourceModel->rowCount(); ++row) {
        const QString name = m_sourceModel->index(row, SourceListModel::NameColumn).data().toString();
        const QString kind = m_sourceModel->index(row, SourceListModel::KindColumn).data().toString();
        const bool shown = text.isEmpty() || name.contains(text, Qt::CaseInsensitive) || kind.contains(text, Qt::CaseInsensitive);
        if (m_sourceView->isRowHidden(row, {}) == shown)
            m_sourceView->setRowHidden(row, {}, !shown);
    }
}

std::vector<Id> MainWindow::selectedSourceIds() const
{
    std::vector<Id> ids;
    for (const QModelIndex &index : m_sourceView->selectionModel()->selectedRows(SourceListModel::NameColumn))
        if (const Id id = m_sourceModel->sourceId(index); id != 0)
            ids.push_back(id);
    if (ids.empty())
        if (const Id id = m_sourceModel->sourceId(m_sourceView->currentIndex()); id != 0)
            ids.push_back(id);
    return ids;
}

Status MainWindow::renameCurrentSource(const QString &name)
{
    const Id id = m_sourceModel->sourceId(m_sourceView->currentIndex());
    if (!m_project || id == 0)
        return fail(ErrorKind::NotFound, QStringLiteral("Select a source in the source list first."));
    auto made = RenameSource::make(*m_project, id, name);
    if (!made)
        return std::unexpected(made.error());
    m_undoStack->push(made->release());
    return {};
}

Status MainWindow::renameCurrentSourceInteractively()
{
    const Id id = m_sourceModel->sourceId(m_sourceView->currentIndex());
    if (!m_project || id == 0)
        return {};
    auto info = m_project->source(id);
    if (!info)
        return std::unexpected(info.error());
    bool ok = false;
    const QString name = QInputDialog::getText(this, QStringLiteral("Rename Source"), QStringLiteral("New name:"),
                                               QLineEdit::Normal, info->name, &ok);
    if (!ok || name.simplified() == info->name)
        return {};
    return renameCurrentSource(name);
}

Status MainWindow::setCurrentSourceKind(SourceKind kind)
{
    const Id id = m_sourceModel->sourceId(m_sourceView->currentIndex());
    if (!m_project || id == 0)
        return fail(ErrorKind::NotFound, QStringLiteral("Select a source in the source list first."));
    auto made = SetSourceKind::make(*m_project, id, kind);
    if (!made)
        return std::unexpected(made.error());
    m_undoStack->push(made->release());
    return {};
}

Status MainWindow::removeSelectedSources(bool ask)
{
    const std::vector<Id> ids = selectedSourceIds();
    if (!m_project || ids.empty())
        return fail(ErrorKind::NotFound, QStringLiteral("Select the sources to remove in the source list first."));
    auto made = RemoveSources::make(*m_project, ids);
    if (!made)
        return std::unexpected(made.error());
    const SourceRemoval &r = (*made)->removal();
    if (ask) {
        QString what;
        if (ids.size() == 1) {
            auto info = m_project->source(ids.front());
            what = QStringLiteral("“%1”").arg(info ? info->name : QString());
        } else {
            what = several(qlonglong(ids.size()), QStringLiteral("source"), QStringLiteral("sources"));
        }
        QStringList with{several(r.segments, QStringLiteral("coded segment"), QStringLiteral("coded segments"))};
        if (r.memos > 0)
            with.append(several(r.memos, QStringLiteral("memo"), QStringLiteral("memos")));
        if (r.turns > 0)
            with.append(several(r.turns, QStringLiteral("speaker turn"), QStringLiteral("speaker turns")));
        if (r.caseLinks > 0)
            with.append(several(r.caseLinks, QStringLiteral("link to a case"), QStringLiteral("links to cases")));
        if (r.exemplars > 0)
            with.append(several(r.exemplars, QStringLiteral("exemplar quote"), QStringLiteral("exemplar quotes")));
        if (r.evidence > 0)
            with.append(several(r.evidence, QStringLiteral("piece of model evidence"), QStringLiteral("pieces of model evidence")));
        const QString list = with.size() == 1 ? with.front()
                                              : with.mid(0, with.size() - 1).join(QStringLiteral(", ")) +
                                                    QStringLiteral(" and ") + with.back();
        QMessageBox box(QMessageBox::Warning, QStringLiteral("Remove Sources"),
                        QStringLiteral("Remove %1 with its %2?").arg(what, list), QMessageBox::Cancel, this);
        box.setInformativeText(QStringLiteral("Edit > Undo puts everything back."));
        QPushButton *remove = box.addButton(QStringLiteral("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setObjectName(QStringLiteral("removeSourcesConfirmation"));
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
            return {};
    }
    m_undoStack->push(made->release());
    statusBar()->showMessage(QStringLiteral("Removed %1. Undo puts them back.")
                                 .arg(several(qlonglong(ids.size()), QStringLiteral("source"), QStringLiteral("sources"))),
                             8000);
    return {};
}

Status MainWindow::addSelectedSourcesToSet(const QString &name)
{
    const std::vector<Id> ids = selectedSourceIds();
    if (!m_project || ids.empty())
        return fail(ErrorKind::InvalidInput, QStringLiteral("Select the sources to put in the set."));
    auto step = EditCases::apply(*m_project, QStringLiteral("Add %1 to set “%2”").arg(several(std::int64_t(ids.size()), QStringLiteral("source"), QStringLiteral("sources")), name.simplified()),
                                 [&]() -> Status {
                                     auto set = m_project->addToSourceSet(name, ids);
                                     return set ? Status{} : std::unexpected(set.error());
                                 });
    if (!step)
        return std::unexpected(step.error());
    m_undoStack->push(step->release());
    return {};
}

Status MainWindow::removeSelectedSourcesFromSet(Id setId)
{
    const std::vector<Id> ids = selectedSourceIds();
    if (!m_project || ids.empty())
        return fail(ErrorKind::InvalidInput, QStringLiteral("Select the sources to take out of the set."));
    auto step = EditCases::apply(*m_project, QStringLiteral("Take %1 out of a set").arg(several(std::int64_t(ids.size()), QStringLiteral("source"), QStringLiteral("sources"))),
                                 [&] { return m_project->removeFromSourceSet(setId, ids); });
    if (!step)
        return std::unexpected(step.error());
    m_undoStack->push(step->release());
    return {};
}

void MainWindow::fillSourceGroupings()
{
    const QSignalBlocker block(m_sourceGrouping);
    m_sourceGrouping->clear();
    m_sourceGrouping->addItem(QStringLiteral("By kind"), QStringLiteral("kind"));
    m_sourceGrouping->addItem(QStringLiteral("By set"), QStringLiteral("set"));
    m_sourceGrouping->addItem(QStringLiteral("By name"), QStringLiteral("name"));
    // The list's own project: called while another project is being adopted.
    if (Project *project = m_sourceModel->project())
        if (auto attributes = project->attributes())
            for (const AttributeInfo &a : *attributes)
                m_sourceGrouping->addItem(QStringLiteral("By %1").arg(a.name), a.name);
    const int at = m_sourceGrouping->findData(m_sourceModel->grouping());
    if (at >= 0) {
        m_sourceGrouping->setCurrentIndex(at);
    } else { // the attribute it was grouped by went away
        m_sourceGrouping->setCurrentIndex(0);
        m_sourceModel->setGrouping(QStringLiteral("kind"));
    }
}

} // namespace gw
