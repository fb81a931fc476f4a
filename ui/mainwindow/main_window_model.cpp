// MainWindow: View > CMO Model, a tab beside the document with the editable
// model (ModelView); its influences' evidence (InfluenceDialog), suggested
// links (SuggestLinksDialog), and File > Export > CMO Model Figure… and CMO
// Configuration Table….
#include "core/export/cmo_table.h"
#include "core/figure/model_figure.h"
#include "core/model/project.h"
#include "ui/mainwindow/main_window.h"
#include "ui/model/influence_dialog.h"
#include "ui/model/model_canvas.h"
#include "ui/model/model_view.h"
#include "ui/model/suggest_links_dialog.h"
#include "ui/review/review_dock.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace gw {

namespace {

// Where a new export goes first: beside the project, named after it.
QString besideProject(const Project &project, const QString &suffix)
{
    const QFileInfo file(project.path());
    return file.absolutePath() + QLatin1Char('/') + file.completeBaseName() + suffix;
}

} // namespace

void MainWindow::createModelPanel()
{
    m_modelView = new ModelView(this);
    m_modelView->hide();
    connect(m_modelView, &ModelView::influenceActivated, this, [this](Id influenceId) {
        if (!m_project)
            return;
        InfluenceDialog dialog(*m_project, *m_undoStack, influenceId, this);
        dialog.exec();
    });
    connect(m_modelView, &ModelView::suggestRequested, this, [this] {
        if (!m_project)
            return;
        SuggestLinksDialog dialog(*m_project, *m_undoStack, this);
        dialog.exec();
    });
    connect(m_modelView, &ModelView::commentRequested, this, [this](Id influenceId, const QString &label) {
        m_reviewDock->openThreadOn(ReviewTarget{QStringLiteral("influence"), influenceId}, label);
    });
    connect(m_modelView, &ModelView::exportFigureRequested, this, &MainWindow::exportModelFigureInteractively);
    connect(m_modelView, &ModelView::exportTableRequested, this, &MainWindow::exportCmoTableInteractively);
    if (QMenu *view = topMenu(QStringLiteral("viewMenu"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("themeMenu"))
                before = action;
        auto *show = new QAction(tr("&CMO Model"), view);
        show->setObjectName(QStringLiteral("showModel"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        show->setStatusTip(tr("Contexts, mechanisms and outcomes: the integrative model, with the "
                              "relationship spectrum"));
        connect(show, &QAction::triggered, this, &MainWindow::showModelView);
        view->insertAction(before, show);
        addAction(show);
    }
    if (QMenu *menu = exportMenu()) {
        menu->addAction(tr("CMO &Model Figure…"), this, &MainWindow::exportModelFigureInteractively)
            ->setStatusTip(tr("The model or the spectrum alone as SVG, PDF or PNG"));
        menu->addAction(tr("CMO &Configuration Table…"), this, &MainWindow::exportCmoTableInteractively)
            ->setStatusTip(tr("Context, mechanism, outcome chains with evidence, as Markdown, LaTeX, "
                              "HTML, CSV, ODT or XLSX"));
    }
}

void MainWindow::attachModel(Project *project)
{
    m_modelView->setProject(project, m_undoStack);
}

void MainWindow::showModelView()
{
    showCentreTab(m_modelView, tr("CMO Model"));
    m_modelView->canvas()->setFocus();
}

void MainWindow::exportModelFigureInteractively()
{
    if (!m_project)
        return;
    QString filter;
    const QString filters = tr("SVG (*.svg);;PDF (*.pdf);;PNG, 300 dpi (*.png);;Spectrum only, SVG (*.svg);;"
                               "Spectrum only, PDF (*.pdf);;Spectrum only, PNG (*.png)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the CMO Model"), besideProject(*m_project, QStringLiteral("-cmo-model.svg")), filters,
        &filter);
    if (path.isEmpty())
        return;
    const auto format = figureFormatFromString(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(this, tr("Export the CMO Model"), tr("%1: name the file .svg, .pdf or .png.").arg(path));
        return;
    }
    auto input = modelFigureInput(*m_project);
    ModelFigureOptions options;
    // The last three filters draw the spectrum alone (by place: their names are translated).
    options.spectrumOnly = filters.split(QStringLiteral(";;")).indexOf(filter) >= 3;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = input ? writeModelFigure(*input, *format, options, path) : Status(std::unexpected(input.error()));
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export the CMO Model"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported the CMO model to %1.").arg(path), 8000);
}

void MainWindow::exportCmoTableInteractively()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the CMO Configuration Table"), besideProject(*m_project, QStringLiteral("-cmo-table.md")),
        tr("Markdown (*.md);;LaTeX (*.tex);;HTML (*.html);;CSV (*.csv);;OpenDocument text (*.odt);;Excel "
           "workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const auto format = tableFormatFromString(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(this, tr("Export the CMO Configuration Table"),
                             tr("%1: name the file .md, .tex, .html, .csv, .odt or .xlsx.").arg(path));
        return;
    }
    if (auto ok = writeCmoTable(*m_project, *format, path); !ok) {
        QMessageBox::warning(this, tr("Export the CMO Configuration Table"), ok.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported the CMO configuration table to %1.").arg(path), 8000);
}

} // namespace gw
