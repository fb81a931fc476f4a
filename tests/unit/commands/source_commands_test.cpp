// Sources renamed, given another kind and removed as undo steps, on the demo
// project (memos, cases, exemplars and CMO evidence hang on its segments): a
// removal takes every row that hangs on the source, undo puts back the store
// exactly (compared as full dumps), redo takes it again, and the full-text
// index follows.
#include "core/commands/source_edits.h"
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "tests/unit/commands/demo_fixture.h"
#include "tests/unit/commands/store_dump.h"

#include <QUndoStack>
#include <gtest/gtest.h>

namespace gw {
namespace {

class SourceCommandsTest : public test::DemoProjectTest
{
protected:
    std::int64_t count(const QString &sql)
    {
        auto stmt = project->database().prepare(sql);
        EXPECT_TRUE(stmt);
        stmt->bind(1, busiest.id);
        EXPECT_TRUE(stmt->step().value_or(false));
        return stmt->int64(0);
    }
};

TEST_F(SourceCommandsTest, RemovingASourceTakesWhatHangsOnItAndUndoPutsItAllBack)
{
    // Something of everything hangs on it: a memo on the source and one on a
    // segment, an exemplar and CMO evidence citing its segments.
    auto segments = project->segmentsOfSource(busiest.id, false);
    ASSERT_TRUE(segments && !segments->empty());
    ASSERT_TRUE(project->addMemo(QStringLiteral("source"), busiest.id, QStringLiteral("On the source"), QStringLiteral("Body")));
    ASSERT_TRUE(project->addMemo(QStringLiteral("segment"), segments->front().id, QStringLiteral("On a segment"), {}));
    const auto before = test::dumpStore(project->database());
    const std::int64_t exemplars = count(QStringLiteral(
        "SELECT count(*) FROM theme_exemplars WHERE segment_id IN (SELECT id FROM segments WHERE source_id = ?1)"));
    const std::int64_t evidence = count(QStringLiteral(
        "SELECT count(*) FROM influence_evidence WHERE segment_id IN (SELECT id FROM segments WHERE source_id = ?1)"));
    const std::int64_t turns = count(QStringLiteral("SELECT count(*) FROM turns WHERE source_id = ?1"));
    const std::int64_t memos = count(QStringLiteral(
        "SELECT count(*) FROM memos WHERE (target_kind = 'source' AND target_id = ?1) OR (target_kind = 'segment' "
        "AND target_id IN (SELECT id FROM segments WHERE source_id = ?1))"));
    EXPECT_GE(memos, 2); // the two above, and the demo's own

    QUndoStack stack;
    auto command = RemoveSources::make(*project, {busiest.id});
    ASSERT_TRUE(command) << command.error().message.toStdString();
    const SourceRemoval counted = (*command)->removal();
    EXPECT_EQ(counted.segments, busiest.segmentCount);
    EXPECT_EQ(counted.memos, memos);
    EXPECT_EQ(counted.turns, turns);
    EXPECT_EQ(counted.exemplars, exemplars);
    EXPECT_EQ(counted.evidence, evidence);
    EXPECT_GE(counted.caseLinks, 1);
    const QString word = project->sourceText(busiest.id)->split(u' ').value(5);
    stack.push(command->release());

    EXPECT_FALSE(project->source(busiest.id));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM segments WHERE source_id = ?1")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM memos WHERE target_kind = 'source' AND target_id = ?1")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM case_sources WHERE source_id = ?1")), 0);
    const auto removed = test::dumpStore(project->database());
    auto hits = project->search(QStringLiteral("\"%1\"").arg(busiest.name.section(u'-', 0, 0)), 1000);
    ASSERT_TRUE(hits);
    for (const SearchHit &h : *hits)
        EXPECT_NE(h.sourceId, busiest.id);

    stack.undo();
    EXPECT_EQ(test::dumpStore(project->database()), before);
    auto found = project->search(word.isEmpty() ? QStringLiteral("the") : QStringLiteral("\"%1\"").arg(word), 1000);
    ASSERT_TRUE(found) << found.error().message.toStdString();
    EXPECT_TRUE(std::ranges::any_of(*found, [&](const SearchHit &h) { return h.sourceId == busiest.id; }))
        << "the restored source is in the full-text index again";

    stack.redo();
    EXPECT_EQ(test::dumpStore(project->database()), removed);
    stack.undo();
    EXPECT_EQ(test::dumpStore(project->database()), before);
    // Every step is in the audit log.
    auto audit = project->auditLog(AuditFilter{QStringLiteral("source."), {}, {}, 0});
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->size(), 4u);
}

TEST_F(SourceCommandsTest, RenameAndKindAreUndoableAndRefuseWhatCannotBe)
{
    auto sources = project->sources();
    ASSERT_TRUE(sources && sources->size() >= 2);
    const SourceInfo other = sources->front().id == busiest.id ? (*sources)[1] : sources->front();
    const auto before = test::dumpStore(project->database());
    QUndoStack stack;
    auto rename = RenameSource::make(*project, busiest.id, QStringLiteral("  Interview   with P1 "));
    ASSERT_TRUE(rename);
    stack.push(rename->release());
    EXPECT_EQ(project->source(busiest.id)->name, QStringLiteral("Interview with P1"));
    auto taken = RenameSource::make(*project, busiest.id, other.name);
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().kind, ErrorKind::Conflict);
    EXPECT_FALSE(RenameSource::make(*project, busiest.id, QStringLiteral("   ")));
    const SourceKind next = busiest.kind == SourceKind::Document ? SourceKind::Observation : SourceKind::Document;
    auto kind = SetSourceKind::make(*project, busiest.id, next);
    ASSERT_TRUE(kind);
    stack.push(kind->release());
    EXPECT_EQ(project->source(busiest.id)->kind, next);
    EXPECT_FALSE(SetSourceKind::make(*project, busiest.id, next)); // already
    stack.undo();
    stack.undo();
    EXPECT_EQ(test::dumpStore(project->database()), before);
    EXPECT_FALSE(RemoveSources::make(*project, {}));
    EXPECT_FALSE(RemoveSources::make(*project, {busiest.id, 999999}));
}

} // namespace
} // namespace gw
