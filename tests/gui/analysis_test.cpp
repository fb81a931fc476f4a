// View > Analysis on the demo project: a query typed (with completion) lists
// the passages core finds and opens one in the document; a matrix of codes by
// cases is shaded and a cell lists its passages; the co-occurrence table lists
// pairs whose passages open. With GROUNDWORK_SCREENSHOTS=DIR it saves
// DIR/gw-analysis-query.png, -matrix.png, -cooccurrence.png, -saturation.png,
// -words.png and -words-of-code.png.
#include "core/analysis/coding_query.h"
#include "core/analysis/matrix.h"
#include "core/analysis/saturation.h"
#include "core/analysis/saved_queries.h"
#include "core/analysis/word_frequency.h"
#include "core/model/project.h"
#include "ui/analysis/analysis_filters.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/analysis/analysis_view.h"
#include "ui/analysis/passage_list.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "tests/gui/checklist_choice.h"
#include "tests/gui/demo_copies.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDateEdit>
#include <QUndoStack>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

class AnalysisGuiTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;
    std::unique_ptr<MainWindow> m_window;

    AnalysisView *view() { return m_window->analysisView(); }
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!view()->runner()->isRunning(), 20000); }
    void screenshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/gw-analysis-%1.png").arg(name), "PNG"));
    }
    // Two codes of the demo with segments.
    QStringList codedCodes()
    {
        QStringList names;
        const auto codes = m_window->project()->codes();
        if (!codes)
            return names;
        for (const CodeInfo &c : *codes)
            if (!c.archived && c.segmentCount > 0)
                names.append(c.name);
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demos.make(QStringLiteral("analysis_gui_tests"))); }
    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void typedQueryListsCoresPassagesAndOpensOne()
    {
        m_window = m_demos.openWindow();
        auto *show = m_window->findChild<QAction *>(QStringLiteral("showAnalysis"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
        show->trigger();
        QVERIFY(view()->isVisible());
        QCOMPARE(m_window->centreTabs()->currentWidget(), view());
        // Opening shows a result at once: the first coded code's passages.
        settle();
        QVERIFY(!view()->queryEdit()->text().isEmpty());
        QVERIFY(view()->queryHits()->topLevelItemCount() > 0);

        const QStringList names = codedCodes();
        QVERIFY(names.size() >= 2);
        // Type the first name's start; the completer offers it; Enter takes it.
        view()->queryEdit()->clear();
        view()->queryEdit()->setFocus();
        QTest::keyClicks(view()->queryEdit(), names[0].left(4));
        QCompleter *completer = view()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(completer->completionCount() > 0);
        int wanted = -1;
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            if (completer->currentCompletion().contains(names[0]))
                wanted = i;
        }
        QVERIFY(wanted >= 0);
        completer->setCurrentRow(wanted);
        completer->popup()->setCurrentIndex(completer->currentIndex());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(view()->queryEdit()->text().contains(names[0]));
        QTest::keyClicks(view()->queryEdit(), QStringLiteral(" OR \"") + names[1] + QStringLiteral("\""));
        completer->popup()->hide(); // Enter in an open popup picks a completion instead
        QTest::keyClick(view()->queryEdit(), Qt::Key_Return);
        settle();

        auto data = CodingData::load(*m_window->project());
        QVERIFY(data.has_value());
        auto expected = runCodingQuery(**data, view()->queryEdit()->text(), {});
        QVERIFY2(expected.has_value(), qPrintable(view()->queryStatus()->text()));
        QCOMPARE(view()->queryHits()->topLevelItemCount(), int(expected->size()));
        QVERIFY(view()->queryStatus()->text().startsWith(QString::number(expected->size())));
        screenshot(QStringLiteral("query"));

        // Enter on the last hit opens its passage in the document.
        PassageList *hits = view()->queryHits();
        hits->setFocus();
        hits->setCurrentItem(hits->topLevelItem(hits->topLevelItemCount() - 1));
        QTest::keyClick(hits, Qt::Key_Return);
        QCOMPARE(m_window->documentView()->sourceId(), expected->back().sourceId);

        // A malformed expression says where and what, and lists nothing new.
        view()->queryEdit()->setText(names[0] + QStringLiteral(" AND"));
        view()->runQuery();
        settle();
        QVERIFY2(view()->queryStatus()->text().contains(QStringLiteral("expected")), qPrintable(view()->queryStatus()->text()));

        // The kind filter: only the observation's passages, as core finds them.
        view()->queryEdit()->setText(view()->queryEdit()->text().section(QStringLiteral(" AND"), 0, 0));
        view()->kindBox()->setCurrentIndex(view()->kindBox()->findData(int(SourceKind::Observation)));
        view()->runQuery();
        settle();
        QueryOptions observations;
        observations.filters.kinds = {SourceKind::Observation};
        auto filtered = runCodingQuery(**data, view()->queryEdit()->text(), observations);
        QVERIFY(filtered.has_value());
        QCOMPARE(view()->queryHits()->topLevelItemCount(), int(filtered->size()));
        for (const PassageView &v : view()->queryHits()->passages())
            QCOMPARE(int(m_window->project()->source(v.passage.sourceId)->kind), int(SourceKind::Observation));
        view()->kindBox()->setCurrentIndex(0);

        // Saved by name, found again in the saved list.
        view()->queryEdit()->setText(QStringLiteral("\"") + names[1] + QStringLiteral("\""));
        QVERIFY(view()->saveQueryAs(QStringLiteral("Second code")));
        QVERIFY(view()->savedBox()->findText(QStringLiteral("Second code")) > 0);
        QUndoStack *stack = m_window->undoStack();
        QCOMPARE(stack->undoText(), QStringLiteral("Save Query “Second code”"));

        // Removed with the button, and back with Undo; the list follows both.
        m_window->showAnalysisView(); // Enter on a hit above opened the document
        view()->savedBox()->setCurrentIndex(view()->savedBox()->findText(QStringLiteral("Second code")));
        QVERIFY(view()->removeSavedButton()->isEnabled());
        QTest::mouseClick(view()->removeSavedButton(), Qt::LeftButton);
        QCOMPARE(view()->savedBox()->findText(QStringLiteral("Second code")), -1);
        QVERIFY(!savedQuery(*m_window->project(), QStringLiteral("Second code")));
        stack->undo();
        QVERIFY(savedQuery(*m_window->project(), QStringLiteral("Second code")).has_value());
        QVERIFY(view()->savedBox()->findText(QStringLiteral("Second code")) > 0);
        stack->undo(); // the save itself
        QCOMPARE(view()->savedBox()->findText(QStringLiteral("Second code")), -1);
    }

    void matrixCellOpensItsPassages()
    {
        m_window = m_demos.openWindow();
        m_window->showAnalysisView();
        settle();
        view()->pages()->setCurrentIndex(1);
        view()->rowsBox()->setCurrentIndex(view()->rowsBox()->findData(QStringLiteral("codes")));
        view()->columnsBox()->setCurrentIndex(view()->columnsBox()->findData(QStringLiteral("cases")));
        view()->buildMatrix();
        settle();
        QVERIFY(view()->matrix().has_value());
        const Matrix &m = *view()->matrix();
        QTableWidget *table = view()->matrixTable();
        QCOMPARE(table->rowCount(), int(m.rows.size()));
        QCOMPARE(table->columnCount(), int(m.columns.size()));
        // The largest cell: shaded darkest, and its passages listed when selected.
        int bestRow = -1, bestColumn = -1;
        double best = 0;
        for (std::size_t r = 0; r < m.rows.size(); ++r)
            for (std::size_t c = 0; c < std::size_t(m.columns.size()); ++c)
                if (m.rows[r].cells[c].value > best)
                    best = m.rows[r].cells[c].value, bestRow = int(r), bestColumn = int(c);
        QVERIFY2(bestRow >= 0, "the demo's matrix is empty");
        QTableWidgetItem *cell = table->item(bestRow, bestColumn);
        QCOMPARE(cell->text(), QString::number(qlonglong(best)));
        QVERIFY(cell->background().color().blue() > cell->background().color().red());
        table->scrollToItem(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(cell).center());
        QCOMPARE(view()->cellHits()->topLevelItemCount(), int(best));
        screenshot(QStringLiteral("matrix"));
        view()->cellHits()->setCurrentItem(view()->cellHits()->topLevelItem(0));
        QTest::keyClick(view()->cellHits(), Qt::Key_Return);
        QCOMPARE(m_window->documentView()->sourceId(), view()->cellHits()->passages().front().passage.sourceId);
    }

    // The filter bar narrows the matrix and the co-occurrence table as it
    // narrows a query: sources ticked in the checklist, and a coding day range.
    void filtersNarrowTheMatrixAndThePairs()
    {
        m_window = m_demos.openWindow();
        m_window->showAnalysisView();
        settle();
        Project &p = *m_window->project();
        auto data = CodingData::load(p);
        QVERIFY(data.has_value());
        // The source with the most segments, chosen alone.
        std::map<Id, int> perSource;
        for (const CodedSegment &s : (*data)->segments)
            ++perSource[s.sourceId];
        const auto busiest = std::ranges::max_element(perSource, {}, &std::pair<const Id, int>::second);
        QVERIFY(busiest != perSource.end());
        const QString name = p.source(busiest->first)->name;
        QVERIFY(test::chooseInChecklist(this, view()->filters()->sourcesButton(),
                                        [&](const QListWidgetItem &item) { return item.text() == name; }));
        QVERIFY2(view()->filters()->sourcesButton()->toolTip().endsWith(name),
                 qPrintable(view()->filters()->sourcesButton()->toolTip()));
        QVERIFY(view()->filters()->sourcesButton()->text().startsWith(QStringLiteral("Source: %1").arg(name.left(20))));

        view()->pages()->setCurrentIndex(1);
        view()->rowsBox()->setCurrentIndex(view()->rowsBox()->findData(QStringLiteral("codes")));
        view()->columnsBox()->setCurrentIndex(view()->columnsBox()->findData(QStringLiteral("sources")));
        view()->buildMatrix();
        settle();
        QVERIFY(view()->matrix().has_value());
        MatrixSpec spec;
        QVERIFY(spec.setRows(QStringLiteral("codes")) && spec.setColumns(QStringLiteral("sources")));
        spec.options.filters.sources = {name};
        auto expected = buildMatrix(p, **data, spec);
        QVERIFY(expected.has_value());
        double total = 0, expectedTotal = 0;
        for (const MatrixRow &r : view()->matrix()->rows)
            for (const MatrixCell &c : r.cells)
                total += c.value;
        for (const MatrixRow &r : expected->rows)
            for (const MatrixCell &c : r.cells)
                expectedTotal += c.value;
        QCOMPARE(total, expectedTotal);
        QVERIFY(total > 0 && total <= double(busiest->second));
        QCOMPARE(view()->matrix()->columns, QStringList{name});
        QVERIFY2(view()->matrixStatus()->text().contains(QStringLiteral("within %1").arg(name)),
                 qPrintable(view()->matrixStatus()->text()));
        screenshot(QStringLiteral("filtered-matrix"));

        // A coding day range that ends before anything was coded keeps nothing.
        view()->filters()->toEdit()->setDate(QDate(2000, 1, 2));
        view()->pages()->setCurrentIndex(2);
        view()->pairUnitBox()->setCurrentIndex(view()->pairUnitBox()->findData(int(CooccurrenceUnit::Source)));
        view()->buildCooccurrence();
        settle();
        QVERIFY(view()->cooccurrence().has_value());
        QCOMPARE(view()->pairTable()->rowCount(), 0);
        // A range that runs backwards is refused with the reason.
        view()->filters()->fromEdit()->setDate(QDate(2001, 1, 1));
        view()->buildCooccurrence();
        settle();
        QVERIFY2(view()->pairStatus()->text().contains(QStringLiteral("before the first")),
                 qPrintable(view()->pairStatus()->text()));
    }

    // The saturation page lists the sources in order with core's first
    // appearances and readout, and a double click opens a source.
    void saturationListsNewCodesPerSource()
    {
        m_window = m_demos.openWindow();
        m_window->showAnalysisView();
        settle();
        view()->pages()->setCurrentIndex(3);
        view()->saturationStageBox()->setCurrentIndex(
            view()->saturationStageBox()->findData(int(CodeStage::FirstOrder)));
        view()->buildSaturation();
        settle();
        QVERIFY(view()->saturationResult().has_value());
        auto data = CodingData::load(*m_window->project());
        QVERIFY(data.has_value());
        SaturationSpec spec;
        spec.stage = CodeStage::FirstOrder;
        auto expected = saturation(**data, spec);
        QVERIFY(expected.has_value());
        QTableWidget *table = view()->saturationTable();
        QCOMPARE(table->rowCount(), int(expected->steps.size()));
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(table->item(r, 1)->text(), QString::number(expected->steps[std::size_t(r)].newItems.size()));
            QCOMPARE(table->item(r, 2)->text(), QString::number(expected->steps[std::size_t(r)].cumulative));
        }
        QVERIFY2(view()->saturationStatus()->text().startsWith(expected->readout()),
                 qPrintable(view()->saturationStatus()->text()));
        screenshot(QStringLiteral("saturation"));
        table->setFocus();
        table->setCurrentCell(1, 0);
        Q_EMIT table->cellActivated(1, 0);
        QCOMPARE(m_window->documentView()->sourceId(), expected->steps[1].sourceId);
    }

    // The words page lists core's most frequent words; a word lists its hits in
    // context (sortable by the words before it), a line opens its passage, and
    // Code All These Hits codes them all in one undo step. Counted over one
    // code's segments, the words and their lines stay inside those segments.
    void wordListAndKeywordInContext()
    {
        m_window = m_demos.openWindow();
        m_window->showAnalysisView();
        settle();
        Project &project = *m_window->project();
        view()->pages()->setCurrentIndex(4);
        view()->buildWords();
        settle();
        QVERIFY(view()->wordsResult().has_value());
        auto expected = wordFrequencies(project, WordOptions{});
        QVERIFY(expected.has_value());
        QTableWidget *words = view()->wordsTable();
        QCOMPARE(words->rowCount(), int(expected->words.size()));
        QVERIFY(words->rowCount() > 10);
        for (int r = 0; r < words->rowCount(); ++r)
            QCOMPARE(words->item(r, 0)->text(), expected->words[std::size_t(r)].word);
        QCOMPARE(view()->wordsResult()->totalWords, expected->totalWords);

        // The first word in context: every hit the search finds, each holding the word.
        words->setFocus();
        words->setCurrentCell(0, 0);
        settle();
        const QString word = expected->words.front().word;
        auto lines = keywordInContext(project, QStringLiteral("\"%1\"").arg(word), KwicSort::Source);
        QVERIFY(lines.has_value());
        QTableWidget *kwic = view()->kwicTableWidget();
        QCOMPARE(kwic->rowCount(), int(lines->size()));
        QCOMPARE(std::int64_t(lines->size()), expected->words.front().count);
        for (const KwicLine &l : view()->kwicLines())
            QCOMPARE(l.keyword.toLower(), word);
        QVERIFY2(view()->kwicStatus()->text().contains(word), qPrintable(view()->kwicStatus()->text()));
        screenshot(QStringLiteral("words"));
        // Sorted by the words before, read outwards from the hit.
        view()->kwicSortBox()->setCurrentIndex(view()->kwicSortBox()->findData(int(KwicSort::Left)));
        settle();
        QCOMPARE(kwic->rowCount(), int(lines->size()));
        QStringList outwards;
        for (const KwicLine &l : view()->kwicLines()) {
            QStringList before = l.left.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
            std::ranges::reverse(before);
            outwards.append(before.join(u' '));
        }
        QVERIFY(std::ranges::is_sorted(outwards, [](const QString &a, const QString &b) { return a.compare(b) < 0; }));
        QCOMPARE(kwic->item(0, 1)->text(), QString(view()->kwicLines().front().left).replace(u'\n', u' '));
        // A double click opens the line's passage.
        const KwicLine first = view()->kwicLines().front();
        Q_EMIT kwic->cellActivated(0, 2);
        QCOMPARE(m_window->documentView()->sourceId(), first.sourceId);

        // Code All These Hits: one undo step codes every line, undo takes them back.
        auto code = project.addCode(QStringLiteral("Word hits"), CodeStage::Open);
        QVERIFY(code.has_value());
        QVERIFY(view()->codeKwicButton()->isEnabled());
        const int steps = m_window->undoStack()->count();
        auto coded = view()->codeKeywordLines(*code);
        QVERIFY2(coded.has_value(), coded ? "" : qPrintable(coded.error().message));
        QCOMPARE(coded->coded + coded->skipped, int(view()->kwicLines().size()));
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        QCOMPARE(project.segmentsOfCode(*code)->size(), std::size_t(coded->coded));
        m_window->undoStack()->undo();
        QVERIFY(project.segmentsOfCode(*code)->empty());

        // Stemmed: each row counts its forms together, and its lines are the hits of every form.
        view()->wordsStemBox()->setChecked(true);
        view()->buildWords();
        settle();
        WordOptions stemmed;
        stemmed.stem = true;
        auto joined = wordFrequencies(project, stemmed);
        QVERIFY(joined.has_value());
        QCOMPARE(words->rowCount(), int(joined->words.size()));
        const auto many = std::ranges::find_if(joined->words, [](const WordCount &w) { return w.forms.size() > 1; });
        QVERIFY2(many != joined->words.end(), "no word of the demo has two forms");
        const int row = int(many - joined->words.begin());
        QVERIFY(words->item(row, 0)->text().startsWith(many->word));
        words->setCurrentCell(row, 0);
        settle();
        QCOMPARE(std::int64_t(view()->kwicLines().size()), many->count);
    }

    void wordsOfOneCodeStayInsideItsSegments()
    {
        m_window = m_demos.openWindow();
        m_window->showAnalysisView();
        settle();
        Project &project = *m_window->project();
        const QStringList coded = codedCodes();
        QVERIFY(!coded.isEmpty());
        view()->pages()->setCurrentIndex(4);
        view()->wordsOfBox()->setCurrentIndex(view()->wordsOfBox()->findData(QStringLiteral("code")));
        QVERIFY(view()->wordsCodeEdit()->isEnabled());
        view()->wordsCodeEdit()->setFocus();
        QTest::keyClicks(view()->wordsCodeEdit(), coded.front());
        QTest::keyClick(view()->wordsCodeEdit(), Qt::Key_Return);
        settle();
        QVERIFY2(view()->wordsResult().has_value(), qPrintable(view()->wordsStatus()->text()));
        auto data = CodingData::load(project);
        QVERIFY(data.has_value());
        auto passages = runCodingQuery(**data, coded.front(), QueryOptions{});
        QVERIFY(passages.has_value());
        WordOptions o;
        o.passages = *passages;
        auto expected = wordFrequencies(project, o);
        QVERIFY(expected.has_value());
        QCOMPARE(view()->wordsResult()->totalWords, expected->totalWords);
        auto whole = wordFrequencies(project, WordOptions{});
        QVERIFY(whole.has_value());
        QVERIFY(expected->totalWords < whole->totalWords);
        QVERIFY2(view()->wordsStatus()->text().contains(QStringLiteral("passages of")),
                 qPrintable(view()->wordsStatus()->text()));
        QVERIFY(view()->wordsTable()->rowCount() > 0);
        view()->wordsTable()->setCurrentCell(0, 0);
        settle();
        QVERIFY(!view()->kwicLines().empty());
        QCOMPARE(std::int64_t(view()->kwicLines().size()), expected->words.front().count);
        for (const KwicLine &l : view()->kwicLines())
            QVERIFY(std::ranges::any_of(*passages, [&](const Passage &p) {
                return p.sourceId == l.sourceId && p.start <= l.start && l.end <= p.end;
            }));
        screenshot(QStringLiteral("words-of-code"));
        // An unknown name is said, not counted.
        view()->wordsCodeEdit()->setText(QStringLiteral("No such code at all"));
        view()->buildWords();
        settle();
        QVERIFY2(view()->wordsStatus()->text().contains(QStringLiteral("No such code")),
                 qPrintable(view()->wordsStatus()->text()));
    }

    // File > Export > Quotes by Theme writes the quote report of the open project.
    void quotesByThemeExportFromTheWindow()
    {
        m_window = m_demos.openWindow();
        QVERIFY(m_window->exportQuotesAction() && m_window->exportQuotesAction()->isEnabled());
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("quotes.html"));
        auto written = m_window->exportQuotes(html, 1);
        QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QStringLiteral("<h1>Quotes by theme</h1>")));
        QVERIFY(page.count(QStringLiteral("<blockquote>")) > 0);
        auto refused = m_window->exportQuotes(dir.filePath(QStringLiteral("quotes.docx")), 1);
        QVERIFY(!refused.has_value());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("quotes.docx"))));
    }

    void cooccurrencePairsAreSortableAndOpen()
    {
        m_window = m_demos.openWindow();
        m_window->showAnalysisView();
        settle();
        view()->pages()->setCurrentIndex(2);
        view()->pairUnitBox()->setCurrentIndex(view()->pairUnitBox()->findData(int(CooccurrenceUnit::Source)));
        view()->buildCooccurrence();
        settle();
        QVERIFY(view()->cooccurrence().has_value());
        QTableWidget *table = view()->pairTable();
        QCOMPARE(table->rowCount(), int(view()->cooccurrence()->pairs.size()));
        QVERIFY2(table->rowCount() > 0, "no two demo codes share a source");
        // Sorted by count, largest first; sorting by c puts the largest c first.
        table->sortItems(6, Qt::DescendingOrder);
        double maxC = 0;
        for (const CodePair &p : view()->cooccurrence()->pairs)
            maxC = std::max(maxC, p.c);
        QCOMPARE(table->item(0, 6)->data(Qt::UserRole).toDouble(), maxC);
        table->setCurrentCell(0, 0);
        QVERIFY(view()->pairHits()->topLevelItemCount() > 0);
        screenshot(QStringLiteral("cooccurrence"));
    }
};

QTEST_MAIN(AnalysisGuiTest)
#include "analysis_test.moc"
