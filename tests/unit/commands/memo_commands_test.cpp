// Memos through the undo stack: add, edit (consecutive edits merge), remove.
#include "core/commands/add_memo.h"
#include "core/commands/edit_memo.h"
#include "core/commands/mark_disconfirming.h"
#include "core/commands/remove_memo.h"
#include "tests/unit/commands/command_fixture.h"

#include <QSignalSpy>

using namespace gw;

namespace {

using MemoCommandTest = test::CommandTest;

TEST_F(MemoCommandTest, AddMemoUndoRedoKeepsTheSameMemo)
{
    QSignalSpy changed(project.get(), &Project::memosChanged);
    auto command = AddMemo::make(*project, QStringLiteral("code"), planning, QStringLiteral("Why visits"),
                                 QStringLiteral("*Visits* come before approval."));
    ASSERT_TRUE(command);
    AddMemo *add = command->get();
    stack.push(command->release());
    auto memo = project->memo(add->memoId());
    ASSERT_TRUE(memo);
    EXPECT_EQ(memo->coder, QStringLiteral("ana"));
    EXPECT_EQ(memo->targetId, planning);
    stack.undo();
    EXPECT_TRUE(project->memos()->empty());
    stack.redo();
    auto back = project->memo(memo->id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->guid, memo->guid);
    EXPECT_EQ(back->body, QStringLiteral("*Visits* come before approval."));
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(project->memosOf(QStringLiteral("code"), planning)->size(), 1u);
    EXPECT_TRUE(project->memosOf(QStringLiteral("code"), waiting)->empty());
}

TEST_F(MemoCommandTest, AddMemoRefusesAMissingTarget)
{
    auto noTarget = AddMemo::make(*project, QStringLiteral("code"), std::nullopt, {}, {});
    ASSERT_FALSE(noTarget);
    EXPECT_EQ(noTarget.error().kind, ErrorKind::InvalidInput);
    auto missing = AddMemo::make(*project, QStringLiteral("source"), 999, {}, {});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(AddMemo::make(*project, QStringLiteral("planet"), 1, {}, {}));
    EXPECT_TRUE(AddMemo::make(*project, QStringLiteral("project"), std::nullopt, {}, {}));
}

TEST_F(MemoCommandTest, ConsecutiveEditsOfOneMemoMergeIntoOneStep)
{
    auto id = project->addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Ideas"), {});
    ASSERT_TRUE(id);
    for (const QString &body : {QStringLiteral("A"), QStringLiteral("Ap"), QStringLiteral("App")}) {
        auto edit = EditMemo::make(*project, *id, QStringLiteral("Ideas"), body);
        ASSERT_TRUE(edit);
        stack.push(edit->release());
    }
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(project->memo(*id)->body, QStringLiteral("App"));
    stack.undo();
    EXPECT_EQ(project->memo(*id)->body, QString());
    stack.redo();
    EXPECT_EQ(project->memo(*id)->body, QStringLiteral("App"));

    auto other = project->addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Other"), {});
    ASSERT_TRUE(other);
    auto edit = EditMemo::make(*project, *other, QStringLiteral("Other"), QStringLiteral("x"));
    ASSERT_TRUE(edit);
    stack.push(edit->release());
    EXPECT_EQ(stack.count(), 2); // another memo: no merge
    auto same = EditMemo::make(*project, *other, QStringLiteral("Other"), QStringLiteral("x"));
    ASSERT_FALSE(same);
}

TEST_F(MemoCommandTest, EditsBackToTheStartDropOutOfTheStack)
{
    auto id = project->addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Ideas"), {});
    ASSERT_TRUE(id);
    stack.push(EditMemo::make(*project, *id, QStringLiteral("Ideas"), QStringLiteral("A"))->release());
    stack.push(EditMemo::make(*project, *id, QStringLiteral("Ideas"), QString())->release());
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(MemoCommandTest, RemoveMemoUndoRestoresItAsItWas)
{
    auto id = project->addMemo(QStringLiteral("source"), sourceId, QStringLiteral("Context"),
                               QStringLiteral("Recorded at the site 🙂"));
    ASSERT_TRUE(id);
    ASSERT_TRUE(project->setMemoDisconfirming(*id, true));
    const MemoInfo before = *project->memo(*id);
    auto command = RemoveMemo::make(*project, *id);
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Remove memo “Context”"));
    stack.push(command->release());
    EXPECT_FALSE(project->memo(*id));
    stack.undo();
    auto back = project->memo(*id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->guid, before.guid);
    EXPECT_EQ(back->created, before.created);
    EXPECT_TRUE(back->disconfirming);
    EXPECT_EQ(project->memos(QStringLiteral("SITE"))->size(), 1u);
    EXPECT_TRUE(project->memos(QStringLiteral("nowhere"))->empty());
    stack.redo();
    EXPECT_FALSE(project->memo(*id));
    EXPECT_FALSE(RemoveMemo::make(*project, *id));
}

TEST_F(MemoCommandTest, MarkDisconfirmingIsOneUndoStep)
{
    auto id = project->addMemo(QStringLiteral("code"), planning, QStringLiteral("Against"), QStringLiteral("P03 never visited."));
    ASSERT_TRUE(id);
    auto command = MarkDisconfirming::make(*project, *id, true);
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Mark “Against” as disconfirming evidence"));
    stack.push(command->release());
    EXPECT_TRUE(project->memo(*id)->disconfirming);
    stack.undo();
    EXPECT_FALSE(project->memo(*id)->disconfirming);
    stack.redo();
    EXPECT_TRUE(project->memo(*id)->disconfirming);
    // Marking what is already marked, or a memo on a source, is refused.
    EXPECT_FALSE(MarkDisconfirming::make(*project, *id, true));
    auto onSource = project->addMemo(QStringLiteral("source"), sourceId, QStringLiteral("Setting"), QString());
    ASSERT_TRUE(onSource);
    EXPECT_FALSE(MarkDisconfirming::make(*project, *onSource, true));
}

} // namespace
