// View > Analysis on the demo project: a query typed (with completion) lists
// the passages core finds and opens one in the document; a matrix of codes by
// cases is shaded and a cell lists its passages; the co-occurrence table lists
// pairs whose passages open. With GROUNDWORK_SCREENSHOTS=DIR it saves
// DIR/gw-analysis-query.png, -matrix.png and -cooccurrence.png.
#include "core/analysis/coding_query.h"
#include "core/analysis/matrix.h"
#include "core/analysis/saturation.h"
#include "core/analysis/saved_queries.h"
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
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
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
