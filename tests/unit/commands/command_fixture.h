#pragma once
// A project with one interview (with characters outside the BMP) and two codes,
// and an undo stack, for the command tests.

#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <QUndoStack>
#include <gtest/gtest.h>

namespace gw::test {

class CommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("study.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
        auto id = project->addSource(NewSource{QStringLiteral("P03"), SourceKind::Interview,
                                               QStringLiteral("P03: We planned 🙂 pilot site visits, then waited "
                                                              "for   the  regional office to sign off."),
                                               QStringLiteral("P03.txt"), QStringLiteral("text"), {}});
        ASSERT_TRUE(id);
        sourceId = *id;
        auto a = project->addCode(QStringLiteral("Planning pilot site visits"));
        auto b = project->addCode(QStringLiteral("Waiting for approval"));
        ASSERT_TRUE(a && b);
        planning = *a;
        waiting = *b;
    }

    [[nodiscard]] std::vector<SegmentInfo> segments()
    {
        auto list = project->segmentsOfSource(sourceId);
        EXPECT_TRUE(list);
        return list.value_or(std::vector<SegmentInfo>{});
    }

    TempDir dir;
    std::unique_ptr<Project> project;
    QUndoStack stack;
    Id sourceId = 0;
    Id planning = 0;
    Id waiting = 0;
};

} // namespace gw::test
