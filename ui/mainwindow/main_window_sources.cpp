// MainWindow: looking after the sources from the source list. Its context menu
// (and F2, Delete) renames the current source, gives it another kind, or
// removes the selected sources after a confirmation that says what goes with
// them; each is one undo step (a removal's undo puts every row back).
#include "ui/common/counted.h"
#include "core/commands/case_edits.h"
#include "core/commands/source_edits.h"
#include "core/model/project.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/source_list_model.h"

#include <QAction>
#include <QSignalBlocker>
#include <QComboBox>
#include <QCoreApplication>
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

// N things in words ("1 source", "3 memos"; %Ln is N in the user's locale).
// English takes ONE or MANY here and needs no translation loaded; a translation
// gives each its own language's plural forms.
// "Interview", "Observation", "Document": the kind as the Kind menu names it.
QString kindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Interview: return QCoreApplication::translate("gw::MainWindow", "Interview");
    case SourceKind::Observation: return QCoreApplication::translate("gw::MainWindow", "Observation");
    case SourceKind::Document: return QCoreApplication::translate("gw::MainWindow", "Document");
    }
    return {};
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

    m_renameSourceAction = new QAction(tr("&Rename Source…"), this);
    m_renameSourceAction->setObjectName(QStringLiteral("renameSource"));
    m_renameSourceAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameSourceAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_renameSourceAction, &QAction::triggered, this, [this] {
        if (auto ok = renameCurrentSourceInteractively(); !ok)
            QMessageBox::warning(this, tr("Cannot rename the source"), ok.error().message);
    });
    m_removeSourcesAction = new QAction(tr("Re&move Sources…"), this);
    m_removeSourcesAction->setObjectName(QStringLiteral("removeSources"));
    m_removeSourcesAction->setShortcut(QKeySequence::Delete);
    m_removeSourcesAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeSourcesAction, &QAction::triggered, this, [this] {
        if (auto ok = removeSelectedSources(true); !ok)
            QMessageBox::warning(this, tr("Cannot remove the sources"), ok.error().message);
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
        QMenu *kinds = menu.addMenu(tr("&Kind"));
        const Id current = m_sourceModel->sourceId(m_sourceView->currentIndex());
        const auto info = m_project->source(current);
        for (const SourceKind kind : {SourceKind::Interview, SourceKind::Observation, SourceKind::Document}) {
            QAction *a = kinds->addAction(kindLabel(kind));
            a->setCheckable(true);
            a->setChecked(info && info->kind == kind);
            connect(a, &QAction::triggered, this, [this, kind] {
                if (auto ok = setCurrentSourceKind(kind); !ok)
                    statusBar()->showMessage(ok.error().message, 8000);
            });
        }
        menu.addSeparator();
        menu.addAction(tr("Add to &Set…"), this, [this] {
            QStringList names;
            if (auto sets = m_project->sourceSets())
                for (const SourceSetInfo &t : *sets)
                    names << t.name;
            bool ok = false;
            const QString name = QInputDialog::getItem(this, tr("Add to Set"),
                                                       tr("The set (a new name makes a new set):"), names, 0, true,
                                                       &ok);
            if (ok && !name.trimmed().isEmpty())
                if (auto added = addSelectedSourcesToSet(name); !added)
                    statusBar()->showMessage(added.error().message, 8000);
        });
        if (auto sets = m_project->sourceSets()) {
            const std::vector<Id> selected = selectedSourceIds();
            QMenu *from = menu.addMenu(tr("Remove &from Set"));
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
        return fail(ErrorKind::NotFound, tr("Select a source in the source list first."));
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
    const QString name = QInputDialog::getText(this, tr("Rename Source"), tr("New name:"),
                                               QLineEdit::Normal, info->name, &ok);
    if (!ok || name.simplified() == info->name)
        return {};
    return renameCurrentSource(name);
}

Status MainWindow::setCurrentSourceKind(SourceKind kind)
{
    const Id id = m_sourceModel->sourceId(m_sourceView->currentIndex());
    if (!m_project || id == 0)
        return fail(ErrorKind::NotFound, tr("Select a source in the source list first."));
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
        return fail(ErrorKind::NotFound, tr("Select the sources to remove in the source list first."));
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
            what = counted("gw::MainWindow", qlonglong(ids.size()), QT_TR_N_NOOP("%Ln source"),
                           QT_TR_N_NOOP("%Ln sources"));
        }
        QStringList with{counted("gw::MainWindow", r.segments, QT_TR_N_NOOP("%Ln coded segment"),
                                 QT_TR_N_NOOP("%Ln coded segments"))};
        if (r.memos > 0)
            with.append(counted("gw::MainWindow", r.memos, QT_TR_N_NOOP("%Ln memo"), QT_TR_N_NOOP("%Ln memos")));
        if (r.turns > 0)
            with.append(counted("gw::MainWindow", r.turns, QT_TR_N_NOOP("%Ln speaker turn"),
                                QT_TR_N_NOOP("%Ln speaker turns")));
        if (r.caseLinks > 0)
            with.append(counted("gw::MainWindow", r.caseLinks, QT_TR_N_NOOP("%Ln link to a case"),
                                QT_TR_N_NOOP("%Ln links to cases")));
        if (r.exemplars > 0)
            with.append(counted("gw::MainWindow", r.exemplars, QT_TR_N_NOOP("%Ln exemplar quote"),
                                QT_TR_N_NOOP("%Ln exemplar quotes")));
        if (r.evidence > 0)
            with.append(counted("gw::MainWindow", r.evidence, QT_TR_N_NOOP("%Ln piece of model evidence"),
                                QT_TR_N_NOOP("%Ln pieces of model evidence")));
        //: The last two of a list: "2 memos, 1 speaker turn and 3 exemplar quotes"
        const QString list = with.size() == 1 ? with.front()
                                              : tr("%1 and %2").arg(with.mid(0, with.size() - 1).join(QStringLiteral(", ")),
                                                                    with.back());
        QMessageBox box(QMessageBox::Warning, tr("Remove Sources"), tr("Remove %1 with its %2?").arg(what, list),
                        QMessageBox::Cancel, this);
        box.setInformativeText(tr("Edit > Undo puts everything back."));
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setObjectName(QStringLiteral("removeSourcesConfirmation"));
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
            return {};
    }
    m_undoStack->push(made->release());
    const QString removed = counted("gw::MainWindow", qlonglong(ids.size()), QT_TR_N_NOOP("%Ln source"),
                                    QT_TR_N_NOOP("%Ln sources"));
    statusBar()->showMessage(tr("Removed %1. Undo puts them back.").arg(removed), 8000);
    return {};
}

Status MainWindow::addSelectedSourcesToSet(const QString &name)
{
    const std::vector<Id> ids = selectedSourceIds();
    if (!m_project || ids.empty())
        return fail(ErrorKind::InvalidInput, tr("Select the sources to put in the set."));
    const QString sources = counted("gw::MainWindow", std::int64_t(ids.size()), QT_TR_N_NOOP("%Ln source"),
                                    QT_TR_N_NOOP("%Ln sources"));
    auto step = EditCases::apply(*m_project, tr("Add %1 to set “%2”").arg(sources, name.simplified()),
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
        return fail(ErrorKind::InvalidInput, tr("Select the sources to take out of the set."));
    const QString sources = counted("gw::MainWindow", std::int64_t(ids.size()), QT_TR_N_NOOP("%Ln source"),
                                    QT_TR_N_NOOP("%Ln sources"));
    auto step = EditCases::apply(*m_project, tr("Take %1 out of a set").arg(sources),
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
    m_sourceGrouping->addItem(tr("By kind"), QStringLiteral("kind"));
    m_sourceGrouping->addItem(tr("By set"), QStringLiteral("set"));
    m_sourceGrouping->addItem(tr("By name"), QStringLiteral("name"));
    // The list's own project: called while another project is being adopted.
    if (Project *project = m_sourceModel->project())
        if (auto attributes = project->attributes())
            for (const AttributeInfo &a : *attributes)
                m_sourceGrouping->addItem(tr("By %1").arg(a.name), a.name);
    const int at = m_sourceGrouping->findData(m_sourceModel->grouping());
    if (at >= 0) {
        m_sourceGrouping->setCurrentIndex(at);
    } else { // the attribute it was grouped by went away
        m_sourceGrouping->setCurrentIndex(0);
        m_sourceModel->setGrouping(QStringLiteral("kind"));
    }
}

} // namespace gw
