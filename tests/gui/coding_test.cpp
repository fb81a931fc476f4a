// Coding from the document view in the real main window on the demo project:
// the "Code with…" popup (an existing code and a new one), a recent-code
// shortcut, in vivo, uncode, and undo/redo by keyboard, checking the store after
// each step.
#include "core/commands/code_in_vivo.h"
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "core/text/positions.h"
#include "ui/document/code_picker.h"
#include "ui/document/coding_actions.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/recent_projects.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTest>
#include <QUndoStack>

using namespace gw;

class CodingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Selects WORDS words of line LINE of the shown source; returns the code point range.
    static std::pair<std::int64_t, std::int64_t> selectWords(DocumentView *view, int line, int words, int skip = 0)
    {
        QTextCursor cursor(view->document()->findBlockByNumber(line));
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::NextWord, QTextCursor::MoveAnchor, skip);
        cursor.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor, words);
        while (cursor.selectedText().endsWith(QLatin1Char(' ')))
            cursor.setPosition(cursor.position() - 1, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        const QString text = view->document()->toPlainText();
        return {text::codePointIndex(text, cursor.selectionStart()), text::codePointIndex(text, cursor.selectionEnd())};
    }

    static std::optional<SegmentInfo> segmentAt(Project &project, Id sourceId, std::pair<std::int64_t, std::int64_t> range,
                                                const QString &codeName)
    {
        for (const SegmentInfo &s : project.segmentsOfSource(sourceId).value_or(std::vector<SegmentInfo>{}))
            if (s.start == range.first && s.end == range.second && s.codeName == codeName)
                return s;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("coding_gui_tests"));
        QVERIFY(m_dir.isValid());
    }

    void codesUncodesUndoesAndRedoesFromTheKeyboard()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.groundwork"));
        {
            auto demo = createDemoProject(path); // closed again at the end of this scope
            QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().message));
        }
        MainWindow window;
        QVERIFY(window.openProject(path).has_value());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectSource(0));
        Project &project = *window.project();
        DocumentView *view = window.documentView();
        const Id sourceId = view->sourceId();
        QUndoStack *stack = window.undoStack();
        CodePicker *picker = window.codingActions()->codePicker();
        view->setFocus();
        QCOMPARE(stack->count(), 0);

        // 1. The popup: filter by typing, Enter applies the first match.
        const auto first = selectWords(view, 2, 3);
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTest::keyClicks(picker->filterEdit(), QStringLiteral("personal inh"));
        QCOMPARE(picker->list()->currentItem()->text(), QStringLiteral("Personal inhibitors"));
        {
            QImage shot = window.grab().toImage();
            QPainter painter(&shot);
            painter.drawPixmap(window.mapFromGlobal(picker->mapToGlobal(QPoint(0, 0))), picker->grab());
            painter.end();
            QVERIFY(shot.save(QStringLiteral("/tmp/gw-code-with.png")));
        }
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        QVERIFY(segmentAt(project, sourceId, first, QStringLiteral("Personal inhibitors")));
        QCOMPARE(stack->count(), 1);

        // 2. The popup's last entry creates the typed code and applies it: one step.
        const auto second = selectWords(view, 4, 2);
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(picker->isVisible());
        QTest::keyClicks(picker->filterEdit(), QStringLiteral("Rehearsing the pitch"));
        QVERIFY(picker->list()->currentItem()->text().startsWith(QStringLiteral("Create code")));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QVERIFY(segmentAt(project, sourceId, second, QStringLiteral("Rehearsing the pitch")));
        QCOMPARE(stack->count(), 2);

        // 3. Ctrl+1 applies the code used last.
        const auto third = selectWords(view, 6, 2);
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(segmentAt(project, sourceId, third, QStringLiteral("Rehearsing the pitch")));

        // 4. In vivo: a code named by the words, applied to them.
        const auto fourth = selectWords(view, 8, 3, 6);
        const QString words = CodeInVivo::nameFor(view->textCursor().selectedText());
        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto inVivo = project.codeByName(words);
        QVERIFY2(inVivo.has_value(), qPrintable(words));
        QVERIFY(inVivo->stage == CodeStage::Open);
        QVERIFY(segmentAt(project, sourceId, fourth, words));
        QCOMPARE(stack->count(), 4);

        // 5. Uncode the in vivo segment (the selection is still on it).
        QTest::keyClick(view, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!segmentAt(project, sourceId, fourth, words));
        QCOMPARE(stack->count(), 5);

        // 6. Undo and redo by keyboard.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(segmentAt(project, sourceId, fourth, words));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // the in vivo coding, code and all
        QVERIFY(!segmentAt(project, sourceId, fourth, words));
        QVERIFY(!project.codeByName(words));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(segmentAt(project, sourceId, fourth, words));
        QVERIFY(project.codeByName(words));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!segmentAt(project, sourceId, fourth, words));
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stack->index(), 0);
        QVERIFY(!segmentAt(project, sourceId, first, QStringLiteral("Personal inhibitors")));
        QVERIFY(!project.codeByName(QStringLiteral("Rehearsing the pitch")));
        QVERIFY(window.statusText().contains(QStringLiteral("all changes saved")));
    }
};

QTEST_MAIN(CodingTest)
#include "coding_test.moc"
