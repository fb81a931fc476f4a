// MainWindow: View > Analysis, a tab beside the document with the coding
// query, the matrix and the co-occurrence table; a passage opens in the document.
#include "ui/analysis/analysis_view.h"
#include "ui/mainwindow/main_window.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>

namespace gw {

void MainWindow::createAnalysisPanel()
{
    m_analysisView = new AnalysisView(this);
    m_analysisView->hide();
    connect(m_analysisView, &AnalysisView::passageActivated, this,
            [this](Id sourceId, qint64 start, qint64 end) { showRange(sourceId, start, end); });
    if (QMenu *view = topMenu(QStringLiteral("&View"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->title() == QLatin1String("&Theme"))
                before = action;
        auto *show = new QAction(QStringLiteral("A&nalysis"), view);
        show->setObjectName(QStringLiteral("showAnalysis"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
        show->setStatusTip(QStringLiteral("Coding queries, matrices by case or attribute, and code co-occurrence"));
        connect(show, &QAction::triggered, this, &MainWindow::showAnalysisView);
        view->insertAction(before, show);
        addAction(show);
    }
}

void MainWindow::showAnalysisView()
{
    showCentreTab(m_analysisView, QStringLiteral("Analysis"));
    m_analysisView->queryEdit()->setFocus();
}

} // namespace gw
