// MainWindow: focused coding (METHOD.md stage 2) and the views that keep it
// accountable. Merge, split and compare codes; memos and exemplar quotes from
// the segments dock and the document; the codebook and the audit log in docks
// (View menu), and File > Export > Codebook…. Every edit is one step on the
// undo stack through HierarchyEdits.
#include "core/model/project.h"
#include "ui/audit/audit_view.h"
#include "ui/codebook/codebook_view.h"
#include "ui/codes/code_tree_model.h"
#include "ui/codes/compare_codes_view.h"
#include "ui/codes/hierarchy_edits.h"
#include "ui/codes/merge_dialog.h"
#include "ui/codes/split_dialog.h"
#include "ui/codes/unplaced_strip.h"
#include "ui/document/coding_actions.h"
#include "ui/document/coding_margin.h"
#include "ui/document/document_pane.h"
#include "ui/mainwindow/main_window.h"
#include "ui/memos/memos_dock.h"
#include "ui/segments/segments_dock.h"

#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

namespace gw {

void MainWindow::createHierarchyPanels()
{
    m_codebook = new CodebookView(this);
    m_audit = new AuditView(this);
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_codebook), static_cast<QDockWidget *>(m_audit)}) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_segmentsDock, dock);
        dock->hide(); // shown from the View menu
    }
    m_segmentsDock->raise();

    if (QMenu *view = topMenu(QStringLiteral("viewMenu"))) {
        QAction *before = nullptr;
        for (QAction *action : view->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("themeMenu"))
                before = action;
        auto add = [&](QDockWidget *dock, const QString &text, const QString &name, const QKeySequence &keys) {
            auto *show = new QAction(text, view);
            show->setObjectName(name);
            show->setShortcut(keys);
            connect(show, &QAction::triggered, this, [dock] {
                dock->show();
                dock->raise();
            });
            view->insertAction(before, show);
            addAction(show); // works while the menu bar is hidden, too
        };
        add(m_codebook, tr("Code&book"), QStringLiteral("showCodebook"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        add(m_audit, tr("&Audit Log"), QStringLiteral("showAuditLog"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        view->insertSeparator(before);
    }
    if (QMenu *file = topMenu(QStringLiteral("fileMenu")))
        for (QAction *action : file->actions())
            if (action->menu() && action->menu()->objectName() == QLatin1String("exportMenu")) {
                QAction *exportCodebook = action->menu()->addAction(tr("&Codebook…"), this, [this] {
                    m_codebook->show();
                    m_codebook->raise();
                    m_codebook->exportInteractively();
                });
                exportCodebook->setObjectName(QStringLiteral("exportCodebook"));
                exportCodebook->setStatusTip(tr("Every code with its definition, counts and an exemplar, "
                                                "as CSV, Markdown, ODT, HTML or LaTeX"));
            }

    connect(m_codebook, &CodebookView::codeActivated, this, [this](Id id) { selectCode(id); });
    connect(m_codebook, &CodebookView::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // Memos and exemplars from the segments dock and the document.
    auto segmentMemo = [this](Id segmentId, const QString &label) {
        m_memosDock->show();
        m_memosDock->raise();
        (void)m_memosDock->newMemo(MemoTarget{QStringLiteral("segment"), segmentId, label});
    };
    connect(m_segmentsDock, &SegmentsDock::memoRequested, this, segmentMemo);
    connect(m_coding, &CodingActions::segmentMemoRequested, this, segmentMemo);
    connect(m_segmentsDock, &SegmentsDock::exemplarRequested, this, [this](Id themeId, Id segmentId, bool add) {
        if (!m_project)
            return;
        HierarchyEdits edits(*m_project, *m_undoStack);
        reportHierarchyError(add ? edits.addExemplar(themeId, segmentId) : edits.removeExemplar(themeId, segmentId));
    });
    connect(m_segmentsDock, &SegmentsDock::splitRequested, this, [this](Id codeId, const QList<Id> &segmentIds) {
        if (selectCode(codeId))
            splitSelectedCode(segmentIds);
    });
}

void MainWindow::attachHierarchy(Project *project)
{
    m_unplacedStrip->setProject(project);
    m_codebook->setProject(project, project ? m_undoStack : nullptr);
    m_audit->setProject(project);
}

MergeDialog *MainWindow::mergeSelectedCodes()
{
    return mergeCodes(selectedCodeIds());
}

MergeDialog *MainWindow::mergeCodes(const QList<Id> &codeIds)
{
    if (!m_project || codeIds.size() < 2)
        return nullptr;
    // Offered first: the current code if it is among them, else the most used.
    Id into = selectedCodeId();
    if (!codeIds.contains(into)) {
        std::int64_t most = -1;
        for (Id id : codeIds)
            if (auto c = m_project->code(id); c && c->segmentCount > most) {
                most = c->segmentCount;
                into = id;
            }
    }
    auto *dialog = new MergeDialog(*m_project, codeIds, into, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Id target = dialog->intoId();
        const qsizetype merged = dialog->fromIds().size();
        if (auto ok = HierarchyEdits(*m_project, *m_undoStack).mergeCodes(dialog->fromIds(), target, dialog->why());
            !ok) {
            reportHierarchyError(ok);
            return;
        }
        selectCode(target);
        // English takes the singular or the plural here, with no translation loaded.
        const QString message =
            merged == 1 ? tr("Merged %n code into “%1”. Undo takes the merge back.", nullptr, int(merged))
                        : tr("Merged %n codes into “%1”. Undo takes the merge back.", nullptr, int(merged));
        statusBar()->showMessage(message.arg(m_project->code(target).value_or(CodeInfo{}).name), 8000);
    });
    dialog->open();
    return dialog;
}

SplitDialog *MainWindow::splitSelectedCode(const QList<Id> &checkedSegmentIds)
{
    const Id codeId = selectedCodeId();
    if (!m_project || codeId == 0)
        return nullptr;
    // Segments chosen in the segments dock (of this code) come checked.
    QList<Id> checked = checkedSegmentIds;
    if (checked.isEmpty())
        checked = m_segmentsDock->selectedSegmentIds();
    auto *dialog = new SplitDialog(*m_project, codeId, checked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto made = HierarchyEdits(*m_project, *m_undoStack)
                        .splitCode(dialog->codeId(), dialog->segmentIds(), dialog->newName(), dialog->why());
        if (!made) {
            reportHierarchyError(std::unexpected(made.error()));
            return;
        }
        selectCode(*made);
    });
    dialog->open();
    return dialog;
}

CompareCodesView *MainWindow::compareSelectedCodes()
{
    if (!m_project)
        return nullptr;
    QList<Id> codes = selectedCodeIds().mid(0, CompareCodesView::kMaxColumns);
    auto *view = new CompareCodesView(*m_project, codes, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    // It points at the project: it goes when another project is adopted.
    connect(m_project.get(), &QObject::destroyed, view, &QWidget::close);
    connect(view, &CompareCodesView::mergeRequested, this, [this](const QList<Id> &ids) { mergeCodes(ids); });
    connect(view, &CompareCodesView::segmentActivated, this,
            [this](Id sourceId, Id segmentId, qint64 start, qint64 end) {
                if (showRange(sourceId, start, end))
                    m_document->margin()->selectSegment(segmentId);
            });
    view->show();
    return view;
}

} // namespace gw
