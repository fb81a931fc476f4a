// The workbench on the offscreen platform: its models under
// QAbstractItemModelTester, the main window driven with QTest, and the real
// binary taking a screenshot of the demo.
#include "core/demo/demo_project.h"
#include "core/model/display_names.h"
#include "core/model/project.h"
#include "core/store/database.h"
#include "ui/codes/code_tree_model.h"
#include "ui/structure/data_structure_view.h"
#include "ui/analysis/analysis_view.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/language.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/manual_window.h"
#include "ui/mainwindow/recent_projects.h"
#include "ui/mainwindow/shortcuts_dialog.h"
#include "ui/mainwindow/start_page.h"
#include "ui/search/search_dock.h"
#include "ui/sources/source_list_model.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QUndoStack>
#include <QTimer>
#include <QMessageBox>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QTextBlock>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTranslator>
#include <QTextBrowser>
#include <QDir>
#include <QRegularExpression>
#include <QTreeView>
#include <QTreeWidget>
#include <QPushButton>

using namespace gw;

namespace {

constexpr int kDemoSources = 5;
constexpr int kDemoFirstOrderCodes = 33;
constexpr int kDemoOpenCodes = 3;

// Clicks the row of INDEX in VIEW the way a user would.
void clickRow(QTreeView *view, const QModelIndex &index)
{
    const QRect rect = view->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

NewSource newSource(const QString &name, SourceKind kind, const QString &text)
{
    NewSource source;
    source.name = name;
    source.kind = kind;
    source.text = text;
    return source;
}

} // namespace

class GuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    // A fresh copy of the demo project, so tests that edit it stay apart.
    QString demoCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.groundwork").arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo project");
        return path;
    }

    // A copy of the demo with its data structure taken away: every code unplaced.
    QString unstructuredDemoCopy()
    {
        const QString path = demoCopy();
        auto db = Database::open(path, Database::Mode::ReadWrite);
        if (!db || !db->exec(QStringLiteral("DELETE FROM theme_codes; DELETE FROM theme_exemplars; "
                                            "DELETE FROM themes; DELETE FROM dimensions;")))
            qFatal("cannot take the data structure out of the demo copy");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("gui_tests"));
        RecentProjects().clear();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.groundwork"));
        auto demo = createDemoProject(m_demo);
        QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().message));
        // Closing checkpoints the WAL, so the file alone is the whole project.
    }

    void cleanupTestCase() { RecentProjects().clear(); }

    void sourceModelPassesTheTester()
    {
        auto project = Project::open(demoCopy());
        QVERIFY(project.has_value());
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project->get());
        QCOMPARE(model.rowCount(), kDemoSources);
        QCOMPARE(model.index(0, SourceListModel::KindColumn).data().toString(), QStringLiteral("Interview"));

        Project &p = **project;
        auto added = p.addSource(newSource(QStringLiteral("Another interview"), SourceKind::Interview,
                                             QStringLiteral("I: Hello 😀.\nP: Hi.")));
        QVERIFY(added.has_value());
        QCOMPARE(model.rowCount(), kDemoSources + 1);
        QVERIFY(model.indexOfSource(*added).isValid());
        auto code = p.codeByName(QStringLiteral("Personal inhibitors"));
        QVERIFY(code.has_value());
        QVERIFY(p.applyCode(*added, code->id, 3, 11).has_value());
        QCOMPARE(model.indexOfSource(*added).siblingAtColumn(SourceListModel::SegmentsColumn).data().toInt(), 1);
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void codeModelPassesTheTester()
    {
        auto project = Project::open(unstructuredDemoCopy());
        QVERIFY(project.has_value());
        Project &p = **project;
        CodeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&p);
        // No themes: only the three groups of unplaced codes.
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex firstOrder = model.indexOfStageGroup(CodeStage::FirstOrder);
        QCOMPARE(firstOrder.data().toString(), QStringLiteral("First-order codes (not yet placed)"));
        QCOMPARE(model.rowCount(firstOrder), kDemoFirstOrderCodes);
        QCOMPARE(model.rowCount(model.indexOfStageGroup(CodeStage::Focused)), 0);
        QCOMPARE(model.rowCount(model.indexOfStageGroup(CodeStage::Open)), kDemoOpenCodes);

        auto codes = p.codes();
        QVERIFY(codes.has_value());
        for (const CodeInfo &c : *codes) {
            const QModelIndex index = model.indexOfCode(c.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data().toString(), c.name);
            QCOMPARE(index.data(Qt::DecorationRole).typeId(), QMetaType::QIcon);
            QCOMPARE(model.indexOfCode(c.id, CodeTreeModel::SegmentsColumn).data().toLongLong(), c.segmentCount);
        }

        auto added = p.addCode(QStringLiteral("Focused idea"), CodeStage::Focused);
        QVERIFY(added.has_value());
        QCOMPARE(model.rowCount(model.indexOfStageGroup(CodeStage::Focused)), 1);
        auto source = p.sources();
        QVERIFY(source.has_value() && !source->empty());
        QVERIFY(p.applyCode(source->front().id, *added, 0, 5).has_value());
        QCOMPARE(model.indexOfCode(*added, CodeTreeModel::SegmentsColumn).data().toInt(), 1);
        QVERIFY(p.renameCode(*added, QStringLiteral("Focused idea, renamed")).has_value());
        QCOMPARE(model.indexOfCode(*added).data().toString(), QStringLiteral("Focused idea, renamed"));
        model.setProject(nullptr);
    }

    void codeModelShowsDimensionsThemesAndMovesCodes()
    {
        const QString path = unstructuredDemoCopy();
        {
            auto db = Database::open(path, Database::Mode::ReadWrite);
            QVERIFY(db.has_value());
            QVERIFY(db->exec(QStringLiteral(
                                 "INSERT INTO dimensions(id, guid, name) VALUES (1, 'd1', 'Knowledge flows');"
                                 "INSERT INTO themes(id, guid, name, dimension_id) VALUES "
                                 "  (1, 't1', 'Structured exchange', 1), (2, 't2', 'Loose ends', NULL);"
                                 "INSERT INTO theme_codes(code_id, theme_id) SELECT id, 1 FROM codes "
                                 "  WHERE name = 'Planning pilot site visits';"))
                        .has_value());
        }
        auto project = Project::open(path);
        QVERIFY(project.has_value());
        Project &p = **project;
        CodeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&p);
        QCOMPARE(model.rowCount(), 5); // dimension, loose theme, three groups
        const QModelIndex dimension = model.index(0, 0);
        QCOMPARE(dimension.data().toString(), QStringLiteral("Knowledge flows"));
        const QModelIndex theme = model.index(0, 0, dimension);
        QCOMPARE(theme.data().toString(), QStringLiteral("Structured exchange"));
        QCOMPARE(model.index(0, 0, theme).data().toString(), QStringLiteral("Planning pilot site visits"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Loose ends"));
        QCOMPARE(model.rowCount(model.indexOfStageGroup(CodeStage::FirstOrder)), kDemoFirstOrderCodes - 1);
        auto planning = p.codeByName(QStringLiteral("Planning pilot site visits"));
        QVERIFY(planning.has_value());
        QCOMPARE(model.index(0, CodeTreeModel::SegmentsColumn, dimension).data().toLongLong(),
                 planning->segmentCount);

        // A code placed under a new theme (announced as a code change) moves there.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        auto personal = p.codeByName(QStringLiteral("Personal inhibitors"));
        QVERIFY(personal.has_value());
        QVERIFY(p.database()
                    .exec(QStringLiteral("INSERT INTO themes(id, guid, name, dimension_id) VALUES "
                                         "(3, 't3', 'Barriers', 1);"
                                         "INSERT INTO theme_codes(code_id, theme_id) VALUES (%1, 3);")
                              .arg(personal->id))
                    .has_value());
        Q_EMIT p.codeChanged(personal->id);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(model.rowCount(dimension), 2);
        const QModelIndex barriers = model.index(1, 0, dimension);
        QCOMPARE(barriers.data().toString(), QStringLiteral("Barriers"));
        QCOMPARE(model.codeId(model.index(0, 0, barriers)), personal->id);
        QCOMPARE(model.rowCount(model.indexOfStageGroup(CodeStage::FirstOrder)), kDemoFirstOrderCodes - 2);
        model.setProject(nullptr);
    }

    void windowShowsTheDemoAndClickedSource()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());

        auto opened = window.openProject(demoCopy());
        QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(window.windowTitle(), QStringLiteral("Demo: digital transformation study — Groundwork"));
        QVERIFY(window.statusText().startsWith(QStringLiteral("5 sources · 36 codes · 105 segments")));
        QCOMPARE(window.sourceView()->model()->rowCount(), kDemoSources);
        QVERIFY(window.sourceView()->isVisible());

        Project *p = window.project();
        auto codes = p->codes();
        QVERIFY(codes.has_value());
        for (const CodeInfo &c : *codes)
            QCOMPARE(window.codeModel()->indexOfCode(c.id, CodeTreeModel::SegmentsColumn).data().toLongLong(),
                     c.segmentCount);
        QVERIFY(window.codeView()->isExpanded(window.codeViewIndex(window.codeModel()->indexOfStageGroup(CodeStage::FirstOrder))));

        QVERIFY(window.documentView()->toPlainText().isEmpty());
        const QModelIndex row = window.sourceModel()->index(1, SourceListModel::NameColumn);
        clickRow(window.sourceView(), row);
        const Id id = window.sourceModel()->sourceId(row);
        auto text = p->sourceText(id);
        auto info = p->source(id);
        QVERIFY(text.has_value() && info.has_value());
        QCOMPARE(window.documentView()->sourceId(), id);
        QCOMPARE(window.documentView()->toPlainText(), *text);
        QCOMPARE(window.documentView()->tintCount(), int(info->segmentCount));
        QVERIFY(window.documentView()->isReadOnly());
    }

    // The source list's context actions: Delete asks first (what goes with the
    // source), Cancel keeps it; removing and undoing put the list, the counts and
    // the document back; rename and kind are undo steps and move the row.
    void sourcesAreRenamedGivenAKindAndRemovedWithUndo()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto opened = window.openProject(demoCopy());
        QVERIFY(opened.has_value());
        Project *p = window.project();
        QAbstractItemModelTester tester(window.sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex row = window.sourceModel()->index(0, SourceListModel::NameColumn);
        clickRow(window.sourceView(), row);
        const Id id = window.sourceModel()->sourceId(row);
        const auto info = p->source(id);
        QVERIFY(info.has_value() && info->segmentCount > 0);
        QCOMPARE(window.documentView()->sourceId(), id);

        // Delete asks; the question says how many segments go; Cancel keeps all.
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
                box->grab().save(dir + QStringLiteral("/gw-remove-source.png"), "PNG");
            box->reject();
        });
        window.sourceView()->setFocus();
        QTest::keyClick(window.sourceView(), Qt::Key_Delete);
        QVERIFY2(question.contains(QStringLiteral("%1 coded segment").arg(info->segmentCount)), qPrintable(question));
        QVERIFY(question.contains(info->name));
        QCOMPARE(window.sourceModel()->rowCount(), kDemoSources);

        // Removed: gone from the list, the status and the document; undo: back.
        const int steps = window.undoStack()->count();
        QVERIFY(window.removeSelectedSources(false).has_value());
        QCOMPARE(window.undoStack()->count(), steps + 1);
        QCOMPARE(window.sourceModel()->rowCount(), kDemoSources - 1);
        QVERIFY(!window.sourceModel()->indexOfSource(id).isValid());
        QVERIFY(!p->source(id).has_value());
        QVERIFY(window.documentView()->sourceId() != id);
        window.undoStack()->undo();
        QCOMPARE(window.sourceModel()->rowCount(), kDemoSources);
        QVERIFY(window.sourceModel()->indexOfSource(id).isValid());
        QCOMPARE(p->source(id)->segmentCount, info->segmentCount);
        QVERIFY(window.statusText().startsWith(QStringLiteral("5 sources · 36 codes · 105 segments")));

        // Rename (F2's action) and kind: undo steps that move the row where it belongs.
        window.sourceView()->setCurrentIndex(window.sourceModel()->indexOfSource(id));
        QVERIFY(window.renameCurrentSource(QStringLiteral("zz last interview")).has_value());
        QCOMPARE(p->source(id)->name, QStringLiteral("zz last interview"));
        QCOMPARE(window.sourceModel()->indexOfSource(id).data().toString(), QStringLiteral("zz last interview"));
        const auto all = p->sources();
        const auto other = std::ranges::find_if(*all, [&](const SourceInfo &s) { return s.id != id; });
        QVERIFY(!window.renameCurrentSource(other->name).has_value()); // taken
        QVERIFY(window.setCurrentSourceKind(SourceKind::Document).has_value());
        QVERIFY(p->source(id)->kind == SourceKind::Document);
        window.undoStack()->undo();
        window.undoStack()->undo();
        QCOMPARE(p->source(id)->name, info->name);
        QVERIFY(p->source(id)->kind == info->kind);
        QCOMPARE(window.sourceModel()->indexOfSource(id).row(), 0);

        // The filter box hides the sources whose name or kind does not hold its text.
        QTest::keyClicks(window.sourceFilter(), QStringLiteral("P02"));
        int shown = 0;
        for (int r = 0; r < window.sourceModel()->rowCount(); ++r)
            if (!window.sourceView()->isRowHidden(r, {})) {
                ++shown;
                QVERIFY(window.sourceModel()->index(r, 0).data().toString().contains(QStringLiteral("p02"), Qt::CaseInsensitive));
            }
        QCOMPARE(shown, 1);
        window.sourceFilter()->clear();
        for (int r = 0; r < window.sourceModel()->rowCount(); ++r)
            QVERIFY(!window.sourceView()->isRowHidden(r, {}));
    }

    void editsUpdateTheModelsWithoutReset()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(demoCopy()).has_value());
        QVERIFY(window.selectSource(0));
        QSignalSpy sourceResets(window.sourceModel(), &QAbstractItemModel::modelReset);
        QSignalSpy codeResets(window.codeModel(), &QAbstractItemModel::modelReset);
        QSignalSpy codeInserts(window.codeModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy sourceChanges(window.sourceModel(), &QAbstractItemModel::dataChanged);
        Project *p = window.project();
        const Id shown = window.documentView()->sourceId();
        const int tints = window.documentView()->tintCount();
        const QModelIndex open = window.codeModel()->indexOfStageGroup(CodeStage::Open);

        auto code = p->addCode(QStringLiteral("Trust between sites"));
        QVERIFY(code.has_value());
        QCOMPARE(codeInserts.count(), 1);
        QCOMPARE(window.codeModel()->rowCount(open), kDemoOpenCodes + 1);
        QCOMPARE(window.codeModel()->codeId(window.codeModel()->index(kDemoOpenCodes, 0, open)), *code);

        QVERIFY(p->applyCode(shown, *code, 10, 40).has_value());
        QCOMPARE(window.codeModel()->indexOfCode(*code, CodeTreeModel::SegmentsColumn).data().toInt(), 1);
        QVERIFY(sourceChanges.count() > 0);
        auto info = p->source(shown);
        QVERIFY(info.has_value());
        QCOMPARE(window.sourceModel()
                     ->indexOfSource(shown)
                     .siblingAtColumn(SourceListModel::SegmentsColumn)
                     .data()
                     .toLongLong(),
                 info->segmentCount);
        QCOMPARE(window.documentView()->tintCount(), tints + 1);
        QVERIFY(window.statusText().contains(QStringLiteral("37 codes · 106 segments")));

        auto added = p->addSource(newSource(QStringLiteral("Field notes, day two"), SourceKind::Observation,
                                              QStringLiteral("The meeting began late.")));
        QVERIFY(added.has_value());
        QCOMPARE(window.sourceModel()->rowCount(), kDemoSources + 1);
        QCOMPARE(sourceResets.count(), 0);
        QCOMPARE(codeResets.count(), 0);
        QCOMPARE(window.documentView()->sourceId(), shown);
    }

    void badFilesAreRefusedAndTheOpenProjectStays()
    {
        MainWindow window;
        window.show();
        const QString good = demoCopy();
        QVERIFY(window.openProject(good).has_value());
        QVERIFY(window.selectSource(0));

        const QString textFile = m_dir.filePath(QStringLiteral("notes.groundwork"));
        {
            QFile f(textFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are my notes, not a project.\n");
        }
        const QString newer = demoCopy();
        {
            auto db = Database::open(newer, Database::Mode::ReadWrite);
            QVERIFY(db.has_value());
            QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 99")).has_value());
        }

        struct Case
        {
            QString path;
            ErrorKind kind;
        };
        for (const Case &c : {Case{textFile, ErrorKind::NotAProject}, Case{newer, ErrorKind::NewerSchema},
                              Case{m_dir.filePath(QStringLiteral("missing.groundwork")), ErrorKind::NotFound}}) {
            auto result = window.openProject(c.path);
            QVERIFY(!result.has_value());
            QCOMPARE(int(result.error().kind), int(c.kind));
            QVERIFY2(result.error().message.contains(c.path), qPrintable(result.error().message));
            QCOMPARE(window.project()->path(), good);
            QCOMPARE(window.sourceModel()->rowCount(), kDemoSources);
        }
        // The window still works with the project it had.
        QVERIFY(window.selectSource(2));
        QVERIFY(!window.documentView()->toPlainText().isEmpty());
        QVERIFY(window.project()->addCode(QStringLiteral("Still working")).has_value());
        QCOMPARE(RecentProjects().mostRecent(), good);
    }

    void closingShowsTheEmptyState()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(demoCopy()).has_value());
        window.closeProject();
        QVERIFY(window.project() == nullptr);
        QCOMPARE(window.windowTitle(), QStringLiteral("Groundwork"));
        QCOMPARE(window.sourceModel()->rowCount(), 0);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    }

    // A project reopened shows the source it showed when it was closed, at the
    // same place.
    void aReopenedProjectShowsTheSourceAndPlaceItWasLeftAt()
    {
        const QString path = demoCopy();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(path).has_value());
        QVERIFY(window.selectSource(2));
        const Id shown = window.documentView()->sourceId();
        QScrollBar *bar = window.documentView()->verticalScrollBar();
        QVERIFY(bar->maximum() > 4);
        bar->setValue(4);
        const auto topBlock = [&window] {
            DocumentView *v = window.documentView();
            return v->document()->findBlock(v->cursorForPosition(QPoint(0, 0)).position()).blockNumber();
        };
        const int top = topBlock();
        QVERIFY(top > 0);
        window.closeProject();
        QVERIFY(window.openProject(path).has_value());
        QCOMPARE(window.documentView()->sourceId(), shown);
        QCOMPARE(topBlock(), top);
        // The tabs open beside the document come back too, the one in front in front.
        window.showAnalysisView();
        window.showStructureView();
        window.closeProject();
        QVERIFY(window.openProject(path).has_value());
        QTabWidget *tabs = window.centreTabs();
        QVERIFY(tabs->indexOf(window.analysisView()) >= 0);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.structureView()));
        QCOMPARE(window.documentView()->sourceId(), shown);
        tabs->removeTab(tabs->indexOf(window.analysisView()));
        tabs->setCurrentIndex(0);
        window.closeProject();
        QVERIFY(window.openProject(path).has_value());
        QVERIFY(tabs->indexOf(window.analysisView()) < 0);
        QVERIFY(tabs->indexOf(window.structureView()) >= 0);
        QCOMPARE(tabs->currentIndex(), 0);
        window.closeProject();
    }

    // Edit > Undo and Redo show the busy cursor while the step runs (some take
    // a second at study scale), and only then.
    void undoAndRedoShowTheBusyCursorWhileTheyRun()
    {
        MainWindow window;
        QVERIFY(window.openProject(demoCopy()).has_value());
        struct Step : QUndoCommand
        {
            std::vector<bool> busy;
            void undo() override { busy.push_back(QApplication::overrideCursor() != nullptr); }
            void redo() override { busy.push_back(QApplication::overrideCursor() != nullptr); }
        };
        auto *step = new Step;
        window.undoStack()->push(step); // its first redo, as pushed: not through the action
        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(step->busy, (std::vector<bool>{false, true, true}));
        QVERIFY(QApplication::overrideCursor() == nullptr);
        QCOMPARE(window.undoStack()->index(), 1);
    }

    // Help > Keyboard Shortcuts lists every action with a shortcut by its menu,
    // read from the actions, and filters by action or key.
    void theShortcutsDialogListsTheWindowsShortcuts()
    {
        MainWindow window;
        QVERIFY(window.openProject(demoCopy()).has_value());
        ShortcutsDialog dialog(&window);
        QTreeWidget *list = dialog.list();
        QVERIFY(list->topLevelItemCount() > 20);
        const auto row = [&](const QString &action) -> QTreeWidgetItem * {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(0) == action)
                    return list->topLevelItem(i);
            return nullptr;
        };
        QVERIFY(row(QStringLiteral("Open…")));
        QCOMPARE(row(QStringLiteral("Open…"))->text(1), QStringLiteral("File"));
        QCOMPARE(row(QStringLiteral("Open…"))->text(2), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QVERIFY(row(QStringLiteral("Keyboard Shortcuts")));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(), QStringLiteral("anonymis"));
        int shown = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown += list->topLevelItem(i)->isHidden() ? 0 : 1;
        QVERIFY(shown >= 1 && shown < 5);
        QVERIFY(row(QStringLiteral("Open…"))->isHidden());
        dialog.findChild<QLineEdit *>()->clear();
        dialog.show();
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/gw-shortcuts.png"), "PNG");
    }

    // Help > Manual (F1) opens the user guide offline at its contents; every
    // chapter it links to and every picture of every page is there, a chapter
    // opens from its link and Back returns to the contents.
    void theManualOpensOfflineWithEveryChapterAndPicture()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        ManualWindow *manual = window.manualWindow();
        QVERIFY(manual && manual->isVisible());
        QTextBrowser *browser = manual->browser();
        QVERIFY2(browser->source().isLocalFile(), qPrintable(browser->toPlainText().left(300)));
        QCOMPARE(browser->source().fileName(), QStringLiteral("index.html"));
        QCOMPARE(browser->documentTitle(), QStringLiteral("Groundwork User Guide"));
        const QDir folder = QFileInfo(browser->source().toLocalFile()).dir();
        const QStringList pages = folder.entryList({QStringLiteral("*.html")}, QDir::Files);
        QVERIFY2(pages.size() >= 9, qPrintable(pages.join(u' '))); // the contents and eight chapters
        const QRegularExpression link(QStringLiteral("href=\"([^\":#]+)"));
        const QRegularExpression picture(QStringLiteral("<img src=\"([^\"]+)\""));
        int pictures = 0;
        for (const QString &page : pages) {
            QFile file(folder.filePath(page));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(file.readAll());
            for (const auto &m : link.globalMatch(html))
                QVERIFY2(folder.exists(m.captured(1)), qPrintable(page + QStringLiteral(" links to ") + m.captured(1)));
            for (const auto &m : picture.globalMatch(html)) {
                QVERIFY2(QImage(folder.filePath(m.captured(1))).width() > 600,
                         qPrintable(page + QStringLiteral(" shows ") + m.captured(1)));
                ++pictures;
            }
        }
        QVERIFY(pictures >= 6);
        // Follow the first chapter's link as a click would, then go back.
        QVERIFY(browser->document()->toPlainText().contains(QStringLiteral("Importing")));
        browser->setSource(QUrl(QStringLiteral("01-import.html")));
        QCOMPARE(browser->source().fileName(), QStringLiteral("01-import.html"));
        QVERIFY(manual->windowTitle().contains(browser->documentTitle()));
        QVERIFY(browser->isBackwardAvailable());
        browser->backward();
        QCOMPARE(browser->source().fileName(), QStringLiteral("index.html"));
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            manual->grab().save(dir + QStringLiteral("/gw-manual.png"), "PNG");
    }

    // View > Language keeps the choice for the next start; with German chosen
    // the window speaks German (its menus, the start page, Qt's own buttons
    // where Qt's translations are installed), and the system's language is
    // the default again when chosen.
    void theWindowSpeaksTheLanguageChosen()
    {
        const auto english = qScopeGuard([] {
            for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            chooseLanguage(QStringLiteral("system"));
            QLocale::setDefault(QLocale::system());
        });
        {
            MainWindow window;
            QAction *german = window.findChild<QAction *>(QStringLiteral("language-de"));
            QVERIFY(german && german->isCheckable());
            QVERIFY(window.findChild<QAction *>(QStringLiteral("language-system"))->isChecked());
            german->trigger();
            QCOMPARE(chosenLanguage(), QStringLiteral("de"));
        }
        QCOMPARE(installTranslations(*qApp), QStringLiteral("de"));
        MainWindow window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(u'&');
        QVERIFY2(menus.contains(QStringLiteral("Datei")) && menus.contains(QStringLiteral("Hilfe")),
                 qPrintable(menus.join(u',')));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("language-de"))->isChecked());
        // Core's sentences and words, and the numbers, follow the language too.
        QCOMPARE(displayName(ModelRole::Outcome), QStringLiteral("Ergebnis"));
        const QString refusal = QCoreApplication::translate("gw::project_codes", "A code needs a name.");
        QVERIFY2(refusal != QStringLiteral("A code needs a name.") && refusal.contains(QStringLiteral("Code")),
                 qPrintable(refusal));
        QCOMPARE(QLocale().toString(25631), QStringLiteral("25.631"));
        auto *page = window.findChild<StartPage *>(QStringLiteral("emptyState"));
        QVERIFY(page && page->isVisible());
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/gw-start-de.png"), "PNG");
    }

    // The File menu and the start at launch skip a project that is gone; the
    // list keeps it (the start page says so) until it is removed.
    void recentProjectsSkipWhatIsGoneUntilRemoved()
    {
        RecentProjects recent(QStringLiteral("testRecent"));
        recent.clear();
        QStringList made;
        for (int i = 0; i < RecentProjects::kMaximum + 2; ++i) {
            made << m_dir.filePath(QStringLiteral("recent-%1.groundwork").arg(i));
            QFile f(made.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            recent.add(made.last());
        }
        QCOMPARE(recent.paths().size(), RecentProjects::kMaximum);
        QCOMPARE(recent.mostRecent(), made.last());
        QVERIFY(recent.entries().front().opened.isValid());
        QVERIFY(QFile::remove(made.last()));
        QCOMPARE(recent.mostRecent(), made[made.size() - 2]);
        QCOMPARE(recent.entries().size(), std::size_t(RecentProjects::kMaximum));
        QVERIFY(!recent.entries().front().exists);
        recent.remove(made.last());
        QCOMPARE(recent.entries().front().path, made[made.size() - 2]);
        recent.add(made[made.size() - 3]);
        QCOMPARE(recent.mostRecent(), made[made.size() - 3]);
        recent.clear();
        QVERIFY(recent.paths().isEmpty());
        QVERIFY(recent.entries().empty());
    }

    // With no project open the window shows the start page: the recent
    // projects with folder, size and when opened, a vanished one said so and
    // removed on request (Delete), one opened by Enter, and the demo study by
    // its button.
    void theStartPageOpensRecentProjectsAndTheDemo()
    {
        RecentProjects().clear();
        const QString kept = demoCopy();
        const QString gone = demoCopy();
        RecentProjects().add(gone);
        RecentProjects().add(kept);
        QVERIFY(QFile::remove(gone));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<StartPage *>(QStringLiteral("emptyState"));
        QVERIFY(page && page->isVisible());
        QVERIFY2(!window.searchDock()->isVisible(), "the start page stands alone");
        QTreeWidget *list = page->recentList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QFileInfo(kept).completeBaseName());
        QCOMPARE(list->topLevelItem(0)->text(2), QLocale().formattedDataSize(QFileInfo(kept).size()));
        QVERIFY(list->topLevelItem(0)->text(3) != QStringLiteral("—"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("moved or deleted"));
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/gw-start-page.png"), "PNG");
        // A vanished project opens nothing; Delete takes it off the list.
        list->setCurrentItem(list->topLevelItem(1));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(window.project() == nullptr);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(RecentProjects().entries().size(), 1u);
        // Enter opens the one that is there.
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(window.project() != nullptr);
        QCOMPARE(QFileInfo(window.project()->path()).canonicalFilePath(), QFileInfo(kept).canonicalFilePath());
        window.searchDock()->show();
        // Closed, the page is back and the panels go; the demo button opens the
        // demo study with the panels as they were.
        window.closeProject();
        QVERIFY(page->isVisible());
        QVERIFY(!window.searchDock()->isVisible());
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("startDemo")), Qt::LeftButton);
        QVERIFY(window.project() != nullptr);
        QVERIFY(window.searchDock()->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Demo: digital transformation study — Groundwork"));
        window.closeProject();
        RecentProjects().clear();
    }

    void screenshotOfTheDemo()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString png = home.filePath(QStringLiteral("out.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GROUNDWORK_GUI_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Groundwork/Groundwork/demo.groundwork"))));

        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1400, 860));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));

        // Without arguments the window reopens the most recent project: the demo.
        const QString again = home.filePath(QStringLiteral("again.png"));
        process.start(QStringLiteral(GROUNDWORK_GUI_BINARY), {QStringLiteral("--screenshot"), again});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(QImage(again), image);
    }

    void screenshotOfAMissingProjectFails()
    {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        const QString missing = home.filePath(QStringLiteral("missing.groundwork"));
        process.start(QStringLiteral(GROUNDWORK_GUI_BINARY),
                      {QStringLiteral("--screenshot"), home.filePath(QStringLiteral("out.png")), missing});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromLocal8Bit(process.readAllStandardError()).contains(missing));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("out.png"))));
    }
};

QTEST_MAIN(GuiTest)
#include "gui_test.moc"
