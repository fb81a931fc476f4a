// MainWindow: the data structure view (the live Gioia figure) in a dock, its
// click-through to the segments dock and the code tree, and File > Export >
// Data Structure….
#include "core/figure/gioia_layout.h"
#include "core/model/project.h"
#include "core/structure/load_data_structure.h"
#include "ui/codes/code_tree_model.h"
#include "ui/mainwindow/main_window.h"
#include "ui/segments/segments_dock.h"
#include "ui/structure/data_structure_view.h"
#include "ui/structure/export_structure_dialog.h"
#include "ui/structure/figure_canvas.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace gw {

namespace {

QMenu *topMenu(QMenuBar *bar, const QString &title)
{
    for (QAction *action : bar->actions())
        if (action->menu() && action->menu()->title() == title)
            return action->menu();
    return nullptr;
}

// The File menu's Export submenu, made after the imports when no one has made it yet.
QMenu *exportMenu(QMenuBar *bar, QWidget *parent)
{
    QMenu *file = topMenu(bar, QStringLiteral("&File"));
    if (!file)
        return nullptr;
    for (QAction *action : file->actions())
        if (action->menu() && action->menu()->title() == QLatin1String("&Export"))
            return action->menu();
    auto *menu = new QMenu(QStringLiteral("&Export"), parent);
    const QList<QAction *> actions = file->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i < actions.size(); ++i)
        if (actions[i]->text() == QLatin1String("&Close")) {
            before = i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
            break;
        }
    file->insertMenu(before, menu);
    return menu;
}

// The tree row of the theme or dimension ID (a walk: there are tens, not thousands).
QModelIndex findTier(const QAbstractItemModel *model, const QModelIndex &parent, CodeTreeModel::ItemKind kind, Id id)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(CodeTreeModel::ItemKindRole).toInt() == int(kind) &&
            index.data(CodeTreeModel::ItemIdRole).toLongLong() == id)
            return index;
        if (kind == CodeTreeModel::ItemKind::Theme)
            if (const QModelIndex found = findTier(model, index, kind, id); found.isValid())
                return found;
    }
    return {};
}

} // namespace

void MainWindow::createStructurePanel()
{
    m_structureView = new DataStructureView(this);
    m_structureDock = new QDockWidget(QStringLiteral("Data Structure"), this);
    m_structureDock->setObjectName(QStringLiteral("dataStructureDock"));
    m_structureDock->setWidget(m_structureView);
    addDockWidget(Qt::RightDockWidgetArea, m_structureDock);
    m_structureDock->hide();

    connect(m_structureView, &DataStructureView::codesActivated, this,
            [this](const QList<Id> &codeIds, FigureBoxKind kind, Id id, const QString &label) {
                if (kind == FigureBoxKind::Code) {
                    selectCode(id);
                } else {
                    const auto tier = kind == FigureBoxKind::Theme ? CodeTreeModel::ItemKind::Theme
                                                                   : CodeTreeModel::ItemKind::Dimension;
                    if (const QModelIndex index = findTier(m_codeModel, {}, tier, id); index.isValid()) {
                        m_codeFilter->clear();
                        m_codeView->setCurrentIndex(codeViewIndex(index));
                        m_codeView->scrollTo(codeViewIndex(index));
                    }
                }
                // The figure's own grouping decides, whatever the tree shows.
                m_segmentsDock->showCodes(codeIds, label);
                m_segmentsDock->show();
                m_segmentsDock->raise();
            });
    connect(m_structureView, &DataStructureView::exportRequested, this,
            &MainWindow::exportDataStructureInteractively);

    if (QMenu *view = topMenu(menuBar(), QStringLiteral("&View"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->title() == QLatin1String("&Theme"))
                before = action;
        auto *show = new QAction(QStringLiteral("&Data Structure"), view);
        show->setObjectName(QStringLiteral("showDataStructure"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        show->setStatusTip(QStringLiteral("The Gioia figure of the codes, themes and dimensions, drawn as you work"));
        connect(show, &QAction::triggered, this, &MainWindow::showStructureView);
        view->insertAction(before, show);
        view->insertSeparator(before);
        addAction(show); // works while the menu bar is hidden, too
    }
    if (QMenu *menu = exportMenu(menuBar(), this)) {
        m_exportStructureAction = menu->addAction(QStringLiteral("&Data Structure…"), this,
                                                  &MainWindow::exportDataStructureInteractively);
        m_exportStructureAction->setObjectName(QStringLiteral("exportDataStructure"));
        m_exportStructureAction->setStatusTip(
            QStringLiteral("Write the Gioia figure (SVG, PDF, PNG) or Table 1 (Markdown, LaTeX, HTML, CSV, ODT, XLSX)"));
    }
    attachStructure(nullptr);
}

void MainWindow::attachStructure(Project *project)
{
    m_structureView->setProject(project);
    if (m_exportStructureAction)
        m_exportStructureAction->setEnabled(project != nullptr);
    m_structureView->exportAction()->setEnabled(project != nullptr);
}

void MainWindow::showStructureView()
{
    const bool first = m_structureDock->isHidden() && !m_structureDock->isFloating();
    m_structureDock->show();
    m_structureDock->raise();
    if (first) {
        resizeDocks({m_structureDock}, {width() * 2 / 5}, Qt::Horizontal);
        // The figure takes its room from the document, not from the source list and
        // the code tree, which stay wide enough to read (weights, scaled to the width).
        m_splitter->setSizes({200, 380, 300});
    }
    m_structureView->canvas()->setFocus();
}

void MainWindow::exportDataStructureInteractively()
{
    if (!m_project)
        return;
    auto structure = loadDataStructure(*m_project);
    if (!structure) {
        QMessageBox::warning(this, QStringLiteral("Cannot export the data structure"), structure.error().message);
        return;
    }
    const QFileInfo projectFile(m_project->path());
    const QString base = projectFile.absolutePath() + QLatin1Char('/') + projectFile.completeBaseName() +
                         QStringLiteral("-data-structure");
    ExportStructureDialog dialog(std::move(*structure), base, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(QStringLiteral("Exported the data structure to %1.").arg(dialog.path()), 8000);
}

} // namespace gw
