// View > Review on the demo project: a thread opened on a code, answered,
// resolved (it leaves the open list) and reopened, and a named snapshot taken
// and listed, each an undo step; Compare… on a snapshot after a code is
// renamed and moved shows the change list, the marked figure, and exports
// the Markdown. With GROUNDWORK_SCREENSHOTS=DIR it saves DIR/gw-review.png
// and DIR/gw-snapshot-diff.png.
#include "core/model/project.h"
#include "tests/gui/demo_copies.h"
#include "ui/structure/figure_canvas.h"
#include "ui/review/review_dock.h"
#include "ui/review/snapshot_diff_dialog.h"
#include "ui/mainwindow/language.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <QTranslator>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;

class ReviewGuiTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;

    // A copy of the demo before anyone has reviewed it: its comment threads
    // and snapshot taken out, so the panel starts empty.
    QString unreviewedCopy()
    {
        return m_demos.copyWith(QStringLiteral(
            "DELETE FROM review_comments; DELETE FROM review_threads; DELETE FROM structure_snapshots;"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demos.make(QStringLiteral("review_gui_tests"))); }
    void cleanupTestCase() { RecentProjects().clear(); }

    // In German a thread's label quotes the name the German way („…“).
    void aThreadLabelQuotesAsTheLanguageDoes()
    {
        const auto english = qScopeGuard([] {
            for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            chooseLanguage(QStringLiteral("system"));
        });
        chooseLanguage(QStringLiteral("de"));
        QCOMPARE(installTranslations(*qApp), QStringLiteral("de"));
        auto window = m_demos.openWindow(unreviewedCopy());
        ReviewDock *dock = window->reviewDock();
        auto code = window->project()->codes()->front();
        QVERIFY(dock->openThreadOn(ReviewTarget{QStringLiteral("code"), code.id}, code.name, QStringLiteral("Gleich?")));
        QCOMPARE(dock->threads()->topLevelItemCount(), 1);
        const QString label = dock->threads()->topLevelItem(0)->text(0);
        QVERIFY2(label.endsWith(QStringLiteral("„%1“").arg(code.name)), qPrintable(label));
    }

    void threadAndSnapshotThroughThePanel()
    {
        auto window = m_demos.openWindow(unreviewedCopy());
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

        // Undo: open again, then without the snapshot, then without the reply.
        window->undoStack()->undo();
        QCOMPARE(dock->threads()->topLevelItem(0)->text(1), QStringLiteral("open"));
        window->undoStack()->undo();
        QCOMPARE(dock->snapshots()->count(), 0);
        window->undoStack()->undo();
        QVERIFY(!dock->conversation()->toPlainText().contains(QStringLiteral("about funding")));
        // Redo brings the same snapshot back.
        window->undoStack()->redo();
        window->undoStack()->redo();
        QCOMPARE(dock->snapshots()->count(), 1);
        // The name is taken: a message says so, and nothing joins the stack.
        bool warned = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *box = QApplication::activeModalWidget();
            QVERIFY(box);
            const auto close = qScopeGuard([box] { box->close(); });
            warned = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))
                         ->text()
                         .contains(QStringLiteral("exists already"));
        });
        QVERIFY(!dock->takeSnapshot(QStringLiteral("after the May team meeting")));
        QVERIFY(warned);
        QCOMPARE(window->undoStack()->index(), 3); // thread, reply, snapshot
    }

    void compareASnapshotWithNow()
    {
        auto window = m_demos.openWindow(unreviewedCopy());
        window->findChild<QAction *>(QStringLiteral("showReview"))->trigger();
        ReviewDock *dock = window->reviewDock();
        Project &project = *window->project();
        QVERIFY(dock->takeSnapshot(QStringLiteral("before the workshop")));
        auto codes = project.codes();
        QVERIFY(codes.has_value() && codes->size() > 1);
        const CodeInfo renamed = codes->at(0);
        QVERIFY(project.renameCode(renamed.id, QStringLiteral("Renamed after the workshop")).has_value());
        auto themes = project.themes();
        QVERIFY(themes.has_value() && themes->size() > 1);
        const CodeInfo moved = codes->at(1);
        Id target = 0;
        for (const ThemeInfo &t : *themes)
            if (!moved.themeId || t.id != *moved.themeId)
                target = t.id;
        QVERIFY(project.placeCode(moved.id, target).has_value());

        dock->snapshots()->setCurrentRow(0);
        dock->snapshots()->item(0)->setSelected(true);
        QPushButton *compare = nullptr;
        for (QPushButton *b : dock->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Compare…"))
                compare = b;
        QVERIFY(compare);
        const QString minutes = m_demos.filePath(QStringLiteral("minutes.md"));
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SnapshotDiffDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeOnFailure = qScopeGuard([&] {
                if (!checked)
                    dialog->reject(); // a failed check ends the test instead of leaving the dialog up
            });
            QTreeWidget *changes = dialog->changes();
            QStringList rows;
            for (int i = 0; i < changes->topLevelItemCount(); ++i)
                rows << changes->topLevelItem(i)->text(1) + QStringLiteral(": ") + changes->topLevelItem(i)->text(2);
            QVERIFY2(rows.contains(QStringLiteral("Renamed after the workshop: renamed from “%1”").arg(renamed.name)),
                     qPrintable(rows.join(QLatin1Char('\n'))));
            bool movedListed = false;
            for (const QString &row : rows)
                movedListed = movedListed || row.startsWith(moved.name + QStringLiteral(": moved from"));
            QVERIFY2(movedListed, qPrintable(rows.join(QLatin1Char('\n'))));
            QVERIFY(dialog->canvas());
            QVERIFY(dialog->canvas()->isVisible());
            QVERIFY(dialog->exportMarkdown(minutes));
            if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
                QVERIFY(dialog->grab().save(dir + QStringLiteral("/gw-snapshot-diff.png"), "PNG"));
            checked = true;
            dialog->accept();
        });
        QTest::mouseClick(compare, Qt::LeftButton);
        QTRY_VERIFY(checked);
        QFile file(minutes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("before the workshop")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Renamed after the workshop")), qPrintable(text));
    }
};

QTEST_MAIN(ReviewGuiTest)
#include "review_test.moc"
