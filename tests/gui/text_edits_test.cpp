// Editing sources' texts in the workbench on the demo (offscreen): Edit > Edit
// Source Text corrects the selected words through its dialog, Mark for
// Anonymisation and the Anonymise Sources dialog replace names everywhere after
// a preview in which a replacement can be left out; each is one undo step.
// With GROUNDWORK_SCREENSHOTS=DIR it saves DIR/gw-anonymise.png and
// DIR/gw-edit-text.png.
#include "core/model/project.h"
#include "core/text/positions.h"
#include "tests/gui/demo_copies.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/anonymise_dialog.h"
#include "ui/sources/source_list_model.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
        widget->grab().save(dir + u'/' + name, "PNG");
}

// Selects the first occurrence of WORDS in the shown document.
bool selectWords(DocumentView *view, const QString &words)
{
    const qsizetype at = view->document()->toPlainText().indexOf(words);
    if (at < 0)
        return false;
    QTextCursor cursor(view->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + words.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    return true;
}

// How often WORDS occur in all the project's texts.
int occurrences(Project &project, const QString &words)
{
    int n = 0;
    const auto sources = project.sources();
    for (const SourceInfo &s : sources.value_or(std::vector<SourceInfo>{}))
        n += int(project.sourceText(s.id).value_or(QString()).count(words));
    return n;
}

} // namespace

class TextEditsTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demos.make(QStringLiteral("text_edits_gui_tests"))); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void editingTheSelectedWordsIsOneUndoStep()
    {
        auto window = m_demos.openWindow();
        Project &p = *window->project();
        DocumentView *view = window->documentView();
        const Id source = view->sourceId();
        const QString before = *p.sourceText(source);
        const std::int64_t segments = p.source(source)->segmentCount;
        const QString wrong = before.section(u' ', 3, 3).remove(QRegularExpression(QStringLiteral("[^\\w]")));
        QVERIFY(!wrong.isEmpty());
        QVERIFY(selectWords(view, wrong));
        // The dialog is modal: answer it when it shows.
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == u"editSourceTextDialog" && w->isVisible()) {
                    auto *text = w->findChild<QPlainTextEdit *>(QStringLiteral("editSourceText"));
                    QCOMPARE(text->toPlainText(), wrong);
                    text->selectAll();
                    QTest::keyClicks(text, QStringLiteral("corrected words"));
                    screenshot(w, QStringLiteral("gw-edit-text.png"));
                    auto *buttons = w->findChild<QDialogButtonBox *>();
                    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
                    answered = true;
                }
        });
        const int steps = window->undoStack()->count();
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
        QVERIFY(answered);
        QCOMPARE(window->undoStack()->count(), steps + 1);
        QVERIFY(p.sourceText(source)->contains(QStringLiteral("corrected words")));
        QVERIFY(view->document()->toPlainText().contains(QStringLiteral("corrected words")));
        QCOMPARE(p.source(source)->segmentCount, segments);
        window->undoStack()->undo();
        QCOMPARE(*p.sourceText(source), before);
        QCOMPARE(view->document()->toPlainText(), before);
    }

    void namesAreMarkedPreviewedAndReplacedAsOneUndoStep()
    {
        auto window = m_demos.openWindow();
        Project &p = *window->project();
        DocumentView *view = window->documentView();
        const Id p01 = p.sourceByName(QStringLiteral("interview-p01-ccio-site-a"))->id;
        QVERIFY(window->selectSource(window->sourceModel()->indexOfSource(p01).row()));
        QCOMPARE(view->sourceId(), p01);
        const int interviewers = occurrences(p, QStringLiteral("Interviewer"));
        QVERIFY(interviewers > 10);
        QVERIFY(selectWords(view, QStringLiteral("Interviewer")));
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
        AnonymiseDialog *dialog = window->anonymiseDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->names().size(), 1u);
        QCOMPARE(dialog->names().front().name, QStringLiteral("Interviewer"));
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->addName(QStringLiteral("respiratory medicine"), QStringLiteral("specialty_A"));
        // A memo naming the specialty is anonymised with the texts, in the same undo step.
        const Id memo = *p.addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Access"),
                                   QStringLiteral("Came through respiratory medicine."));
        const auto memoBody = [&] {
            for (const MemoInfo &m : p.memos().value_or(std::vector<MemoInfo>{}))
                if (m.id == memo)
                    return m.body;
            return QString();
        };

        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("anonymiseApply"));
        QVERIFY(!apply->isEnabled()); // nothing found yet, no mapping
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("anonymiseFind")), Qt::LeftButton);
        QTRY_VERIFY(dialog->plan().has_value());
        QTreeWidget *preview = dialog->preview();
        QCOMPARE(preview->topLevelItemCount(), interviewers + 1);
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("anonymiseSummary"))->text();
        QVERIFY(summary.contains(QStringLiteral("[site_A]")));
        QVERIFY2(summary.contains(QStringLiteral("memo texts (1)")), qPrintable(summary));
        // Leave the first replacement out.
        preview->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QVERIFY(!apply->isEnabled()); // still no mapping
        auto *mapping = dialog->findChild<QLineEdit *>(QStringLiteral("anonymiseMapping"));
        QTest::keyClicks(mapping, m_demos.filePath(QStringLiteral("mapping.csv")));
        QVERIFY(apply->isEnabled());
        dialog->resize(1100, 700);
        screenshot(dialog, QStringLiteral("gw-anonymise.png"));

        const int steps = window->undoStack()->count();
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(window->undoStack()->count(), steps + 1);
        QCOMPARE(occurrences(p, QStringLiteral("Interviewer")), 1);
        QCOMPARE(occurrences(p, QStringLiteral("respiratory medicine")), 0);
        QCOMPARE(occurrences(p, QStringLiteral("[specialty_A]")), 1);
        QCOMPARE(memoBody(), QStringLiteral("Came through [specialty_A]."));
        // The document shows the new text at once.
        QCOMPARE(view->document()->toPlainText(), *p.sourceText(view->sourceId()));
        QVERIFY(!view->document()->toPlainText().contains(QStringLiteral("respiratory medicine")));
        QVERIFY(QFile::exists(m_demos.filePath(QStringLiteral("mapping.csv"))));
        window->undoStack()->undo();
        QCOMPARE(occurrences(p, QStringLiteral("Interviewer")), interviewers);
        QCOMPARE(occurrences(p, QStringLiteral("[specialty_A]")), 0);
        QCOMPARE(memoBody(), QStringLiteral("Came through respiratory medicine."));
        window->undoStack()->redo();
        QCOMPARE(occurrences(p, QStringLiteral("Interviewer")), 1);
    }
};

QTEST_MAIN(TextEditsTest)
#include "text_edits_test.moc"
