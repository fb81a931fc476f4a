// MainWindow: View > Analysis, a tab beside the document with the coding
// query, the matrix, the co-occurrence table, saturation and words; a passage
// opens in the document. File > Export > Quotes by Theme… and Quote Attribution….
#include "core/analysis/write_up.h"
#include "core/model/project.h"
#include "ui/analysis/analysis_view.h"
#include "ui/common/file_suffix.h"
#include "ui/mainwindow/main_window.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace gw {

void MainWindow::createAnalysisPanel()
{
    m_analysisView = new AnalysisView(this);
    m_analysisView->hide();
    connect(m_analysisView, &AnalysisView::passageActivated, this,
            [this](Id sourceId, qint64 start, qint64 end) { showRange(sourceId, start, end); });
    if (QMenu *view = topMenu(QStringLiteral("viewMenu"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("themeMenu"))
                before = action;
        auto *show = new QAction(tr("A&nalysis"), view);
        show->setObjectName(QStringLiteral("showAnalysis"));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
        show->setStatusTip(tr("Coding queries, matrices by case or attribute, and code co-occurrence"));
        connect(show, &QAction::triggered, this, &MainWindow::showAnalysisView);
        view->insertAction(before, show);
        addAction(show);
    }
    if (QMenu *menu = exportMenu()) {
        m_exportQuotesAction = menu->addAction(tr("&Quotes by Theme…"), this, &MainWindow::exportQuotesInteractively);
        m_exportQuotesAction->setObjectName(QStringLiteral("exportQuotes"));
        m_exportQuotesAction->setStatusTip(
            tr("Each theme's exemplar quotes, cited by the speakers' case attributes (ODT, HTML, Markdown, LaTeX)"));
        m_attributionAction =
            menu->addAction(tr("Quote &Attribution…"), this, &MainWindow::editAttributionInteractively);
        m_attributionAction->setObjectName(QStringLiteral("editAttribution"));
        m_attributionAction->setStatusTip(tr("How Table 1, the quote report and the codebook cite speakers"));
    }
}

Status MainWindow::exportQuotes(const QString &path, int segmentsPerCode)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("Open a project first."));
    const auto format = documentFormatFromString(QFileInfo(path).suffix());
    if (!format)
        return fail(ErrorKind::InvalidInput, tr("%1: name the file .odt, .html, .md or .tex.").arg(path));
    QuoteReportOptions options;
    options.segmentsPerCode = segmentsPerCode;
    auto document = quoteReport(*m_project, options);
    if (!document)
        return std::unexpected(document.error());
    return writeDocument(*document, *format, path);
}

void MainWindow::exportQuotesInteractively()
{
    if (!m_project)
        return;
    bool ok = false;
    const int segments = QInputDialog::getInt(
        this, tr("Quotes by Theme"),
        tr("Besides each theme's exemplar quotes, how many segments of each of its codes\n"
           "(one per source)? 0: the exemplars only."),
        2, 0, 50, 1, &ok);
    if (!ok)
        return;
    const QFileInfo projectFile(m_project->path());
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Quotes by Theme"),
        projectFile.absolutePath() + u'/' + projectFile.completeBaseName() + QStringLiteral("-quotes.odt"),
        tr("OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md);;LaTeX (*.tex)"), &selected);
    if (path.isEmpty())
        return;
    path = withChosenSuffix(path, selected, QStringLiteral(".odt"));
    if (auto written = exportQuotes(path, segments); !written) {
        QMessageBox::warning(this, tr("Cannot export the quotes"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Wrote the quotes by theme to %1.").arg(path), 8000);
}

void MainWindow::editAttributionInteractively()
{
    if (!m_project)
        return;
    QStringList names;
    if (auto attributes = m_project->attributes())
        for (const AttributeInfo &a : *attributes)
            names.append(QStringLiteral("{%1}").arg(a.name));
    bool ok = false;
    const QString templ = QInputDialog::getText(
        this, tr("Quote Attribution"),
        tr("Cite each quote's speaker as (case attributes in braces%1;\nempty: \"Role from Site\"):")
            .arg(names.isEmpty() ? QString() : QStringLiteral(": ") + names.join(QStringLiteral(", "))),
        QLineEdit::Normal,
        m_project->attributionTemplate(), // empty keeps "Role from Site"; OK on it unchanged changes nothing
        &ok);
    if (!ok)
        return;
    if (auto set = m_project->setAttributionTemplate(templ); !set)
        QMessageBox::warning(this, tr("Quote Attribution"), set.error().message);
}

void MainWindow::showAnalysisView()
{
    showCentreTab(m_analysisView, tr("Analysis"));
    m_analysisView->queryEdit()->setFocus();
}

} // namespace gw
