// MainWindow: the segments dock beside the code tree, and moving about by
// keyboard: next/previous segment (F8), next/previous source (Ctrl+PgDown/PgUp),
// and focusing each part of the window (Alt+1..Alt+4).
#include "ui/codes/code_tree_model.h"
#include "ui/document/coding_margin.h"
#include "ui/document/document_pane.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/search/search_dock.h"
#include "ui/segments/segments_dock.h"
#include "ui/sources/source_list_model.h"

#include <QListView>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace gw {

void MainWindow::createSegmentsPanel()
{
    m_segmentsDock = new SegmentsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_segmentsDock);
    if (m_searchDock) {
        tabifyDockWidget(m_segmentsDock, m_searchDock);
        m_segmentsDock->raise();
    }
    connect(m_codeView->selectionModel(), &QItemSelectionModel::currentRowChanged, m_segmentsDock,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_segmentsDock->showTreeItem(m_codeProxy->mapToSource(current));
            });
    connect(m_segmentsDock, &SegmentsDock::segmentActivated, this,
            [this](Id sourceId, Id segmentId, qint64 start, qint64 end) {
                if (showRange(sourceId, start, end))
                    m_document->margin()->selectSegment(segmentId);
            });

    // The View menu (made with the other panels) gets the dock and the moves.
    QMenu *view = topMenu(QStringLiteral("viewMenu"));
    if (!view) {
        view = new QMenu(tr("&View"), this);
        view->setObjectName(QStringLiteral("viewMenu"));
        menuBar()->insertMenu(menuBar()->actions().constLast(), view);
    }
    createNavigationActions(view);
    restoreLayout(); // again, now that this dock is there to be placed
}

void MainWindow::createNavigationActions(QMenu *view)
{
    QAction *first = view->actions().value(0);
    auto add = [&](const QString &label, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(label, view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        view->insertAction(first, action);
        addAction(action); // works while the menu bar is hidden, too
        return action;
    };
    add(tr("&Next Segment"), QKeySequence(Qt::Key_F8),
        [this] { m_document->margin()->selectNeighbour(true); });
    add(tr("P&revious Segment"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
        [this] { m_document->margin()->selectNeighbour(false); });
    add(tr("Next &Source"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
        [this] { stepSource(1); });
    add(tr("Previous S&ource"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
        [this] { stepSource(-1); });
    view->insertSeparator(first);
    add(tr("Focus Sources"), QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { m_sourceView->setFocus(); });
    add(tr("Focus Document"), QKeySequence(Qt::ALT | Qt::Key_2),
        [this] { documentView()->setFocus(); });
    add(tr("Focus Codes"), QKeySequence(Qt::ALT | Qt::Key_3),
        [this] { m_codeView->setFocus(); });
    add(tr("Focus Segments"), QKeySequence(Qt::ALT | Qt::Key_4), [this] {
        m_segmentsDock->show();
        m_segmentsDock->raise();
        m_segmentsDock->view()->setFocus();
    });
    view->insertSeparator(first);
    view->insertAction(first, m_segmentsDock->toggleViewAction());
    view->insertSeparator(first);
}

void MainWindow::stepSource(int delta)
{
    const int rows = m_sourceModel->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_sourceView->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1)
                                      : (delta > 0 ? 0 : rows - 1);
    selectSource(row);
}

} // namespace gw
