// File > Import REFI-QDA: the preview dialog, offscreen, on a file built here
// (a project with one text source, a coding of a code missing from the
// codebook, a PDF source, a set and a schema deviation) and on a refused one.
// With GROUNDWORK_SCREENSHOTS=DIR it saves DIR/gw-refi-preview.png; with the
// shared samples (GW_REFI_SAMPLES) also DIR/gw-refi-qualcoder.png.
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "ui/mainwindow/main_window.h"
#include "ui/sources/source_list_model.h"
#include "core/refi/import_writer.h"
#include "ui/refi/refi_import_dialog.h"
#include "tests/unit/refi/raw_zip.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QTreeWidget>

using namespace gw;

namespace {

// Plain literals, not a raw string: moc cannot read past a raw string holding "//".
const char *kQde =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"pilot\" origin=\"SomeTool 2.1\">\n"
    " <Users><User guid=\"11111111-0000-4000-8000-000000000001\" name=\"ana\"/></Users>\n"
    " <CodeBook><Codes>\n"
    "  <Code guid=\"11111111-0000-4000-8000-000000000010\" name=\"Readiness\" isCodable=\"false\">\n"
    "   <Code guid=\"11111111-0000-4000-8000-000000000011\" name=\"site visits\" isCodable=\"true\" color=\"#3D6CB3\"/>\n"
    "  </Code>\n"
    "  <Code guid=\"11111111-0000-4000-8000-000000000012\" name=\"go-live\" isCodable=\"true\"/>\n"
    " </Codes></CodeBook>\n"
    " <Sources>\n"
    "  <TextSource guid=\"11111111-0000-4000-8000-000000000020\" name=\"P01 interview\">\n"
    "   <PlainTextContent>We visited the pilot site twice before go-live.</PlainTextContent>\n"
    "   <PlainTextSelection guid=\"11111111-0000-4000-8000-000000000030\" startPosition=\"3\" endPosition=\"31\">\n"
    "    <Coding guid=\"11111111-0000-4000-8000-000000000031\"><CodeRef targetGUID=\"11111111-0000-4000-8000-000000000011\"/></Coding>\n"
    "   </PlainTextSelection>\n"
    "   <PlainTextSelection guid=\"11111111-0000-4000-8000-000000000032\" startPosition=\"39\" endPosition=\"46\">\n"
    "    <Coding guid=\"11111111-0000-4000-8000-000000000033\"><CodeRef targetGUID=\"11111111-0000-4000-8000-0000000000ff\"/></Coding>\n"
    "   </PlainTextSelection>\n"
    "  </TextSource>\n"
    "  <PDFSource guid=\"11111111-0000-4000-8000-000000000021\" name=\"Blueprint.pdf\" path=\"relative:///blueprint.pdf\"/>\n"
    " </Sources>\n"
    " <Notes><Note guid=\"11111111-0000-4000-8000-000000000040\" name=\"First impressions\"><PlainTextContent>Keen team.</PlainTextContent></Note></Notes>\n"
    " <Sets><Set guid=\"11111111-0000-4000-8000-000000000050\" name=\"Wave 1\"><MemberSource targetGUID=\"11111111-0000-4000-8000-000000000020\"/></Set></Sets>\n"
    " <Shapes/>\n"
    "</Project>\n";

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w.grab().save(QDir(dir).filePath(name));
}

// The project above written to DIR/pilot.qde; its path.
QString writePilot(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("pilot.qde"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(kQde) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class RefiImportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewListsWhatComesInAndWhatDoesNot()
    {
        QTemporaryDir dir;
        const QString path = writePilot(dir);

        RefiImportDialog dialog(true);
        QVERIFY(dialog.load(path).has_value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.mergeButton()->isEnabled());
        QVERIFY(dialog.mergeChosen());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1 source, 3 codes")));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1 segment")));
        QStringList why;
        for (int i = 0; i < dialog.skippedList()->topLevelItemCount(); ++i)
            why << dialog.skippedList()->topLevelItem(i)->text(2);
        const QString all = why.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("PDF sources are not supported yet")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("not in the codebook")), qPrintable(all));
        QCOMPARE(dialog.plan()->sets.size(), 1u); // "Wave 1", a set of sources
        QStringList warnings;
        for (int i = 0; i < dialog.warningList()->count(); ++i)
            warnings << dialog.warningList()->item(i)->text();
        QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("Shapes")), qPrintable(warnings.join(u'\n')));
        screenshot(dialog, QStringLiteral("gw-refi-preview.png"));
    }

    // A REFI-QDA file handed to the window (what a double-click on a .qdpx
    // or .qdc does through the desktop file) opens in the import preview; with
    // no project open it can only become a new project, and cancelling it
    // leaves the window as it was.
    void aRefiFileGivenToTheWindowOpensThePreview()
    {
        QTemporaryDir dir;
        const QString path = writePilot(dir);

        MainWindow window;
        window.show();
        bool previewed = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<RefiImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            previewed = true;
            QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("1 source, 3 codes")));
            QVERIFY(!dialog->mergeButton()->isEnabled());
            dialog->reject();
        });
        window.importRefiFile(path);
        QVERIFY(previewed);
        QVERIFY(!window.project());
    }

    // CRLF text whose positions count a line end as one (QualCoder's export for
    // MAXQDA): the preview reads it that way from the quotes, shows it, and
    // reads the file again as the researcher chooses.
    void thePositionReadingCanBeChosen()
    {
        const QByteArray text = "One line.\r\nTwo: the board mandated it.\r\n";
        const QByteArray qde =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" origin=\"QualCoder 3.6\">"
            "<CodeBook><Codes><Code guid=\"11111111-0000-4000-8000-000000000011\" name=\"mandate\" isCodable=\"true\"/>"
            "</Codes></CodeBook><Sources><TextSource guid=\"11111111-0000-4000-8000-000000000020\" name=\"P01\" "
            "plainTextPath=\"internal://11111111-0000-4000-8000-000000000020.txt\">"
            "<PlainTextSelection guid=\"11111111-0000-4000-8000-000000000030\" name=\"the board mandated it\" "
            "startPosition=\"15\" endPosition=\"36\"><Coding guid=\"11111111-0000-4000-8000-000000000031\">"
            "<CodeRef targetGUID=\"11111111-0000-4000-8000-000000000011\"/></Coding></PlainTextSelection>"
            "</TextSource></Sources></Project>\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("for-maxqda.qdpx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::rawZip({{"project.qde", qde}, {"sources/11111111-0000-4000-8000-000000000020.txt", text}}));
        f.close();

        RefiImportDialog dialog(false);
        QVERIFY(dialog.load(path).has_value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(int(dialog.plan()->preview.positions), int(refi::PositionUnit::LineEndAsOne));
        QCOMPARE(dialog.plan()->preview.quotesMatched, 1);
        QComboBox *box = dialog.positionsBox();
        QCOMPARE(box->currentIndex(), 0); // as the file suggests
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // "Read positions in code points"
        QCOMPARE(box->currentIndex(), 1);
        QVERIFY(dialog.plan()->preview.positionsChosen);
        QCOMPARE(int(dialog.plan()->preview.positions), int(refi::PositionUnit::CodePoints));
        QCOMPARE(dialog.plan()->preview.quotesMatched, 0);
        screenshot(dialog, QStringLiteral("gw-refi-positions.png"));
    }

    // Merged into an open project, the import is one undo step: undo gives
    // back the project as it was, redo the merged one, and the views follow.
    void aMergeIsOneUndoStep()
    {
        QTemporaryDir dir;
        const QString path = writePilot(dir);
        const QString demo = dir.filePath(QStringLiteral("demo.groundwork"));
        QVERIFY(createDemoProject(demo).has_value());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(demo).has_value());
        const int sources = window.sourceModel()->rowCount();
        RefiImportDialog dialog(true);
        QVERIFY(dialog.load(path).has_value());
        auto merged = window.mergeRefi(*dialog.plan(), QStringLiteral("pilot.qde"));
        QVERIFY2(merged.has_value(), merged ? "" : qPrintable(merged.error().message));
        QCOMPARE(merged->sourcesAdded, 1);
        QCOMPARE(window.sourceModel()->rowCount(), sources + 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Merge pilot.qde"));
        window.undoStack()->undo();
        QCOMPARE(window.sourceModel()->rowCount(), sources);
        QCOMPARE(int(window.project()->sources()->size()), sources);
        window.undoStack()->redo();
        QCOMPARE(window.sourceModel()->rowCount(), sources + 1);
    }

    void refusedFileSaysWhyAndCannotBeImported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.qdpx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a zip at all");
        f.close();
        RefiImportDialog dialog(false);
        QVERIFY(!dialog.load(path).has_value());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.mergeButton()->isEnabled());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("broken.qdpx")));
    }

#ifdef GW_REFI_SAMPLES
    void qualCoderSamplePreview()
    {
        RefiImportDialog dialog(false);
        QVERIFY(dialog.load(QStringLiteral(GW_REFI_SAMPLES "/qualcoder-3.6__mannheimer_cases.qdpx")).has_value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("753 segments")));
        screenshot(dialog, QStringLiteral("gw-refi-qualcoder.png"));
    }
#endif

    void fileMenuOffersImportAndExport()
    {
        MainWindow window;
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    texts << a->text();
        QVERIFY(texts.contains(QStringLiteral("Import &REFI-QDA…")));
        QVERIFY(texts.contains(QStringLiteral("&Export REFI-QDA…")));
    }
};

QTEST_MAIN(RefiImportDialogTest)
#include "refi_test.moc"
