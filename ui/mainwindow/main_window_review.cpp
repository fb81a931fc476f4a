// MainWindow: the review panel (View > Review): comment threads on the
// hierarchy, "Comment…" on a code tree item, and named snapshots of the data
// structure compared in SnapshotDiffDialog.
#include "core/model/project.h"
#include "core/structure/structure_diff.h"
#include "ui/codes/code_tree_model.h"
#include "ui/mainwindow/main_window.h"
#include "ui/review/review_dock.h"
#include "ui/review/snapshot_diff_dialog.h"
#include "ui/segments/segments_dock.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace gw {

void MainWindow::createReviewPanel()
{
    m_reviewDock = new ReviewDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewDock);
    if (m_segmentsDock)
        tabifyDockWidget(m_segmentsDock, m_reviewDock);
    m_reviewDock->hide();
    connect(m_reviewDock, &ReviewDock::compareRequested, this, &MainWindow::compareSnapshots);
    if (QMenu *view = topMenu(QStringLiteral("viewMenu"))) {
        QAction *show = m_reviewDock->toggleViewAction();
        show->setText(tr("&Review"));
        show->setObjectName(QStringLiteral("showReview"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        show->setStatusTip(tr("Comment threads on the hierarchy, and snapshots of the data structure"));
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("themeMenu"))
                before = action;
        view->insertAction(before, show);
        addAction(show);
    }
}

void MainWindow::attachReview(Project *project)
{
    m_reviewDock->setProject(project, m_undoStack);
}

void MainWindow::commentOnCurrentTreeItem()
{
    const QModelIndex current = currentTreeIndex();
    if (!m_project || !current.isValid())
        return;
    const auto kind = CodeTreeModel::kindOf(current);
    const QString tier = kind == CodeTreeModel::ItemKind::Code    ? QStringLiteral("code")
                         : kind == CodeTreeModel::ItemKind::Theme ? QStringLiteral("theme")
                                                                  : QStringLiteral("dimension");
    m_reviewDock->openThreadOn(ReviewTarget{tier, current.data(CodeTreeModel::ItemIdRole).toLongLong()},
                               current.data(Qt::DisplayRole).toString());
}

void MainWindow::compareSnapshots(const QString &from, const QString &to)
{
    if (!m_project)
        return;
    auto diff = diffSnapshots(*m_project, from, to);
    auto after = diff ? snapshotOrNow(*m_project, to) : Result<DataStructure>(std::unexpected(diff.error()));
    if (!after) {
        QMessageBox::warning(this, tr("Compare Snapshots"), after.error().message);
        return;
    }
    SnapshotDiffDialog dialog(std::move(*diff), *after, this);
    dialog.exec();
}

} // namespace gw
