// View > Review on the demo project: a thread opened on a code, answered,
// resolved (it leaves the open list) and reopened, each an undo step; a named
// snapshot taken and listed. With GROUNDWORK_SCREENSHOTS=DIR it saves
// DIR/gw-review.png.
#include "core/model/project.h"
#include "tests/gui/demo_copies.h"
#include "ui/review/review_dock.h"

#include <QAction>
#include <QCheckBox>
#include <QListWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;

class ReviewGuiTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demos.make(QStringLiteral("review_gui_tests"))); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void threadAndSnapshotThroughThePanel()
    {
        auto window = m_demos.openWindow();
        auto *show = window->findChild<QAction *>(QStringLiteral("showReview"));
        QVERIFY(show);
        show->trigger();
        ReviewDock *dock = window->reviewDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->threads()->topLevelItemCount(), 0);

        auto code = window->project()->codes()->front();
        QVERIFY(dock->openThreadOn(ReviewTarget{QStringLiteral("code"), code.id}, code.name,
                                   QStringLiteral("Is this the same as mandated pairing?")));
        QCOMPARE(dock->threads()->topLevelItemCount(), 1);
        QVERIFY(dock->threads()->topLevelItem(0)->text(0).contains(code.name));
        QVERIFY(dock->reply(QStringLiteral("No: this one is about funding.")));
        QVERIFY(dock->conversation()->toPlainText().contains(QStringLiteral("about funding")));
        QVERIFY(dock->takeSnapshot(QStringLiteral("after the May team meeting")));
        QCOMPARE(dock->snapshots()->count(), 1);
        QVERIFY(dock->snapshots()->item(0)->text().startsWith(QStringLiteral("after the May team meeting")));
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(window->grab().save(dir + QStringLiteral("/gw-review.png"), "PNG"));

        // Resolved, it leaves the open list; all threads show it resolved.
        QVERIFY(dock->resolveCurrent());
        QCOMPARE(dock->threads()->topLevelItemCount(), 0);
        dock->openOnly()->setChecked(false);
        QCOMPARE(dock->threads()->topLevelItemCount(), 1);
        QCOMPARE(dock->threads()->topLevelItem(0)->text(1), QStringLiteral("resolved"));
        QVERIFY(dock->conversation()->toPlainText().contains(QStringLiteral("Resolved by")));

        // Undo: open again, then without the reply.
        window->undoStack()->undo();
        QCOMPARE(dock->threads()->topLevelItem(0)->text(1), QStringLiteral("open"));
        window->undoStack()->undo();
        QVERIFY(!dock->conversation()->toPlainText().contains(QStringLiteral("about funding")));
    }
};

QTEST_MAIN(ReviewGuiTest)
#include "review_test.moc"
