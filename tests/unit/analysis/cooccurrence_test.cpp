// Co-occurrence of model elements' segments, counted by hand on the fixture
// (model_fixture.h): S1 "Alpha 🙂 one. Beta two. Gamma three. Delta four.",
// S2 "Epsilon five. Zeta six."; A codes "Alpha 🙂" (S1 s0), "Gamma" (S1 s2),
// "Epsilon" (S2 s0); B "🙂 one" (S1 s0), "Delta" (S1 s3); C "Zeta six" (S2 s1);
// cases K1 = {S1}, K2 = {S2}, K3 = {S1, S2}.
#include "core/analysis/cooccurrence.h"
#include "tests/unit/model/model_fixture.h"

using namespace gw;

namespace {

class CooccurrenceTest : public test::ModelTest
{
protected:
    const ElementCooccurrence *find(const std::vector<ElementCooccurrence> &pairs, Id x, Id y)
    {
        for (const ElementCooccurrence &pair : pairs)
            if ((pair.firstId == x && pair.secondId == y) ||
                (pair.firstId == y && pair.secondId == x))
                return &pair;
        return nullptr;
    }
};

TEST_F(CooccurrenceTest, CountsEachPairWithinOneSentence)
{
    auto pairs = elementCooccurrences(*project, CooccurrenceOptions{1});
    ASSERT_TRUE(pairs) << pairs.error().message.toStdString();
    ASSERT_EQ(pairs->size(), 3u);

    // A-B: a1/b1 overlap in s0 (0 apart); a2 (s2) / b2 (s3) 1 apart; a2/b1 2 apart and
    // a1/b2 3 apart are too far. Sources: S1. Cases: K1 and K3.
    const ElementCooccurrence *ab = find(*pairs, ea, eb);
    ASSERT_TRUE(ab);
    EXPECT_EQ(ab->overlapping, 1);
    EXPECT_EQ(ab->nearby, 2);
    EXPECT_EQ(ab->sameSource, 1);
    EXPECT_EQ(ab->sameCase, 2);
    EXPECT_EQ(ab->evidence, (std::vector<SegmentPair>{{a1, b1, 0}, {a2, b2, 1}}));

    // A-C: a3 (S2 s0) / c1 (S2 s1) 1 apart. Sources: S2. Cases: K2 and K3.
    const ElementCooccurrence *ac = find(*pairs, ea, ec);
    ASSERT_TRUE(ac);
    EXPECT_EQ(ac->overlapping, 0);
    EXPECT_EQ(ac->nearby, 1);
    EXPECT_EQ(ac->sameSource, 1);
    EXPECT_EQ(ac->sameCase, 2);

    // B-C: never in one source, but K3 has both.
    const ElementCooccurrence *bc = find(*pairs, eb, ec);
    ASSERT_TRUE(bc);
    EXPECT_EQ(bc->nearby, 0);
    EXPECT_EQ(bc->overlapping, 0);
    EXPECT_EQ(bc->sameSource, 0);
    EXPECT_EQ(bc->sameCase, 1);
}

TEST_F(CooccurrenceTest, WithinZeroSentencesMeansTheSameSentence)
{
    auto pairs = elementCooccurrences(*project, CooccurrenceOptions{0});
    ASSERT_TRUE(pairs);
    EXPECT_EQ(find(*pairs, ea, eb)->nearby, 1);
    EXPECT_EQ(find(*pairs, ea, ec)->nearby, 0);
    auto wide = elementCooccurrences(*project, CooccurrenceOptions{3});
    ASSERT_TRUE(wide);
    EXPECT_EQ(find(*wide, ea, eb)->nearby, 4);
    EXPECT_FALSE(elementCooccurrences(*project, CooccurrenceOptions{-1}));
}

TEST_F(CooccurrenceTest, CandidatesAreUnlinkedPairsStrongestFirstInRoleOrder)
{
    auto pairs = elementCooccurrences(*project);
    ASSERT_TRUE(pairs);
    auto elements = project->modelElements();
    ASSERT_TRUE(elements);
    auto candidates = candidateLinks(*pairs, *elements);
    ASSERT_EQ(candidates.size(), 2u); // B-C has nothing nearby
    EXPECT_EQ(candidates[0].fromId, ea);
    EXPECT_EQ(candidates[0].toId, eb);
    EXPECT_EQ(candidates[1].fromId, ea);
    EXPECT_EQ(candidates[1].toId, ec);
    EXPECT_EQ(candidateLinks(*pairs, *elements, 1).size(), 1u);

    link(eb, ea, triggers); // either direction counts as linked
    auto after = elementCooccurrences(*project);
    ASSERT_TRUE(after);
    EXPECT_TRUE(find(*after, ea, eb)->linked);
    candidates = candidateLinks(*after, *elements);
    ASSERT_EQ(candidates.size(), 1u);
    EXPECT_EQ(candidates[0].toId, ec);
}

TEST_F(CooccurrenceTest, AThemeCountsTheSegmentsOfAllItsCodesAndSkipsItsOwnCodes)
{
    const Id theme = place(ElementKind::Theme, themeAB, ModelRole::Context, macro);
    auto pairs = elementCooccurrences(*project);
    ASSERT_TRUE(pairs);
    EXPECT_FALSE(find(*pairs, theme, ea)); // shares code A
    EXPECT_FALSE(find(*pairs, theme, eb));
    // Theme AB = A + B against C: a3/c1 1 apart; B has nothing in S2.
    const ElementCooccurrence *tc = find(*pairs, theme, ec);
    ASSERT_TRUE(tc);
    EXPECT_EQ(tc->nearby, 1);
    EXPECT_EQ(tc->sameSource, 1);
    EXPECT_EQ(tc->sameCase, 2);
}

} // namespace
