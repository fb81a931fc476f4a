// MainWindow: the codes panel on the right. A filter box over the code tree
// (which the view shows through a recursive, case-insensitive filter proxy), a
// "Show archived" toggle, a tool bar, the tree (where codes, themes and
// dimensions are dragged into place and renamed in place), the strip that says
// what is not placed yet, and the code edits (new, rename, recolour, stage,
// archive/restore) in the Code menu and the tree's context menu, each pushed
// onto the undo stack as one command. The hierarchy's own edits are in
// main_window_hierarchy.cpp.
#include "core/commands/archive_code.h"
#include "core/commands/create_code.h"
#include "core/commands/recolour_code.h"
#include "core/commands/rename_code.h"
#include "core/commands/set_code_stage.h"
#include "core/model/project.h"
#include "ui/codes/code_tree_model.h"
#include "ui/codes/unplaced_strip.h"
#include "ui/mainwindow/main_window.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw {

QTreeView *makeListView(QWidget *parent, const QString &name);                      // main_window.cpp
void fixColumnWidth(QTreeView *view, int column, const QStringList &widest); // main_window.cpp

namespace {

constexpr std::array kStages{CodeStage::Open, CodeStage::Focused, CodeStage::FirstOrder};

QString stageMenuLabel(CodeStage stage)
{
    switch (stage) {
    case CodeStage::Open: return QCoreApplication::translate("gw::MainWindow", "&Open", "code stage");
    case CodeStage::Focused: return QCoreApplication::translate("gw::MainWindow", "&Focused", "code stage");
    case CodeStage::FirstOrder: return QCoreApplication::translate("gw::MainWindow", "F&irst-order", "code stage");
    }
    return {};
}

template <typename Command>
Result<Command *> push(QUndoStack *stack, Result<std::unique_ptr<Command>> made)
{
    if (!made)
        return std::unexpected(made.error());
    Command *command = made->release();
    stack->push(command); // the stack owns it now
    return command;
}

Status noCode()
{
    return fail(ErrorKind::NotFound,
                QCoreApplication::translate("gw::MainWindow", "Select a code in the code tree first."));
}

} // namespace

QWidget *MainWindow::createCodesPanel()
{
    auto *panel = new QWidget(m_splitter);
    panel->setObjectName(QStringLiteral("codesPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 4);
    m_codeFilter = new QLineEdit(panel);
    m_codeFilter->setObjectName(QStringLiteral("codeFilter"));
    m_codeFilter->setPlaceholderText(tr("Filter codes"));
    m_codeFilter->setClearButtonEnabled(true);
    m_showArchived = new QCheckBox(tr("Show archived"), panel);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCodes"));
    bar->addWidget(m_codeFilter, 1);
    bar->addWidget(m_showArchived);
    layout->addLayout(bar);
    m_codeToolBar = new QToolBar(panel); // filled with the Code menu's actions
    m_codeToolBar->setObjectName(QStringLiteral("codeToolBar"));
    m_codeToolBar->setIconSize(QSize(16, 16));
    m_codeToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_codeToolBar->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_codeToolBar);

    m_codeProxy = new QSortFilterProxyModel(this);
    m_codeProxy->setObjectName(QStringLiteral("codeProxy"));
    m_codeProxy->setSourceModel(m_codeModel);
    m_codeProxy->setRecursiveFilteringEnabled(true);
    m_codeProxy->setAutoAcceptChildRows(true); // a matching theme shows its codes
    m_codeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_codeProxy->setFilterKeyColumn(CodeTreeModel::NameColumn);

    m_codeView = makeListView(panel, QStringLiteral("codeView"));
    m_codeView->setModel(m_codeProxy);
    m_codeView->setIndentation(14);
    m_codeView->header()->setSectionResizeMode(CodeTreeModel::NameColumn, QHeaderView::Stretch);
    fixColumnWidth(m_codeView, CodeTreeModel::SegmentsColumn, {QLocale().toString(99999)});
    fixColumnWidth(m_codeView, CodeTreeModel::SourcesColumn, {QLocale().toString(9999)});
    m_codeView->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_codeView, 1);
    m_unplacedStrip = new UnplacedStrip(panel);
    layout->addWidget(m_unplacedStrip);
    connect(m_unplacedStrip, &UnplacedStrip::codeRequested, this, [this](Id id) {
        selectCode(id);
        m_codeView->setFocus();
    });
    connect(m_unplacedStrip, &UnplacedStrip::themeRequested, this, [this](Id id) {
        selectTheme(id);
        m_codeView->setFocus();
    });

    connect(m_codeProxy, &QAbstractItemModel::modelReset, m_codeView, &QTreeView::expandAll);
    connect(m_codeProxy, &QAbstractItemModel::rowsInserted, m_codeView,
            [this](const QModelIndex &parent) { m_codeView->expand(parent); });
    connect(m_codeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_codeProxy->setFilterFixedString(text.trimmed());
        m_codeView->expandAll();
    });
    connect(m_showArchived, &QCheckBox::toggled, m_codeModel, &CodeTreeModel::setShowArchived);
    connect(m_codeView, &QWidget::customContextMenuRequested, this, &MainWindow::showCodeMenu);
    return panel;
}

QModelIndex MainWindow::codeViewIndex(const QModelIndex &sourceIndex) const
{
    return m_codeProxy->mapFromSource(sourceIndex);
}

Id MainWindow::selectedCodeId() const
{
    return m_codeModel->codeId(m_codeProxy->mapToSource(m_codeView->currentIndex()));
}

bool MainWindow::selectCode(Id codeId)
{
    const QModelIndex source = m_codeModel->indexOfCode(codeId);
    if (!source.isValid())
        return false;
    if (!codeViewIndex(source).isValid())
        m_codeFilter->clear();
    const QModelIndex index = codeViewIndex(source);
    m_codeView->setCurrentIndex(index); // selects it alone
    m_codeView->scrollTo(index);
    return index.isValid();
}

void MainWindow::createCodeActions()
{
    QMenu *codeMenu = topMenu(QStringLiteral("codeMenu"));
    if (!codeMenu) {
        codeMenu = menuBar()->addMenu(tr("&Code"));
        codeMenu->setObjectName(QStringLiteral("codeMenu"));
    }

    m_codeContextMenu = new QMenu(this);
    m_codeContextMenu->setObjectName(QStringLiteral("codeContextMenu"));
    auto make = [this](const QString &text, const QString &name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newCodeAction = make(tr("&New Code…"), QStringLiteral("newCodeAction"), [this] { newCodeInteractively(); });
    // Renames the selected code, theme or dimension in place, in the tree.
    QAction *rename = make(tr("Re&name…"), QStringLiteral("renameCodeAction"), [this] { renameCodeInteractively(); });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_renameAction = rename;
    QAction *recolour = make(tr("Change Co&lour…"), QStringLiteral("recolourCodeAction"),
                             [this] { recolourCodeInteractively(); });
    m_recolourAction = recolour;
    m_archiveCodeAction = make(tr("&Archive Code"), QStringLiteral("archiveCodeAction"),
                               [this] { reportCodeError(archiveSelectedCode()); });

    auto *stageMenu = new QMenu(tr("&Stage"), this);
    stageMenu->setObjectName(QStringLiteral("codeStageMenu"));
    auto *stages = new QActionGroup(stageMenu);
    for (CodeStage stage : kStages) {
        QAction *action = stageMenu->addAction(stageMenuLabel(stage), this,
                                               [this, stage] { reportCodeError(setSelectedCodeStage(stage)); });
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("codeStage-") + toString(stage));
        stages->addAction(action);
        m_stageActions << action;
    }
    m_stageMenu = stageMenu;
    m_codeEditActions = {recolour, stageMenu->menuAction(), m_archiveCodeAction};

    if (!codeMenu->isEmpty())
        codeMenu->addSeparator();
    codeMenu->addAction(m_newCodeAction);
    codeMenu->addAction(rename);
    codeMenu->addAction(recolour);
    codeMenu->addMenu(stageMenu);
    codeMenu->addAction(m_archiveCodeAction);
    addAction(m_newCodeAction); // works while the menu bar is hidden
    m_codeView->addAction(rename); // F2 where the tree has focus, not in the document
    createHierarchyActions(codeMenu); // main_window_hierarchy.cpp

    // The tree is where the hierarchy is built: drag rows into place, rename in place.
    m_codeModel->setUndoStack(m_undoStack);
    m_codeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_codeView->setDragEnabled(true);
    m_codeView->setAcceptDrops(true);
    m_codeView->setDropIndicatorShown(true);
    m_codeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_codeView->setDefaultDropAction(Qt::MoveAction);
    m_codeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_codeModel, &CodeTreeModel::editRefused, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });

    connect(m_codeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::refreshCodeActions);
    connect(m_codeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::refreshCodeActions);
    connect(m_codeModel, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshCodeActions);
    connect(m_codeModel, &QAbstractItemModel::modelReset, this, &MainWindow::refreshCodeActions);
    refreshCodeActions();
}

void MainWindow::refreshCodeActions()
{
    if (!m_newCodeAction)
        return;
    m_newCodeAction->setEnabled(m_codeModel->project() != nullptr);
    const Id id = selectedCodeId();
    for (QAction *action : std::as_const(m_codeEditActions))
        action->setEnabled(id != 0);
    const QModelIndex source = m_codeModel->indexOfCode(id);
    const bool archived = source.data(CodeTreeModel::ArchivedRole).toBool();
    m_archiveCodeAction->setText(archived ? tr("Restore &Archived Code") : tr("&Archive Code"));
    std::optional<CodeInfo> info;
    if (id != 0 && m_codeModel->project())
        if (auto code = m_codeModel->project()->code(id))
            info = *code;
    for (size_t i = 0; i < kStages.size(); ++i)
        m_stageActions[qsizetype(i)]->setChecked(info && info->stage == kStages[i]);
    refreshHierarchyActions();
}

void MainWindow::showCodeMenu(const QPoint &pos)
{
    if (!m_codeModel->project())
        return;
    const QModelIndex index = m_codeView->indexAt(pos);
    if (index.isValid() && !m_codeView->selectionModel()->isSelected(index))
        m_codeView->setCurrentIndex(index); // a row outside the selection: it alone
    else if (index.isValid())
        m_codeView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        m_codeView->clearSelection();
    refreshCodeActions();
    fillCodeContextMenu(); // main_window_hierarchy.cpp: what fits the row
    m_codeContextMenu->popup(m_codeView->viewport()->mapToGlobal(pos));
}

Result<Id> MainWindow::createCodeNamed(const QString &name, CodeStage stage)
{
    Project *project = m_codeModel->project();
    if (!project)
        return fail(ErrorKind::Conflict, tr("Open a project first."));
    auto pushed = push(m_undoStack, CreateCode::make(*project, name.trimmed(), stage));
    if (!pushed)
        return std::unexpected(pushed.error());
    const Id id = (*pushed)->codeId();
    selectCode(id);
    return id;
}

Status MainWindow::renameSelectedCode(const QString &name)
{
    const Id id = selectedCodeId();
    if (id == 0)
        return noCode();
    auto pushed = push(m_undoStack, RenameCode::make(*m_codeModel->project(), id, name.trimmed()));
    if (!pushed)
        return std::unexpected(pushed.error());
    return {};
}

Status MainWindow::recolourSelectedCode(const QColor &color)
{
    const Id id = selectedCodeId();
    if (id == 0)
        return noCode();
    if (!color.isValid())
        return fail(ErrorKind::InvalidInput, tr("That is not a colour."));
    auto pushed = push(m_undoStack, RecolourCode::make(*m_codeModel->project(), id, color.name()));
    if (!pushed)
        return std::unexpected(pushed.error());
    return {};
}

Status MainWindow::setSelectedCodeStage(CodeStage stage)
{
    const Id id = selectedCodeId();
    if (id == 0)
        return noCode();
    auto pushed = push(m_undoStack, SetCodeStage::make(*m_codeModel->project(), id, stage));
    if (!pushed)
        return std::unexpected(pushed.error());
    selectCode(id); // it may have moved to another group
    return {};
}

Status MainWindow::archiveSelectedCode()
{
    const Id id = selectedCodeId();
    if (id == 0)
        return noCode();
    const bool archived = m_codeModel->indexOfCode(id).data(CodeTreeModel::ArchivedRole).toBool();
    auto pushed = push(m_undoStack, ArchiveCode::make(*m_codeModel->project(), id, !archived));
    if (!pushed)
        return std::unexpected(pushed.error());
    return {};
}

void MainWindow::reportCodeError(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Cannot change the code"), status.error().message);
}

void MainWindow::newCodeInteractively()
{
    if (!m_codeModel->project())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Code"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setText(m_codeFilter->text().trimmed());
    auto *stage = new QComboBox(&dialog);
    for (CodeStage s : kStages)
        stage->addItem(QString(stageMenuLabel(s)).remove(QLatin1Char('&')), int(s));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Stage:"), stage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto made = createCodeNamed(name->text(), CodeStage(stage->currentData().toInt())); !made)
        reportCodeError(std::unexpected(made.error()));
}

void MainWindow::renameCodeInteractively()
{
    const QModelIndex current = m_codeView->currentIndex().siblingAtColumn(CodeTreeModel::NameColumn);
    if (!current.isValid() || !(current.flags() & Qt::ItemIsEditable))
        return;
    m_codeView->setFocus();
    m_codeView->scrollTo(current);
    m_codeView->edit(current); // the tree's editor; Enter renames through the undo stack
}

void MainWindow::recolourCodeInteractively()
{
    const Id id = selectedCodeId();
    if (id == 0)
        return;
    const QColor current(m_codeModel->indexOfCode(id).data(CodeTreeModel::CodeColorRole).toString());
    const QColor color = QColorDialog::getColor(current, this, tr("Code Colour"));
    if (color.isValid() && color != current)
        reportCodeError(recolourSelectedCode(color));
}

} // namespace gw
