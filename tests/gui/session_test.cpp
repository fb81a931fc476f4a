// A real session in the real main window on the demo project (issue 4's "Done
// when"): select text in an interview, code it three ways (the "Code with…"
// popup, Ctrl+1, a code dropped from the code tree), in vivo, undo, redo, adjust
// a segment, write a memo, search and code all hits, autocode a speaker,
// checking the store after each step. Screenshots of the window with a coded
// transcript, the segments dock and the command palette go to
// $GROUNDWORK_SCREENSHOTS (default: the working folder).
#include "core/analysis/speakers.h"
#include "core/commands/code_in_vivo.h"
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "core/text/positions.h"
#include "ui/codes/code_tree_model.h"
#include "ui/document/code_picker.h"
#include "ui/document/coding_actions.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/memos/memo_editor.h"
#include "ui/memos/memos_dock.h"
#include "ui/palette/command_palette.h"
#include "ui/search/search_dock.h"
#include "ui/search/search_results_model.h"
#include "ui/segments/segments_dock.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace gw;

namespace {

using Range = std::pair<std::int64_t, std::int64_t>;

// Selects the first occurrence of PHRASE in the shown source; returns the code point range.
Range selectPhrase(DocumentView *view, const QString &phrase)
{
    const QTextCursor cursor = view->document()->find(phrase);
    if (cursor.isNull())
        qFatal("phrase not in the shown source: %s", qPrintable(phrase));
    view->setTextCursor(cursor);
    const QString text = view->document()->toPlainText();
    return {text::codePointIndex(text, cursor.selectionStart()), text::codePointIndex(text, cursor.selectionEnd())};
}

std::optional<SegmentInfo> segmentAt(Project &project, Id sourceId, Range range, const QString &codeName)
{
    for (const SegmentInfo &s : project.segmentsOfSource(sourceId).value_or(std::vector<SegmentInfo>{}))
        if (s.start == range.first && s.end == range.second && s.codeName == codeName)
            return s;
    return std::nullopt;
}

std::size_t segmentCount(Project &project, Id codeId)
{
    return project.segmentsOfCode(codeId).value_or(std::vector<SegmentInfo>{}).size();
}

} // namespace

class SessionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("session_gui_tests"));
        QSettings().remove(QStringLiteral("window")); // no layout or theme from an earlier run
        QVERIFY(m_dir.isValid());
    }

    void aResearcherCodesAnInterview()
    {
        const QString shots = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS", QDir::currentPath());
        const QString path = m_dir.filePath(QStringLiteral("demo.groundwork"));
        {
            auto demo = createDemoProject(path); // closed again at the end of this scope
            QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().message));
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(path).has_value());
        Project &project = *window.project();
        QUndoStack *stack = window.undoStack();
        CodingActions *coding = window.codingActions();
        CodePicker *picker = coding->codePicker();
        DocumentView *view = window.documentView();

        // Open the first interview.
        auto sources = project.sources();
        QVERIFY(sources.has_value());
        auto interview = std::ranges::find(*sources, SourceKind::Interview, &SourceInfo::kind);
        QVERIFY(interview != sources->end());
        const Id sourceId = interview->id;
        QVERIFY(window.showRange(sourceId, 0, 0));
        QCOMPARE(view->sourceId(), sourceId);
        view->setFocus();
        QCOMPARE(stack->count(), 0);
        auto inhibitors = project.codeByName(QStringLiteral("Personal inhibitors"));
        auto visits = project.codeByName(QStringLiteral("Planning pilot site visits"));
        QVERIFY(inhibitors && visits);
        const std::size_t inhibitorsBefore = segmentCount(project, inhibitors->id);

        // 1. "Code with…": type to filter, Enter applies.
        const Range first = selectPhrase(view, QStringLiteral("nobody quite knew what it was for"));
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTest::keyClicks(picker->filterEdit(), QStringLiteral("personal inh"));
        QCOMPARE(picker->list()->currentItem()->text(), QStringLiteral("Personal inhibitors"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        QVERIFY(segmentAt(project, sourceId, first, inhibitors->name));
        QCOMPARE(segmentCount(project, inhibitors->id), inhibitorsBefore + 1);
        QCOMPARE(stack->count(), 1);

        // 2. Ctrl+1: the code used last.
        view->setFocus();
        const Range second = selectPhrase(view, QStringLiteral("it was a condition of the money"));
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(segmentAt(project, sourceId, second, inhibitors->name));
        QCOMPARE(segmentCount(project, inhibitors->id), inhibitorsBefore + 2);
        QCOMPARE(stack->count(), 2);

        // 3. A code dragged from the code tree and dropped on the selection, with
        //    the mime data the tree's model makes for the drag.
        const Range third = selectPhrase(view, QStringLiteral("a couple of meetings between chief executives"));
        const std::size_t visitsBefore = segmentCount(project, visits->id);
        {
            const QModelIndex index = window.codeModel()->indexOfCode(visits->id);
            QVERIFY(index.isValid());
            std::unique_ptr<QMimeData> mime(window.codeModel()->mimeData({index}));
            QVERIFY(mime);
            const QPointF at = view->cursorRect().center();
            QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view->viewport(), &drop);
            QVERIFY(drop.isAccepted());
        }
        QVERIFY(segmentAt(project, sourceId, third, visits->name));
        QCOMPARE(segmentCount(project, visits->id), visitsBefore + 1);
        QCOMPARE(stack->count(), 3);

        // 4. In vivo: a new open code named by the words, applied to them.
        view->setFocus();
        const Range fourth = selectPhrase(view, QStringLiteral("a bit of a dating exercise"));
        const QString words = CodeInVivo::nameFor(view->textCursor().selectedText());
        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto inVivo = project.codeByName(words);
        QVERIFY2(inVivo.has_value(), qPrintable(words));
        QVERIFY(inVivo->stage == CodeStage::Open);
        QVERIFY(segmentAt(project, sourceId, fourth, words));
        QCOMPARE(stack->count(), 4);

        // 5. Undo (Ctrl+Z) takes the in vivo code and its segment back; redo
        //    (Ctrl+Shift+Z) brings both again.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!segmentAt(project, sourceId, fourth, words));
        QVERIFY(!project.codeByName(words));
        QCOMPARE(stack->index(), 3);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(segmentAt(project, sourceId, fourth, words));
        QVERIFY(project.codeByName(words));
        QCOMPARE(stack->index(), 4);

        // 6. Adjust a segment's bounds: widen the Ctrl+1 segment to its sentence.
        const Range wider = selectPhrase(view, QStringLiteral("Honestly, it was a condition of the money."));
        QVERIFY(wider.first < second.first && wider.second > second.second);
        const auto before = segmentAt(project, sourceId, second, inhibitors->name);
        QVERIFY(before);
        int overlapping = 0;
        for (const SegmentInfo &s : project.segmentsOfSource(sourceId, false).value_or(std::vector<SegmentInfo>{}))
            overlapping += s.start < wider.second && wider.first < s.end ? 1 : 0;
        if (overlapping == 1) { // the menu that chooses among several would block here
            QTest::keyClick(view, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(!segmentAt(project, sourceId, second, inhibitors->name));
            auto after = segmentAt(project, sourceId, wider, inhibitors->name);
            QVERIFY(after);
            QCOMPARE(after->id, before->id);
            QCOMPARE(stack->count(), 5);
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(segmentAt(project, sourceId, second, inhibitors->name));
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(segmentAt(project, sourceId, wider, inhibitors->name));
        } else {
            qWarning("%d segments overlap the selection; not adjusting from the keyboard", overlapping);
        }
        const int afterCoding = stack->count();

        // Screenshot: the coded transcript.
        QVERIFY(window.showRange(sourceId, first.first, first.first));
        QTest::qWait(50);
        QVERIFY(window.grab().save(shots + QStringLiteral("/gw-session-coded.png")));

        // 7. A memo on the source, typed in the memos dock and saved as typed.
        MemosDock *memos = window.memosDock();
        memos->show();
        memos->raise();
        const Id memo = memos->newMemo({QStringLiteral("source"), sourceId, QStringLiteral("Source: %1").arg(interview->name)});
        QVERIFY(memo != 0);
        QCOMPARE(stack->count(), afterCoding + 1);
        QTest::keyClicks(memos->editor()->titleEdit(), QStringLiteral("Who rings whom"));
        memos->editor()->textEdit()->setFocus();
        QTest::keyClicks(memos->editor()->textEdit(), QStringLiteral("The informal calls carry the exchange."));
        QTRY_COMPARE(project.memo(memo)->body, QStringLiteral("The informal calls carry the exchange."));
        QCOMPARE(project.memo(memo)->title, QStringLiteral("Who rings whom"));
        QVERIFY(project.memo(memo)->targetId == std::optional<Id>(sourceId));

        // 8. Search, then code all the hits with a new code as one step.
        SearchDock *search = window.searchDock();
        search->show();
        search->raise();
        search->queryEdit()->setFocus();
        QTest::keyClicks(search->queryEdit(), QStringLiteral("blueprint*"));
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        const int hits = search->results()->rowCount();
        QVERIFY(hits > 3);
        auto blueprints = window.createCodeNamed(QStringLiteral("Blueprints"), CodeStage::Open);
        QVERIFY2(blueprints.has_value(), blueprints ? "" : qPrintable(blueprints.error().message));
        const int beforeHits = stack->count();
        auto coded = window.codeSearchHits(*blueprints);
        QVERIFY2(coded.has_value(), coded ? "" : qPrintable(coded.error().message));
        QCOMPARE(coded->coded, hits);
        QCOMPARE(segmentCount(project, *blueprints), std::size_t(hits));
        const auto blueprinted = project.segmentsOfCode(*blueprints);
        QVERIFY(blueprinted.has_value());
        for (const SegmentInfo &s : *blueprinted)
            QVERIFY(s.text.startsWith(QStringLiteral("blueprint"), Qt::CaseInsensitive));
        QCOMPARE(stack->count(), beforeHits + 1);

        // 9. Autocode a speaker through Code > Autocode Speaker…: every turn of
        //    P01 in every source, one undo step.
        auto speakers = speakersOf(project);
        QVERIFY(speakers.has_value());
        auto p01 = std::ranges::find(*speakers, QStringLiteral("P01"), &SpeakerSummary::speaker);
        QVERIFY(p01 != speakers->end());
        auto voice = window.createCodeNamed(QStringLiteral("CCIO voice"), CodeStage::Open);
        QVERIFY(voice.has_value());
        const int beforeAutocode = stack->count();
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QStringLiteral("autocodeSpeakerDialog"))
                return;
            dialogSeen = true;
            auto *speakerBox = dialog->findChild<QComboBox *>(QStringLiteral("speakerBox"));
            auto *codeBox = dialog->findChild<QComboBox *>(QStringLiteral("codeBox"));
            if (speakerBox && codeBox) {
                speakerBox->setCurrentIndex(speakerBox->findData(QStringLiteral("P01")));
                codeBox->setCurrentIndex(codeBox->findData(QVariant::fromValue(qint64(*voice))));
                dialog->accept();
            } else {
                dialog->reject();
            }
        });
        coding->autocodeSpeakerAction()->trigger();
        QVERIFY(dialogSeen);
        QCOMPARE(segmentCount(project, *voice), std::size_t(p01->turns));
        QCOMPARE(stack->count(), beforeAutocode + 1);
        auto turns = turnsOfSpeaker(project, QStringLiteral("P01"));
        QVERIFY(turns.has_value());
        const auto voiced = project.segmentsOfCode(*voice);
        QVERIFY(voiced.has_value());
        for (const SegmentInfo &s : *voiced)
            QVERIFY(std::ranges::any_of(*turns, [&](const SpeakerTurn &t) {
                return t.sourceId == s.sourceId && t.start == s.start && t.end == s.end;
            }));
        // Again: every turn is coded already, nothing new on the stack.
        auto again = coding->autocodeSpeaker(QStringLiteral("P01"), *voice);
        QVERIFY(again.has_value());
        QCOMPARE(again->coded, 0);
        QCOMPARE(again->skipped, p01->turns);
        QCOMPARE(stack->count(), beforeAutocode + 1);
        // One undo takes every turn back, one redo codes them again (the window
        // is active again once the dialog is gone).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(segmentCount(project, *voice), std::size_t(0));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(segmentCount(project, *voice), std::size_t(p01->turns));
        QVERIFY(window.statusText().contains(QStringLiteral("all changes saved")));

        // Screenshots: the segments dock on the code used most, the palette.
        QVERIFY(window.selectCode(inhibitors->id));
        window.segmentsDock()->show();
        window.segmentsDock()->raise();
        window.resizeDocks({window.segmentsDock()}, {320}, Qt::Vertical);
        QTRY_VERIFY(window.segmentsDock()->shownModel()->rowCount() > 0);
        QVERIFY(window.showRange(sourceId, first.first, first.first));
        QTest::qWait(50);
        QVERIFY(window.segmentsDock()->grab().save(shots + QStringLiteral("/gw-session-segments.png")));
        QVERIFY(window.grab().save(shots + QStringLiteral("/gw-session-window.png")));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = window.commandPalette();
        QVERIFY(palette->isVisible());
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("code"));
        QTest::qWait(50);
        QVERIFY(palette->list()->count() > 3);
        QVERIFY(window.grab().save(shots + QStringLiteral("/gw-session-palette.png")));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
    }
};

QTEST_MAIN(SessionTest)
#include "session_test.moc"
