// Creating and restructuring codes through the undo stack, with the audit log
// recording every restructuring.
#include "core/commands/apply_coding.h"
#include "core/commands/archive_code.h"
#include "core/commands/create_code.h"
#include "core/commands/recolour_code.h"
#include "core/commands/rename_code.h"
#include "core/commands/set_code_stage.h"
#include "tests/unit/commands/command_fixture.h"

#include <QSignalSpy>

using namespace gw;

namespace {

class CodeCommandTest : public test::CommandTest
{
protected:
    std::int64_t auditCount(const QString &action)
    {
        auto stmt = project->database().prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?1"));
        EXPECT_TRUE(stmt);
        stmt->bind(1, action);
        auto row = stmt->step();
        EXPECT_TRUE(row && *row);
        return stmt->int64(0);
    }
};

TEST_F(CodeCommandTest, CreateCodeUndoRemovesItAndRedoBringsTheSameCodeBack)
{
    QSignalSpy removed(project.get(), &Project::codeRemoved);
    auto command = CreateCode::make(*project, QStringLiteral("  Site  access "), CodeStage::Focused);
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("New code “Site access”"));
    CreateCode *create = command->get();
    stack.push(command->release());
    auto made = project->code(create->codeId());
    ASSERT_TRUE(made);
    EXPECT_EQ(made->stage, CodeStage::Focused);
    stack.undo();
    EXPECT_FALSE(project->code(made->id));
    EXPECT_EQ(removed.count(), 1);
    stack.redo();
    auto back = project->code(made->id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->guid, made->guid);
    EXPECT_EQ(back->name, QStringLiteral("Site access"));
    EXPECT_EQ(back->color, made->color);
}

TEST_F(CodeCommandTest, CreateCodeRefusesEmptyAndTakenNames)
{
    auto empty = CreateCode::make(*project, QStringLiteral("   "));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().message, QStringLiteral("A code needs a name."));
    auto taken = CreateCode::make(*project, QStringLiteral("Waiting for approval"));
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().kind, ErrorKind::Conflict);
}

TEST_F(CodeCommandTest, RemoveCodeRefusesACodeWithSegments)
{
    ASSERT_TRUE(project->applyCode(sourceId, planning, 0, 3));
    auto removed = project->removeCode(planning);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().kind, ErrorKind::Conflict);
}

TEST_F(CodeCommandTest, RenameIsAuditedAndUndone)
{
    auto command = RenameCode::make(*project, planning, QStringLiteral("Planning site visits"));
    ASSERT_TRUE(command);
    stack.push(command->release());
    EXPECT_EQ(project->code(planning)->name, QStringLiteral("Planning site visits"));
    stack.undo();
    EXPECT_EQ(project->code(planning)->name, QStringLiteral("Planning pilot site visits"));
    stack.redo();
    EXPECT_EQ(project->code(planning)->name, QStringLiteral("Planning site visits"));
    EXPECT_EQ(auditCount(QStringLiteral("code.rename")), 3);
    auto taken = RenameCode::make(*project, planning, QStringLiteral("Waiting for approval"));
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().kind, ErrorKind::Conflict);
}

TEST_F(CodeCommandTest, RecolourChangesTheColourAndBack)
{
    const QString before = project->code(planning)->color;
    auto command = RecolourCode::make(*project, planning, QStringLiteral("#AA3300"));
    ASSERT_TRUE(command);
    stack.push(command->release());
    EXPECT_EQ(project->code(planning)->color, QStringLiteral("#aa3300"));
    stack.undo();
    EXPECT_EQ(project->code(planning)->color, before);
    stack.redo();
    EXPECT_EQ(project->code(planning)->color, QStringLiteral("#aa3300"));
    EXPECT_FALSE(RecolourCode::make(*project, planning, QStringLiteral("not a colour")));
}

TEST_F(CodeCommandTest, ArchiveIsAuditedAndArchivedCodesCannotCode)
{
    auto command = ArchiveCode::make(*project, waiting);
    ASSERT_TRUE(command);
    EXPECT_EQ((*command)->text(), QStringLiteral("Archive code “Waiting for approval”"));
    stack.push(command->release());
    EXPECT_TRUE(project->code(waiting)->archived);
    auto coding = ApplyCoding::make(*project, sourceId, waiting, 0, 3);
    ASSERT_FALSE(coding);
    EXPECT_TRUE(coding.error().message.contains(QStringLiteral("archived")));
    stack.undo();
    EXPECT_FALSE(project->code(waiting)->archived);
    stack.redo();
    EXPECT_TRUE(project->code(waiting)->archived);
    EXPECT_EQ(auditCount(QStringLiteral("code.archive")), 2);
    EXPECT_EQ(auditCount(QStringLiteral("code.unarchive")), 1);
    EXPECT_FALSE(ArchiveCode::make(*project, waiting, true));
}

TEST_F(CodeCommandTest, StageChangeIsAuditedWithBeforeAndAfter)
{
    auto command = SetCodeStage::make(*project, planning, CodeStage::FirstOrder);
    ASSERT_TRUE(command);
    stack.push(command->release());
    EXPECT_EQ(project->code(planning)->stage, CodeStage::FirstOrder);
    stack.undo();
    EXPECT_EQ(project->code(planning)->stage, CodeStage::Open);
    stack.redo();
    auto stmt = project->database().prepare(QStringLiteral(
        "SELECT json_extract(details, '$.from'), json_extract(details, '$.to') FROM audit_log "
        "WHERE action = 'code.stage' ORDER BY id DESC LIMIT 1"));
    ASSERT_TRUE(stmt);
    ASSERT_TRUE(stmt->step().value_or(false));
    EXPECT_EQ(stmt->text(0), QStringLiteral("open"));
    EXPECT_EQ(stmt->text(1), QStringLiteral("first-order"));
    EXPECT_FALSE(SetCodeStage::make(*project, planning, CodeStage::FirstOrder));
}

} // namespace
