// File > Merge a Coder's Copy… on the demo project: a copy exported for ben,
// coded and renamed there while the same code is renamed differently here;
// ben also narrows a passage both copies hold; the preview shows the counts,
// the conflict and the segment edit, the user takes ben's name, the merge
// lands as one undo step that the document and source list follow, and
// Ctrl+Z takes it all back. With
// GROUNDWORK_SCREENSHOTS=DIR it saves DIR/gw-merge-preview.png.
#include "core/merge/coder_copy.h"
#include "core/model/project.h"
#include "tests/gui/demo_copies.h"
#include "ui/document/document_view.h"
#include "ui/merge/merge_preview_dialog.h"
#include "ui/sources/source_list_model.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
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
        auto window = m_demos.openWindow(ours);
        Project &project = *window->project();
        const Id source = window->documentView()->sourceId();
        QVERIFY(source != 0);
        auto codes = project.codes();
        QVERIFY(codes.has_value() && !codes->empty());
        const QString codeName = codes->front().name;
        const Id codeId = codes->front().id;
        auto exported = exportCoderCopy(project, theirs, QStringLiteral("ben"));
        QVERIFY2(exported.has_value(), exported ? "" : qPrintable(exported.error().message));
        QVERIFY(project.renameCode(codeId, codeName + QStringLiteral(" (ours)")).has_value());
        SegmentInfo edited;
        {
            auto copy = Project::open(theirs);
            QVERIFY(copy.has_value());
            Project &p = **copy;
            QVERIFY(p.setCoder(QStringLiteral("ben")).has_value());
            QVERIFY(p.renameCode(codeId, codeName + QStringLiteral(" (ben)")).has_value());
            QVERIFY(p.applyCode(source, codeId, 0, 10).has_value());
            // Ben also narrows a passage both copies hold.
            auto segments = p.segmentsOfSource(source);
            QVERIFY(segments.has_value() && segments->size() > 1);
            edited = segments->back();
            QVERIFY(edited.end - edited.start > 2);
            QVERIFY(p.updateSegment(edited.id, edited.codeId, edited.start, edited.end - 1).has_value());
        }

        const int segmentsBefore = int(project.counts()->segments);
        const int tintsBefore = window->documentView()->tintCount();
        const QModelIndex sourceRow = window->sourceModel()->indexOfSource(source).siblingAtColumn(
            SourceListModel::SegmentsColumn);
        const int sourceCountBefore = sourceRow.data().toInt();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<MergePreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeOnFailure = qScopeGuard([&] {
                if (!checked)
                    dialog->reject(); // a failed check ends the test instead of leaving the dialog up
            });
            QVERIFY2(dialog->summary()->text().contains(QStringLiteral("1 segment")),
                     qPrintable(dialog->summary()->text()));
            QVERIFY2(dialog->summary()->text().contains(QStringLiteral("1 segment edited as in their copy")),
                     qPrintable(dialog->summary()->text()));
            QTableWidget *diffs = dialog->differences();
            int conflict = -1, segment = -1;
            for (int row = 0; row < diffs->rowCount(); ++row) {
                if (diffs->item(row, 3)->text() == codeName + QStringLiteral(" (ben)"))
                    conflict = row;
                if (diffs->item(row, 0)->text().startsWith(QStringLiteral("segment ")))
                    segment = row;
            }
            QVERIFY(conflict >= 0);
            QCOMPARE(diffs->item(conflict, 2)->text(), codeName + QStringLiteral(" (ours)"));
            QVERIFY(diffs->item(conflict, 4)->text().startsWith(QStringLiteral("conflict")));
            QVERIFY(segment >= 0);
            QCOMPARE(diffs->item(segment, 4)->text(), QStringLiteral("changed only in their copy"));
            QVERIFY(diffs->item(segment, 3)->text().endsWith(QStringLiteral("–%1").arg(edited.end - 1)));
            // Take ben's name with the keyboard: Space on the row's check box.
            QCOMPARE(diffs->item(conflict, 5)->checkState(), Qt::Unchecked);
            QCOMPARE(diffs->item(segment, 5)->checkState(), Qt::Checked);
            diffs->setFocus();
            diffs->setCurrentCell(conflict, 5);
            QTest::keyClick(diffs->viewport(), Qt::Key_Space);
            QCOMPARE(diffs->item(conflict, 5)->checkState(), Qt::Checked);
            QTRY_VERIFY2(dialog->summary()->text().contains(QStringLiteral("1 value taken")),
                         qPrintable(dialog->summary()->text()));
            if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
                QVERIFY(dialog->grab().save(dir + QStringLiteral("/gw-merge-preview.png"), "PNG"));
            checked = true;
            QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        });
        QVERIFY(window->mergeCoderCopyInteractively(theirs));
        QVERIFY(checked);

        QVERIFY(project.codeByName(codeName + QStringLiteral(" (ben)")).has_value());
        QCOMPARE(int(project.counts()->segments), segmentsBefore + 1);
        QCOMPARE(project.segment(edited.id)->end, edited.end - 1);
        QVERIFY(project.coderNames()->contains(QStringLiteral("ben")));
        // The views follow the merge: the open document's tints and the source's count.
        QTRY_VERIFY(window->documentView()->tintCount() > tintsBefore);
        QTRY_COMPARE(sourceRow.data().toInt(), sourceCountBefore + 1);

        window->undoStack()->undo();
        QVERIFY(project.codeByName(codeName + QStringLiteral(" (ours)")).has_value());
        QCOMPARE(int(project.counts()->segments), segmentsBefore);
        QCOMPARE(project.segment(edited.id)->end, edited.end);
        QTRY_COMPARE(window->documentView()->tintCount(), tintsBefore);
        QTRY_COMPARE(sourceRow.data().toInt(), sourceCountBefore);
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
