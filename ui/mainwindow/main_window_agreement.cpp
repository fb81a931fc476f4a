// MainWindow: View > Coder Agreement, a tab beside the document with the
// agreement table and the disagreement browser; a passage opens in the document.
#include "core/export/agreement_table.h"
#include "core/model/project.h"
#include "ui/agreement/agreement_view.h"
#include "ui/mainwindow/main_window.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QMenu>

namespace gw {

void MainWindow::createAgreementPanel()
{
    m_agreementView = new AgreementView(this);
    m_agreementView->hide();
    connect(m_agreementView, &AgreementView::passageActivated, this,
            [this](Id sourceId, qint64 start, qint64 end) { showRange(sourceId, start, end); });
    connect(m_agreementView, &AgreementView::exportRequested, this, &MainWindow::exportAgreementInteractively);
    if (QMenu *view = topMenu(QStringLiteral("viewMenu"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("themeMenu"))
                before = action;
        auto *show = new QAction(tr("Coder &Agreement"), view);
        show->setObjectName(QStringLiteral("showAgreement"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        show->setStatusTip(tr("Agreement between two coders, code by code, and the passages where they differ"));
        connect(show, &QAction::triggered, this, &MainWindow::showAgreementView);
        view->insertAction(before, show);
        addAction(show);
    }
}

void MainWindow::attachAgreement(Project *project)
{
    m_agreementView->setProject(project, m_undoStack);
}

void MainWindow::exportAgreementInteractively()
{
    const auto &result = m_agreementView->result();
    if (!m_project || !result)
        return;
    const QFileInfo project(m_project->path());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Agreement Table"),
        project.absolutePath() + QLatin1Char('/') + project.completeBaseName() + QStringLiteral("-agreement.md"),
        tr("Markdown (*.md);;LaTeX (*.tex);;CSV (*.csv);;Excel workbook (*.xlsx);;HTML (*.html);;"
           "OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    const auto format = tableFormatFromString(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(this, tr("Export the Agreement Table"),
                             tr("%1: name the file .md, .tex, .csv, .xlsx, .html or .odt.").arg(path));
        return;
    }
    if (auto ok = writeAgreementTable(*result, *format, path); !ok) {
        QMessageBox::warning(this, tr("Export the Agreement Table"), ok.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported the agreement table to %1.").arg(path), 8000);
}

void MainWindow::showAgreementView()
{
    showCentreTab(m_agreementView, tr("Coder Agreement"));
}

} // namespace gw
