// Search, memos and the command palette in the real main window on the demo
// project, offscreen: what the researcher sees and what ends up in the store.
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "core/text/coding_unit.h"
#include "core/text/positions.h"
#include "ui/document/document_pane.h"
#include "ui/document/document_view.h"
#include "ui/memos/memo_editor.h"
#include "ui/memos/memos_dock.h"
#include "ui/palette/command_palette.h"
#include "ui/mainwindow/main_window.h"
#include "ui/search/search_dock.h"
#include "ui/search/search_results_model.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gw;

namespace {

const QString kQuery = QStringLiteral("blueprint*");

} // namespace

class SearchMemoTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;
    std::unique_ptr<MainWindow> m_window;

    // A window on a fresh copy of the demo project, shown and active.
    MainWindow &openDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.groundwork").arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo project");
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the window did not become active");
        if (auto ok = m_window->openProject(path); !ok)
            qFatal("cannot open the demo copy: %s", qPrintable(ok.error().message));
        return *m_window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("search_memo_gui_tests"));
        QSettings().remove(QStringLiteral("window")); // no layout or theme from an earlier run
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.groundwork"));
        auto demo = createDemoProject(m_demo);
        QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().message));
    }

    void cleanup() { m_window.reset(); }

    void searchShowsRankedHitsWithSnippetsAndCount()
    {
        MainWindow &window = openDemo();
        SearchDock *dock = window.searchDock();
        QAbstractItemModelTester tester(dock->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto expected = window.project()->search(kQuery, SearchDock::kMaxHits);
        QVERIFY(expected.has_value() && expected->size() > 3);

        dock->queryEdit()->setFocus();
        QTest::keyClicks(dock->queryEdit(), kQuery);
        QTest::keyClick(dock->queryEdit(), Qt::Key_Return);
        QCOMPARE(dock->results()->rowCount(), int(expected->size()));
        QSet<Id> sources;
        for (const SearchHit &hit : *expected)
            sources.insert(hit.sourceId);
        QCOMPARE(dock->countLabel()->text(),
                 QStringLiteral("%1 hits in %2 sources").arg(expected->size()).arg(sources.size()));
        const QString snippet = dock->results()->index(0).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("<b>blueprint"), Qt::CaseInsensitive), qPrintable(snippet));
        QCOMPARE(dock->results()->index(0).data(SearchResultsModel::SourceNameRole).toString(),
                 expected->front().sourceName);

        // Filter by kind, then by a case attribute.
        dock->kindFilter()->setCurrentIndex(dock->kindFilter()->findText(QStringLiteral("Interviews")));
        QVERIFY(dock->results()->rowCount() < int(expected->size()));
        for (int row = 0; row < dock->results()->rowCount(); ++row)
            QVERIFY(window.project()->source(dock->results()->hit(row).sourceId)->kind == SourceKind::Interview);
        dock->kindFilter()->setCurrentIndex(0);
        Project &p = *window.project();
        const Id first = expected->front().sourceId;
        auto caseId = p.addCase(QStringLiteral("Search test case"));
        auto attribute = p.addAttribute(QStringLiteral("Reviewed by"), AttributeType::Text);
        QVERIFY(caseId && attribute);
        QVERIFY(p.setAttributeValue(*caseId, *attribute, QStringLiteral("Ana")).has_value());
        QVERIFY(p.linkCaseSource(*caseId, first).has_value());
        QVERIFY(dock->caseFilter()->isVisibleTo(dock));
        dock->caseFilter()->setCurrentIndex(dock->caseFilter()->findText(QStringLiteral("Reviewed by: Ana")));
        QVERIFY(dock->results()->rowCount() > 0);
        for (int row = 0; row < dock->results()->rowCount(); ++row)
            QCOMPARE(dock->results()->hit(row).sourceId, first);
        QVERIFY2(dock->countLabel()->text().endsWith(QStringLiteral("in 1 source")), qPrintable(dock->countLabel()->text()));

        // The same through a condition typed in the Where field.
        dock->caseFilter()->setCurrentIndex(0);
        QCOMPARE(dock->results()->rowCount(), int(expected->size()));
        QTest::keyClicks(dock->whereFilter(), QStringLiteral("reviewed by = ana"));
        QTest::keyClick(dock->whereFilter(), Qt::Key_Return);
        QVERIFY(dock->results()->rowCount() > 0);
        for (int row = 0; row < dock->results()->rowCount(); ++row)
            QCOMPARE(dock->results()->hit(row).sourceId, first);
        // A condition on an attribute the project lacks says so and lists nothing.
        dock->whereFilter()->setText(QStringLiteral("reviwed by = Ana"));
        QTest::keyClick(dock->whereFilter(), Qt::Key_Return);
        QCOMPARE(dock->results()->rowCount(), 0);
        QVERIFY2(dock->countLabel()->text().contains(QStringLiteral("Reviewed by")), qPrintable(dock->countLabel()->text()));
    }

    void openingAHitSelectsItsText()
    {
        MainWindow &window = openDemo();
        SearchDock *dock = window.searchDock();
        dock->search(kQuery);
        QVERIFY(dock->results()->rowCount() > 2);
        dock->resultsView()->setFocus();
        dock->resultsView()->setCurrentIndex(dock->results()->index(2));
        QTest::keyClick(dock->resultsView(), Qt::Key_Return);
        const SearchHit hit = dock->results()->hit(2);
        QCOMPARE(window.documentView()->sourceId(), hit.sourceId);
        auto text = window.project()->sourceText(hit.sourceId);
        QVERIFY(text.has_value());
        const QString selected = window.documentView()->textCursor().selectedText();
        QCOMPARE(selected, text::codePointMid(*text, hit.start, hit.end));
        QVERIFY(selected.startsWith(QStringLiteral("blueprint"), Qt::CaseInsensitive));
    }

    void codingAllHitsIsOneUndoStep()
    {
        MainWindow &window = openDemo();
        Project &p = *window.project();
        window.searchDock()->search(kQuery);
        const int hits = window.searchDock()->results()->rowCount();
        auto code = p.addCode(QStringLiteral("Blueprints"));
        QVERIFY(code.has_value());
        QUndoStack *stack = window.undoStack();
        const int before = stack->count();

        auto coded = window.codeSearchHits(*code);
        QVERIFY2(coded.has_value(), coded ? "" : qPrintable(coded.error().message));
        QCOMPARE(coded->coded, hits);
        QCOMPARE(p.segmentsOfCode(*code)->size(), std::size_t(hits));
        QCOMPARE(stack->count(), before + 1);
        const auto segments = p.segmentsOfCode(*code);
        for (const SegmentInfo &s : *segments)
            QVERIFY(s.text.startsWith(QStringLiteral("blueprint"), Qt::CaseInsensitive));

        // Coding again finds them all coded already and adds no step.
        auto again = window.codeSearchHits(*code);
        QVERIFY(again.has_value());
        QCOMPARE(again->coded, 0);
        QCOMPARE(again->skipped, hits);
        QCOMPARE(stack->count(), before + 1);

        stack->undo();
        QVERIFY(p.segmentsOfCode(*code)->empty());
        stack->redo();
        QCOMPARE(p.segmentsOfCode(*code)->size(), std::size_t(hits));
    }

    // With the coding unit at Sentence, the search lists each sentence that
    // holds hits once (with how many), and Code All Hits codes those whole
    // sentences, in one step, announced once.
    void searchListsSentencesInTheCodingUnitAndCodesThem()
    {
        MainWindow &window = openDemo();
        Project &p = *window.project();
        SearchDock *dock = window.searchDock();
        dock->search(kQuery);
        const std::vector<SearchHit> words = dock->results()->hits();
        QVERIFY(words.size() > 3);
        QComboBox *unit = window.documentPane()->codingUnitBox();
        unit->setCurrentIndex(unit->findText(QStringLiteral("Sentence")));
        QCOMPARE(dock->unit(), text::CodingUnit::Sentence);
        const std::vector<SearchHit> sentences = dock->results()->hits();
        QVERIFY(!sentences.empty() && sentences.size() <= words.size());
        int matches = 0;
        for (const SearchHit &h : sentences) {
            matches += h.words;
            // A whole sentence, with its matched words marked in the snippet.
            auto text = p.sourceText(h.sourceId);
            const auto [start, end] = text::snapToUnit(*text, text::utf16Index(*text, h.start),
                                                       text::utf16Index(*text, h.end), text::CodingUnit::Sentence);
            QCOMPARE(text::codePointIndex(*text, start), qsizetype(h.start));
            QCOMPARE(text::codePointIndex(*text, end), qsizetype(h.end));
            QVERIFY(!h.marks.empty());
            for (const auto &[from, to] : h.marks)
                QVERIFY2(h.snippet.sliced(from, to - from).startsWith(QStringLiteral("blueprint"), Qt::CaseInsensitive),
                         qPrintable(h.snippet));
        }
        QCOMPARE(matches, int(words.size()));
        for (const SearchHit &w : words) // every word lies in one listed sentence
            QCOMPARE(std::ranges::count_if(sentences, [&](const SearchHit &s) {
                         return s.sourceId == w.sourceId && s.start <= w.start && w.end <= s.end;
                     }), 1);
        const QString counted = sentences.size() == 1 ? QStringLiteral("1 sentence")
                                                      : QStringLiteral("%1 sentences").arg(sentences.size());
        QVERIFY2(dock->countLabel()->text().startsWith(QStringLiteral("%1 (%2 matches)").arg(counted).arg(matches)),
                 qPrintable(dock->countLabel()->text()));

        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/gw-search-sentences.png"), "PNG"));

        auto code = p.addCode(QStringLiteral("Blueprint sentences"));
        QVERIFY(code.has_value());
        QSignalSpy changed(&p, &Project::segmentsChanged);
        QUndoStack *stack = window.undoStack();
        const int before = stack->count();
        auto coded = window.codeSearchHits(*code);
        QVERIFY2(coded.has_value(), coded ? "" : qPrintable(coded.error().message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(coded->coded, int(sentences.size()));
        const auto segments = p.segmentsOfCode(*code);
        QCOMPARE(segments->size(), sentences.size());
        for (const SearchHit &h : sentences)
            QVERIFY(std::ranges::any_of(*segments, [&](const SegmentInfo &s) {
                return s.sourceId == h.sourceId && s.start == h.start && s.end == h.end;
            }));
        stack->undo();
        QCOMPARE(changed.count(), 2);
        QVERIFY(p.segmentsOfCode(*code)->empty());
    }

    // A search capped at the hits shown still codes every hit.
    void codingAllHitsGoesPastTheHitsShown()
    {
        MainWindow &window = openDemo();
        Project &p = *window.project();
        QString notes;
        for (int i = 0; i < 2600; ++i)
            notes += QStringLiteral("Visit %1 went to the ward. ").arg(i);
        QVERIFY(p.addSource(NewSource{QStringLiteral("Ward visits"), SourceKind::Observation, notes, {}, {}, {}}));
        const QString query = QStringLiteral("ward");
        window.searchDock()->search(query);
        QCOMPARE(window.searchDock()->results()->rowCount(), SearchDock::kMaxHits);
        auto all = window.searchDock()->allHits();
        QVERIFY(all.has_value());
        auto uncapped = p.search(query, 1000000);
        QVERIFY(uncapped.has_value());
        QVERIFY(uncapped->size() > std::size_t(SearchDock::kMaxHits));
        QCOMPARE(all->size(), uncapped->size());
        auto code = p.addCode(QStringLiteral("Everything"));
        QVERIFY(code.has_value());
        auto coded = window.codeSearchHits(*code);
        QVERIFY2(coded.has_value(), coded ? "" : qPrintable(coded.error().message));
        QCOMPARE(coded->coded, int(uncapped->size()));
        QCOMPARE(int(p.segmentsOfCode(*code)->size()), coded->coded);
    }

    void memosAreSavedAsYouTypeAndUndoMerges()
    {
        MainWindow &window = openDemo();
        Project &p = *window.project();
        MemosDock *dock = window.memosDock();
        auto code = p.codeByName(QStringLiteral("Planning pilot site visits"));
        QVERIFY(code.has_value());
        QUndoStack *stack = window.undoStack();
        const int before = stack->count();
        const std::size_t demoMemos = p.memos()->size();

        dock->raise();
        const Id id = dock->newMemo({QStringLiteral("code"), code->id, QStringLiteral("Code: x")});
        QVERIFY(id != 0);
        QCOMPARE(dock->selectedMemo(), id);
        QCOMPARE(p.memos()->size(), demoMemos + 1);
        QTest::keyClicks(dock->editor()->titleEdit(), QStringLiteral("Visits stall"));
        dock->editor()->textEdit()->setFocus();
        QTest::keyClicks(dock->editor()->textEdit(), QStringLiteral("Pilots stall"));
        QCOMPARE(dock->editor()->textEdit()->toPlainText(), QStringLiteral("Pilots stall"));
        QTRY_COMPARE(p.memo(id)->body, QStringLiteral("Pilots stall"));
        QCOMPARE(p.memo(id)->title, QStringLiteral("Visits stall"));
        QTest::keyClicks(dock->editor()->textEdit(), QStringLiteral(" without *slack*."));
        QTRY_COMPARE(p.memo(id)->body, QStringLiteral("Pilots stall without *slack*."));
        QCOMPARE(stack->count(), before + 2); // added, then one merged edit

        // Found by the memo search, with its target.
        dock->searchEdit()->setText(QStringLiteral("slack"));
        QCOMPARE(dock->list()->count(), 1);
        QVERIFY(dock->list()->item(0)->text().contains(QStringLiteral("Code: Planning pilot site visits")));
        dock->searchEdit()->setText(QStringLiteral("nothing like this"));
        QCOMPARE(dock->list()->count(), 0);
        dock->searchEdit()->clear();
        dock->selectMemo(id);

        QVERIFY(dock->editor()->disconfirmingBox()->isEnabled());
        QCheckBox *box = dock->editor()->disconfirmingBox();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2)); // on its box
        QVERIFY(p.memo(id)->disconfirming);
        QVERIFY(dock->list()->item(0)->text().startsWith(QStringLiteral("⚑")));
        stack->undo(); // the mark is its own step
        QVERIFY(!p.memo(id)->disconfirming);
        QVERIFY(!box->isChecked());
        QVERIFY(!dock->list()->item(0)->text().startsWith(QStringLiteral("⚑")));

        stack->undo(); // all the typing at once
        QCOMPARE(p.memo(id)->body, QString());
        QCOMPARE(p.memo(id)->title, QString());
        QCOMPARE(dock->editor()->textEdit()->toPlainText(), QString());
        stack->redo();
        QCOMPARE(dock->editor()->textEdit()->toPlainText(), QStringLiteral("Pilots stall without *slack*."));

        dock->deleteSelected();
        QCOMPARE(p.memos()->size(), demoMemos);
        stack->undo();
        QCOMPARE(p.memos()->size(), demoMemos + 1);
    }

    void paletteOpensSourcesAndRunsActions()
    {
        MainWindow &window = openDemo();
        CommandPalette *palette = window.commandPalette();
        auto sources = window.project()->sources();
        QVERIFY(sources.has_value() && sources->size() > 2);
        const SourceInfo target = (*sources)[2];

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(palette->isVisible());
        QVERIFY(palette->filterEdit()->hasFocus());
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("source ") + target.name);
        QVERIFY(palette->list()->count() >= 1);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(window.documentView()->sourceId(), target.id);

        // Escape closes without running anything.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(palette->isVisible());
        QTest::keyClick(palette->filterEdit(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        QVERIFY(window.project() != nullptr);

        // Actions by name, their shortcut beside them; Down moves to the next.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("clo"));
        QCOMPARE(palette->list()->item(0)->text(), QStringLiteral("Close"));
        QCOMPARE(palette->list()->item(0)->toolTip(),
                 QKeySequence(QKeySequence::Close).toString(QKeySequence::NativeText));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QVERIFY(window.project() == nullptr);
    }

    void themesRecolourTheWindowAndTheText()
    {
        MainWindow &window = openDemo();
        QVERIFY(window.selectSource(0));
        KSyntaxHighlighting::SyntaxHighlighter *highlighter = window.documentView()->highlighter();
        window.setTheme(QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 128);
        // Widgets hear of the application's palette from the event loop.
        QTRY_VERIFY(window.documentView()->palette().color(QPalette::Base).lightness() < 128);
        QTRY_VERIFY(QColor::fromRgb(highlighter->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor))
                    .lightness() < 128);
        QCOMPARE(QSettings().value(QStringLiteral("window/theme")).toString(), QStringLiteral("dark"));
        window.grab().save(qEnvironmentVariable("GROUNDWORK_SCREENSHOTS", QDir::tempPath()) +
                           QStringLiteral("/gw-dark.png"));
        window.setTheme(QStringLiteral("light"));
        QTRY_VERIFY(QColor::fromRgb(highlighter->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor))
                    .lightness() > 128);
        window.setTheme(QStringLiteral("system"));
    }

    void theLayoutIsRememberedOnClose()
    {
        {
            MainWindow &window = openDemo();
            window.memosDock()->hide();
            window.resize(700, 500); // within the offscreen screen
            QVERIFY(window.close());
        }
        MainWindow next;
        QVERIFY(next.memosDock()->isHidden());
        QCOMPARE(next.size(), QSize(700, 500));
        next.memosDock()->show();
        QVERIFY(next.close());
    }

    // Pictures of the search dock, the palette and the memos dock for review,
    // in $GROUNDWORK_SCREENSHOTS (default: the temporary folder).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS", QDir::tempPath());
        MainWindow &window = openDemo();
        Project &p = *window.project();
        window.searchDock()->show();
        window.searchDock()->raise();
        window.searchDock()->search(QStringLiteral("blueprint* OR \"site visit\""));
        window.searchDock()->resultsView()->setCurrentIndex(window.searchDock()->results()->index(1));
        const SearchHit hit = window.searchDock()->results()->hit(1);
        QVERIFY(window.showRange(hit.sourceId, hit.start, hit.end));
        QTest::qWait(50);
        QVERIFY(window.grab().save(dir + QStringLiteral("/gw-search.png")));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(window.commandPalette()->filterEdit(), QStringLiteral("co"));
        QTest::qWait(50);
        QVERIFY(window.grab().save(dir + QStringLiteral("/gw-palette.png")));
        QTest::keyClick(window.commandPalette()->filterEdit(), Qt::Key_Escape);

        MemosDock *memos = window.memosDock();
        memos->show();
        memos->raise();
        auto code = p.codeByName(QStringLiteral("Planning pilot site visits"));
        QVERIFY(code.has_value());
        (void)memos->newMemo({QStringLiteral("project"), std::nullopt, QStringLiteral("Project")});
        QTest::keyClicks(memos->editor()->titleEdit(), QStringLiteral("Where the study stands"));
        memos->editor()->textEdit()->setPlainText(QStringLiteral("Five sources read once; codes still open."));
        memos->editor()->save();
        const Id id = memos->newMemo({QStringLiteral("code"), code->id, QStringLiteral("Code")});
        QVERIFY(id != 0);
        QTest::keyClicks(memos->editor()->titleEdit(), QStringLiteral("Site visits as learning by seeing"));
        memos->editor()->textEdit()->setPlainText(QStringLiteral(
            "# Visits come before blueprints\n\nP02 and P03 both describe *seeing* a live system as what made "
            "the blueprint credible.\n\n- P02: visits were the \"real\" knowledge exchange\n- P03: the "
            "nurses asked to see it working first\n\n> you can't lift and shift a hospital\n\n**Check** "
            "whether the fast followers without a visit adapted less."));
        memos->editor()->save();
        memos->editor()->disconfirmingBox()->click();
        QVERIFY(p.memo(id)->disconfirming);
        QTest::qWait(50);
        QVERIFY(window.grab().save(dir + QStringLiteral("/gw-memos.png")));
    }
};

QTEST_MAIN(SearchMemoTest)
#include "search_memo_test.moc"
