// MainWindow: File > Import REFI-QDA… and File > Export REFI-QDA…, exchange
// with NVivo, ATLAS.ti, MAXQDA, QualCoder and other tools (core/refi). The
// import is previewed first (RefiImportDialog) and written in one
// transaction, into a new project or merged into the open one, where it is one
// undo step (the whole project kept before and after it).
#include "core/commands/whole_project_step.h"
#include "core/model/project.h"
#include "core/refi/import_writer.h"
#include "core/refi/qdpx_export.h"
#include "ui/mainwindow/main_window.h"
#include "ui/refi/refi_import_dialog.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace gw {

void MainWindow::createRefiActions(QMenu *file)
{
    QAction *importRefi = file->addAction(tr("Import &REFI-QDA…"), this, &MainWindow::importRefiInteractively);
    importRefi->setObjectName(QStringLiteral("importRefi"));
    importRefi->setStatusTip(tr("Bring in a project or codebook from NVivo, ATLAS.ti, MAXQDA, QualCoder "
                                "(.qdpx, .qdc)"));
    QAction *exportRefi = file->addAction(tr("&Export REFI-QDA…"), this, &MainWindow::exportRefiInteractively);
    exportRefi->setObjectName(QStringLiteral("exportRefi"));
    exportRefi->setStatusTip(tr("Write this project (.qdpx) or its codebook (.qdc) for other tools"));
}

void MainWindow::importRefiInteractively()
{
    const QString start = m_project ? QFileInfo(m_project->path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import REFI-QDA"), start, tr("REFI-QDA projects and codebooks (*.qdpx *.qde *.qdc);;All files (*)"));
    if (!path.isEmpty())
        importRefiFile(path);
}

void MainWindow::importRefiFile(const QString &path)
{
    RefiImportDialog dialog(m_project && !isImporting(), this);
    if (!dialog.load(path)) {
        dialog.exec(); // shows the reason
        return;
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.plan())
        return;

    if (dialog.mergeChosen() && m_project) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto written = mergeRefi(*dialog.plan(), QFileInfo(path).fileName());
        QApplication::restoreOverrideCursor();
        if (!written) {
            QMessageBox::warning(this, tr("Import REFI-QDA"), written.error().message);
            return;
        }
        statusBar()->showMessage(tr("Merged %1: %2 new sources, %3 new codes, %4 segments.")
                                     .arg(QFileInfo(path).fileName())
                                     .arg(written->sourcesAdded)
                                     .arg(written->codesAdded)
                                     .arg(written->segmentsAdded),
                                 10000);
        return;
    }

    QString target = QFileDialog::getSaveFileName(
        this, tr("New Project from %1").arg(QFileInfo(path).fileName()),
        QFileInfo(path).absolutePath() + u'/' + QFileInfo(path).completeBaseName() + QStringLiteral(".groundwork"),
        tr("Groundwork projects (*.groundwork)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QStringLiteral(".groundwork")))
        target += QStringLiteral(".groundwork");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<refi::WriteReport> written = std::unexpected(Error{});
    {
        auto created = Project::create(target);
        if (!created) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(this, tr("Import REFI-QDA"), created.error().message);
            return;
        }
        written = refi::writeImport(**created, *dialog.plan());
    }
    QApplication::restoreOverrideCursor();
    if (!written) {
        QFile::remove(target);
        QMessageBox::warning(this, tr("Import REFI-QDA"), written.error().message);
        return;
    }
    openProjectInteractively(target);
}

Result<refi::WriteReport> MainWindow::mergeRefi(const refi::ImportPlan &plan, const QString &fileName)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("Open a project first."));
    const Project::RowIds before = m_project->rowIds();
    refi::WriteReport report;
    auto step = WholeProjectStep::apply(*m_project, tr("Merge %1").arg(fileName), [&]() -> Status {
        auto written = refi::writeImport(*m_project, plan);
        if (!written)
            return std::unexpected(written.error());
        report = *written;
        return {};
    });
    if (!step)
        return std::unexpected(step.error());
    // The import wrote many kinds of rows at once: every view reloads.
    m_project->announceSince(before);
    m_undoStack->push(step->release());
    return report;
}

void MainWindow::exportRefiInteractively()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Export REFI-QDA"), tr("Open a project first."));
        return;
    }
    const QString qdpxFilter = tr("REFI-QDA project (*.qdpx)");
    const QString qdcFilter = tr("REFI-QDA codebook (*.qdc)");
    QString filter = qdpxFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export REFI-QDA"),
        QFileInfo(m_project->path()).absolutePath() + u'/' + m_project->name() + QStringLiteral(".qdpx"),
        qdpxFilter + QStringLiteral(";;") + qdcFilter, &filter);
    if (path.isEmpty())
        return;
    const bool codebook = path.endsWith(QStringLiteral(".qdc"), Qt::CaseInsensitive) ||
                          (filter == qdcFilter && !path.endsWith(QStringLiteral(".qdpx"), Qt::CaseInsensitive));
    if (!path.contains(u'.') || (!path.endsWith(QStringLiteral(".qdc")) && !path.endsWith(QStringLiteral(".qdpx"))))
        path += codebook ? QStringLiteral(".qdc") : QStringLiteral(".qdpx");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = codebook ? refi::exportQdc(*m_project, path) : refi::exportQdpx(*m_project, path);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Export REFI-QDA"), report.error().message);
        return;
    }
    statusBar()->showMessage(tr("Wrote %1 (%2 codes%3).")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(report->codes)
                                 .arg(codebook ? QString()
                                               : tr(", %1 sources, %2 segments")
                                                     .arg(report->sources)
                                                     .arg(report->segments)),
                             10000);
}

} // namespace gw
