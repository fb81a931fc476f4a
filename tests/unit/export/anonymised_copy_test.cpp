// The anonymised copy to share: refused while a name is still written in the
// project, and once anonymised a fresh file in which no byte spells a name
// (not the audit log, not a page the texts once used, not the search index).
#include "core/analysis/anonymisation.h"
#include "core/demo/demo_project.h"
#include "core/export/anonymised_copy.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

namespace gw {
namespace {

TEST(AnonymisedCopy, HoldsNoNameAnywhereInItsFile)
{
    test::TempDir dir;
    auto project = createDemoProject(dir.path(QStringLiteral("demo.groundwork")));
    ASSERT_TRUE(project) << project.error().message.toStdString();
    Project &p = **project;
    const std::vector<AnonymousName> names{{QStringLiteral("respiratory medicine"), QStringLiteral("[specialty_A]")},
                                           {QStringLiteral("Interviewer"), QStringLiteral("[researcher]")}};
    // Not yet anonymised: refused, naming where the names are, and nothing written.
    auto early = exportAnonymisedCopy(p, dir.path(QStringLiteral("early.groundwork")), names);
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("sources.text"))) << early.error().message;
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("early.groundwork"))));

    auto plan = planAnonymisation(p, names);
    ASSERT_TRUE(plan);
    ASSERT_TRUE(p.editSourceTexts(anonymisationEdits(*plan), QStringLiteral("anonymise"), {}));
    // A memo that quotes a name is found too.
    ASSERT_TRUE(p.addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Note"), QStringLiteral("Ask the Interviewer again")));
    auto memo = exportAnonymisedCopy(p, dir.path(QStringLiteral("memo.groundwork")), names);
    ASSERT_FALSE(memo);
    EXPECT_TRUE(memo.error().message.contains(QStringLiteral("memos.body"))) << memo.error().message;
    // Anonymising again replaces it there too.
    auto again = planAnonymisation(p, names);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->hits.empty());
    ASSERT_EQ(again->fields.size(), 1u);
    EXPECT_EQ(again->fields[0].after, QStringLiteral("Ask the [researcher] again"));
    ASSERT_TRUE(writeAnonymisedFields(p, again->fields, false));

    const QString out = dir.path(QStringLiteral("share.groundwork"));
    auto copy = exportAnonymisedCopy(p, out, names);
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    EXPECT_EQ(copy->sources, std::int64_t(p.sources()->size()));
    const QByteArray bytes = test::readFile(out);
    ASSERT_GT(bytes.size(), 0);
    EXPECT_FALSE(bytes.contains("respiratory medicine"));
    EXPECT_FALSE(bytes.contains("Interviewer"));
    EXPECT_TRUE(bytes.contains("[specialty_A]"));
    auto shared = Project::openForReading(out);
    ASSERT_TRUE(shared) << shared.error().message.toStdString();
    EXPECT_EQ((*shared)->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value_or(-1), 0);
    EXPECT_FALSE((*shared)->search(QStringLiteral("specialty_A"), 5)->empty());
    // Never over an existing file; and as REFI-QDA too.
    EXPECT_FALSE(exportAnonymisedCopy(p, out, names));
    auto qdpx = exportAnonymisedCopy(p, dir.path(QStringLiteral("share.qdpx")), names);
    ASSERT_TRUE(qdpx) << qdpx.error().message.toStdString();
    EXPECT_GT(qdpx->bytes, 0);
}

} // namespace
} // namespace gw
