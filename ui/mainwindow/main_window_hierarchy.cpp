// MainWindow: building the data structure in the code tree (METHOD.md stages
// 3-4). New themes and dimensions, definitions, placing and taking out by menu
// (dragging is the tree model's), removing tiers, memos on every tier, and the
// context menu that offers what fits the row clicked. Every edit is one step
// on the undo stack through HierarchyEdits. Merging, splitting and comparing
// are in main_window_focused.cpp.
#include "core/model/project.h"
#include "ui/codes/code_tree_model.h"
#include "ui/codes/definition_dialog.h"
#include "ui/codes/hierarchy_edits.h"
#include "ui/codes/tier_dialog.h"
#include "ui/mainwindow/main_window.h"
#include "ui/memos/memos_dock.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace gw {

namespace {

using Kind = CodeTreeModel::ItemKind;

// "code", "theme", "dimension": the kind of a memo's target (data, not shown).
QString tierWord(Kind kind)
{
    switch (kind) {
    case Kind::Code: return QStringLiteral("code");
    case Kind::Theme: return QStringLiteral("theme");
    case Kind::Dimension: return QStringLiteral("dimension");
    case Kind::StageGroup: break;
    }
    return {};
}

// "code", "theme", "dimension": as a sentence names the tier.
QString tierName(Kind kind)
{
    switch (kind) {
    case Kind::Code: return QCoreApplication::translate("gw::MainWindow", "code");
    case Kind::Theme: return QCoreApplication::translate("gw::MainWindow", "theme");
    case Kind::Dimension: return QCoreApplication::translate("gw::MainWindow", "dimension");
    case Kind::StageGroup: break;
    }
    return {};
}

// "Code", "Theme", "Dimension": as a menu names the tier.
QString tierTitle(Kind kind)
{
    switch (kind) {
    case Kind::Code: return QCoreApplication::translate("gw::MainWindow", "Code");
    case Kind::Theme: return QCoreApplication::translate("gw::MainWindow", "Theme");
    case Kind::Dimension: return QCoreApplication::translate("gw::MainWindow", "Dimension");
    case Kind::StageGroup: break;
    }
    return {};
}

QString elided(QString text, int length = 60)
{
    text = text.simplified();
    return text.size() > length ? text.left(length - 1) + QStringLiteral("…") : text;
}

} // namespace

QModelIndex MainWindow::currentTreeIndex() const
{
    return m_codeProxy->mapToSource(m_codeView->currentIndex()).siblingAtColumn(CodeTreeModel::NameColumn);
}

QList<Id> MainWindow::selectedCodeIds() const
{
    QList<Id> ids;
    for (const QModelIndex &row : m_codeView->selectionModel()->selectedRows())
        if (const Id id = m_codeModel->codeId(m_codeProxy->mapToSource(row)); id != 0 && !ids.contains(id))
            ids << id;
    // Rows in the order the tree shows them.
    std::ranges::sort(ids, {}, [this](Id id) {
        const QModelIndex i = codeViewIndex(m_codeModel->indexOfCode(id));
        return std::pair(m_codeView->visualRect(i).top(), i.row());
    });
    if (ids.isEmpty())
        if (const Id id = selectedCodeId(); id != 0)
            ids << id;
    return ids;
}

bool MainWindow::selectTheme(Id themeId)
{
    const QModelIndex source = m_codeModel->indexOfTheme(themeId);
    if (!source.isValid())
        return false;
    if (!codeViewIndex(source).isValid())
        m_codeFilter->clear();
    m_codeView->setCurrentIndex(codeViewIndex(source));
    m_codeView->scrollTo(codeViewIndex(source));
    return true;
}

bool MainWindow::selectDimension(Id dimensionId)
{
    const QModelIndex source = m_codeModel->indexOfDimension(dimensionId);
    if (!source.isValid())
        return false;
    if (!codeViewIndex(source).isValid())
        m_codeFilter->clear();
    m_codeView->setCurrentIndex(codeViewIndex(source));
    m_codeView->scrollTo(codeViewIndex(source));
    return true;
}

void MainWindow::createHierarchyActions(QMenu *codeMenu)
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            addAction(action); // works while the menu bar is hidden
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newThemeAction = make(tr("New &Theme…"), QStringLiteral("newThemeAction"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T), [this] { newTierInteractively(true); });
    m_newThemeAction->setStatusTip(tr("A second-order theme: drag first-order codes onto it"));
    m_newDimensionAction = make(tr("New &Dimension…"), QStringLiteral("newDimensionAction"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), [this] { newTierInteractively(false); });
    m_newDimensionAction->setStatusTip(tr("An aggregate dimension: drag themes onto it"));
    m_defineAction = make(tr("Edit De&finition…"), QStringLiteral("defineAction"), {},
                          [this] { defineInteractively(); });
    m_unplaceAction = make(tr("Take Out of &Theme"), QStringLiteral("unplaceAction"), {}, [this] {
        const QModelIndex current = currentTreeIndex();
        HierarchyEdits edits(*m_project, *m_undoStack);
        if (CodeTreeModel::kindOf(current) == Kind::Theme)
            reportHierarchyError(edits.unplaceThemes({current.data(CodeTreeModel::ItemIdRole).toLongLong()}));
        else
            reportHierarchyError(edits.unplaceCodes(selectedCodeIds()));
    });
    m_mergeAction = make(tr("&Merge Codes…"), QStringLiteral("mergeCodesAction"),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M), [this] { mergeSelectedCodes(); });
    m_mergeAction->setStatusTip(tr("Merge the selected codes into one of them"));
    m_splitAction = make(tr("S&plit Code…"), QStringLiteral("splitCodeAction"), {}, [this] { splitSelectedCode(); });
    m_splitAction->setStatusTip(tr("Move some of the code's segments to a new code"));
    m_compareAction = make(tr("Com&pare Codes…"), QStringLiteral("compareCodesAction"), {},
                           [this] { compareSelectedCodes(); });
    m_compareAction->setStatusTip(tr("The selected codes' segments side by side"));
    m_removeTierAction = make(tr("&Remove Theme"), QStringLiteral("removeTierAction"), {},
                              [this] { removeTierInteractively(); });
    m_tierMemoAction = make(tr("New &Memo on %1").arg(tierTitle(Kind::Code)), QStringLiteral("tierMemoAction"), {},
                            [this] { newTierMemo(); });

    codeMenu->addAction(m_defineAction);
    codeMenu->addSeparator();
    codeMenu->addActions({m_newThemeAction, m_newDimensionAction, m_unplaceAction, m_removeTierAction});
    codeMenu->addSeparator();
    codeMenu->addActions({m_mergeAction, m_splitAction, m_compareAction});
    codeMenu->addSeparator();
    codeMenu->addAction(m_tierMemoAction);

    m_newCodeAction->setIconText(tr("Code"));
    m_newThemeAction->setIconText(tr("Theme"));
    m_newDimensionAction->setIconText(tr("Dimension"));
    m_mergeAction->setIconText(tr("Merge"));
    m_splitAction->setIconText(tr("Split"));
    m_compareAction->setIconText(tr("Compare"));
    for (QAction *a : {m_newCodeAction, m_newThemeAction, m_newDimensionAction})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(a->text()).remove(u'&').remove(u'…'),
                                                  a->shortcut().toString(QKeySequence::NativeText)));
    auto *newLabel = new QAction(tr("New:"), m_codeToolBar);
    newLabel->setEnabled(false);
    m_codeToolBar->addAction(newLabel);
    m_codeToolBar->addActions({m_newCodeAction, m_newThemeAction, m_newDimensionAction});
    m_codeToolBar->addSeparator();
    m_codeToolBar->addActions({m_mergeAction, m_splitAction, m_compareAction});
}

void MainWindow::refreshHierarchyActions()
{
    if (!m_newThemeAction)
        return;
    const bool open = m_codeModel->project() != nullptr; // set before m_project when another is adopted
    const QModelIndex current = currentTreeIndex();
    const Kind kind = current.isValid() ? CodeTreeModel::kindOf(current) : Kind::StageGroup;
    const bool tier = current.isValid() && kind != Kind::StageGroup;
    const QList<Id> codes = open ? selectedCodeIds() : QList<Id>{};
    const bool archived = current.data(CodeTreeModel::ArchivedRole).toBool();
    const bool placedCode = kind == Kind::Code && current.parent().isValid() &&
                            CodeTreeModel::kindOf(current.parent()) == Kind::Theme;
    const bool placedTheme = kind == Kind::Theme && current.parent().isValid();

    m_newThemeAction->setEnabled(open);
    m_newDimensionAction->setEnabled(open);
    m_renameAction->setEnabled(open && tier && !archived);
    m_defineAction->setEnabled(open && tier);
    m_unplaceAction->setEnabled(open && (placedCode || placedTheme));
    m_unplaceAction->setText(placedTheme ? tr("Take Out of &Dimension") : tr("Take Out of &Theme"));
    m_removeTierAction->setEnabled(open && (kind == Kind::Theme || kind == Kind::Dimension));
    m_removeTierAction->setText(kind == Kind::Dimension ? tr("&Remove Dimension") : tr("&Remove Theme"));
    m_mergeAction->setEnabled(open && codes.size() >= 2);
    m_splitAction->setEnabled(open && kind == Kind::Code && !archived &&
                              m_codeView->currentIndex().siblingAtColumn(CodeTreeModel::SegmentsColumn).data().toLongLong() > 0);
    m_compareAction->setEnabled(open && !codes.isEmpty());
    m_tierMemoAction->setEnabled(open && tier);
    m_tierMemoAction->setText(tr("New &Memo on %1").arg(tierTitle(tier ? kind : Kind::Code)));
}

void MainWindow::fillCodeContextMenu()
{
    QMenu *menu = m_codeContextMenu;
    menu->clear();
    if (!m_project)
        return;
    const QModelIndex current = currentTreeIndex();
    const Kind kind = current.isValid() && m_codeView->selectionModel()->hasSelection() ? CodeTreeModel::kindOf(current)
                                                                                         : Kind::StageGroup;
    const Id id = current.data(CodeTreeModel::ItemIdRole).toLongLong();
    switch (kind) {
    case Kind::Code: {
        menu->addActions({m_newCodeAction, m_renameAction, m_defineAction, m_recolourAction});
        menu->addMenu(m_stageMenu);
        menu->addAction(m_archiveCodeAction);
        menu->addSeparator();
        QMenu *place = menu->addMenu(tr("&Place Under Theme"));
        place->setObjectName(QStringLiteral("placeUnderThemeMenu"));
        for (const ThemeInfo &t : m_project->themes().value_or(std::vector<ThemeInfo>{}))
            place->addAction(t.name, this, [this, themeId = t.id] {
                reportHierarchyError(HierarchyEdits(*m_project, *m_undoStack).placeCodes(selectedCodeIds(), themeId));
            });
        place->setEnabled(!place->isEmpty() && !current.data(CodeTreeModel::ArchivedRole).toBool());
        menu->addAction(m_unplaceAction);
        menu->addSeparator();
        menu->addActions({m_mergeAction, m_splitAction, m_compareAction});
        break;
    }
    case Kind::Theme: {
        menu->addActions({m_newThemeAction, m_renameAction, m_defineAction});
        menu->addSeparator();
        QMenu *place = menu->addMenu(tr("&Place Under Dimension"));
        for (const DimensionInfo &d : m_project->dimensions().value_or(std::vector<DimensionInfo>{}))
            place->addAction(d.name, this, [this, id, dimensionId = d.id] {
                reportHierarchyError(HierarchyEdits(*m_project, *m_undoStack).placeThemes({id}, dimensionId));
            });
        place->setEnabled(!place->isEmpty());
        menu->addAction(m_unplaceAction);
        QMenu *exemplars = menu->addMenu(tr("E&xemplar Quotes"));
        exemplars->setObjectName(QStringLiteral("exemplarMenu"));
        const auto quotes = m_project->exemplarsOf(id).value_or(std::vector<SegmentInfo>{});
        for (const SegmentInfo &s : quotes) {
            QAction *remove = exemplars->addAction(tr("Remove “%1” (%2)").arg(elided(s.text), s.sourceName),
                                                   this, [this, id, segmentId = s.id] {
                                                       reportHierarchyError(HierarchyEdits(*m_project, *m_undoStack)
                                                                                .removeExemplar(id, segmentId));
                                                   });
            remove->setToolTip(s.text);
        }
        if (quotes.empty())
            exemplars->addAction(tr("None yet: right-click a segment of this theme’s codes"))
                ->setEnabled(false);
        menu->addSeparator();
        menu->addActions({m_tierMemoAction, m_removeTierAction});
        break;
    }
    case Kind::Dimension:
        menu->addAction(m_newDimensionAction);
        menu->addAction(tr("New Theme &Here…"), this, [this] { newTierInteractively(true); });
        menu->addActions({m_renameAction, m_defineAction});
        menu->addSeparator();
        menu->addActions({m_tierMemoAction, m_removeTierAction});
        break;
    case Kind::StageGroup:
        menu->addActions({m_newCodeAction, m_newThemeAction, m_newDimensionAction});
        break;
    }
    if (kind == Kind::Code) {
        menu->addSeparator();
        menu->addAction(m_tierMemoAction);
    }
    if (kind != Kind::StageGroup)
        menu->addAction(tr("Co&mment…"), this, &MainWindow::commentOnCurrentTreeItem)
            ->setStatusTip(tr("Open a review thread on this item for the team"));
}

void MainWindow::newTierInteractively(bool theme)
{
    if (!m_project)
        return;
    std::optional<Id> dimension;
    const QModelIndex current = currentTreeIndex();
    if (theme && current.isValid()) {
        // The dimension selected, or the one the selected theme is under.
        QModelIndex at = current;
        while (at.isValid() && CodeTreeModel::kindOf(at) != Kind::Dimension)
            at = at.parent();
        if (at.isValid())
            dimension = at.data(CodeTreeModel::ItemIdRole).toLongLong();
    }
    auto *dialog = new TierDialog(theme ? TierDialog::Tier::Theme : TierDialog::Tier::Dimension, *m_project, dimension,
                                  this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, theme] {
        HierarchyEdits edits(*m_project, *m_undoStack);
        auto made = theme ? edits.createTheme(dialog->name(), dialog->definition(), dialog->dimensionId())
                          : edits.createDimension(dialog->name(), dialog->definition());
        if (!made) {
            reportHierarchyError(std::unexpected(made.error()));
            return;
        }
        theme ? selectTheme(*made) : selectDimension(*made);
    });
    dialog->open();
}

void MainWindow::defineInteractively()
{
    const QModelIndex current = currentTreeIndex();
    if (!m_project || !current.isValid())
        return;
    const Kind kind = CodeTreeModel::kindOf(current);
    const Id id = current.data(CodeTreeModel::ItemIdRole).toLongLong();
    QString definition;
    if (kind == Kind::Code)
        definition = m_project->code(id).value_or(CodeInfo{}).definition;
    else if (kind == Kind::Theme)
        definition = m_project->theme(id).value_or(ThemeInfo{}).definition;
    else if (kind == Kind::Dimension)
        definition = m_project->dimension(id).value_or(DimensionInfo{}).definition;
    else
        return;
    auto *dialog = new DefinitionDialog(tierName(kind), current.data().toString(), definition, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, id, definition] {
        if (dialog->definition() == definition)
            return;
        HierarchyEdits edits(*m_project, *m_undoStack);
        reportHierarchyError(kind == Kind::Code    ? edits.defineCode(id, dialog->definition())
                             : kind == Kind::Theme ? edits.defineTheme(id, dialog->definition())
                                                   : edits.defineDimension(id, dialog->definition()));
    });
    dialog->open();
}

void MainWindow::removeTierInteractively()
{
    const QModelIndex current = currentTreeIndex();
    if (!m_project || !current.isValid())
        return;
    const Id id = current.data(CodeTreeModel::ItemIdRole).toLongLong();
    HierarchyEdits edits(*m_project, *m_undoStack);
    switch (CodeTreeModel::kindOf(current)) {
    case Kind::Theme: reportHierarchyError(edits.removeTheme(id)); break;
    case Kind::Dimension: reportHierarchyError(edits.removeDimension(id)); break;
    default: break;
    }
}

void MainWindow::newTierMemo()
{
    const QModelIndex current = currentTreeIndex();
    if (!m_project || !current.isValid())
        return;
    const Kind kind = CodeTreeModel::kindOf(current);
    if (kind == Kind::StageGroup)
        return;
    const QString label = tierTitle(kind);
    m_memosDock->show();
    m_memosDock->raise();
    (void)m_memosDock->newMemo(MemoTarget{tierWord(kind), current.data(CodeTreeModel::ItemIdRole).toLongLong(),
                                          QStringLiteral("%1: %2").arg(label, current.data().toString())});
}

void MainWindow::reportHierarchyError(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Cannot change the data structure"), status.error().message);
}

} // namespace gw
