#pragma once
// The merge tests' project: ana's study (command_fixture.h) with a segment and
// two themes, copied out to ben; inCopy edits ben's copy as ben.

#include "core/commands/merge_project.h"
#include "core/merge/coder_copy.h"
#include "core/merge/merge_apply.h"
#include "core/merge/merge_plan.h"
#include "tests/unit/commands/command_fixture.h"

namespace gw::test {

class MergeTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        test::CommandTest::SetUp();
        auto seg = project->applyCode(sourceId, planning, 0, 10);
        ASSERT_TRUE(seg);
        auto theme = project->addTheme(QStringLiteral("Preparing"));
        auto other = project->addTheme(QStringLiteral("Delays"));
        ASSERT_TRUE(theme && other);
        preparing = *theme;
        delays = *other;
        ASSERT_TRUE(project->placeCode(planning, preparing));
        copyPath = dir.path(QStringLiteral("ben.groundwork"));
        auto copy = exportCoderCopy(*project, copyPath, QStringLiteral("ben"));
        ASSERT_TRUE(copy) << copy.error().message;
    }

    // Opens the copy as ben, lets EDIT change it, and closes it.
    template <typename Edit> void inCopy(Edit edit)
    {
        auto copy = Project::open(copyPath);
        ASSERT_TRUE(copy) << copy.error().message;
        ASSERT_TRUE((*copy)->setCoder(QStringLiteral("ben")));
        edit(**copy);
    }

    MergePlan plan()
    {
        auto p = planMerge(*project, copyPath);
        EXPECT_TRUE(p) << (p ? "" : p.error().message.toStdString());
        return p ? std::move(*p) : MergePlan{};
    }

    // Pushes the merge of P as one undo step; its report.
    MergeReport pushMerge(MergePlan p)
    {
        auto command = MergeProject::make(*project, std::move(p));
        EXPECT_TRUE(command) << (command ? "" : command.error().message.toStdString());
        if (!command)
            return {};
        MergeProject *merge = command->get();
        stack.push(command->release());
        EXPECT_FALSE(merge->failure());
        return merge->report();
    }

    const MergeItem *item(const MergePlan &p, MergeKind kind, const QString &name)
    {
        for (const MergeItem &i : p.items)
            if (i.kind == kind && i.name == name)
                return &i;
        return nullptr;
    }

    std::vector<SegmentInfo> segmentsOf(Id code)
    {
        auto list = project->segmentsOfCode(code);
        EXPECT_TRUE(list);
        return list.value_or(std::vector<SegmentInfo>{});
    }

    Id preparing = 0;
    Id delays = 0;
    QString copyPath;
};

} // namespace gw::test
