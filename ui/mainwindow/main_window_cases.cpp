// MainWindow: View > Cases, the case sheet in a tab beside the document.
#include "ui/cases/case_sheet_view.h"
#include "ui/mainwindow/main_window.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

namespace gw {

void MainWindow::createCasePanel()
{
    m_caseSheet = new CaseSheetView(this);
    m_caseSheet->hide();
    if (QMenu *view = topMenu(QStringLiteral("viewMenu"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("themeMenu"))
                before = action;
        auto *show = new QAction(tr("&Cases"), view);
        show->setObjectName(QStringLiteral("showCases"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        show->setStatusTip(tr("The case sheet: cases, their attributes and sources, edited in place"));
        connect(show, &QAction::triggered, this, &MainWindow::showCaseSheet);
        view->insertAction(before, show);
        addAction(show);
    }
}

void MainWindow::showCaseSheet()
{
    showCentreTab(m_caseSheet, tr("Cases"));
    m_caseSheet->table()->setFocus();
}

} // namespace gw
