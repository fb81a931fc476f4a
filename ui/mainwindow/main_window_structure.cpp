// MainWindow: the data structure view (the live Gioia figure) in a tab beside
// the document, its click-through to the segments dock and the code tree, and
// File > Export > Data Structure….
#include "core/figure/gioia_layout.h"
#include "core/model/project.h"
#include "core/structure/load_data_structure.h"
#include "ui/codes/code_tree_model.h"
#include "ui/mainwindow/main_window.h"
#include "ui/segments/segments_dock.h"
#include "ui/structure/data_structure_view.h"
#include "ui/structure/export_structure_dialog.h"
#include "ui/structure/figure_canvas.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QStatusBar>
#include <QTreeView>

namespace gw {

namespace {

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
    // A tab beside the document (View > Data Structure opens it), not a dock:
    // the figure needs the document's room, not the source list's and code tree's.
    m_structureView = new DataStructureView(this);
    m_structureView->hide();

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

    if (QMenu *view = topMenu(QStringLiteral("viewMenu"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("themeMenu"))
                before = action;
        auto *show = new QAction(tr("&Data Structure"), view);
        show->setObjectName(QStringLiteral("showDataStructure"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        show->setStatusTip(tr("The Gioia figure of the codes, themes and dimensions, drawn as you work"));
        connect(show, &QAction::triggered, this, &MainWindow::showStructureView);
        view->insertAction(before, show);
        view->insertSeparator(before);
        addAction(show); // works while the menu bar is hidden, too
    }
    if (QMenu *menu = exportMenu()) {
        m_exportStructureAction = menu->addAction(tr("&Data Structure…"), this,
                                                  &MainWindow::exportDataStructureInteractively);
        m_exportStructureAction->setObjectName(QStringLiteral("exportDataStructure"));
        m_exportStructureAction->setStatusTip(
            tr("Write the Gioia figure (SVG, PDF, PNG) or Table 1 (Markdown, LaTeX, HTML, CSV, ODT, XLSX)"));
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
    showCentreTab(m_structureView, tr("Data Structure"));
    m_structureView->canvas()->setFocus();
}

void MainWindow::showCentreTab(QWidget *view, const QString &title)
{
    if (m_centre->indexOf(view) < 0)
        m_centre->addTab(view, title);
    m_centre->setCurrentWidget(view);
}

void MainWindow::exportDataStructureInteractively()
{
    if (!m_project)
        return;
    auto structure = loadDataStructure(*m_project);
    if (!structure) {
        QMessageBox::warning(this, tr("Cannot export the data structure"), structure.error().message);
        return;
    }
    const QFileInfo projectFile(m_project->path());
    const QString base = projectFile.absolutePath() + QLatin1Char('/') + projectFile.completeBaseName() +
                         QStringLiteral("-data-structure");
    ExportStructureDialog dialog(std::move(*structure), base, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported the data structure to %1.").arg(dialog.path()), 8000);
}

} // namespace gw
