// MainWindow: the Edit menu (undo, redo, history) and the Code menu, over the
// open project's undo stack.
#include "core/model/project.h"
#include "ui/document/coding_actions.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/anonymise_dialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

namespace gw {

void MainWindow::createEditingMenus()
{
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // Some steps take a second at study scale (an import of 600 sources, an
    // anonymisation): the busy cursor says the window is working meanwhile.
    for (auto [action, step] : {std::pair{undo, &QUndoStack::undo}, std::pair{redo, &QUndoStack::redo}}) {
        disconnect(action, &QAction::triggered, m_undoStack, step);
        connect(action, &QAction::triggered, this, [this, step] {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            (m_undoStack->*step)();
            QApplication::restoreOverrideCursor();
        });
    }
    edit->addActions({undo, redo});
    edit->addSeparator();

    auto *history = new QDockWidget(tr("Undo History"), this);
    history->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *view = new QUndoView(m_undoStack, history);
    view->setObjectName(QStringLiteral("undoView"));
    view->setEmptyLabel(tr("Project as opened"));
    history->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    QAction *toggle = history->toggleViewAction();
    toggle->setText(tr("Undo &History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    edit->addAction(toggle);
    createTextEditActions(edit);

    m_coding = new CodingActions(documentView(), m_undoStack, this);
    connect(m_coding, &CodingActions::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    QMenu *code = menuBar()->addMenu(tr("&Code"));
    code->setObjectName(QStringLiteral("codeMenu"));
    m_coding->fillMenu(code);

    // Codes drag from the tree onto a selection in the document.
    m_codeView->setDragEnabled(true);
    m_codeView->setDragDropMode(QAbstractItemView::DragOnly);
    m_codeView->setDefaultDropAction(Qt::CopyAction);
}

// Called first thing when another project (or none) is adopted: the commands on
// the stack point at the project that is about to close.
void MainWindow::adoptForEditing(Project *next)
{
    m_undoStack->clear();
    m_coding->setProject(next);
    if (m_anonymiseDialog) // it edits the project that is closing
        delete m_anonymiseDialog.data();
}

} // namespace gw
