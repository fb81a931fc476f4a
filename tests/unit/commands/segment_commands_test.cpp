// Coding, uncoding, recoding and adjusting segments through the undo stack: each
// redo, undo and redo again leaves the store as it should be.
#include "core/commands/adjust_segment.h"
#include "core/commands/apply_coding.h"
#include "core/commands/apply_codings.h"
#include "core/commands/code_in_vivo.h"
#include "core/commands/recode_segment.h"
#include "core/commands/remove_segment.h"
#include "tests/unit/commands/command_fixture.h"

#include <QLocale>
#include <QSignalSpy>

using namespace gw;

namespace {

using SegmentCommandTest = test::CommandTest;

TEST_F(SegmentCommandTest, ApplyCodingRedoUndoRedoKeepsTheSameSegment)
{
    auto command = ApplyCoding::make(*project, sourceId, planning, 5, 35);
    ASSERT_TRUE(command) << command.error().message.toStdString();
    EXPECT_EQ((*command)->text(), QStringLiteral("Code “Planning pilot site visits”"));
    ApplyCoding *apply = command->get();
    stack.push(command->release());
    ASSERT_EQ(segments().size(), 1u);
    const SegmentInfo made = segments().front();
    EXPECT_EQ(apply->segmentId(), made.id);
    EXPECT_EQ(made.text, QStringLiteral("We planned 🙂 pilot site visits"));
    EXPECT_EQ(made.coder, QStringLiteral("ana"));

    stack.undo();
    EXPECT_TRUE(segments().empty());
    stack.redo();
    ASSERT_EQ(segments().size(), 1u);
    EXPECT_EQ(segments().front().id, made.id);
    EXPECT_EQ(segments().front().guid, made.guid);
}

TEST_F(SegmentCommandTest, ApplyCodingRefusesBadRangesAndDuplicates)
{
    auto outside = ApplyCoding::make(*project, sourceId, planning, 5, 500);
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().kind, ErrorKind::InvalidInput);
    auto empty = ApplyCoding::make(*project, sourceId, planning, 5, 5);
    ASSERT_FALSE(empty);
    auto noCode = ApplyCoding::make(*project, sourceId, 9999, 0, 3);
    ASSERT_FALSE(noCode);
    EXPECT_EQ(noCode.error().kind, ErrorKind::NotFound);
    ASSERT_TRUE(project->applyCode(sourceId, planning, 0, 3));
    auto twice = ApplyCoding::make(*project, sourceId, planning, 0, 3);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already coded")));
}

TEST_F(SegmentCommandTest, RemoveSegmentUndoPutsItBackWithItsGuidAndCoder)
{
    auto id = project->applyCode(sourceId, planning, 0, 3);
    ASSERT_TRUE(id);
    const SegmentInfo before = segments().front();
    ASSERT_TRUE(project->setCoder(QStringLiteral("ben"))); // someone else uncodes
    auto command = RemoveSegment::make(*project, *id);
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Uncode “Planning pilot site visits”"));
    stack.push(command->release());
    EXPECT_TRUE(segments().empty());
    stack.undo();
    ASSERT_EQ(segments().size(), 1u);
    EXPECT_EQ(segments().front().id, before.id);
    EXPECT_EQ(segments().front().guid, before.guid);
    EXPECT_EQ(segments().front().coder, QStringLiteral("ana"));
    stack.redo();
    EXPECT_TRUE(segments().empty());
    EXPECT_FALSE(RemoveSegment::make(*project, *id));
}

TEST_F(SegmentCommandTest, RecodeMovesTheSegmentAndBack)
{
    auto id = project->applyCode(sourceId, planning, 0, 3);
    ASSERT_TRUE(id);
    auto command = RecodeSegment::make(*project, *id, waiting);
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Recode to “Waiting for approval”"));
    stack.push(command->release());
    EXPECT_EQ(segments().front().codeId, waiting);
    stack.undo();
    EXPECT_EQ(segments().front().codeId, planning);
    stack.redo();
    EXPECT_EQ(segments().front().codeId, waiting);
    auto same = RecodeSegment::make(*project, *id, waiting);
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().kind, ErrorKind::InvalidInput);
}

TEST_F(SegmentCommandTest, AdjustChangesBoundsWithinTheSource)
{
    auto id = project->applyCode(sourceId, planning, 0, 3);
    ASSERT_TRUE(id);
    auto command = AdjustSegment::make(*project, *id, 5, 15);
    ASSERT_TRUE(command);
    stack.push(command->release());
    EXPECT_EQ(segments().front().text, QStringLiteral("We planned"));
    stack.undo();
    EXPECT_EQ(segments().front().end, 3);
    stack.redo();
    EXPECT_EQ(segments().front().start, 5);
    EXPECT_FALSE(AdjustSegment::make(*project, *id, 5, 10'000));
    EXPECT_FALSE(AdjustSegment::make(*project, 424242, 0, 1));
}

TEST_F(SegmentCommandTest, InVivoNamesTheCodeByTheWordsAndUndoRemovesBoth)
{
    auto command = CodeInVivo::make(*project, sourceId, 16, 35); // "🙂 pilot site visits"
    ASSERT_TRUE(command) << command.error().message.toStdString();
    CodeInVivo *inVivo = command->get();
    stack.push(command->release());
    auto code = project->code(inVivo->codeId());
    ASSERT_TRUE(code);
    EXPECT_EQ(code->name, QStringLiteral("🙂 pilot site visits"));
    EXPECT_EQ(code->stage, CodeStage::Open);
    EXPECT_EQ(segments().size(), 1u);
    const Id codeId = inVivo->codeId();
    stack.undo();
    EXPECT_TRUE(segments().empty());
    EXPECT_FALSE(project->code(codeId));
    stack.redo();
    EXPECT_TRUE(project->code(codeId));
    ASSERT_EQ(segments().size(), 1u);
    EXPECT_EQ(segments().front().codeId, codeId);
}

TEST_F(SegmentCommandTest, InVivoNamesAreSimplifiedAndCutAtAWord)
{
    EXPECT_EQ(CodeInVivo::nameFor(QStringLiteral("  waited\nfor   the  office ")), QStringLiteral("waited for the office"));
    const QString longText = QStringLiteral("we kept waiting for the regional office to sign off on the plan for weeks");
    const QString name = CodeInVivo::nameFor(longText);
    EXPECT_LE(name.size(), CodeInVivo::kMaxNameLength);
    EXPECT_TRUE(longText.startsWith(name));
    EXPECT_EQ(name, QStringLiteral("we kept waiting for the regional office to sign off on the"));
    auto blank = CodeInVivo::make(*project, sourceId, 3, 4); // a space
    ASSERT_FALSE(blank);
    EXPECT_EQ(blank.error().kind, ErrorKind::InvalidInput);
}

TEST_F(SegmentCommandTest, InVivoReusesAnExistingCodeOfThatName)
{
    auto command = CodeInVivo::make(*project, sourceId, 5, 15); // "We planned"
    ASSERT_TRUE(command);
    ASSERT_TRUE(project->addCode(QStringLiteral("We planned")));
    auto again = CodeInVivo::make(*project, sourceId, 5, 15);
    ASSERT_TRUE(again);
    EXPECT_FALSE((*again)->createsCode());
    stack.push(again->release());
    stack.undo();
    EXPECT_TRUE(project->codeByName(QStringLiteral("We planned"))); // not ours to remove
}

// Coding many passages at once is one transaction, one announcement and one
// undo step, whatever its size; undo and redo keep the same segments.
TEST_F(SegmentCommandTest, ApplyCodingsIsOneStepOneTransactionOneAnnouncement)
{
    std::vector<SegmentInfo> ranges;
    const std::int64_t length = project->source(sourceId)->length;
    for (std::int64_t start = 0; start + 2 <= length; ++start)
        for (std::int64_t end = start + 1; end <= std::min(length, start + 60); ++end) {
            SegmentInfo r;
            r.sourceId = sourceId;
            r.start = start;
            r.end = end;
            ranges.push_back(r);
        }
    ASSERT_GT(ranges.size(), 3000u);
    QSignalSpy changed(project.get(), &Project::segmentsChanged);
    auto command = ApplyCodings::make(*project, planning, ranges);
    ASSERT_TRUE(command) << command.error().message.toStdString();
    EXPECT_EQ((*command)->text(),
              QStringLiteral("Code %1 passages with “Planning pilot site visits”").arg(QLocale().toString(qsizetype(ranges.size()))));
    ApplyCodings *apply = command->get();
    stack.push(command->release());
    EXPECT_EQ(changed.count(), 1);
    const auto made = segments();
    ASSERT_EQ(made.size(), ranges.size());
    EXPECT_EQ(apply->segments().size(), ranges.size());
    for (const SegmentInfo &s : made)
        EXPECT_EQ(s.coder, QStringLiteral("ana"));

    stack.undo();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_TRUE(segments().empty());
    stack.redo();
    EXPECT_EQ(changed.count(), 3);
    const auto again = segments();
    ASSERT_EQ(again.size(), made.size());
    for (std::size_t i = 0; i < made.size(); ++i) {
        EXPECT_EQ(again[i].id, made[i].id);
        EXPECT_EQ(again[i].guid, made[i].guid);
        EXPECT_EQ(again[i].coder, made[i].coder);
    }
}

TEST_F(SegmentCommandTest, ApplyCodingsRefusesARangeOutsideItsSourceAndChangesNothing)
{
    SegmentInfo good, bad;
    good.sourceId = bad.sourceId = sourceId;
    good.start = 0;
    good.end = 3;
    bad.start = 5;
    bad.end = 5000;
    auto command = ApplyCodings::make(*project, planning, {good, bad});
    ASSERT_FALSE(command);
    EXPECT_EQ(command.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(segments().empty());
    EXPECT_FALSE(ApplyCodings::make(*project, planning, {}));
}

} // namespace
