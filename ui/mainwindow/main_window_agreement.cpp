// MainWindow: View > Coder Agreement, a tab beside the document with the
// agreement table and the disagreement browser; a passage opens in the document.
#include "core/model/project.h"
#include "ui/agreement/agreement_view.h"
#include "ui/mainwindow/main_window.h"

#include <QAction>
#include <QMenu>

namespace gw {

void MainWindow::createAgreementPanel()
{
    m_agreementView = new AgreementView(this);
    m_agreementView->hide();
    connect(m_agreementView, &AgreementView::passageActivated, this,
            [this](Id sourceId, qint64 start, qint64 end) { showRange(sourceId, start, end); });
    if (QMenu *view = topMenu(QStringLiteral("&View"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->title() == QLatin1String("&Theme"))
                before = action;
        auto *show = new QAction(QStringLiteral("Coder &Agreement"), view);
        show->setObjectName(QStringLiteral("showAgreement"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        show->setStatusTip(
            QStringLiteral("Agreement between two coders, code by code, and the passages where they differ"));
        connect(show, &QAction::triggered, this, &MainWindow::showAgreementView);
        view->insertAction(before, show);
        addAction(show);
    }
}

void MainWindow::attachAgreement(Project *project)
{
    m_agreementView->setProject(project, m_undoStack);
}

void MainWindow::showAgreementView()
{
    showCentreTab(m_agreementView, QStringLiteral("Coder Agreement"));
}

} // namespace gw
