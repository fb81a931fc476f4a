// MainWindow: the search and memos docks and the command palette, wired to the
// open project, the document view and the undo stack.
#include "core/model/display_names.h"
#include "core/model/project.h"
#include "core/text/positions.h"
#include "ui/codes/code_tree_model.h"
#include "ui/common/code_chooser.h"
#include "ui/document/document_pane.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/memos/memos_dock.h"
#include "ui/palette/command_palette.h"
#include "ui/search/code_hits.h"
#include "ui/search/search_dock.h"
#include "ui/search/search_results_model.h"
#include "ui/sources/source_list_model.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace gw {

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// Every enabled action under MENU; a submenu's actions are named "Submenu: Action".
void collectActions(const QMenu *menu, const QString &prefix, const QAction *except,
                    QList<PaletteEntry> &entries)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isEnabled() || !action->isVisible() || action == except)
            continue;
        if (const QMenu *sub = action->menu()) {
            collectActions(sub, withoutMnemonic(sub->title()) + QStringLiteral(": "), except, entries);
            continue;
        }
        const QString text = withoutMnemonic(action->text());
        if (text.isEmpty())
            continue;
        entries.append(PaletteEntry{prefix + text, action->shortcut().toString(QKeySequence::NativeText),
                        [action = QPointer<QAction>(action)] {
                            if (action)
                                action->trigger();
                        }});
    }
}

} // namespace

void MainWindow::createPanels()
{
    m_searchDock = new SearchDock(this);
    m_memosDock = new MemosDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_memosDock);
    connect(m_searchDock, &SearchDock::hitActivated, this,
            [this](const SearchHit &hit) { (void)showRange(hit.sourceId, hit.start, hit.end); });
    connect(m_searchDock, &SearchDock::codeAllRequested, this, &MainWindow::chooseCodeForAllHits);
    // The search lists passages in the unit the researcher codes in, so that
    // Code All Hits codes what the list shows.
    const auto followUnit = [this] {
        m_searchDock->setUnit(text::CodingUnit(m_document->codingUnitBox()->currentData().toInt()));
    };
    connect(m_document->codingUnitBox(), &QComboBox::currentIndexChanged, this, followUnit);
    followUnit();
    m_memosDock->setTargetsProvider([this] {
        QList<MemoTarget> targets;
        if (!m_project)
            return targets;
        if (const Id source = documentView()->sourceId(); source != 0)
            if (auto info = m_project->source(source))
                targets.append(MemoTarget{QStringLiteral("source"), source, tr("Source: %1").arg(info->name)});
        if (const Id code = selectedCodeId(); code != 0)
            if (auto info = m_project->code(code))
                targets.append(MemoTarget{QStringLiteral("code"), code, tr("Code: %1").arg(info->name)});
        return targets;
    });

    m_palette = new CommandPalette(this, [this] { return paletteEntries(); });
    QMenu *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    menuBar()->insertMenu(menuBar()->actions().constLast(), view); // before Help
    m_paletteAction = view->addAction(tr("Command &Palette…"), m_palette, &CommandPalette::popUp);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *find = view->addAction(tr("&Search Sources"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchDock->queryEdit()->setFocus();
        m_searchDock->queryEdit()->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addSeparator();
    view->addAction(m_searchDock->toggleViewAction());
    view->addAction(m_memosDock->toggleViewAction());
    view->addSeparator();
    createThemeMenu(view);
    createLanguageMenu(view);
}

void MainWindow::attachPanels(Project *project)
{
    m_searchDock->setProject(project);
    m_memosDock->setProject(project, project ? m_undoStack : nullptr);
    m_palette->hide();
}

bool MainWindow::showRange(Id sourceId, std::int64_t start, std::int64_t end)
{
    const QModelIndex index = m_sourceModel->indexOfSource(sourceId);
    if (!index.isValid())
        return false;
    m_sourceView->setCurrentIndex(index);
    m_centre->setCurrentWidget(m_document); // from a tab beside it, too
    DocumentView *view = documentView();
    if (view->sourceId() != sourceId)
        return false;
    const QString text = view->toPlainText();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(text::utf16Index(text, start)));
    cursor.setPosition(int(text::utf16Index(text, end)), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->centerCursor();
    return true;
}

Result<CodedHits> MainWindow::codeSearchHits(Id codeId)
{
    if (!m_project || !m_undoStack)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    auto hits = m_searchDock->allHits();
    if (!hits)
        return std::unexpected(hits.error());
    return codeHits(*m_project, *m_undoStack, *hits, codeId);
}

void MainWindow::chooseCodeForAllHits()
{
    if (!m_project)
        return;
    const int hits = m_searchDock->results()->rowCount();
    const QString what = m_searchDock->unit() == text::CodingUnit::Sentence    ? tr("sentences")
                         : m_searchDock->unit() == text::CodingUnit::Paragraph ? tr("paragraphs")
                                                                               : tr("hits");
    //: %1 is a number, %2 " or more" or nothing, %3 "sentences", "paragraphs" or "hits".
    const QString question =
        tr("Code all %1%2 %3 with:")
            .arg(QLocale().toString(hits), hits >= SearchDock::kMaxHits ? tr(" or more") : QString(), what);
    const auto code = chooseCode(this, *m_project, tr("Code All Hits"), question);
    if (!code)
        return;
    const QString &name = code->name;
    auto coded = codeSearchHits(code->id);
    if (!coded) {
        QMessageBox::warning(this, tr("Cannot code the hits"), coded.error().message);
        return;
    }
    statusBar()->showMessage(tr("Coded %1 passages with “%2”%3. Undo takes them all back.")
                                 .arg(QLocale().toString(coded->coded))
                                 .arg(name,
                                      coded->skipped ? tr(" (%1 already were)").arg(coded->skipped)
                                                     : QString()),
                             8000);
}

QList<PaletteEntry> MainWindow::paletteEntries()
{
    QList<PaletteEntry> entries;
    for (QAction *action : menuBar()->actions())
        if (const QMenu *menu = action->menu(); menu && action->isEnabled())
            collectActions(menu, QString(), m_paletteAction, entries);
    if (!m_project)
        return entries;
    if (auto codes = m_project->codes())
        for (const CodeInfo &c : *codes)
            if (!c.archived)
                entries.append(PaletteEntry{tr("Code: %1").arg(c.name), displayName(c.stage), [this, id = c.id] {
                                    selectCode(id);
                                    m_codeView->setFocus();
                                }});
    if (auto sources = m_project->sources())
        for (const SourceInfo &s : *sources)
            entries.append(PaletteEntry{tr("Source: %1").arg(s.name), displayName(s.kind), [this, id = s.id] {
                                m_sourceView->setCurrentIndex(m_sourceModel->indexOfSource(id));
                                documentView()->setFocus();
                            }});
    return entries;
}

} // namespace gw
