// Review threads: opened on a code, theme, dimension or model link, answered,
// resolved and reopened through the undo stack, each undone exactly.
#include "core/commands/open_thread.h"
#include "core/commands/reopen_thread.h"
#include "core/commands/reply_to_thread.h"
#include "core/commands/resolve_thread.h"
#include "core/commands/take_snapshot.h"
#include "tests/unit/commands/command_fixture.h"
#include "tests/unit/commands/store_dump.h"

#include <QSignalSpy>

using namespace gw;

namespace {

using ReviewTest = test::CommandTest;

TEST_F(ReviewTest, ThreadIsOpenedAnsweredResolvedAndReopenedWithItsAuthors)
{
    QSignalSpy changed(project.get(), &Project::reviewChanged);
    auto id = project->openThread(ReviewTarget{QStringLiteral("code"), planning},
                                  QStringLiteral("Is this the same as scheduling?"));
    ASSERT_TRUE(id) << id.error().message;
    ASSERT_TRUE(project->setCoder(QStringLiteral("ben")));
    ASSERT_TRUE(project->addComment(*id, QStringLiteral("Yes, merge them.")));
    ASSERT_TRUE(project->resolveThread(*id));
    EXPECT_FALSE(project->resolveThread(*id)); // resolved already
    auto thread = project->thread(*id);
    ASSERT_TRUE(thread);
    EXPECT_EQ(thread->targetName, QStringLiteral("Planning pilot site visits"));
    ASSERT_EQ(thread->comments.size(), 2u);
    EXPECT_EQ(thread->comments[0].author, QStringLiteral("ana"));
    EXPECT_EQ(thread->comments[1].author, QStringLiteral("ben"));
    EXPECT_TRUE(thread->resolved);
    EXPECT_EQ(thread->resolvedBy, QStringLiteral("ben"));
    EXPECT_FALSE(thread->resolvedAt.isEmpty());
    EXPECT_TRUE(project->threads(true)->empty());
    ASSERT_TRUE(project->reopenThread(*id));
    EXPECT_EQ(project->threads(true)->size(), 1u);
    EXPECT_EQ(changed.count(), 4);
}

TEST_F(ReviewTest, OpenThreadsCanBeListedPerTarget)
{
    auto theme = project->addTheme(QStringLiteral("Preparing"));
    ASSERT_TRUE(theme);
    ASSERT_TRUE(project->openThread(ReviewTarget{QStringLiteral("theme"), *theme}, QStringLiteral("Too broad?")));
    ASSERT_TRUE(project->openThread(ReviewTarget{QStringLiteral("influence"), 42}, QStringLiteral("Which way?")));
    auto onTheme = project->threads(false, ReviewTarget{QStringLiteral("theme"), *theme});
    ASSERT_TRUE(onTheme);
    ASSERT_EQ(onTheme->size(), 1u);
    EXPECT_EQ(onTheme->front().targetName, QStringLiteral("Preparing"));
    auto all = project->threads();
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ(all->back().target, (ReviewTarget{QStringLiteral("influence"), 42}));
}

TEST_F(ReviewTest, BadTargetsAndEmptyTextAreRefused)
{
    auto kind = project->openThread(ReviewTarget{QStringLiteral("segment"), 1}, QStringLiteral("x"));
    ASSERT_FALSE(kind);
    EXPECT_TRUE(kind.error().message.contains(QStringLiteral("segment")));
    EXPECT_FALSE(project->openThread(ReviewTarget{QStringLiteral("code"), 999}, QStringLiteral("x")));
    EXPECT_FALSE(project->openThread(ReviewTarget{QStringLiteral("code"), planning}, QStringLiteral("  ")));
    EXPECT_FALSE(project->addComment(999, QStringLiteral("x")));
    EXPECT_FALSE(OpenThread::make(*project, ReviewTarget{QStringLiteral("code"), planning}, QString()));
}

TEST_F(ReviewTest, EveryReviewStepUndoesExactly)
{
    const auto empty = test::dumpStore(project->database());
    auto open = OpenThread::make(*project, ReviewTarget{QStringLiteral("code"), waiting}, QStringLiteral("Split?"));
    ASSERT_TRUE(open);
    OpenThread *opened = open->get();
    stack.push(open->release());
    const Id thread = opened->threadId();
    ASSERT_NE(thread, 0);
    const auto afterOpen = test::dumpStore(project->database());

    auto reply = ReplyToThread::make(*project, thread, QStringLiteral("No."));
    ASSERT_TRUE(reply);
    stack.push(reply->release());
    const auto afterReply = test::dumpStore(project->database());

    auto resolve = ResolveThread::make(*project, thread);
    ASSERT_TRUE(resolve);
    stack.push(resolve->release());
    const auto afterResolve = test::dumpStore(project->database());
    EXPECT_FALSE(ResolveThread::make(*project, thread));

    auto reopen = ReopenThread::make(*project, thread);
    ASSERT_TRUE(reopen);
    stack.push(reopen->release());
    EXPECT_FALSE(project->thread(thread)->resolved);

    stack.undo();
    EXPECT_TRUE(test::sameStore(afterResolve, test::dumpStore(project->database())));
    stack.undo();
    EXPECT_TRUE(test::sameStore(afterReply, test::dumpStore(project->database())));
    stack.undo();
    EXPECT_TRUE(test::sameStore(afterOpen, test::dumpStore(project->database())));
    stack.undo();
    EXPECT_TRUE(test::sameStore(empty, test::dumpStore(project->database())));
    stack.redo();
    stack.redo();
    stack.redo();
    EXPECT_TRUE(test::sameStore(afterResolve, test::dumpStore(project->database())));
}

TEST_F(ReviewTest, TakingASnapshotIsAnUndoStepAndRedoPutsTheSameOneBack)
{
    const auto before = test::dumpStore(project->database());
    auto take = TakeSnapshot::make(*project, QStringLiteral("  after the   May meeting "));
    ASSERT_TRUE(take) << take.error().message;
    EXPECT_EQ((*take)->text(), QStringLiteral("Take Snapshot “after the May meeting”"));
    TakeSnapshot *taken = take->get();
    stack.push(take->release());
    const Id id = taken->snapshotId();
    ASSERT_NE(id, 0);
    const auto after = test::dumpStore(project->database());
    EXPECT_FALSE(TakeSnapshot::make(*project, QStringLiteral("after the May meeting"))); // the name is taken
    EXPECT_FALSE(TakeSnapshot::make(*project, QStringLiteral("   ")));

    QSignalSpy changed(project.get(), &Project::snapshotsChanged);
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    EXPECT_FALSE(project->snapshotByName(QStringLiteral("after the May meeting")));
    stack.redo();
    EXPECT_TRUE(test::sameStore(after, test::dumpStore(project->database())));
    EXPECT_EQ(project->snapshotByName(QStringLiteral("after the May meeting"))->id, id);
    EXPECT_EQ(changed.count(), 2);
}

} // namespace
