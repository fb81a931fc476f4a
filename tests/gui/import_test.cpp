// Importing sources from the workbench: the runner on its own thread feeding
// the window's models batch by batch, cancelling, files dropped on the source
// list, the report dialog's CSV and the import dialog's choices.
#include "core/import/import_job.h"
#include "core/model/project.h"
#include "core/store/database.h"
#include "ui/document/document_view.h"
#include "ui/import/import_dialog.h"
#include "ui/import/import_progress_dialog.h"
#include "ui/import/import_report_dialog.h"
#include "ui/import/import_runner.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/recent_projects.h"
#include "ui/sources/source_list_model.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

using namespace gw;

namespace {

using S = ImportOutcome::Status;

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
}

// A small study: two interviews, two observations, a binary file posing as
// text and a file in a format nothing reads.
QString makeStudy(const QString &root)
{
    write(root + QStringLiteral("/interviews/Alice.txt"),
          "I: How did the project start?\nP: With a phone call.");
    write(root + QStringLiteral("/interviews/Bob.md"),
          "# Bob\n\nI: And then?\nP: We met at the site. 😀");
    write(root + QStringLiteral("/observations/Day one.txt"), "The meeting began late.");
    write(root + QStringLiteral("/observations/Day two.md"), "Coffee, then the plan.");
    write(root + QStringLiteral("/broken.txt"), QByteArray("\x00\x01\x02\xff\xfe binary", 13));
    write(root + QStringLiteral("/scan.xyz"), "not readable");
    return root;
}

QString fileText(int i)
{
    return QStringLiteral("Field note %1\nEverything in it stays whole: %1.").arg(i);
}

// Waits for the window's running import to end and returns its report.
ImportReport waitForImport(MainWindow &window)
{
    QSignalSpy finished(window.importRunner(), &ImportRunner::finished);
    if (window.isImporting() && !finished.wait(60000))
        qWarning("the import did not finish");
    return window.importRunner()->report();
}

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class ImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString newProject()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("study-%1.groundwork").arg(++m_projects));
        auto created = Project::create(path);
        if (!created)
            qFatal("cannot create a project");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("import_tests"));
        RecentProjects().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { RecentProjects().clear(); }

    void importFillsTheSourceListRowByRow()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(newProject()).has_value());
        const QString study = makeStudy(m_dir.filePath(QStringLiteral("study")));
        QAbstractItemModelTester tester(window.sourceModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(window.sourceModel(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(window.sourceModel(), &QAbstractItemModel::rowsInserted);

        QVERIFY(window.importSources({study}, std::nullopt).has_value());
        QVERIFY(window.isImporting());
        auto *progress = window.findChild<ImportProgressDialog *>();
        QVERIFY(progress && progress->isVisible());
        QVERIFY(!fileAction(window, QStringLiteral("&Close"))->isEnabled());
        QVERIFY(!fileAction(window, QStringLiteral("&Open…"))->isEnabled());
        QVERIFY(!window.openProject(newProject()).has_value()); // refused while importing

        const ImportReport report = waitForImport(window);
        QVERIFY(!window.isImporting());
        QVERIFY(fileAction(window, QStringLiteral("&Close"))->isEnabled());
        QCOMPARE(report.count(S::Imported), 4);
        QCOMPARE(report.count(S::Skipped), 1);
        QCOMPARE(report.count(S::Failed), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 4);
        QCOMPARE(window.sourceModel()->rowCount(), 4);
        QCOMPARE(window.sourceModel()->index(0, SourceListModel::KindColumn).data().toString(),
                 QStringLiteral("Interview"));
        QCOMPARE(window.sourceModel()->index(3, SourceListModel::KindColumn).data().toString(),
                 QStringLiteral("Observation"));
        QVERIFY(window.statusText().startsWith(QStringLiteral("4 sources")));
        // Nothing was shown before: the first new source is.
        QCOMPARE(window.sourceView()->currentIndex().row(), 0);
        QCOMPARE(window.documentView()->sourceId(),
                 window.sourceModel()->sourceId(window.sourceModel()->index(0, 0)));
        QTRY_VERIFY(!progress || !progress->isVisible());

        auto *dialog = window.findChild<ImportReportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->summary(), QStringLiteral("Imported 4 · skipped 1 · failed 1"));
        QVERIFY(dialog->problemsOnly()->isChecked());
        QCOMPARE(dialog->visibleRows(), 2);
        QTreeWidget *table = dialog->table();
        QCOMPARE(table->topLevelItemCount(), 6);
        bool namedFailure = false;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = table->topLevelItem(i);
            if (item->text(ImportReportDialog::StatusColumn) == QStringLiteral("Failed")) {
                QCOMPARE(item->text(ImportReportDialog::FileColumn), QStringLiteral("broken.txt"));
                QVERIFY(item->text(ImportReportDialog::ReasonColumn)
                            .contains(QStringLiteral("binary")));
                namedFailure = true;
            }
        }
        QVERIFY(namedFailure);
        dialog->problemsOnly()->setChecked(false);
        QCOMPARE(dialog->visibleRows(), 6);
        dialog->close();

        // The import is one undo step: undo takes all four sources out, redo puts them back.
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Import 4 sources"));
        window.undoStack()->undo();
        QCOMPARE(window.sourceModel()->rowCount(), 0);
        QCOMPARE(window.project()->sources()->size(), 0u);
        window.undoStack()->redo();
        QCOMPARE(window.sourceModel()->rowCount(), 4);
        QVERIFY(window.statusText().startsWith(QStringLiteral("4 sources")));
    }

    void cancelKeepsWholeSourcesAndTheWindowWorks()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(newProject()).has_value());
        const QString folder = m_dir.filePath(QStringLiteral("many/observations"));
        constexpr int kFiles = 200;
        for (int i = 0; i < kFiles; ++i)
            write(folder + QStringLiteral("/note-%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                  fileText(i).toUtf8());

        // Another connection holds the write lock, so the job waits on its first
        // batch until the cancel is in: on a fast machine it would finish first.
        auto blocker = Database::open(window.project()->path(), Database::Mode::ReadWrite);
        QVERIFY(blocker.has_value());
        QVERIFY(blocker->exec(QStringLiteral("BEGIN IMMEDIATE")).has_value());
        QSignalSpy progress(window.importRunner(), &ImportRunner::progress);
        QVERIFY(window.importSources({folder}, std::nullopt).has_value());
        QVERIFY(progress.wait(10000));
        auto *dialog = window.findChild<ImportProgressDialog *>();
        QVERIFY(dialog);
        dialog->reject(); // what Cancel and Escape do
        QCOMPARE(dialog->headline(), QStringLiteral("Cancelling…"));
        QVERIFY(window.isImporting());
        QVERIFY(blocker->exec(QStringLiteral("ROLLBACK")).has_value());
        const ImportReport report = waitForImport(window);
        QVERIFY(report.cancelled);
        const int imported = report.count(S::Imported);
        QVERIFY2(imported < kFiles, qPrintable(QString::number(imported)));

        Project *p = window.project();
        auto sources = p->sources();
        QVERIFY(sources.has_value());
        QCOMPARE(int(sources->size()), imported);
        QCOMPARE(window.sourceModel()->rowCount(), imported);
        for (const SourceInfo &s : *sources) {
            auto text = p->sourceText(s.id);
            QVERIFY(text.has_value());
            const int i = s.name.mid(5).toInt();
            QCOMPARE(*text, fileText(i));
        }
        if (auto *report_ = window.findChild<ImportReportDialog *>()) {
            QVERIFY(report_->summary().startsWith(QStringLiteral("Cancelled: imported")));
            report_->close();
        }

        // The window still works, and importing again brings in the rest.
        QVERIFY(fileAction(window, QStringLiteral("&Close"))->isEnabled());
        if (imported > 0)
            QVERIFY(window.selectSource(0));
        QVERIFY(window.importSources({folder}, std::nullopt).has_value());
        const ImportReport again = waitForImport(window);
        QCOMPARE(again.count(S::Imported), kFiles - imported);
        QCOMPARE(again.count(S::Skipped), imported);
        QCOMPARE(window.sourceModel()->rowCount(), kFiles);
    }

    void droppedFoldersImport()
    {
        MainWindow window;
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(newProject()).has_value());
        const QString study = makeStudy(m_dir.filePath(QStringLiteral("dropped")));

        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(study + QStringLiteral("/interviews")),
                      QUrl::fromLocalFile(study + QStringLiteral("/observations/Day one.txt"))});
        QWidget *viewport = window.sourceView()->viewport();
        const QPoint at = viewport->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, &data, Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(drop.dropAction(), Qt::CopyAction);
        QVERIFY(window.isImporting());

        const ImportReport report = waitForImport(window);
        QCOMPARE(report.count(S::Imported), 3);
        QCOMPARE(window.sourceModel()->rowCount(), 3);
        auto day = window.project()->sourceByName(QStringLiteral("Day one"));
        QVERIFY(day.has_value());
        QVERIFY(day->kind == SourceKind::Observation);

        // Drags of anything but local files are left to the view.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.org/a.txt"))});
        QDragEnterEvent other(at, Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        other.ignore();
        QApplication::sendEvent(viewport, &other);
        QVERIFY(!other.isAccepted());
    }

    void reportSavesAsCsv()
    {
        ImportReport report;
        report.outcomes.push_back({QStringLiteral("/data/interviews/Alice.txt"),
                                   S::Imported,
                                   {},
                                   QStringLiteral("Alice"),
                                   1});
        report.outcomes.push_back(
            {QStringLiteral("/data/broken.txt"),
             S::Failed,
             QStringLiteral("/data/broken.txt is not a text file (it contains \"binary\" data)."),
             {},
             0});
        report.outcomes.push_back(
            {QStringLiteral("/data/Smith, J.txt"), S::Skipped,
             QStringLiteral("/data/Smith, J.txt: the same text is already in the project"),
             QStringLiteral("Smith, J"), 0});
        ImportReportDialog dialog(report, 3);
        QCOMPARE(dialog.summary(), QStringLiteral("Imported 1 · skipped 1 · failed 1"));
        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(dialog.save(path).has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 QStringLiteral(
                     "status,path,source,reason\n"
                     "imported,/data/interviews/Alice.txt,Alice,\n"
                     "failed,/data/broken.txt,,\"/data/broken.txt is not a text file (it contains "
                     "\"\"binary\"\" data).\"\n"
                     "skipped,\"/data/Smith, J.txt\",\"Smith, J\",the same text is already in the "
                     "project\n"));
        QVERIFY(
            !dialog.save(m_dir.filePath(QStringLiteral("no/such/folder/report.csv"))).has_value());
    }

    void importDialogCountsFilesAndChoosesTheKind()
    {
        const QString study = makeStudy(m_dir.filePath(QStringLiteral("chosen")));
        ImportDialog dialog;
        QCOMPARE(dialog.countText(), QStringLiteral("0 files to import"));
        dialog.addPaths({study + QStringLiteral("/interviews"), study + QStringLiteral("/scan.xyz"),
                         study + QStringLiteral("/interviews/")});
        QCOMPARE(dialog.paths().size(), 2);
        QCOMPARE(dialog.fileCount(), 3);
        QCOMPARE(dialog.countText(),
                 QStringLiteral(
                     "3 files to import (1 in formats Groundwork cannot read will be skipped)"));
        QVERIFY(!dialog.options().kind.has_value());
        dialog.setKindChoice(ImportDialog::ObservationKind);
        QVERIFY(dialog.options().kind == SourceKind::Observation);
        dialog.setKindChoice(ImportDialog::InterviewKind);
        QVERIFY(dialog.kind() == SourceKind::Interview);
        QVERIFY(ImportDialog::fileFilter().contains(QStringLiteral("*.txt")));
        QVERIFY(ImportDialog::fileFilter().contains(QStringLiteral("*.md")));
    }
};

QTEST_MAIN(ImportTest)
#include "import_test.moc"
