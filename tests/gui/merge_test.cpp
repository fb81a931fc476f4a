// File > Merge a Coder's Copy… on the demo project: a copy exported for ben,
// coded and renamed there while the same code is renamed differently here;
// the preview shows the counts and the conflict, the user takes ben's name,
// the merge lands as one undo step, and Ctrl+Z takes it all back. With
// GROUNDWORK_SCREENSHOTS=DIR it saves DIR/gw-merge-preview.png.
#include "core/merge/coder_copy.h"
#include "core/model/project.h"
#include "tests/gui/demo_copies.h"
#include "ui/merge/merge_preview_dialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace gw;

class MergeGuiTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demos.make(QStringLiteral("merge_gui_tests"))); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void previewChoosesAConflictAndTheMergeIsOneUndoStep()
    {
        const QString ours = m_demos.copy();
        const QString theirs = m_demos.filePath(QStringLiteral("ben-copy.groundwork"));
        QString codeName;
        Id source = 0;
        {
            auto project = Project::open(ours);
            QVERIFY(project.has_value());
            auto copy = exportCoderCopy(**project, theirs, QStringLiteral("ben"));
            QVERIFY2(copy.has_value(), copy ? "" : qPrintable(copy.error().message));
            auto codes = (*project)->codes();
            QVERIFY(codes.has_value() && !codes->empty());
            codeName = codes->front().name;
            QVERIFY((*project)->renameCode(codes->front().id, codeName + QStringLiteral(" (ours)")).has_value());
        }
        {
            auto copy = Project::open(theirs);
            QVERIFY(copy.has_value());
            Project &p = **copy;
            QVERIFY(p.setCoder(QStringLiteral("ben")).has_value());
            auto code = p.codeByName(codeName);
            QVERIFY(code.has_value());
            QVERIFY(p.renameCode(code->id, codeName + QStringLiteral(" (ben)")).has_value());
            source = p.sources()->front().id;
            QVERIFY(p.applyCode(source, code->id, 0, 10).has_value());
        }

        auto window = m_demos.openWindow(ours);
        const int segmentsBefore = int(window->project()->counts()->segments);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<MergePreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY2(dialog->summary()->text().contains(QStringLiteral("1 segment")),
                     qPrintable(dialog->summary()->text()));
            QTableWidget *diffs = dialog->differences();
            int conflict = -1;
            for (int row = 0; row < diffs->rowCount(); ++row)
                if (diffs->item(row, 3)->text() == codeName + QStringLiteral(" (ben)"))
                    conflict = row;
            QVERIFY(conflict >= 0);
            QCOMPARE(diffs->item(conflict, 2)->text(), codeName + QStringLiteral(" (ours)"));
            QVERIFY(diffs->item(conflict, 4)->text().startsWith(QStringLiteral("conflict")));
            dialog->setTakeTheirs(conflict, true);
            if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
                QVERIFY(dialog->grab().save(dir + QStringLiteral("/gw-merge-preview.png"), "PNG"));
            checked = true;
            QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        });
        QVERIFY(window->mergeCoderCopyInteractively(theirs));
        QVERIFY(checked);

        Project &project = *window->project();
        QVERIFY(project.codeByName(codeName + QStringLiteral(" (ben)")).has_value());
        QCOMPARE(int(project.counts()->segments), segmentsBefore + 1);
        QVERIFY(project.coderNames()->contains(QStringLiteral("ben")));

        window->undoStack()->undo();
        QVERIFY(project.codeByName(codeName + QStringLiteral(" (ours)")).has_value());
        QCOMPARE(int(project.counts()->segments), segmentsBefore);
    }

    void aFileThatIsNotAProjectIsRefusedByName()
    {
        const QString bad = m_demos.filePath(QStringLiteral("notes.groundwork"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes");
        file.close();
        auto window = m_demos.openWindow();
        bool warned = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *box = QApplication::activeModalWidget();
            QVERIFY(box);
            warned = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text().contains(QStringLiteral("notes.groundwork"));
            box->close();
        });
        QVERIFY(!window->mergeCoderCopyInteractively(bad));
        QVERIFY(warned);
    }
};

QTEST_MAIN(MergeGuiTest)
#include "merge_test.moc"
