// The disagreement browser's core: which passages two coders coded
// differently, and each way of resolving one, undone back to the exact store.
#include "core/analysis/agreement.h"
#include "core/analysis/disagreements.h"
#include "core/commands/resolve_disagreement.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"
#include "tests/unit/commands/store_dump.h"

#include <QUndoStack>
#include <gtest/gtest.h>

namespace gw {
namespace {

class DisagreementsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("team.groundwork")));
        ASSERT_TRUE(p) << p.error().message;
        project = std::move(*p);
        auto s = project->addSource(
            NewSource{.name = QStringLiteral("Interview 1"), .text = QStringLiteral("0123456789abcdefghij")});
        auto t = project->addSource(NewSource{.name = QStringLiteral("Interview 2"), .text = QStringLiteral("ABCDEFGHIJ")});
        auto x = project->addCode(QStringLiteral("Mandated"));
        auto y = project->addCode(QStringLiteral("Enthusiasts"));
        ASSERT_TRUE(s && t && x && y);
        one = *s;
        two = *t;
        mandated = *x;
        enthusiasts = *y;
    }

    Id code(const QString &coder, Id source, Id codeId, std::int64_t start, std::int64_t end)
    {
        EXPECT_TRUE(project->setCoder(coder));
        auto id = project->applyCode(source, codeId, start, end);
        EXPECT_TRUE(id) << id.error().message;
        return id.value_or(0);
    }

    std::vector<Disagreement> find(std::vector<Id> codes = {})
    {
        auto found = findDisagreements(*project, DisagreementRequest{.first = ana,
                                                                     .second = ben,
                                                                     .codeIds = std::move(codes)});
        EXPECT_TRUE(found) << found.error().message;
        return found.value_or(std::vector<Disagreement>{});
    }

    // Each coder's ranges of CODE in SOURCE, as "start-end" sorted.
    QStringList rangesOf(const QString &coder, Id source, Id codeId)
    {
        QStringList out;
        auto segments = project->segmentsOfSource(source, false);
        EXPECT_TRUE(segments);
        for (const SegmentInfo &s : segments.value_or(std::vector<SegmentInfo>{}))
            if (s.coder == coder && s.codeId == codeId)
                out << QStringLiteral("%1-%2").arg(s.start).arg(s.end);
        out.sort();
        return out;
    }

    const QString ana = QStringLiteral("ana");
    const QString ben = QStringLiteral("ben");
    test::TempDir dir;
    std::unique_ptr<Project> project;
    Id one = 0, two = 0, mandated = 0, enthusiasts = 0;
};

TEST_F(DisagreementsTest, ListsEachPassageWhereTheCodersDifferAndNothingElse)
{
    code(ana, one, mandated, 0, 5);       // the same as Ben: agreed, not listed
    code(ben, one, mandated, 0, 5);
    code(ana, one, mandated, 8, 12);      // Ben 9-12 and 11-15: one passage 8-15
    code(ben, one, mandated, 9, 12);
    code(ben, one, mandated, 11, 15);
    code(ana, one, enthusiasts, 16, 20);  // only Ana
    code(ben, two, mandated, 2, 4);       // only Ben
    code(QStringLiteral("cy"), two, mandated, 5, 6); // a third coder is not compared

    const std::vector<Disagreement> found = find();
    ASSERT_EQ(found.size(), 3u);
    // Source order, then code name: Enthusiasts before Mandated.
    EXPECT_EQ(found[0].code, QStringLiteral("Enthusiasts"));
    EXPECT_EQ(found[0].kind, Disagreement::Kind::OnlyFirst);
    EXPECT_EQ(found[0].text, QStringLiteral("ghij"));
    EXPECT_EQ(describe(found[0], ana, ben), QStringLiteral("only ana coded it"));

    EXPECT_EQ(found[1].code, QStringLiteral("Mandated"));
    EXPECT_EQ(found[1].kind, Disagreement::Kind::Boundaries);
    EXPECT_EQ(found[1].start, 8);
    EXPECT_EQ(found[1].end, 15);
    EXPECT_EQ(found[1].text, QStringLiteral("89abcde"));
    EXPECT_EQ(found[1].first.size(), 1u);
    EXPECT_EQ(found[1].second.size(), 2u);

    EXPECT_EQ(found[2].sourceName, QStringLiteral("Interview 2"));
    EXPECT_EQ(found[2].kind, Disagreement::Kind::OnlySecond);
    EXPECT_EQ(describe(found[2], ana, ben), QStringLiteral("only ben coded it"));

    EXPECT_EQ(find({enthusiasts}).size(), 1u);
}

TEST_F(DisagreementsTest, SameCharactersInDifferentPiecesAgree)
{
    // Ana codes 2-8 once, Ben as 2-5 and 5-8: the same characters.
    code(ana, one, mandated, 2, 8);
    code(ben, one, mandated, 2, 5);
    code(ben, one, mandated, 5, 8);
    EXPECT_TRUE(find().empty());
}

TEST_F(DisagreementsTest, RefusesUnknownAndEqualCoders)
{
    code(ana, one, mandated, 0, 2);
    auto same = findDisagreements(*project, DisagreementRequest{.first = ana, .second = ana});
    ASSERT_FALSE(same);
    auto unknown = findDisagreements(*project, DisagreementRequest{.first = ana, .second = QStringLiteral("zed")});
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("zed")));
}

TEST_F(DisagreementsTest, EachResolutionMakesTheCodersAgreeAndUndoRestoresTheStore)
{
    struct Case
    {
        Resolution resolution;
        QStringList after; // both coders' ranges of the passage afterwards
    };
    const std::vector<Case> cases = {
        {Resolution::AcceptFirst, {QStringLiteral("8-12")}},
        {Resolution::AcceptSecond, {QStringLiteral("11-15"), QStringLiteral("9-12")}},
        {Resolution::Both, {QStringLiteral("8-15")}},
        {Resolution::Neither, {}},
    };
    code(ana, one, mandated, 8, 12);
    code(ben, one, mandated, 9, 12);
    code(ben, one, mandated, 11, 15);
    // Coded long ago: an undo must give the segments back their own time, not
    // the time of the undo (which once made this test fail across a second).
    ASSERT_TRUE(project->database().exec(QStringLiteral("UPDATE segments SET created = '2019-03-04T05:06:07Z'")));
    ASSERT_TRUE(project->setCoder(QStringLiteral("lead")));
    // The lead's first edit records them as a coder, which no undo takes back:
    // recorded before the store is compared.
    ASSERT_TRUE(project->addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Resolving"), {}));
    QUndoStack stack;
    for (const Case &c : cases) {
        SCOPED_TRACE(toString(c.resolution).toStdString());
        const test::StoreDump before = test::dumpStore(project->database());
        const std::vector<Disagreement> found = find();
        ASSERT_EQ(found.size(), 1u);
        auto command = ResolveDisagreement::make(*project, found[0], ana, ben, c.resolution,
                                                 QStringLiteral("agreed in the team meeting"));
        ASSERT_TRUE(command) << command.error().message;
        stack.push(command->release());
        EXPECT_EQ(rangesOf(ana, one, mandated), c.after);
        EXPECT_EQ(rangesOf(ben, one, mandated), c.after);
        EXPECT_TRUE(find().empty());
        // Agreement on the code is now full (or nothing is coded at all).
        if (!c.after.isEmpty()) {
            auto agreement = computeAgreement(*project, AgreementRequest{.coders = {ana, ben}});
            ASSERT_TRUE(agreement) << agreement.error().message;
            EXPECT_EQ(agreement->overall.pairs.at(0).table.firstOnly, 0);
            EXPECT_EQ(agreement->overall.pairs.at(0).table.secondOnly, 0);
        }
        auto log = project->auditLog();
        ASSERT_TRUE(log);
        EXPECT_EQ(log->front().action, QStringLiteral("coding.resolve"));
        EXPECT_EQ(log->front().why, QStringLiteral("agreed in the team meeting"));

        stack.undo();
        EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
        stack.redo();
        EXPECT_EQ(rangesOf(ana, one, mandated), c.after);
        stack.undo();
        EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    }
}

TEST_F(DisagreementsTest, RefusesAPassageWhoseCodingChangedSinceItWasListed)
{
    code(ana, one, mandated, 8, 12);
    code(ben, two, enthusiasts, 0, 2); // Ben has worked on the project, elsewhere
    const std::vector<Disagreement> found = find({mandated});
    ASSERT_EQ(found.size(), 1u);
    ASSERT_TRUE(project->removeSegment(found[0].first.at(0).id));
    auto command = ResolveDisagreement::make(*project, found[0], ana, ben, Resolution::AcceptFirst);
    ASSERT_FALSE(command);
    EXPECT_TRUE(command.error().message.contains(QStringLiteral("refresh")));
}

} // namespace
} // namespace gw
