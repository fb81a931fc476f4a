// MainWindow: importing sources (File > Import Sources…, and files dropped on
// the source list), with progress while the job runs and a report after it.
#include "core/commands/source_edits.h"
#include "core/import/import_job.h"
#include "core/model/project.h"
#include "ui/document/document_view.h"
#include "ui/import/file_drop_filter.h"
#include "ui/import/import_dialog.h"
#include "ui/import/import_progress_dialog.h"
#include "ui/import/import_report_dialog.h"
#include "ui/import/import_runner.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/source_list_model.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <spdlog/spdlog.h>

namespace gw {

void MainWindow::setUpImport()
{
    m_importRunner = new ImportRunner(this);
    connect(m_importRunner, &ImportRunner::progress, this,
            [this](int index, int total, const QString &path) {
                if (m_importProgress)
                    m_importProgress->setProgress(index, total, path);
            });
    connect(m_importRunner, &ImportRunner::committed, this, [this](const QList<Id> &ids) {
        if (m_importProgress)
            m_importProgress->addSaved(int(ids.size()));
    });
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::onImportFinished);

    // Files and folders dropped on the source list import with kinds from folder names.
    auto *drops = new FileDropFilter(this);
    drops->setAcceptance([this] { return m_project && !isImporting(); });
    connect(drops, &FileDropFilter::pathsDropped, this, [this](const QStringList &paths) {
        if (auto ok = importSources(paths, std::nullopt); !ok)
            QMessageBox::warning(this, tr("Cannot import"), ok.error().message);
    });
    m_sourceView->setAcceptDrops(true);
    m_sourceView->viewport()->setAcceptDrops(true);
    m_sourceView->viewport()->installEventFilter(drops);
}

bool MainWindow::isImporting() const
{
    return m_importRunner && m_importRunner->isRunning();
}

Status MainWindow::importSources(const QStringList &paths, std::optional<SourceKind> kind)
{
    if (!m_project)
        return fail(ErrorKind::InvalidInput, tr("Open or create a project to import sources into."));
    if (paths.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("There are no files to import."));
    if (auto ok = m_importRunner->start(*m_project, paths, kind); !ok)
        return ok;
    m_selectAfterImport = documentView()->sourceId() == 0;
    m_importProgress = new ImportProgressDialog(this);
    connect(m_importProgress, &ImportProgressDialog::cancelRequested, m_importRunner,
            &ImportRunner::cancel);
    m_importProgress->open();
    refreshActions();
    return {};
}

void MainWindow::chooseSourcesToImport()
{
    if (!m_project || isImporting())
        return;
    ImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = importSources(dialog.paths(), dialog.kind()); !ok)
        QMessageBox::warning(this, tr("Cannot import"), ok.error().message);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    if (m_importProgress) {
        m_importProgress->accept();
        m_importProgress->deleteLater();
    }
    // The sources that came in are one undo step, however many there are.
    std::vector<Id> imported;
    for (const ImportOutcome &o : report.outcomes)
        if (o.status == ImportOutcome::Status::Imported && o.sourceId != 0)
            imported.push_back(o.sourceId);
    if (!imported.empty() && m_project)
        m_undoStack->push(ImportedSources::made(*m_project, std::move(imported)).release());
    refreshActions();
    refreshStatus();
    if (m_closeAfterImport) {
        close();
        return;
    }
    // With nothing shown yet, show the first new source in the list.
    if (m_selectAfterImport && documentView()->sourceId() == 0) {
        QModelIndex first;
        for (const ImportOutcome &o : report.outcomes) {
            if (o.status != ImportOutcome::Status::Imported)
                continue;
            const QModelIndex index = m_sourceModel->indexOfSource(o.sourceId);
            if (index.isValid() && (!first.isValid() || index.row() < first.row()))
                first = index;
        }
        if (first.isValid()) {
            m_sourceView->setCurrentIndex(first);
            m_sourceView->scrollTo(first);
        }
    }
    auto *dialog = new ImportReportDialog(report, m_importRunner->total(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshActions()
{
    const bool importing = isImporting();
    for (QAction *action : std::as_const(m_projectSwitchActions))
        action->setEnabled(!importing);
    if (m_importAction)
        m_importAction->setEnabled(m_project && !importing);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isImporting()) {
        saveLayout();
        QMainWindow::closeEvent(event);
        return;
    }
    // Stop after the current file, keep what was imported, then close.
    m_closeAfterImport = true;
    m_importRunner->cancel();
    if (m_importProgress)
        m_importProgress->setCancelling();
    event->ignore();
}

} // namespace gw
