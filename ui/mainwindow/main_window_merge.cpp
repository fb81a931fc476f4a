// MainWindow: File > Export a Coder's Copy… and File > Merge a Coder's Copy…
// (core/merge): a teammate codes a copy on their own machine, and their work
// comes back through a preview (MergePreviewDialog) as one undo step.
#include "core/commands/merge_project.h"
#include "core/merge/coder_copy.h"
#include "core/merge/merge_plan.h"
#include "core/model/project.h"
#include "ui/mainwindow/main_window.h"
#include "ui/merge/merge_preview_dialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace gw {

void MainWindow::createTeamActions(QMenu *file)
{
    file->addSeparator();
    QAction *copyOut = file->addAction(tr("Export a &Coder's Copy…"), this, &MainWindow::exportCoderCopyInteractively);
    copyOut->setObjectName(QStringLiteral("exportCoderCopy"));
    copyOut->setStatusTip(tr("A copy of this project for a teammate to code and merge back"));
    QAction *merge = file->addAction(tr("&Merge a Coder's Copy…"), this, [this] { mergeCoderCopyInteractively({}); });
    merge->setObjectName(QStringLiteral("mergeCoderCopy"));
    merge->setStatusTip(tr("Bring a teammate's coding back in: preview, choose, merge (one undo step)"));
}

void MainWindow::exportCoderCopyInteractively()
{
    if (!m_project)
        return;
    bool ok = false;
    const QString coder = QInputDialog::getText(this, tr("Export a Coder's Copy"),
                                                tr("Who is the copy for? (their coder name)"),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok)
        return;
    const QFileInfo here(m_project->path());
    const QString suggested = here.absolutePath() + QLatin1Char('/') + here.completeBaseName() + QLatin1Char('-') +
                              (coder.isEmpty() ? QStringLiteral("copy") : coder) + QStringLiteral(".groundwork");
    const QString out = QFileDialog::getSaveFileName(this, tr("Export a Coder's Copy"), suggested,
                                                     tr("Groundwork projects (*.groundwork)"));
    if (out.isEmpty())
        return;
    if (QFileInfo::exists(out) && !QFile::remove(out)) { // the dialog asked before replacing it
        QMessageBox::warning(this, tr("Export a Coder's Copy"), tr("Cannot replace %1.").arg(out));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto copy = exportCoderCopy(*m_project, out, coder);
    QApplication::restoreOverrideCursor();
    if (!copy) {
        QMessageBox::warning(this, tr("Export a Coder's Copy"), copy.error().message);
        return;
    }
    statusBar()->showMessage(tr("Wrote a copy for %1 to %2. Merge it back with File > Merge a Coder's Copy.")
                                 .arg(coder.isEmpty() ? tr("a teammate") : coder, out),
                             10000);
}

bool MainWindow::mergeCoderCopyInteractively(QString other)
{
    if (!m_project)
        return false;
    if (other.isEmpty())
        other = QFileDialog::getOpenFileName(this, tr("Merge a Coder's Copy"),
                                             QFileInfo(m_project->path()).absolutePath(),
                                             tr("Groundwork projects (*.groundwork)"));
    if (other.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = planMerge(*m_project, other);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        QMessageBox::warning(this, tr("Merge a Coder's Copy"), plan.error().message);
        return false;
    }
    MergePreviewDialog dialog(*m_project, std::move(*plan), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto command = MergeProject::make(*m_project, dialog.plan());
    if (!command) {
        QMessageBox::warning(this, tr("Merge a Coder's Copy"), command.error().message);
        return false;
    }
    // A merge that fails as it is written is dropped by the stack (and logged).
    const int before = m_undoStack->count();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_undoStack->push(command->release());
    QApplication::restoreOverrideCursor();
    if (m_undoStack->count() == before) {
        QMessageBox::warning(this, tr("Merge a Coder's Copy"),
                             tr("The merge of %1 could not be written; nothing was changed. The log "
                                "says why.")
                                 .arg(QFileInfo(other).fileName()));
        return false;
    }
    const MergeReport &r = static_cast<const MergeProject *>(m_undoStack->command(m_undoStack->count() - 1))->report();
    statusBar()->showMessage(tr("Merged %1: %2 segments, %3 codes and %4 sources added (Ctrl+Z takes it back).")
                                 .arg(QFileInfo(other).fileName())
                                 .arg(r.segmentsAdded)
                                 .arg(r.codesAdded)
                                 .arg(r.sourcesAdded),
                             10000);
    return true;
}

} // namespace gw
