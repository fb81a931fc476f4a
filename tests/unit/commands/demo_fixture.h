#pragma once
// The demo study in a temporary folder, for tests of edits on a project with
// something of everything (memos, cases, exemplars, CMO evidence): its first
// source and the source with the most segments.

#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

namespace gw::test {

class DemoProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = createDemoProject(dir.path(QStringLiteral("demo.groundwork")));
        ASSERT_TRUE(p) << p.error().message.toStdString();
        project = std::move(*p);
        auto sources = project->sources();
        ASSERT_TRUE(sources && !sources->empty());
        first = sources->front();
        for (const SourceInfo &s : *sources)
            if (s.segmentCount > busiest.segmentCount)
                busiest = s;
        ASSERT_GT(busiest.segmentCount, 0);
    }

    TempDir dir;
    std::unique_ptr<Project> project;
    SourceInfo first;
    SourceInfo busiest; // the source with the most segments
};

} // namespace gw::test
