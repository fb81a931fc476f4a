// MainWindow: the edits of sources' texts. Edit > Edit Source Text replaces
// the document's selection (a transcription error) with every segment carried
// along; Edit > Anonymise opens the anonymisation dialog; Mark for
// Anonymisation adds the selected words to its names; File > Export >
// Anonymised Copy writes the copy to share. Each edit is one undo step.
#include "core/commands/edit_source_texts.h"
#include "core/export/anonymised_copy.h"
#include "core/model/project.h"
#include "core/text/positions.h"
#include "ui/common/file_suffix.h"
#include "ui/document/coding_actions.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/anonymise_dialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw {

void MainWindow::createTextEditActions(QMenu *edit)
{
    edit->addSeparator();
    QAction *editText = edit->addAction(tr("Edit Source &Text…"), this, [this] {
        const auto s = m_coding->selection();
        if (!m_project || s.isEmpty()) {
            statusBar()->showMessage(tr("Select the words to correct in the document first."), 8000);
            return;
        }
        const QString old = text::codePointMid(*m_project->sourceText(s.sourceId), s.start, s.end);
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("editSourceTextDialog"));
        dialog.setWindowTitle(tr("Edit Source Text"));
        auto *label = new QLabel(tr("Correct the selected text. Segments elsewhere keep their words; "
                                    "segments this falls inside or across follow it. Edit > Undo puts "
                                    "the text back."),
                                 &dialog);
        label->setWordWrap(true);
        const QString shownOld = old.size() > 200 ? old.left(200) + QStringLiteral("…") : old;
        auto *was = new QLabel(tr("In <b>%1</b>, now: “%2”")
                                   .arg(m_project->source(s.sourceId)->name.toHtmlEscaped(), shownOld.toHtmlEscaped()),
                               &dialog);
        was->setWordWrap(true);
        auto *text = new QPlainTextEdit(old, &dialog);
        text->setObjectName(QStringLiteral("editSourceText"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Replace"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(label);
        layout->addWidget(was);
        layout->addWidget(text);
        layout->addWidget(buttons);
        dialog.resize(560, 260);
        if (dialog.exec() != QDialog::Accepted || text->toPlainText() == old)
            return;
        if (auto ok = replaceSelectedText(text->toPlainText()); !ok)
            QMessageBox::warning(this, tr("Cannot edit the text"), ok.error().message);
    });
    editText->setObjectName(QStringLiteral("editSourceText"));
    editText->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    editText->setStatusTip(tr("Correct the selected words of the source (a transcription error)"));

    QAction *anonymise = edit->addAction(tr("&Anonymise Sources…"), this, [this] {
        if (AnonymiseDialog *dialog = anonymiseDialog()) {
            dialog->show();
            dialog->raise();
            dialog->activateWindow();
        }
    });
    anonymise->setObjectName(QStringLiteral("anonymiseSources"));
    anonymise->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    anonymise->setStatusTip(tr("Replace names of people, sites and organisations by placeholders in every source"));
    QAction *mark = edit->addAction(tr("&Mark for Anonymisation"), this, &MainWindow::markSelectionForAnonymisation);
    mark->setObjectName(QStringLiteral("markForAnonymisation"));
    mark->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    mark->setStatusTip(tr("Add the selected words to the names the anonymisation replaces"));

    if (QMenu *menu = exportMenu()) {
        QAction *copy = menu->addAction(tr("Anonymised &Copy…"), this, [this] {
            if (!m_project)
                return;
            QString filter = tr("Groundwork project (*.groundwork);;REFI-QDA project (*.qdpx)");
            QString chosen = QFileDialog::getSaveFileName(this, tr("Export an Anonymised Copy"), {}, filter, &filter);
            if (chosen.isEmpty())
                return;
            chosen = withChosenSuffix(chosen, filter, QStringLiteral("groundwork"));
            const QString mapping = QFileDialog::getOpenFileName(
                this, tr("The Mapping to Check Against (Cancel: no check)"), {}, tr("Mapping (*.csv *.xlsx)"));
            if (auto ok = exportAnonymisedCopyTo(chosen, mapping); !ok)
                QMessageBox::warning(this, tr("Cannot export the anonymised copy"), ok.error().message);
        });
        copy->setObjectName(QStringLiteral("exportAnonymisedCopy"));
        copy->setStatusTip(tr("A copy to share, without the history or the original file names"));
    }
}

Status MainWindow::replaceSelectedText(const QString &replacement)
{
    const auto s = m_coding->selection();
    if (!m_project || s.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Select the words to correct in the document first."));
    auto source = m_project->source(s.sourceId);
    if (!source)
        return std::unexpected(source.error());
    auto command = EditSourceTexts::apply(*m_project, {{s.sourceId, {{s.start, s.end, replacement}}, {}}},
                                          tr("Edit the text of %1").arg(source->name),
                                          QStringLiteral("source.edit"), {{QStringLiteral("guid"), source->guid}});
    if (!command)
        return std::unexpected(command.error());
    const std::size_t touched = (*command)->change().touchedSegments.size();
    m_undoStack->push(command->release());
    statusBar()->showMessage(tr("Text corrected; %n segment(s) follow the new words.", nullptr, int(touched)), 8000);
    return {};
}

AnonymiseDialog *MainWindow::anonymiseDialog()
{
    if (!m_project)
        return nullptr;
    if (!m_anonymiseDialog) {
        m_anonymiseDialog = new AnonymiseDialog(*m_project, m_undoStack, this);
        m_anonymiseDialog->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_anonymiseDialog, &AnonymiseDialog::anonymised, this, [this](int n) {
            statusBar()->showMessage(tr("Anonymised: %1 replacements.").arg(n), 8000);
        });
    }
    return m_anonymiseDialog;
}

void MainWindow::markSelectionForAnonymisation()
{
    const auto s = m_coding->selection();
    if (!m_project || s.isEmpty()) {
        statusBar()->showMessage(tr("Select a name in the document first."), 8000);
        return;
    }
    const QString words = text::codePointMid(*m_project->sourceText(s.sourceId), s.start, s.end).simplified();
    if (AnonymiseDialog *dialog = anonymiseDialog()) {
        dialog->addName(words);
        statusBar()->showMessage(tr("\"%1\" will be replaced (Edit > Anonymise Sources…).").arg(words), 8000);
    }
}

Status MainWindow::exportAnonymisedCopyTo(const QString &out, const QString &mapping)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("Open a project first."));
    std::vector<AnonymousName> names;
    if (!mapping.isEmpty()) {
        auto read = readAnonymousNames(mapping);
        if (!read)
            return std::unexpected(read.error());
        names = std::move(*read);
    }
    auto copy = exportAnonymisedCopy(*m_project, out, names);
    if (!copy)
        return std::unexpected(copy.error());
    statusBar()->showMessage(tr("Wrote the anonymised copy %1 (%2 sources)%3.")
                                 .arg(copy->path)
                                 .arg(copy->sources)
                                 .arg(names.empty() ? QString() : tr("; none of the names is in it")),
                             10000);
    return {};
}

} // namespace gw
