// Restructuring through the undo stack: merging, splitting, placing, moving
// and removing. Undo must restore the exact prior state, so each test
// compares full store dumps before, after undo, and after redo-then-undo
// (and after the first do with after the redo).
#include "core/commands/choose_exemplar.h"
#include "core/commands/create_dimension.h"
#include "core/commands/create_theme.h"
#include "core/commands/merge_codes.h"
#include "core/commands/move_dimension.h"
#include "core/commands/place_code.h"
#include "core/commands/place_theme.h"
#include "core/commands/remove_dimension.h"
#include "core/commands/remove_exemplar.h"
#include "core/commands/remove_theme.h"
#include "core/commands/rename_tier.h"
#include "core/commands/set_definition.h"
#include "core/commands/split_code.h"
#include "tests/unit/commands/command_fixture.h"
#include "tests/unit/commands/store_dump.h"

#include <QSignalSpy>

using namespace gw;

namespace {

class StructureCommandTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        test::CommandTest::SetUp();
        auto other = project->addSource(NewSource{QStringLiteral("P04"), SourceKind::Interview,
                                                  QStringLiteral("P04: The money came late 💶 and the pilot "
                                                                 "waited for the board to approve the budget."),
                                                  QStringLiteral("P04.txt"), QStringLiteral("text"), {}});
        ASSERT_TRUE(other);
        secondSource = *other;
        auto visits = project->addCode(QStringLiteral("Site visits"), CodeStage::FirstOrder);
        auto fund = project->addCode(QStringLiteral("Funding"), CodeStage::FirstOrder);
        ASSERT_TRUE(visits && fund);
        siteVisits = *visits;
        funding = *fund;
        ASSERT_TRUE(project->setCodeStage(planning, CodeStage::FirstOrder));
        ASSERT_TRUE(project->setCodeStage(waiting, CodeStage::FirstOrder));
        ASSERT_TRUE(project->setCodeDefinition(waiting, QStringLiteral("Delays while others approve")));

        planningFirst = apply(sourceId, planning, 0, 10);
        planningSecond = apply(sourceId, planning, 20, 30);
        waitingSame = apply(sourceId, waiting, 0, 10); // the same passage as planningFirst
        waitingOwn = apply(secondSource, waiting, 5, 20);
        visitsSame = apply(sourceId, siteVisits, 20, 30); // the same passage as planningSecond
        visitsOwn = apply(secondSource, siteVisits, 30, 45);
        apply(secondSource, funding, 0, 12);

        auto t1 = project->addTheme(QStringLiteral("Preparing the pilot"), QStringLiteral("How sites got ready"));
        auto t2 = project->addTheme(QStringLiteral("Money"));
        auto d1 = project->addDimension(QStringLiteral("Organisational factors"));
        auto d2 = project->addDimension(QStringLiteral("Macro-environmental factors"));
        ASSERT_TRUE(t1 && t2 && d1 && d2);
        preparing = *t1, money = *t2, organisational = *d1, macro = *d2;
        ASSERT_TRUE(project->placeTheme(preparing, organisational));
        ASSERT_TRUE(project->placeTheme(money, organisational));
        ASSERT_TRUE(project->placeCode(planning, preparing));
        ASSERT_TRUE(project->placeCode(waiting, preparing));
        ASSERT_TRUE(project->placeCode(siteVisits, money));

        auto codeMemo = project->addMemo(QStringLiteral("code"), waiting, QStringLiteral("Why"), QStringLiteral("Body"));
        auto segmentMemo = project->addMemo(QStringLiteral("segment"), waitingSame, QStringLiteral("On it"), {});
        ASSERT_TRUE(codeMemo && segmentMemo);
        waitingMemo = *codeMemo;
        collapsingSegmentMemo = *segmentMemo;
        ASSERT_TRUE(project->addExemplar(preparing, waitingSame));
        ASSERT_TRUE(project->addExemplar(preparing, planningSecond));
    }

    Id apply(Id source, Id code, std::int64_t start, std::int64_t end)
    {
        auto id = project->applyCode(source, code, start, end);
        EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
        return id.value_or(0);
    }

    test::StoreDump dump() { return test::dumpStore(project->database()); }

    // Pushes COMMAND and checks: undo gives the store before it, redo the
    // store after it, and undo again the store before it.
    template <typename Command> void roundTrip(Result<std::unique_ptr<Command>> command)
    {
        ASSERT_TRUE(command) << command.error().message.toStdString();
        const auto before = dump();
        stack.push(command->release());
        ASSERT_FALSE(stack.command(stack.count() - 1)->isObsolete());
        const auto after = dump();
        EXPECT_FALSE(test::sameStore(before, after)) << "the command changed nothing";
        stack.undo();
        EXPECT_TRUE(test::sameStore(before, dump())) << "after undo";
        stack.redo();
        EXPECT_TRUE(test::sameStore(after, dump())) << "after redo";
        stack.undo();
        EXPECT_TRUE(test::sameStore(before, dump())) << "after redo then undo";
        stack.redo();
    }

    std::int64_t auditCount(const QString &action)
    {
        auto list = project->auditLog(AuditFilter{.actionPrefix = action});
        EXPECT_TRUE(list);
        std::int64_t n = 0;
        for (const AuditEntry &e : list.value_or(std::vector<AuditEntry>{}))
            n += e.action == action;
        return n;
    }

    Id secondSource = 0, siteVisits = 0, funding = 0;
    Id planningFirst = 0, planningSecond = 0, waitingSame = 0, waitingOwn = 0, visitsSame = 0, visitsOwn = 0;
    Id preparing = 0, money = 0, organisational = 0, macro = 0;
    Id waitingMemo = 0, collapsingSegmentMemo = 0;
};

TEST_F(StructureCommandTest, MergeMovesSegmentsCollapsesTwinsKeepsMemosAndDefinitionsAndArchives)
{
    auto command = MergeCodes::make(*project, {waiting, siteVisits}, planning, QStringLiteral("same idea"));
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Merge 2 codes into “Planning pilot site visits”"));
    stack.push(command->release());

    auto segments = project->segmentsOfCode(planning);
    ASSERT_TRUE(segments);
    std::set<Id> ids;
    for (const SegmentInfo &s : *segments)
        ids.insert(s.id);
    // Twins collapse into the segment the target already had; the others move with their ids.
    EXPECT_EQ(ids, (std::set<Id>{planningFirst, planningSecond, waitingOwn, visitsOwn}));
    EXPECT_FALSE(project->segment(waitingSame));
    EXPECT_FALSE(project->segment(visitsSame));

    auto merged = project->code(waiting);
    ASSERT_TRUE(merged);
    EXPECT_TRUE(merged->archived);
    EXPECT_FALSE(merged->themeId);
    EXPECT_EQ(merged->segmentCount, 0);
    EXPECT_TRUE(project->code(siteVisits)->archived);
    EXPECT_EQ(project->code(planning)->definition,
              QStringLiteral("Waiting for approval: Delays while others approve"));

    EXPECT_EQ(project->memo(waitingMemo)->targetId, std::optional<Id>(planning));
    EXPECT_EQ(project->memo(collapsingSegmentMemo)->targetId, std::optional<Id>(planningFirst));
    auto exemplars = project->exemplarsOf(preparing);
    ASSERT_TRUE(exemplars);
    ASSERT_EQ(exemplars->size(), 2u);
    EXPECT_EQ(exemplars->at(0).id, planningFirst); // followed its collapsed segment

    auto log = project->auditLog(AuditFilter{.actionPrefix = QStringLiteral("code.merge")});
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().why, QStringLiteral("same idea"));
    EXPECT_EQ(log->front().coder, QStringLiteral("ana"));
    EXPECT_TRUE(log->front().details.contains(QStringLiteral("\"collapsed\":2"))) << log->front().details;
}

TEST_F(StructureCommandTest, MergeUndoRestoresTheExactStore)
{
    roundTrip(MergeCodes::make(*project, {waiting, siteVisits}, planning, QStringLiteral("same idea")));
    EXPECT_EQ(auditCount(QStringLiteral("code.merge")), 3);   // do, redo, redo
    EXPECT_EQ(auditCount(QStringLiteral("code.unmerge")), 2); // undo, undo
}

TEST_F(StructureCommandTest, MergeIsRefusedIntoItselfOrFromArchivedCodes)
{
    EXPECT_FALSE(MergeCodes::make(*project, {planning}, planning));
    EXPECT_FALSE(MergeCodes::make(*project, {}, planning));
    ASSERT_TRUE(project->setCodeArchived(funding, true));
    auto archived = MergeCodes::make(*project, {funding}, planning);
    ASSERT_FALSE(archived);
    EXPECT_TRUE(archived.error().message.contains(QStringLiteral("Funding")));
}

TEST_F(StructureCommandTest, SplitMovesChosenSegmentsToANewCodeBesideTheOld)
{
    auto command = SplitCode::make(*project, planning, {planningSecond}, QStringLiteral("Visiting pilot sites"),
                                   QStringLiteral("two ideas"));
    ASSERT_TRUE(command);
    SplitCode *split = command->get();
    stack.push(command->release());
    const Id made = split->newCodeId();
    auto code = project->code(made);
    ASSERT_TRUE(code);
    EXPECT_EQ(code->name, QStringLiteral("Visiting pilot sites"));
    EXPECT_EQ(code->stage, CodeStage::FirstOrder);
    EXPECT_EQ(code->segmentCount, 1);
    EXPECT_EQ(project->segment(planningSecond)->codeId, made);
    auto under = project->codesOfTheme(preparing);
    ASSERT_TRUE(under);
    ASSERT_EQ(under->size(), 3u);
    EXPECT_EQ(under->at(0).id, planning);
    EXPECT_EQ(under->at(1).id, made);
    EXPECT_EQ(under->at(2).id, waiting);

    stack.undo();
    EXPECT_FALSE(project->code(made));
    stack.redo();
    auto again = project->code(made);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->guid, code->guid);
    EXPECT_EQ(again->color, code->color);
}

TEST_F(StructureCommandTest, SplitUndoRestoresTheExactStore)
{
    roundTrip(SplitCode::make(*project, planning, {planningSecond, planningFirst}, QStringLiteral("Visiting pilot sites")));
}

TEST_F(StructureCommandTest, SplitRefusesSegmentsOfAnotherCode)
{
    auto command = SplitCode::make(*project, planning, {waitingOwn}, QStringLiteral("New"));
    ASSERT_FALSE(command);
    EXPECT_TRUE(command.error().message.contains(QStringLiteral("Waiting for approval")));
    EXPECT_FALSE(SplitCode::make(*project, planning, {planningFirst}, QStringLiteral("Funding")));
    EXPECT_FALSE(SplitCode::make(*project, planning, {}, QStringLiteral("New")));
}

TEST_F(StructureCommandTest, PlaceCodeUndoRestoresTheExactStore)
{
    roundTrip(PlaceCode::make(*project, funding, preparing, 0, QStringLiteral("money is preparation")));
    auto under = project->codesOfTheme(preparing);
    ASSERT_TRUE(under);
    ASSERT_EQ(under->size(), 3u);
    EXPECT_EQ(under->front().id, funding);
}

TEST_F(StructureCommandTest, MovingACodeToAnotherThemeAndBackIsExact)
{
    roundTrip(PlaceCode::make(*project, planning, money, 0));
    EXPECT_EQ(project->code(planning)->themeId, std::optional<Id>(money));
    roundTrip(PlaceCode::make(*project, waiting, std::nullopt));
    EXPECT_FALSE(project->code(waiting)->themeId);
}

TEST_F(StructureCommandTest, PlaceThemeAndMoveDimensionUndoRestoreTheExactStore)
{
    roundTrip(PlaceTheme::make(*project, money, macro));
    roundTrip(PlaceTheme::make(*project, preparing, std::nullopt));
    roundTrip(MoveDimension::make(*project, macro, 0));
    auto dims = project->dimensions();
    ASSERT_TRUE(dims);
    EXPECT_EQ(dims->front().id, macro);
}

TEST_F(StructureCommandTest, RemoveThemeUnplacesItsCodesAndUndoBringsEverythingBack)
{
    auto command = RemoveTheme::make(*project, preparing, QStringLiteral("too broad"));
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Remove theme “Preparing the pilot” (its 2 codes become unplaced)"));
    roundTrip(std::move(command));
    EXPECT_FALSE(project->theme(preparing));
    EXPECT_FALSE(project->code(planning)->themeId);
    auto unplaced = project->unplacedCodes();
    ASSERT_TRUE(unplaced);
    EXPECT_EQ(unplaced->size(), 3u); // planning, waiting, funding
    stack.undo();
    EXPECT_EQ(project->exemplarsOf(preparing)->size(), 2u);
}

TEST_F(StructureCommandTest, RemoveDimensionUnplacesItsThemesAndUndoIsExact)
{
    roundTrip(RemoveDimension::make(*project, organisational));
    auto unplaced = project->unplacedThemes();
    ASSERT_TRUE(unplaced);
    ASSERT_EQ(unplaced->size(), 2u);
    EXPECT_EQ(unplaced->at(0).id, preparing);
}

TEST_F(StructureCommandTest, RemoveThemeIsRefusedWhileMemosAreOnIt)
{
    ASSERT_TRUE(project->addMemo(QStringLiteral("theme"), preparing, QStringLiteral("Counter-example"), {}));
    auto command = RemoveTheme::make(*project, preparing);
    ASSERT_FALSE(command);
    EXPECT_EQ(command.error().kind, ErrorKind::Conflict);
    EXPECT_FALSE(project->removeTheme(preparing));
}

TEST_F(StructureCommandTest, CreateThemeAndDimensionUndoAndRedoKeepIdsAndGuids)
{
    auto dimension = CreateDimension::make(*project, QStringLiteral("Individual factors"));
    ASSERT_TRUE(dimension);
    CreateDimension *createDimension = dimension->get();
    roundTrip(std::move(dimension));
    auto theme = CreateTheme::make(*project, QStringLiteral("Roles"), QStringLiteral("New jobs"),
                                   createDimension->dimensionId(), QStringLiteral("from memo 3"));
    ASSERT_TRUE(theme);
    CreateTheme *createTheme = theme->get();
    roundTrip(std::move(theme));
    auto made = project->theme(createTheme->themeId());
    ASSERT_TRUE(made);
    EXPECT_EQ(made->dimensionId, std::optional<Id>(createDimension->dimensionId()));
    EXPECT_EQ(made->definition, QStringLiteral("New jobs"));
    EXPECT_FALSE(CreateTheme::make(*project, QStringLiteral("Roles")));
}

TEST_F(StructureCommandTest, ExemplarChoicesUndoExactly)
{
    roundTrip(ChooseExemplar::make(*project, preparing, planningFirst, 0));
    EXPECT_EQ(project->exemplarsOf(preparing)->front().id, planningFirst);
    roundTrip(RemoveExemplar::make(*project, preparing, waitingSame));
    auto wrongTheme = ChooseExemplar::make(*project, money, planningFirst);
    ASSERT_FALSE(wrongTheme);
    EXPECT_TRUE(wrongTheme.error().message.contains(QStringLiteral("not under the theme")));
}

TEST_F(StructureCommandTest, RenamingAndDefiningTiersUndo)
{
    roundTrip(RenameTier::make(*project, Tier::Theme, money, QStringLiteral("Funding the pilot")));
    EXPECT_EQ(project->theme(money)->name, QStringLiteral("Funding the pilot"));
    roundTrip(RenameTier::make(*project, Tier::Dimension, macro, QStringLiteral("Macro factors")));
    roundTrip(SetDefinition::make(*project, SetDefinition::Of::Theme, money, QStringLiteral("Money matters")));
    roundTrip(SetDefinition::make(*project, SetDefinition::Of::Code, planning, QStringLiteral("Visits planned")));
    roundTrip(SetDefinition::make(*project, SetDefinition::Of::Dimension, macro, QStringLiteral("Outside")));
    EXPECT_FALSE(RenameTier::make(*project, Tier::Theme, money, QStringLiteral("Preparing the pilot")));
}

TEST_F(StructureCommandTest, EveryStructuralStepIsAuditedWithTheWhy)
{
    auto command = PlaceCode::make(*project, funding, money, std::nullopt, QStringLiteral("budget talk"));
    ASSERT_TRUE(command);
    stack.push(command->release());
    stack.undo();
    auto log = project->auditLog(AuditFilter{.actionPrefix = QStringLiteral("code.place"), .limit = 2});
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 2u);
    EXPECT_EQ(log->at(0).action, QStringLiteral("code.place.undo")); // newest first
    EXPECT_EQ(log->at(1).action, QStringLiteral("code.place"));
    EXPECT_EQ(log->at(1).why, QStringLiteral("budget talk"));
    EXPECT_TRUE(log->at(1).hasStructure);
    EXPECT_TRUE(log->at(1).details.contains(QStringLiteral("\"name\":\"Money\""))) << log->at(1).details;
    EXPECT_FALSE(log->at(1).details.contains(QStringLiteral("\"structure\"")));
}

TEST_F(StructureCommandTest, StructureChangedIsAnnounced)
{
    QSignalSpy changed(project.get(), &Project::structureChanged);
    QSignalSpy codeChanged(project.get(), &Project::codeChanged);
    auto command = PlaceCode::make(*project, funding, money);
    ASSERT_TRUE(command);
    stack.push(command->release());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_GE(codeChanged.count(), 1);
    stack.undo();
    EXPECT_EQ(changed.count(), 2);
}

} // namespace
