// Case edits, imports and a merge as undo steps, on the demo project: each
// undo puts the store back exactly (full dumps), each redo makes it as the
// edit left it, and an edit that fails leaves nothing behind.
#include "core/analysis/speakers.h"
#include "core/commands/case_edits.h"
#include "core/commands/source_edits.h"
#include "core/commands/whole_project_step.h"
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "tests/support/focus_group.h"
#include "tests/unit/commands/demo_fixture.h"
#include "tests/unit/commands/store_dump.h"

#include <QUndoStack>
#include <gtest/gtest.h>

namespace gw {
namespace {

class CaseCommandsTest : public test::DemoProjectTest
{
protected:
    void SetUp() override
    {
        test::DemoProjectTest::SetUp();
        if (HasFatalFailure())
            return;
        // Two cases with typed values, one linked to a source and with a memo.
        ASSERT_TRUE(project->writeCases(CaseBatch{{{QStringLiteral("role"), AttributeType::Text},
                                                   {QStringLiteral("year"), AttributeType::Number}},
                                                  {{QStringLiteral("Ana"), {{QStringLiteral("role"), QStringLiteral("CCIO")},
                                                                            {QStringLiteral("year"), QStringLiteral("2019")}},
                                                    {first.id}},
                                                   {QStringLiteral("Ben"), {{QStringLiteral("role"), QStringLiteral("nurse")}}, {}}}}));
        ana = project->caseByName(QStringLiteral("Ana"))->id;
        ASSERT_TRUE(project->addMemo(QStringLiteral("case"), ana, QStringLiteral("About Ana"), QStringLiteral("Met twice")));
    }

    // Pushes an edit made with EDIT, checks undo and redo against full dumps.
    void undoable(const QString &label, const std::function<Status()> &edit)
    {
        const auto before = test::dumpStore(project->database());
        auto step = EditCases::apply(*project, label, edit);
        ASSERT_TRUE(step) << step.error().message.toStdString();
        const auto after = test::dumpStore(project->database());
        EXPECT_NE(before, after) << label.toStdString() << " changed nothing";
        stack.push(step->release());
        stack.undo();
        EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database()))) << label.toStdString();
        stack.redo();
        EXPECT_TRUE(test::sameStore(after, test::dumpStore(project->database()))) << label.toStdString();
    }

    Id ana = 0;
    QUndoStack stack;
};

TEST_F(CaseCommandsTest, EveryCaseEditIsUndoneAndRedoneExactly)
{
    const Id year = project->attributeByName(QStringLiteral("year"))->id;
    undoable(QStringLiteral("rename"), [&] { return project->renameCase(ana, QStringLiteral("Ana P.")); });
    undoable(QStringLiteral("describe"), [&] { return project->setCaseDescription(ana, QStringLiteral("CCIO, site A")); });
    undoable(QStringLiteral("value"), [&] { return project->setAttributeValue(ana, year, QStringLiteral("2021")); });
    undoable(QStringLiteral("clear"), [&] { return project->setAttributeValue(ana, year, QString()); });
    undoable(QStringLiteral("unlink"), [&] { return project->unlinkCaseSource(ana, first.id); });
    undoable(QStringLiteral("rename attribute"), [&] { return project->renameAttribute(year, QStringLiteral("year joined")); });
    undoable(QStringLiteral("remove attribute"), [&] { return project->removeAttribute(year); });
    undoable(QStringLiteral("add attribute"), [&]() -> Status {
        auto id = project->addAttribute(QStringLiteral("region"), AttributeType::Text);
        return id ? Status{} : std::unexpected(id.error());
    });
    const std::int64_t memos = project->database().scalar(QStringLiteral("SELECT count(*) FROM memos")).value_or(-1);
    undoable(QStringLiteral("remove"), [&] { return project->removeCases({ana}); });
    EXPECT_FALSE(project->caseByName(QStringLiteral("Ana P.")).has_value());
    EXPECT_EQ(project->database().scalar(QStringLiteral("SELECT count(*) FROM memos")).value_or(-1), memos - 1)
        << "the case's memo goes with it";
    stack.undo();
    EXPECT_EQ(project->caseById(ana)->sourceIds.size(), 0); // unlinked earlier, still
    EXPECT_EQ(project->database().scalar(QStringLiteral("SELECT count(*) FROM memos")).value_or(-1), memos);
}

TEST_F(CaseCommandsTest, EditsThatCannotBeMadeLeaveNothingBehind)
{
    const Id year = project->attributeByName(QStringLiteral("year"))->id;
    const auto before = test::dumpStore(project->database());
    auto notANumber = EditCases::apply(*project, QStringLiteral("x"),
                                       [&] { return project->setAttributeValue(ana, year, QStringLiteral("soon")); });
    ASSERT_FALSE(notANumber);
    EXPECT_TRUE(notANumber.error().message.contains(QStringLiteral("year")));
    auto taken = EditCases::apply(*project, QStringLiteral("x"), [&] { return project->renameCase(ana, QStringLiteral("Ben")); });
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().kind, ErrorKind::Conflict);
    // Half an edit: the first rename went through before the second failed.
    auto half = EditCases::apply(*project, QStringLiteral("x"), [&]() -> Status {
        if (auto ok = project->renameCase(ana, QStringLiteral("Anna")); !ok)
            return ok;
        return project->renameAttribute(year, QStringLiteral("role"));
    });
    ASSERT_FALSE(half);
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

TEST_F(CaseCommandsTest, AFocusGroupsSpeakersBecomeCasesLinkedToIt)
{
    auto transcript = project->addSource(test::focusGroup());
    ASSERT_TRUE(transcript) << transcript.error().message.toStdString();
    auto batch = casesFromSpeakers(*project, *transcript, {QStringLiteral("moderator")});
    ASSERT_TRUE(batch) << batch.error().message.toStdString();
    ASSERT_EQ(batch->cases.size(), 2u);
    EXPECT_EQ(batch->cases[0].name, QStringLiteral("Dana"));
    EXPECT_EQ(batch->cases[1].name, QStringLiteral("Eli"));
    undoable(QStringLiteral("speakers"), [&] { return project->writeCases(*batch); });
    for (const CaseRecord &r : batch->cases)
        EXPECT_TRUE(project->caseByName(r.name)->sourceIds.contains(*transcript)) << r.name.toStdString();
    NewSource plain{QStringLiteral("Notes without turns"), SourceKind::Document, QStringLiteral("Just prose."), {}, {}, {}, {}};
    auto notes = project->addSource(plain);
    ASSERT_TRUE(notes);
    EXPECT_FALSE(casesFromSpeakers(*project, *notes));
}

TEST_F(CaseCommandsTest, SetsOfSourcesAreKeptUndoneAndFollowARemovedSource)
{
    auto sources = project->sources();
    ASSERT_TRUE(sources && sources->size() >= 3);
    const Id a = (*sources)[0].id, b = (*sources)[1].id, c = (*sources)[2].id;
    undoable(QStringLiteral("make"), [&]() -> Status {
        auto id = project->addToSourceSet(QStringLiteral("  pilot   sites "), {a, b});
        return id ? Status{} : std::unexpected(id.error());
    });
    auto pilot = project->sourceSetByName(QStringLiteral("pilot sites"));
    ASSERT_TRUE(pilot);
    EXPECT_EQ(pilot->sourceIds.size(), 2);
    undoable(QStringLiteral("second"), [&]() -> Status {
        auto id = project->addToSourceSet(QStringLiteral("second round"), {b, c});
        return id ? Status{} : std::unexpected(id.error());
    });
    undoable(QStringLiteral("take out"), [&] { return project->removeFromSourceSet(pilot->id, {a}); });
    EXPECT_EQ(project->sourceSetByName(QStringLiteral("pilot sites"))->sourceIds, QList<Id>{b});
    EXPECT_EQ(project->renameSourceSet(pilot->id, QStringLiteral("second round")).error().kind, ErrorKind::Conflict);
    // A source in two sets, removed and put back, is in both again.
    auto removal = project->removeSources({b});
    ASSERT_TRUE(removal);
    EXPECT_TRUE(project->sourceSetByName(QStringLiteral("pilot sites"))->sourceIds.isEmpty());
    ASSERT_TRUE(project->restoreSources(*removal));
    EXPECT_EQ(project->sourceSetByName(QStringLiteral("second round"))->sourceIds.size(), 2);
    EXPECT_EQ(project->sourceSetByName(QStringLiteral("pilot sites"))->sourceIds, QList<Id>{b});
    undoable(QStringLiteral("remove set"), [&] { return project->removeSourceSet(pilot->id); });
    EXPECT_FALSE(project->sourceSetByName(QStringLiteral("pilot sites")));
    EXPECT_EQ(project->sources()->size(), sources->size()) << "the set's sources stay";
}

TEST_F(CaseCommandsTest, AnImportOfManySourcesIsOneStep)
{
    const auto before = test::dumpStore(project->database());
    std::vector<Id> ids;
    for (int i = 0; i < 40; ++i) {
        NewSource s{QStringLiteral("Imported %1").arg(i), SourceKind::Document,
                    QStringLiteral("Zebrafish text %1 of the import 😀.").arg(i), QStringLiteral("f%1.txt").arg(i), QStringLiteral("txt"), {}, {}};
        auto id = project->addSource(s);
        ASSERT_TRUE(id);
        ids.push_back(*id);
    }
    const auto after = test::dumpStore(project->database());
    stack.push(ImportedSources::made(*project, ids).release());
    EXPECT_EQ(stack.undoText(), QStringLiteral("Import 40 sources"));
    // Coded since: undoing the import takes the segment too, and puts it back on redo.
    ASSERT_TRUE(project->applyCode(ids.front(), project->codes()->front().id, 0, 4));
    const auto coded = test::dumpStore(project->database());
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    EXPECT_TRUE(project->search(QStringLiteral("zebrafish"), 5)->empty());
    stack.redo();
    EXPECT_TRUE(test::sameStore(coded, test::dumpStore(project->database())));
    EXPECT_FALSE(project->search(QStringLiteral("zebrafish"), 5)->empty());
    (void)after;
}

TEST_F(CaseCommandsTest, AnEditOverEveryTableIsUndoneFromACopyOfTheWholeProject)
{
    const auto before = test::dumpStore(project->database());
    auto step = WholeProjectStep::apply(*project, QStringLiteral("Merge"), [&]() -> Status {
        NewSource s{QStringLiteral("Merged in"), SourceKind::Interview, QStringLiteral("P9: We merged."), {}, {}, {}, {}};
        auto id = project->addSource(s);
        if (!id)
            return std::unexpected(id.error());
        auto code = project->addCode(QStringLiteral("Merged code"));
        if (!code)
            return std::unexpected(code.error());
        auto seg = project->applyCode(*id, *code, 0, 2);
        return seg ? Status{} : std::unexpected(seg.error());
    });
    ASSERT_TRUE(step) << step.error().message.toStdString();
    const auto after = test::dumpStore(project->database());
    stack.push(step->release());
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    EXPECT_FALSE(project->sourceByName(QStringLiteral("Merged in")).has_value());
    stack.redo();
    EXPECT_TRUE(test::sameStore(after, test::dumpStore(project->database())));
    EXPECT_TRUE(project->sourceByName(QStringLiteral("Merged in")).has_value());
    EXPECT_FALSE(project->search(QStringLiteral("merged"), 5)->empty());
}

} // namespace
} // namespace gw
