// File > Import Case Attributes: the dialog previews a sheet from
// tests/data/attributes without writing, refuses what core refuses (with the
// reason in red and Import disabled), and Import writes the cases.
// With GROUNDWORK_SCREENSHOTS=DIR it also saves DIR/gw-attributes-preview.png.
#include "core/model/project.h"
#include "ui/cases/attribute_import_dialog.h"
#include "ui/cases/attribute_plan_view.h"
#include "ui/mainwindow/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gw;

namespace {

QString sheet(const QString &name)
{
    return QStringLiteral(GROUNDWORK_TEST_DATA "/attributes/") + name;
}

// A source as an import of FILE would name it.
NewSource transcript(const QString &file)
{
    NewSource source;
    source.name = file.section(u'.', 0, 0);
    source.originalName = file;
    source.originalFormat = QStringLiteral("transcript");
    source.kind = SourceKind::Interview;
    source.text =
        QStringLiteral("[00:00:01] Interviewer: Hello.\n[00:00:04] %1: Hello.").arg(source.name);
    return source;
}

qsizetype caseCount(Project &project)
{
    auto cases = project.cases();
    return cases ? qsizetype(cases->size()) : -1;
}

} // namespace

class AttributeImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    // A new project holding interview-P001 ... interview-P<LINKED> from participants.csv.
    std::unique_ptr<Project> projectWithTranscripts(int linked)
    {
        auto project =
            Project::create(m_dir.filePath(QStringLiteral("p%1.groundwork").arg(++m_projects)));
        if (!project)
            qFatal("cannot create a project");
        for (int i = 1; i <= linked; ++i)
            if (!(*project)->addSource(
                    transcript(QStringLiteral("interview-P%1.txt").arg(i, 3, 10, QChar(u'0')))))
                qFatal("cannot add a source");
        return std::move(*project);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void previewWritesNothingAndImportWritesTheCases()
    {
        auto project = projectWithTranscripts(170);
        AttributeImportDialog dialog(*project);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.loadSheet(sheet(QStringLiteral("participants.csv"))).has_value());

        // The columns are guessed from the header: the first names the case, "transcript" its
        // source.
        QCOMPARE(dialog.idColumnBox()->currentText(), QStringLiteral("participant"));
        QCOMPARE(dialog.sourceColumnBox()->currentText(), QStringLiteral("transcript"));
        AttributePlanView *preview = dialog.preview();
        QCOMPARE(preview->summaryText(),
                 QStringLiteral("178 cases · 6 attributes · 170 linked to sources · 8 warnings"));
        QCOMPARE(preview->casesTable()->topLevelItemCount(), 178);
        QCOMPARE(preview->casesTable()->topLevelItem(0)->text(1), QStringLiteral("interview-P001"));
        QCOMPARE(preview->casesTable()->topLevelItem(177)->text(1), QStringLiteral("not linked"));
        QCOMPARE(preview->warnings().size(), 8);
        QVERIFY(preview->refusalText().isEmpty());
        QTreeWidget *attributes = preview->attributesTable();
        QCOMPARE(attributes->topLevelItemCount(), 6);
        const auto typeOf = [attributes](const QString &name) {
            const auto found = attributes->findItems(name, Qt::MatchExactly);
            return found.isEmpty() ? QString() : found.front()->text(1);
        };
        QCOMPARE(typeOf(QStringLiteral("interview_date")), QStringLiteral("date"));
        QCOMPARE(typeOf(QStringLiteral("years_in_role")), QStringLiteral("number"));
        QCOMPARE(typeOf(QStringLiteral("recorded")), QStringLiteral("yes/no"));
        QCOMPARE(typeOf(QStringLiteral("site")), QStringLiteral("text"));

        // Nothing is written by previewing.
        QCOMPARE(caseCount(*project), 0);
        auto written = project->attributes();
        QVERIFY(written.has_value() && written->empty());

        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/gw-attributes-preview.png"), "PNG"));

        QVERIFY(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(caseCount(*project), 178);
        auto p001 = project->caseByName(QStringLiteral("P001"));
        QVERIFY(p001.has_value());
        QCOMPARE(p001->sourceNames, QStringList{QStringLiteral("interview-P001")});
        QCOMPARE(p001->value(QStringLiteral("recorded")), QStringLiteral("true"));
        QCOMPARE(p001->value(QStringLiteral("interview_date")), QStringLiteral("2018-03-05"));
    }

    void choosingColumnsReplans()
    {
        auto project = projectWithTranscripts(3);
        AttributeImportDialog dialog(*project);
        QVERIFY(dialog.loadSheet(sheet(QStringLiteral("participants.csv"))).has_value());
        // Without a source column, cases link to sources named like them: none here.
        dialog.sourceColumnBox()->setCurrentIndex(0);
        QVERIFY(dialog.preview()->summaryText().startsWith(
            QStringLiteral("178 cases · 7 attributes · 0 linked to sources")));
        // Sites repeat, so naming cases by site is refused.
        dialog.idColumnBox()->setCurrentIndex(
            dialog.idColumnBox()->findText(QStringLiteral("site")));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.preview()->refusalText().contains(QStringLiteral("more than once")));
    }

    void duplicateIdsAreRefusedWithTheReason()
    {
        auto project = projectWithTranscripts(0);
        AttributeImportDialog dialog(*project);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.loadSheet(sheet(QStringLiteral("duplicate-ids.csv"))).has_value());
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.preview()->summaryText(),
                 QStringLiteral("Nothing can be imported · 2 problems to fix in the sheet"));
        const QString reason = dialog.preview()->refusalText();
        QVERIFY2(reason.contains(QStringLiteral("\"P01\" is used more than once (rows 2, 4)")),
                 qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("\"P02\"")));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("planRefusal"));
        QVERIFY(label && label->isVisible());
        const QColor red = label->palette().color(QPalette::WindowText);
        QVERIFY(red.red() > 2 * red.green() && red.red() > 2 * red.blue());
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/gw-attributes-refused.png"), "PNG"));

        QVERIFY(!dialog.importPlan().has_value()); // even when asked directly
        QCOMPARE(caseCount(*project), 0);
    }

    void anUnreadableSheetIsShownAsTheReason()
    {
        auto project = projectWithTranscripts(0);
        AttributeImportDialog dialog(*project);
        auto loaded = dialog.loadSheet(sheet(QStringLiteral("corrupt.xlsx")));
        QVERIFY(!loaded.has_value());
        QCOMPARE(dialog.preview()->refusalText(), loaded.error().message);
        QVERIFY(loaded.error().message.contains(QStringLiteral("corrupt.xlsx")));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.preview()->casesTable()->topLevelItemCount(), 0);
    }

    void theWindowOffersImportWithAProjectAndCountsCases()
    {
        MainWindow window;
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Import Case &Attributes…"))
                action = a;
        QVERIFY(action);
        QVERIFY(!action->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("window.groundwork"));
        {
            auto created = Project::create(path);
            QVERIFY(created.has_value());
            QVERIFY((*created)->addSource(transcript(QStringLiteral("P01.txt"))).has_value());
        }
        QVERIFY(window.openProject(path).has_value());
        QVERIFY(action->isEnabled());
        AttributeImportDialog dialog(*window.project(), &window);
        QVERIFY(dialog.loadSheet(sheet(QStringLiteral("unknown-sources.csv"))).has_value());
        QVERIFY(!window.statusText().contains(QStringLiteral("case")));
        QVERIFY(dialog.importPlan().has_value());
        QCOMPARE(window.statusText(),
                 QStringLiteral("1 source · 0 codes · 0 segments · 4 cases · all changes saved"));
        window.closeProject();
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(AttributeImportTest)
#include "attribute_import_test.moc"
