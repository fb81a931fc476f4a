// CMO model edits through the undo stack: each undo must restore the exact
// prior store (ids, guids, positions, evidence), redo the exact later one.
#include "core/commands/add_evidence.h"
#include "core/commands/add_influence.h"
#include "core/commands/move_outcome.h"
#include "core/commands/place_model_element.h"
#include "core/commands/remove_evidence.h"
#include "core/commands/remove_influence.h"
#include "core/commands/remove_model_element.h"
#include "core/commands/set_element_level.h"
#include "core/commands/set_element_role.h"
#include "core/commands/set_influence_memo.h"
#include "core/commands/set_influence_type.h"
#include "tests/unit/commands/store_dump.h"
#include "tests/unit/model/model_fixture.h"

#include <QUndoStack>

using namespace gw;

namespace {

class ModelCommandTest : public test::ModelTest
{
protected:
    void SetUp() override
    {
        test::ModelTest::SetUp();
        linkAB = link(ea, eb, triggers, QStringLiteral("A sets B off"));
        linkBC = link(eb, ec, enables);
        ASSERT_TRUE(project->addEvidence(linkAB, a1, false));
        ASSERT_TRUE(project->addEvidence(linkAB, b1, false));
        ASSERT_TRUE(project->addEvidence(linkAB, a2, true));
        ASSERT_TRUE(project->addEvidence(linkBC, c1, false));
    }

    test::StoreDump dump() { return test::dumpStore(project->database()); }

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
        EXPECT_TRUE(test::sameStore(after, dump())) << "after the second redo";
    }

    QUndoStack stack;
    Id linkAB = 0, linkBC = 0;
};

TEST_F(ModelCommandTest, PlaceElement)
{
    auto command = PlaceModelElement::make(
        *project, NewModelElement{ElementKind::Theme, themeC, ModelRole::Outcome, std::nullopt,
                                  SpectrumPoint{0.9, 0.1}});
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(),
              QStringLiteral("Place theme “Theme C” in the model as an outcome"));
    roundTrip(std::move(command));
    EXPECT_TRUE(project->modelElementOf(ElementKind::Theme, themeC).value());
}

TEST_F(ModelCommandTest, PlacingWhatIsPlacedIsRefusedBeforeTheStack)
{
    auto command = PlaceModelElement::make(
        *project, NewModelElement{ElementKind::Code, a, ModelRole::Outcome});
    ASSERT_FALSE(command);
    EXPECT_TRUE(command.error().message.contains(QStringLiteral("Code A")));
}

TEST_F(ModelCommandTest, RemoveElementTakesItsLinksAndUndoPutsThemBackWithEvidence)
{
    roundTrip(RemoveModelElement::make(*project, eb));
    stack.undo();
    EXPECT_EQ(project->influence(linkAB)->supporting, 2);
    EXPECT_EQ(project->influence(linkAB)->counter, 1);
    EXPECT_EQ(project->influence(linkBC)->supporting, 1);
}

TEST_F(ModelCommandTest, SetRole)
{
    roundTrip(SetElementRole::make(*project, ec, ModelRole::Mechanism));
}

TEST_F(ModelCommandTest, SetLevelAndTakeOffLevel)
{
    roundTrip(SetElementLevel::make(*project, ea, organisational));
    roundTrip(SetElementLevel::make(*project, eb, std::nullopt));
    EXPECT_FALSE(SetElementLevel::make(*project, eb, std::nullopt)); // already without one
}

TEST_F(ModelCommandTest, MoveOutcome)
{
    roundTrip(MoveOutcome::make(*project, ec, SpectrumPoint{0.5, 0.5}));
}

TEST_F(ModelCommandTest, MoveOutcomeMergesOneDragAndANotOutcomeIsRefused)
{
    const auto before = dump();
    const int count = stack.count();
    stack.push(MoveOutcome::make(*project, ec, SpectrumPoint{0.6, 0.5})->release());
    stack.push(MoveOutcome::make(*project, ec, SpectrumPoint{0.7, 0.4})->release());
    EXPECT_EQ(stack.count(), count + 1); // one drag, one step
    EXPECT_EQ(project->modelElement(ec)->point, (SpectrumPoint{0.7, 0.4}));
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, dump()));
    EXPECT_FALSE(MoveOutcome::make(*project, ea, SpectrumPoint{0.1, 0.1})); // not an outcome
    EXPECT_FALSE(MoveOutcome::make(*project, ec, SpectrumPoint{0.1, -0.1}));
}

TEST_F(ModelCommandTest, AddInfluence)
{
    auto command = AddInfluence::make(*project, ea, ec, enables, QStringLiteral("directly"));
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Link “Code A” enables “Code C”"));
    roundTrip(std::move(command));
    EXPECT_FALSE(AddInfluence::make(*project, ea, eb, triggers)); // already there
}

TEST_F(ModelCommandTest, RemoveInfluenceWithItsEvidence)
{
    roundTrip(RemoveInfluence::make(*project, linkAB));
}

TEST_F(ModelCommandTest, RetypeInfluence)
{
    roundTrip(SetInfluenceType::make(*project, linkAB, enables));
}

TEST_F(ModelCommandTest, EditMemoMergesAndANetNoOpDropsOut)
{
    roundTrip(SetInfluenceMemo::make(*project, linkAB, QStringLiteral("A sets B off, mostly")));
    const int count = stack.count();
    stack.push(SetInfluenceMemo::make(*project, linkBC, QStringLiteral("x"))->release());
    stack.push(SetInfluenceMemo::make(*project, linkBC, QStringLiteral(""))->release());
    EXPECT_EQ(stack.count(), count); // typed and erased: nothing to undo
}

TEST_F(ModelCommandTest, AddEvidenceAndCounterEvidence)
{
    roundTrip(AddEvidence::make(*project, linkBC, a3, false));
    roundTrip(AddEvidence::make(*project, linkBC, b2, true));
    EXPECT_FALSE(AddEvidence::make(*project, linkBC, c1, false)); // already evidence
}

TEST_F(ModelCommandTest, RemoveEvidenceFromTheMiddleComesBackAtItsPlace)
{
    roundTrip(RemoveEvidence::make(*project, linkAB, b1));
    stack.undo();
    auto evidence = project->evidenceOf(linkAB);
    ASSERT_TRUE(evidence);
    ASSERT_EQ(evidence->size(), 3u);
    EXPECT_EQ(evidence->at(1).segmentId, b1);
    EXPECT_FALSE(RemoveEvidence::make(*project, linkAB, c1)); // not evidence of it
}

} // namespace
