// The coding margin, the coding unit switch, the segments dock and moving about
// by keyboard, on the demo project in the real main window (offscreen). With
// GROUNDWORK_SCREENSHOTS=DIR it also saves DIR/gw-segments.png.
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "ui/codes/code_tree_model.h"
#include "ui/document/coding_margin.h"
#include "ui/document/document_pane.h"
#include "ui/document/document_view.h"
#include "ui/document/selection_snap.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/recent_projects.h"
#include "tests/gui/demo_copies.h"
#include "ui/segments/segment_list_model.h"
#include "ui/segments/segments_dock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QListView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gw;

namespace {

// The view's selection as plain text (QTextCursor marks line breaks with U+2029).
QString selected(const DocumentView *view)
{
    return view->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

// A point inside the character at UTF-16 index AT of the view's text.
QPoint pointAt(DocumentView *view, qsizetype at)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(at));
    return view->cursorRect(cursor).center() + QPoint(2, 0);
}

} // namespace

class SegmentsTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;
    std::unique_ptr<MainWindow> m_window;

    // A main window on a fresh copy of the demo, showing the first interview.
    MainWindow &openDemo()
    {
        m_window = m_demos.openWindow({}, QSize(1440, 900));
        return *m_window;
    }

    Project &project() { return *m_window->project(); }
    Id shownSource() { return m_window->documentView()->sourceId(); }

    CodeInfo code(const QString &name)
    {
        auto c = project().codeByName(name);
        if (!c)
            qFatal("no such demo code");
        return *c;
    }

    // The first interview comes from P01, a CCIO at Site_A.
    void addCases()
    {
        CaseBatch batch;
        batch.attributes = {{QStringLiteral("Role"), AttributeType::Text},
                            {QStringLiteral("Site"), AttributeType::Text}};
        batch.cases.push_back({QStringLiteral("P01"),
                               {{QStringLiteral("Role"), QStringLiteral("CCIO")},
                                {QStringLiteral("Site"), QStringLiteral("Site_A")}},
                               {shownSource()}});
        QVERIFY(project().writeCases(batch).has_value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demos.make(QStringLiteral("segments_gui_tests")));
    }

    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void marginPutsOverlappingSegmentsInColumns()
    {
        MainWindow &window = openDemo();
        CodingMargin *margin = window.documentPane()->margin();
        auto segments = project().segmentsOfSource(shownSource());
        QVERIFY(segments.has_value() && !segments->empty());
        QCOMPARE(margin->barCount(), int(segments->size()));
        const SegmentInfo first = segments->front();
        const Id other = code(QStringLiteral("Personal inhibitors")).id;
        auto overlap = project().applyCode(shownSource(), other, first.start + 3, first.end + 10);
        QVERIFY(overlap.has_value());
        QCOMPARE(margin->barCount(), int(segments->size()) + 1);
        QVERIFY(margin->columnCount() >= 2);
        QVERIFY(margin->columnOf(*overlap) != margin->columnOf(first.id));
        QVERIFY(window.documentView()->tintCount() == margin->barCount());
    }

    void clickingABarSelectsItsSegment()
    {
        MainWindow &window = openDemo();
        CodingMargin *margin = window.documentPane()->margin();
        DocumentView *view = window.documentView();
        auto segments = project().segmentsOfSource(shownSource());
        QVERIFY(segments.has_value() && segments->size() >= 2);
        const SegmentInfo &segment = (*segments)[1];
        QVERIFY(margin->selectSegment(segment.id)); // scrolls it into sight
        view->moveCursor(QTextCursor::StartOfLine); // drop the selection, keep the scroll
        QCOMPARE(selected(view), QString());
        const QRect bar = margin->barRect(segment.id);
        QVERIFY(!bar.isEmpty());
        QSignalSpy activated(margin, &CodingMargin::segmentActivated);
        QTest::mouseClick(margin, Qt::LeftButton, {}, bar.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.front().front().value<Id>(), segment.id);
        QCOMPARE(selected(view), segment.text);
    }

    void dragSnapsToSentencesAndParagraphs()
    {
        MainWindow &window = openDemo();
        DocumentView *view = window.documentView();
        QComboBox *unit = window.documentPane()->codingUnitBox();
        unit->setCurrentIndex(unit->findText(QStringLiteral("Sentence")));
        const QString text = view->toPlainText();
        const qsizetype from = text.indexOf(QStringLiteral("chief clinical"));
        const qsizetype to = text.indexOf(QStringLiteral("officer at"));
        QVERIFY(from > 0 && to > from);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, pointAt(view, from));
        QTest::mouseMove(view->viewport(), pointAt(view, to));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pointAt(view, to));
        QVERIFY2(selected(view).startsWith(QStringLiteral("I'm the chief clinical")),
                 qPrintable(selected(view)));
        QVERIFY2(selected(view).endsWith(QStringLiteral("which I insist on keeping.")),
                 qPrintable(selected(view)));

        // Paragraph: the whole turn, by switching the unit with a selection made.
        QTextCursor cursor(view->document());
        cursor.setPosition(int(from));
        cursor.setPosition(int(to), QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        unit->setCurrentIndex(unit->findText(QStringLiteral("Paragraph")));
        QVERIFY2(selected(view).startsWith(QStringLiteral("[00:00:14] P01: Sure.")),
                 qPrintable(selected(view)));
        QVERIFY(selected(view).endsWith(QStringLiteral("two nursing informatics leads.")));

        // Extending with Shift+arrows snaps when Shift is let go.
        unit->setCurrentIndex(unit->findText(QStringLiteral("Sentence")));
        QTextCursor caret(view->document());
        caret.setPosition(int(from));
        view->setTextCursor(caret);
        for (int i = 0; i < 4; ++i) { // Shift held down throughout (QTest would let it go each time)
            QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::ShiftModifier);
            QCoreApplication::sendEvent(view, &right);
        }
        QCOMPARE(selected(view), text.mid(from, 4));
        QTest::keyRelease(view, Qt::Key_Shift);
        QVERIFY(selected(view).startsWith(QStringLiteral("I'm the chief clinical")));

        // Free selection leaves a selection as it is.
        unit->setCurrentIndex(unit->findText(QStringLiteral("Free selection")));
        view->setTextCursor(cursor);
        QVERIFY(!window.documentPane()->selectionSnap()->snap());
        QCOMPARE(selected(view), text.mid(from, to - from));
    }

    void segmentsDockShowsTheCodeChosenInTheTree()
    {
        MainWindow &window = openDemo();
        addCases();
        SegmentsDock *dock = window.segmentsDock();
        QAbstractItemModelTester tester(dock->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CodeInfo visits = code(QStringLiteral("Planning pilot site visits"));
        window.codeView()->setCurrentIndex(window.codeViewIndex(window.codeModel()->indexOfCode(visits.id)));
        QCOMPARE(dock->model()->rowCount(), int(visits.segmentCount));
        QVERIFY(visits.segmentCount >= 2);

        // An aggregate dimension shows every code under its themes: the one with most segments.
        auto dimensions = project().dimensions();
        auto themes = project().themes();
        QVERIFY(dimensions.has_value() && themes.has_value() && !dimensions->empty());
        Id dimension = 0;
        std::int64_t under = 0;
        for (const DimensionInfo &d : *dimensions) {
            std::int64_t count = 0;
            for (const ThemeInfo &t : *themes)
                if (t.dimensionId == d.id) {
                    const std::vector<CodeInfo> codes = project().codesOfTheme(t.id).value();
                    for (const CodeInfo &c : codes)
                        count += c.segmentCount;
                }
            if (count > under) {
                under = count;
                dimension = d.id;
            }
        }
        window.codeView()->setCurrentIndex(
            window.codeViewIndex(window.codeModel()->indexOfDimension(dimension)));
        QCOMPARE(dock->model()->rowCount(), int(under));

        // Rows from P01's interview carry the speaker's attribution; the filters narrow.
        QSortFilterProxyModel *shown = dock->shownModel();
        int fromP01 = 0;
        for (int row = 0; row < dock->model()->rowCount(); ++row) {
            const QModelIndex i = dock->model()->index(row);
            if (i.data(SegmentListModel::SourceIdRole).value<Id>() == shownSource()) {
                ++fromP01;
                QCOMPARE(i.data(SegmentListModel::AttributionRole).toString(),
                         QStringLiteral("CCIO from Site_A"));
            }
        }
        QVERIFY(fromP01 > 0);
        QComboBox *cases = dock->caseFilter();
        const int site = cases->findText(QStringLiteral("Site: Site_A"));
        QVERIFY(site > 0);
        cases->setCurrentIndex(site);
        Q_EMIT cases->activated(site);
        QCOMPARE(shown->rowCount(), fromP01);
        cases->setCurrentIndex(0);
        Q_EMIT cases->activated(0);
        QComboBox *kinds = dock->kindFilter();
        const int observations =
            kinds->findText(QStringLiteral("observation"), Qt::MatchFixedString);
        QVERIFY(observations > 0);
        kinds->setCurrentIndex(observations);
        Q_EMIT kinds->activated(observations);
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < dock->model()->rowCount());
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, 0).data(SegmentListModel::SourceKindRole).toInt(),
                     int(SourceKind::Observation));
        kinds->setCurrentIndex(0);
        Q_EMIT kinds->activated(0);
        QComboBox *coders = dock->coderFilter();
        QCOMPARE(coders->count(), 3); // all, and the demo's two coders
        QCOMPARE(shown->rowCount(), dock->model()->rowCount());
    }

    void segmentsDockFollowsTheStoreWithoutAReset()
    {
        MainWindow &window = openDemo();
        SegmentsDock *dock = window.segmentsDock();
        QAbstractItemModelTester tester(dock->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CodeInfo visits = code(QStringLiteral("Planning pilot site visits"));
        window.codeView()->setCurrentIndex(window.codeViewIndex(window.codeModel()->indexOfCode(visits.id)));
        QSignalSpy resets(dock->model(), &QAbstractItemModel::modelReset);
        auto added = project().applyCode(shownSource(), visits.id, 10, 40);
        QVERIFY(added.has_value());
        QCOMPARE(dock->model()->rowCount(), int(visits.segmentCount) + 1);
        QVERIFY(dock->model()->rowOf(*added) >= 0);
        QVERIFY(project().removeSegment(*added).has_value());
        QCOMPARE(dock->model()->rowCount(), int(visits.segmentCount));
        QCOMPARE(resets.count(), 0);
    }

    // The context around a quote keeps the source's spacing: a space where the
    // source has one at the segment's edge, none where the segment cuts a word.
    void contextKeepsTheSourcesSpacing()
    {
        MainWindow &window = openDemo();
        SegmentsDock *dock = window.segmentsDock();
        const CodeInfo visits = code(QStringLiteral("Planning pilot site visits"));
        window.codeView()->setCurrentIndex(window.codeViewIndex(window.codeModel()->indexOfCode(visits.id)));
        auto text = project().sourceText(shownSource());
        QVERIFY(text.has_value());
        // A word of at least six letters, after a space, in the middle of the text.
        const qsizetype word = text->indexOf(QRegularExpression(QStringLiteral(" [A-Za-z]{6,}")), 200) + 1;
        QVERIFY(word > 1);
        // From the word's start to its third letter: white space before, a word cut after.
        auto added = project().applyCode(shownSource(), visits.id, word, word + 3);
        QVERIFY(added.has_value());
        const QModelIndex row = dock->model()->index(dock->model()->rowOf(*added));
        const QString before = row.data(SegmentListModel::ContextBeforeRole).toString();
        const QString after = row.data(SegmentListModel::ContextAfterRole).toString();
        QVERIFY2(before.endsWith(u' '), qPrintable(before));
        QVERIFY2(!after.startsWith(u' '), qPrintable(after));
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.front(), text->at(word + 3)); // the rest of the cut word follows at once
    }

    void clickingARowOpensAndSelectsTheSegment()
    {
        MainWindow &window = openDemo();
        addCases();
        SegmentsDock *dock = window.segmentsDock();
        const CodeInfo visits = code(QStringLiteral("Planning pilot site visits"));
        window.codeView()->setCurrentIndex(window.codeViewIndex(window.codeModel()->indexOfCode(visits.id)));
        QListView *list = dock->view();
        const QModelIndex last = list->model()->index(list->model()->rowCount() - 1, 0);
        list->scrollTo(last);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(last).center());
        QCOMPARE(shownSource(), last.data(SegmentListModel::SourceIdRole).value<Id>());
        QCOMPARE(selected(window.documentView()), last.data().toString());

        // Copy as quotes: every selected row, one line each, attributed.
        list->selectAll();
        const QString quotes = dock->copyQuotes();
        QCOMPARE(QApplication::clipboard()->text(), quotes);
        const QStringList lines = quotes.split(u'\n');
        QCOMPARE(lines.size(), list->model()->rowCount());
        QVERIFY(lines.front().startsWith(u'\u201C'));
        bool attributed = false;
        for (const QString &line : lines)
            attributed = attributed || line.endsWith(QStringLiteral("\u201D [CCIO from Site_A]"));
        QVERIFY2(attributed, qPrintable(quotes));
    }

    void keyboardMovesThroughSegmentsAndSources()
    {
        MainWindow &window = openDemo();
        DocumentView *view = window.documentView();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        view->moveCursor(QTextCursor::Start);
        auto segments = project().segmentsOfSource(shownSource());
        QVERIFY(segments.has_value() && segments->size() >= 2);
        QTest::keyClick(view, Qt::Key_F8);
        QCOMPARE(selected(view), (*segments)[0].text);
        QTest::keyClick(view, Qt::Key_F8);
        QCOMPARE(selected(view), (*segments)[1].text);
        QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(selected(view), (*segments)[0].text);

        const Id first = shownSource();
        QTest::keyClick(view, Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(shownSource() != first);
        QTest::keyClick(view, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(shownSource(), first);

        QTest::keyClick(view, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), window.codeView());
        QTest::keyClick(window.codeView(), Qt::Key_4, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), window.segmentsDock()->view());
        QTest::keyClick(window.segmentsDock()->view(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), window.sourceView());
        QTest::keyClick(window.sourceView(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), view);
    }

    void screenshotOfACodedInterview()
    {
        MainWindow &window = openDemo();
        addCases();
        const CodeInfo visits = code(QStringLiteral("Planning pilot site visits"));
        auto overlap = project().segmentsOfSource(shownSource());
        QVERIFY(overlap.has_value() && !overlap->empty());
        QVERIFY(project()
                    .applyCode(shownSource(), code(QStringLiteral("Personal inhibitors")).id,
                               overlap->front().start, overlap->front().end + 40)
                    .has_value());
        window.codeView()->setCurrentIndex(window.codeViewIndex(window.codeModel()->indexOfCode(visits.id)));
        window.segmentsDock()->raise();
        window.documentView()->moveCursor(QTextCursor::Start);
        QTest::qWait(50);
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(shot.save(dir + QStringLiteral("/gw-segments.png"), "PNG"));
    }
};

QTEST_MAIN(SegmentsTest)
#include "segments_test.moc"
