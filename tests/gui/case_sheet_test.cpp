// View > Cases on the demo (offscreen): the sheet shows the cases with their
// attributes, a cell typed into is one undo step, a value that does not fit its
// attribute is refused with the reason, cases and attributes are added and
// removed from the toolbar, a focus group's speakers become cases, and undo
// gives each back. With GROUNDWORK_SCREENSHOTS=DIR it saves DIR/gw-case-sheet.png,
// DIR/gw-sources-by-set.png and DIR/gw-checklist-sets.png.
#include "core/model/project.h"
#include "tests/gui/demo_copies.h"
#include "tests/support/focus_group.h"
#include "ui/cases/case_sheet_model.h"
#include "ui/cases/case_sheet_view.h"
#include "ui/common/checklist_dialog.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/search/search_dock.h"
#include "ui/segments/segment_list_model.h"
#include "ui/segments/segments_dock.h"
#include "ui/search/search_results_model.h"
#include "ui/sources/source_list_model.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QTest>
#include <QUndoStack>

using namespace gw;

namespace {

// The sheet's index of CASENAME's cell in COLUMN (a column of the model).
QModelIndex cell(CaseSheetView *sheet, const QString &caseName, int column)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(sheet->table()->model());
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, CaseSheetModel::NameColumn).data().toString() == caseName)
            return proxy->index(row, column);
    return {};
}

int columnOf(CaseSheetView *sheet, const QString &attribute)
{
    for (int c = CaseSheetModel::FirstAttributeColumn; c < sheet->model()->columnCount(); ++c)
        if (sheet->model()->attributeAt(c)->name == attribute)
            return c;
    return -1;
}

// Types TEXT into CASENAME's cell in COLUMN as a researcher does: F2, type, Enter.
void typeInto(CaseSheetView *sheet, const QString &caseName, int column, const QString &text)
{
    QTableView *table = sheet->table();
    // As between a researcher's keystrokes: the sheet reloads after the last
    // edit, and an editor closed before is deleted.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QModelIndex index = cell(sheet, caseName, column);
    QVERIFY(index.isValid());
    table->setCurrentIndex(index);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *line : table->viewport()->findChildren<QLineEdit *>())
        if (line->isVisible())
            editor = line;
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

class CaseSheetTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demos.make(QStringLiteral("case_sheet_gui_tests"))); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void cellsAreEditedInPlaceAndUndone()
    {
        auto window = m_demos.openWindow();
        Project &p = *window->project();
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        CaseSheetView *sheet = window->caseSheet();
        QTRY_VERIFY(sheet->isVisible());
        QCOMPARE(sheet->model()->rowCount(), int(p.cases()->size()));
        const int role = columnOf(sheet, QStringLiteral("role"));
        QVERIFY(role > 0);
        const QModelIndex p01Role = cell(sheet, QStringLiteral("P01"), role);
        QCOMPARE(p01Role.data().toString(), QStringLiteral("CCIO"));
        screenshot(sheet);

        const int steps = window->undoStack()->count();
        typeInto(sheet, QStringLiteral("P01"), role, QStringLiteral("Chief clinical information officer"));
        QTRY_COMPARE(p.caseByName(QStringLiteral("P01"))->value(QStringLiteral("role")),
                     QStringLiteral("Chief clinical information officer"));
        QCOMPARE(window->undoStack()->count(), steps + 1);
        QTRY_COMPARE(cell(sheet, QStringLiteral("P01"), role).data().toString(),
                     QStringLiteral("Chief clinical information officer"));
        window->undoStack()->undo();
        QTRY_COMPARE(cell(sheet, QStringLiteral("P01"), role).data().toString(), QStringLiteral("CCIO"));

        // A number attribute refuses words, and says so; nothing is pushed.
        QVERIFY(sheet->addAttribute(QStringLiteral("years in post"), QStringLiteral("number")).has_value());
        QTRY_VERIFY(columnOf(sheet, QStringLiteral("years in post")) > 0);
        const int years = columnOf(sheet, QStringLiteral("years in post"));
        const int before = window->undoStack()->count();
        typeInto(sheet, QStringLiteral("P02"), years, QStringLiteral("many"));
        QCOMPARE(window->undoStack()->count(), before);
        QTRY_VERIFY(sheet->message()->text().contains(QStringLiteral("years in post")));
        typeInto(sheet, QStringLiteral("P02"), years, QStringLiteral("7"));
        QTRY_COMPARE(p.caseByName(QStringLiteral("P02"))->value(QStringLiteral("years in post")), QStringLiteral("7"));
        // Renaming a case in its cell.
        typeInto(sheet, QStringLiteral("P03"), CaseSheetModel::NameColumn, QStringLiteral("P03 (nurse)"));
        QTRY_VERIFY(p.caseByName(QStringLiteral("P03 (nurse)")).has_value());
        // Undo all the way back to the sheet as the demo had it.
        while (window->undoStack()->count() > steps && window->undoStack()->canUndo())
            window->undoStack()->undo();
        QTRY_COMPARE(columnOf(sheet, QStringLiteral("years in post")), -1);
        QVERIFY(p.caseByName(QStringLiteral("P03")).has_value());
    }

    void casesComeAndGoFromTheToolbar()
    {
        auto window = m_demos.openWindow();
        Project &p = *window->project();
        // (The source list's filter box sits above the list, in one panel of the workbench.)
        QCOMPARE(window->sourceFilter()->parentWidget(), window->sourceView()->parentWidget());
        QVERIFY(window->sourceFilter()->geometry().bottom() < window->sourceView()->geometry().top());
        window->showCaseSheet();
        CaseSheetView *sheet = window->caseSheet();
        const int cases = sheet->model()->rowCount();
        QVERIFY(sheet->addCase(QStringLiteral("P04")).has_value());
        QTRY_COMPARE(sheet->model()->rowCount(), cases + 1);
        QCOMPARE(sheet->currentCaseId(), p.caseByName(QStringLiteral("P04"))->id);
        auto sources = p.sources();
        QVERIFY(sheet->linkSources(sheet->currentCaseId(), {sources->front().id}).has_value());
        QTRY_COMPARE(p.caseByName(QStringLiteral("P04"))->sourceIds.size(), 1);
        // The filter box keeps the rows holding its text.
        QTest::keyClicks(sheet->filter(), QStringLiteral("P04"));
        QCOMPARE(sheet->table()->model()->rowCount(), 1);
        sheet->filter()->clear();
        // Removing the selected case (Delete in the sheet), then undo.
        sheet->table()->setCurrentIndex(cell(sheet, QStringLiteral("P04"), CaseSheetModel::NameColumn));
        sheet->table()->selectionModel()->select(sheet->table()->currentIndex(), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(sheet->table(), Qt::Key_Delete);
        QTRY_COMPARE(sheet->model()->rowCount(), cases);
        QVERIFY(!p.caseByName(QStringLiteral("P04")).has_value());
        window->undoStack()->undo();
        QTRY_COMPARE(sheet->model()->rowCount(), cases + 1);
        QCOMPARE(p.caseByName(QStringLiteral("P04"))->sourceIds.size(), 1);

        // A focus group's speakers become cases.
        auto id = p.addSource(test::focusGroup());
        QVERIFY(id.has_value());
        QVERIFY(sheet->casesFromSpeakers(*id, {QStringLiteral("Moderator")}).has_value());
        QTRY_COMPARE(sheet->model()->rowCount(), cases + 3);
        QVERIFY(p.caseByName(QStringLiteral("Dana"))->sourceIds.contains(*id));
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("A case for each of 2 speakers"));
        window->undoStack()->undo();
        QTRY_COMPARE(sheet->model()->rowCount(), cases + 1);
    }

    // Sources go into named sets from the source list, one undo step each.
    void sourcesArePutInSetsFromTheSourceList()
    {
        auto window = m_demos.openWindow();
        Project &p = *window->project();
        QTreeView *list = window->sourceView();
        list->selectionModel()->select(QItemSelection(list->model()->index(0, 0), list->model()->index(1, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window->selectedSourceIds().size(), 2u);
        QVERIFY(window->addSelectedSourcesToSet(QStringLiteral("pilot sites")).has_value());
        QCOMPARE(p.sourceSetByName(QStringLiteral("pilot sites"))->sourceIds.size(), 2);
        QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Add 2 sources to set “pilot sites”"));
        const Id set = p.sourceSetByName(QStringLiteral("pilot sites"))->id;
        list->selectionModel()->select(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(window->removeSelectedSourcesFromSet(set).has_value());
        QCOMPARE(p.sourceSetByName(QStringLiteral("pilot sites"))->sourceIds.size(), 1);
        window->undoStack()->undo();
        QCOMPARE(p.sourceSetByName(QStringLiteral("pilot sites"))->sourceIds.size(), 2);
        window->undoStack()->undo();
        QVERIFY(!p.sourceSetByName(QStringLiteral("pilot sites")).has_value());
    }

    // The source list groups its rows by a case attribute or by set, keeping
    // the source that is open; a changed value moves its source.
    void theSourceListIsGroupedByAttributeOrSet()
    {
        auto window = m_demos.openWindow();
        Project &p = *window->project();
        SourceListModel *model = window->sourceModel();
        const Id shown = window->documentView()->sourceId();
        QComboBox *box = window->sourceGrouping();
        const int bySite = box->findData(QStringLiteral("site"));
        QVERIFY(bySite >= 0);
        box->setCurrentIndex(bySite);
        Q_EMIT box->activated(bySite);
        QCOMPARE(model->headerData(SourceListModel::KindColumn, Qt::Horizontal).toString(), QStringLiteral("site"));
        QStringList groups;
        for (int row = 0; row < model->rowCount(); ++row)
            groups << model->index(row, SourceListModel::KindColumn).data().toString();
        QCOMPARE(groups, (QStringList{QStringLiteral("Site_A"), QStringLiteral("Site_B"), QStringLiteral("Site_C"), QStringLiteral("—"), QStringLiteral("—")}));
        QCOMPARE(window->documentView()->sourceId(), shown);
        QCOMPARE(model->sourceId(window->sourceView()->currentIndex()), shown);
        // A value changed in the case sheet moves its source to its new group.
        const Id p01 = p.sourceByName(QStringLiteral("interview-p01-ccio-site-a"))->id;
        QVERIFY(p.setAttributeValue(p.caseByName(QStringLiteral("P01"))->id, p.attributeByName(QStringLiteral("site"))->id,
                                    QStringLiteral("Site_Z")).has_value());
        QCOMPARE(model->indexOfSource(p01).row(), 2);
        // By set: the sets' sources first, by set name.
        const Id p03 = p.sourceByName(QStringLiteral("interview-p03-nurse-site-c"))->id;
        QVERIFY(p.addToSourceSet(QStringLiteral("pilot sites"), {p03}).has_value());
        const int bySet = box->findData(QStringLiteral("set"));
        box->setCurrentIndex(bySet);
        Q_EMIT box->activated(bySet);
        QCOMPARE(model->indexOfSource(p03).row(), 0);
        QCOMPARE(model->index(0, SourceListModel::KindColumn).data().toString(), QStringLiteral("pilot sites"));
        window->resize(1400, 850);
        screenshot(window.get(), QStringLiteral("gw-sources-by-set.png"));
        // The segments dock filters by set like by a case value.
        SegmentsDock *segments = window->segmentsDock();
        QList<Id> codeIds;
        const auto codes = p.codes();
        QVERIFY(codes.has_value());
        for (const CodeInfo &c : *codes)
            codeIds << c.id;
        segments->showCodes(codeIds, QStringLiteral("every code"));
        const int setChoice = segments->caseFilter()->findText(QStringLiteral("Set: pilot sites"));
        QVERIFY(setChoice > 0);
        segments->caseFilter()->setCurrentIndex(setChoice);
        Q_EMIT segments->caseFilter()->activated(setChoice);
        QVERIFY(segments->shownModel()->rowCount() > 0);
        for (int row = 0; row < segments->shownModel()->rowCount(); ++row)
            QCOMPARE(segments->shownModel()->index(row, 0).data(SegmentListModel::SourceIdRole).toLongLong(), p03);
        // The search dock searches within a set.
        SearchDock *search = window->searchDock();
        const int inSet = search->caseFilter()->findText(QStringLiteral("Set: pilot sites"));
        QVERIFY(inSet > 0);
        search->caseFilter()->setCurrentIndex(inSet);
        search->queryEdit()->setText(QStringLiteral("the"));
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(search->results()->rowCount() > 0);
        for (const SearchHit &h : search->results()->hits())
            QCOMPARE(h.sourceId, p03);
        // The filter box finds the set's name too.
        QTest::keyClicks(window->sourceFilter(), QStringLiteral("pilot"));
        int visible = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            visible += window->sourceView()->isRowHidden(row, {}) ? 0 : 1;
        QCOMPARE(visible, 1);
    }

    // Where sources are ticked (agreement, a case's sources), a set ticks its own.
    void aSetTicksItsSourcesInAChecklist()
    {
        ChecklistDialog dialog(QStringLiteral("Sources"), {{1, QStringLiteral("P01")}, {2, QStringLiteral("P02")}, {3, QStringLiteral("P03")}},
                               {});
        dialog.addGroups(QStringLiteral("Tick the sources of a set…"),
                         {{QStringLiteral("pilot sites"), {1, 3}}, {QStringLiteral("second round"), {2}}});
        QVERIFY(dialog.groupBox());
        dialog.groupBox()->setCurrentIndex(1);
        Q_EMIT dialog.groupBox()->activated(1);
        QCOMPARE(dialog.chosen(), (std::vector<Id>{1, 3}));
        dialog.groupBox()->setCurrentIndex(2);
        Q_EMIT dialog.groupBox()->activated(2);
        QCOMPARE(dialog.chosen(), (std::vector<Id>{2}));
        dialog.show();
        screenshot(&dialog, QStringLiteral("gw-checklist-sets.png"));
    }

private:
    static void screenshot(QWidget *widget, const QString &name = QStringLiteral("gw-case-sheet.png"))
    {
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            widget->window()->grab().save(dir + u'/' + name, "PNG");
    }
};

QTEST_MAIN(CaseSheetTest)
#include "case_sheet_test.moc"
