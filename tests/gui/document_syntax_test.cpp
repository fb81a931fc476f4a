// The document view highlights a source by what it is: an interview with our
// "Groundwork Transcript" definition (found in groundwork_syntax's resource, as
// the workbench finds it), Markdown as Markdown, anything else as plain text;
// coded-segment tints stay on top, as backgrounds only.
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/source_list_model.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace gw;

namespace {

// The format the highlighter gave the character at POSITION of BLOCK, if any.
std::optional<QTextCharFormat> formatAt(const QTextBlock &block, int position)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    return std::nullopt;
}

} // namespace

class DocumentSyntaxTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // Shows the demo source named NAME in WINDOW.
    static bool showSource(MainWindow &window, const QString &name)
    {
        auto source = window.project()->sourceByName(name);
        if (!source)
            return false;
        return window.selectSource(window.sourceModel()->indexOfSource(source->id).row());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.groundwork"));
        auto demo = createDemoProject(m_demo);
        QVERIFY2(demo.has_value(), demo ? "" : qPrintable(demo.error().message));
    }

    void ourDefinitionIsFoundInTheLinkedResource()
    {
        KSyntaxHighlighting::Repository repository;
        const auto definition =
            repository.definitionForName(QStringLiteral("Groundwork Transcript"));
        QVERIFY(definition.isValid());
        QVERIFY(definition.filePath().startsWith(
            QStringLiteral(":/org.kde.syntax-highlighting/syntax-addons/")));
    }

    void interviewTurnsShowSpeakerAndTimestampApart()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_demo).has_value());
        QVERIFY(showSource(window, QStringLiteral("interview-p01-ccio-site-a")));

        DocumentView *view = window.documentView();
        KSyntaxHighlighting::SyntaxHighlighter *highlighter = view->highlighter();
        QVERIFY(qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter) != nullptr);
        QCOMPARE(highlighter->definition().name(), QStringLiteral("Groundwork Transcript"));
        QCOMPARE(highlighter->document(), view->document());

        // "[00:00:05] Interviewer: Thanks for making time..."
        const QTextBlock first = view->document()->firstBlock();
        QVERIFY(first.text().startsWith(QStringLiteral("[00:00:05] Interviewer: ")));
        QTRY_VERIFY(!first.layout()->formats().isEmpty()); // highlighting runs once the loop turns
        const auto timestamp = formatAt(first, 1);
        const auto speaker = formatAt(first, 12);
        QVERIFY(timestamp && speaker);
        QVERIFY(speaker->fontWeight() >= QFont::DemiBold);
        QVERIFY(timestamp->fontWeight() < QFont::DemiBold);
        QVERIFY(timestamp->foreground() != speaker->foreground());
        // The words themselves are set plainly, unlike either.
        const auto words = formatAt(first, 30);
        QVERIFY(!words || (words->fontWeight() < QFont::DemiBold &&
                           words->foreground() != timestamp->foreground()));

        // Placeholders are picked out too: "[site_A]" in P01's first answer.
        const QTextBlock answer = first.next().next();
        const int site = int(answer.text().indexOf(QStringLiteral("[site_A]")));
        QVERIFY(site > 0);
        QTRY_VERIFY(formatAt(answer, site + 1).has_value());

        // Tints are backgrounds drawn over the highlighting, never a text colour.
        QVERIFY(view->tintCount() > 0);
        for (const QTextEdit::ExtraSelection &tint : view->extraSelections()) {
            QVERIFY(tint.format.hasProperty(QTextFormat::BackgroundBrush));
            QVERIFY(!tint.format.hasProperty(QTextFormat::ForegroundBrush));
            QVERIFY(tint.format.background().color().alphaF() < 0.5);
        }
    }

    void markdownAndPlainTextGetTheirOwnTreatment()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_demo).has_value());
        QVERIFY(showSource(window, QStringLiteral("document-blueprint-medicines-management")));
        KSyntaxHighlighting::SyntaxHighlighter *highlighter = window.documentView()->highlighter();
        QCOMPARE(highlighter->definition().name(), QStringLiteral("Markdown"));
        const QTextBlock heading = window.documentView()->document()->firstBlock();
        QVERIFY(heading.text().startsWith(QStringLiteral("# ")));
        QTRY_VERIFY(formatAt(heading, 3).has_value());

        // A plain-text observation is left plain.
        auto observation =
            window.project()->sourceByName(QStringLiteral("observation-user-group-meeting"));
        QVERIFY(observation.has_value());
        QCOMPARE(observation->originalFormat, QStringLiteral("text"));
        QVERIFY(showSource(window, observation->name));
        QCOMPARE(highlighter->document(), nullptr);
        QCoreApplication::processEvents();
        QVERIFY(window.documentView()->document()->firstBlock().layout()->formats().isEmpty());

        // Back to an interview: highlighted again.
        QVERIFY(showSource(window, QStringLiteral("interview-p02-programme-manager-site-b")));
        QCOMPARE(highlighter->definition().name(), QStringLiteral("Groundwork Transcript"));
        QCOMPARE(highlighter->document(), window.documentView()->document());
    }
};

QTEST_MAIN(DocumentSyntaxTest)
#include "document_syntax_test.moc"
