// View > Coder Agreement on the demo project with a second coder: the table
// agrees with core's figures, the disagreement browser lists the passages,
// shows both codings, resolves one through the undo stack (and Ctrl+Z brings
// it back), and opens a passage in the document. With GROUNDWORK_SCREENSHOTS=DIR
// it saves DIR/gw-agreement.png.
#include "core/analysis/agreement.h"
#include "core/model/project.h"
#include "ui/agreement/agreement_view.h"
#include "ui/agreement/disagreement_browser.h"
#include "ui/common/checklist_dialog.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "tests/gui/checklist_choice.h"
#include "tests/gui/demo_copies.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;

class AgreementGuiTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;
    std::unique_ptr<MainWindow> m_window;
    Id m_source = 0;

    // A copy of the demo coded by "demo" alone: its second coder's segments
    // taken out, so the tests below know every coder's work.
    QString oneCoderCopy()
    {
        return m_demos.copyWith(
            QStringLiteral("DELETE FROM segments WHERE coder_id <> (SELECT id FROM coders WHERE name = 'demo')"));
    }

    // The demo coded by "demo" alone, with "ben" coding its first interview
    // differently: one of demo's segments longer, one alone, one the same.
    MainWindow &openDemoWithTwoCoders()
    {
        const QString path = oneCoderCopy();
        {
            auto project = Project::open(path);
            if (!project)
                qFatal("cannot open the demo copy");
            Project &p = **project;
            auto sources = p.sources();
            m_source = sources->front().id;
            auto segments = p.segmentsOfSource(m_source, false);
            if (!segments || segments->size() < 3)
                qFatal("the demo's first interview has too few segments");
            if (!p.setCoder(QStringLiteral("ben")))
                qFatal("cannot switch coder");
            const SegmentInfo &longer = (*segments)[0];
            const SegmentInfo &same = (*segments)[1];
            if (!p.applyCode(m_source, longer.codeId, longer.start, longer.end + 5) ||
                !p.applyCode(m_source, same.codeId, same.start, same.end))
                qFatal("cannot code as ben");
            auto alone = p.addCode(QStringLiteral("Ben's own idea"));
            if (!alone || !p.applyCode(m_source, *alone, 0, 12))
                qFatal("cannot code as ben");
        }
        m_window = m_demos.openWindow(path);
        return *m_window;
    }

    AgreementView *view() { return m_window->agreementView(); }
    DisagreementBrowser *browser() { return view()->browser(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demos.make(QStringLiteral("agreement_gui_tests")));
    }

    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void tableMatchesCoreAndBrowserResolvesWithUndo()
    {
        MainWindow &window = openDemoWithTwoCoders();
        auto *show = window.findChild<QAction *>(QStringLiteral("showAgreement"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        show->trigger();
        QVERIFY(view()->isVisible());
        QCOMPARE(window.centreTabs()->currentWidget(), view());
        view()->setCoders(QStringLiteral("demo"), QStringLiteral("ben"));
        QVERIFY(view()->result().has_value());

        // The table: one row per code and the pooled row, figures as core has them.
        auto expected = computeAgreement(*window.project(),
                                         AgreementRequest{.coders = {QStringLiteral("demo"), QStringLiteral("ben")}});
        QVERIFY(expected.has_value());
        QTableWidget *table = view()->table();
        QCOMPARE(table->rowCount(), int(expected->codes.size()) + 1);
        const int pooled = table->rowCount() - 1;
        QCOMPARE(table->item(pooled, 0)->text(), QStringLiteral("All codes (pooled)"));
        QCOMPARE(table->item(pooled, 2)->text(),
                 QLocale().toString(qlonglong(expected->overall.pairs.at(0).table.both)));
        QVERIFY(view()->method()->text().contains(QStringLiteral("kappa"), Qt::CaseInsensitive));

        // The browser: ben's longer segment, ben's own code, and every passage
        // of the other interviews that only demo coded.
        QTreeWidget *list = browser()->list();
        const int before = list->topLevelItemCount();
        QCOMPARE(std::size_t(before), browser()->disagreements().size());
        int longer = -1, alone = -1;
        for (int row = 0; row < before; ++row) {
            const Disagreement &d = browser()->disagreements()[std::size_t(row)];
            if (d.sourceId == m_source && d.kind == Disagreement::Kind::Boundaries)
                longer = row;
            if (d.code == QStringLiteral("Ben's own idea"))
                alone = row;
        }
        QVERIFY(longer >= 0);
        QVERIFY(alone >= 0);
        QCOMPARE(list->topLevelItem(alone)->text(2), QStringLiteral("only ben coded it"));

        // Side by side: both coders' codings of the longer passage.
        list->setCurrentItem(list->topLevelItem(longer));
        QVERIFY(browser()->sideTitle(0)->text().contains(QStringLiteral("demo")));
        QVERIFY(browser()->sideTitle(1)->text().contains(QStringLiteral("ben")));
        const Disagreement d = browser()->disagreements()[std::size_t(longer)];
        QVERIFY(browser()->side(0)->toPlainText().contains(d.text.left(20)));
        QCOMPARE(browser()->button(Resolution::AcceptFirst)->text(), QStringLiteral("Accept demo’s"));
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/gw-agreement.png"), "PNG"));

        // Accept demo's: the passage agrees and leaves the list; undo brings it back.
        QTest::mouseClick(browser()->button(Resolution::AcceptFirst), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), before - 1);
        QVERIFY(window.undoStack()->undoText().contains(QStringLiteral("accept demo's coding")));
        window.undoStack()->undo();
        QTRY_COMPARE(list->topLevelItemCount(), before);

        // Keep both on ben's own code: demo gets it too.
        list->setCurrentItem(list->topLevelItem(alone));
        QTest::mouseClick(browser()->button(Resolution::Both), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), before - 1);
        auto ben = window.project()->codeByName(QStringLiteral("Ben's own idea"));
        QVERIFY(ben.has_value());
        QCOMPARE(ben->segmentCount, 2);

        // Show in Document: the document tab opens at the passage.
        list->setCurrentItem(list->topLevelItem(0));
        const Disagreement first = browser()->disagreements().front();
        QTest::mouseClick(browser()->showButton(), Qt::LeftButton);
        QCOMPARE(window.centreTabs()->currentIndex(), 0);
        QCOMPARE(window.documentView()->sourceId(), first.sourceId);
        QVERIFY(!window.documentView()->textCursor().selectedText().isEmpty());
    }

    void chosenSourcesAndOneCoderAgainstTheOthersPooled()
    {
        MainWindow &window = openDemoWithTwoCoders();
        {
            // A third coder, cai, on the same interview.
            Project &p = *window.project();
            QVERIFY(p.setCoder(QStringLiteral("cai")).has_value());
            auto segments = p.segmentsOfSource(m_source, false);
            QVERIFY(segments.has_value() && !segments->empty());
            QVERIFY(p.applyCode(m_source, segments->front().codeId, segments->front().start,
                                segments->front().end).has_value());
            QVERIFY(p.setCoder(QStringLiteral("demo")).has_value());
        }
        window.findChild<QAction *>(QStringLiteral("showAgreement"))->trigger();
        view()->setCoders(QStringLiteral("demo"), QStringLiteral("ben"));
        QCOMPARE(view()->sourcesButton()->text(), QStringLiteral("All sources…"));

        // Only the first interview, chosen in the checklist with the keyboard.
        QVERIFY(test::chooseInChecklist(this, view()->sourcesButton(), [&](const QListWidgetItem &item) {
            return item.data(Qt::UserRole).toLongLong() == m_source;
        }));
        QCOMPARE(view()->sourcesButton()->text(), QStringLiteral("1 source…"));
        QVERIFY(view()->result().has_value());
        QCOMPARE(view()->result()->sources.size(), std::size_t(1));

        // demo against ben and cai together: kappa against the group, alpha over all three.
        const int pooledItem = view()->secondBox()->findText(QStringLiteral("the others, pooled"));
        QVERIFY(pooledItem >= 0);
        view()->secondBox()->setCurrentIndex(pooledItem);
        Q_EMIT view()->secondBox()->activated(pooledItem);
        QVERIFY(view()->result().has_value());
        QCOMPARE(view()->result()->pooled, (QStringList{QStringLiteral("ben"), QStringLiteral("cai")}));
        auto expected = computeAgreement(*window.project(),
                                         AgreementRequest{.coders = {QStringLiteral("demo"), QStringLiteral("ben"),
                                                                     QStringLiteral("cai")},
                                                          .sourceIds = {m_source},
                                                          .poolOthers = true});
        QVERIFY(expected.has_value());
        QTableWidget *table = view()->table();
        const int total = table->rowCount() - 1;
        QCOMPARE(table->horizontalHeaderItem(8)->text(), QStringLiteral("Krippendorff’s α"));
        QCOMPARE(table->item(total, 2)->text(), QLocale().toString(qlonglong(expected->overall.pairs.at(0).table.both)));
        QCOMPARE(table->item(total, 8)->text(), QLocale().toString(expected->overall.alpha(), 'f', 2));
        QCOMPARE(browser()->list()->topLevelItemCount(), 0); // side by side needs two coders
        QVERIFY(browser()->findChild<QLabel *>(QStringLiteral("disagreementSummary"))
                    ->text()
                    .contains(QStringLiteral("need two coders")));
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/gw-agreement-pooled.png"), "PNG"));
    }

    // The demo study as it ships: two coders whose coding differs, compared
    // as soon as the view opens, with passages to go through.
    void theDemoStudyShowsTwoCodersDisagreeing()
    {
        m_window = m_demos.openWindow();
        m_window->showAgreementView();
        QTRY_VERIFY(view()->result().has_value());
        const QStringList compared{view()->findChild<QComboBox *>(QStringLiteral("firstCoder"))->currentText(), view()->secondBox()->currentText()};
        QVERIFY2(compared.contains(QStringLiteral("Ana")) && compared.contains(QStringLiteral("demo")),
                 qPrintable(compared.join(u',')));
        QVERIFY(browser()->list()->topLevelItemCount() >= 20);
        QVERIFY(view()->exportButton()->isEnabled());
    }

    void oneCoderExplainsWhatIsNeeded()
    {
        m_window = m_demos.openWindow(oneCoderCopy());
        m_window->showAgreementView();
        QVERIFY(!view()->result().has_value());
        QTRY_VERIFY2(view()->method()->text().contains(QStringLiteral("two coders")), qPrintable(view()->method()->text()));
        QVERIFY(!view()->exportButton()->isEnabled());
        QCOMPARE(browser()->list()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(AgreementGuiTest)
#include "agreement_test.moc"
