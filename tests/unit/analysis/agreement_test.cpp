// Inter-coder agreement checked against figures worked out by hand: the 2x2
// arithmetic alone, then whole projects with coders who agree fully, never,
// or not at all because one stays silent, on characters and on sentences and
// paragraphs, for two and three coders, and the refusals.
#include "core/analysis/agreement.h"
#include "core/export/agreement_table.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <cmath>
#include <gtest/gtest.h>

namespace gw {
namespace {

constexpr double kTolerance = 1e-9;

TEST(AgreementStats, WorkedTwoByTwoGivesKappaPointSix)
{
    // 10 units: both coded 4, each alone 1, neither 4.
    // po = (4 + 4) / 10 = 0.8. Each coder coded 5 of 10, so
    // pe = 0.5 * 0.5 + 0.5 * 0.5 = 0.5 and kappa = (0.8 - 0.5) / (1 - 0.5) = 0.6.
    const AgreementTable table{.both = 4, .firstOnly = 1, .secondOnly = 1, .neither = 4};
    EXPECT_EQ(table.units(), 10);
    EXPECT_NEAR(table.observed(), 0.8, kTolerance);
    EXPECT_NEAR(table.expected(), 0.5, kTolerance);
    EXPECT_NEAR(table.percentAgreement(), 80.0, kTolerance);
    EXPECT_NEAR(table.kappa(), 0.6, kTolerance);
}

TEST(AgreementStats, KappaIsUndefinedWhenBothCodersAreTheSameConstant)
{
    // pe = 1: (po - pe) / (1 - pe) would divide by zero. The coders agree on
    // every unit (100%) but nothing tells their agreement from chance.
    const AgreementTable never{.both = 0, .firstOnly = 0, .secondOnly = 0, .neither = 10};
    EXPECT_TRUE(std::isnan(never.kappa()));
    EXPECT_NEAR(never.percentAgreement(), 100.0, kTolerance);
    const AgreementTable always{.both = 7, .firstOnly = 0, .secondOnly = 0, .neither = 0};
    EXPECT_TRUE(std::isnan(always.kappa()));
    EXPECT_NEAR(always.percentAgreement(), 100.0, kTolerance);
    EXPECT_TRUE(std::isnan(AgreementTable{}.percentAgreement()));
}

TEST(AgreementStats, AlphaMatchesKrippendorffsPublishedBinaryExample)
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", binary
    // data, two observers, ten units:
    //   A: 0 1 0 0 0 0 0 0 1 0
    //   B: 1 1 1 0 0 1 0 0 0 0
    // Five units neither coded, four one of them, one both. n = 20 values,
    // n1 = 6, n0 = 14, o01 = 4 disagreeing units:
    // alpha = 1 - (n - 1) * o01 / (n0 * n1) = 1 - 19 * 4 / 84 = 0.095.
    CodingCounts counts(2);
    counts.byCoders = {5, 4, 1};
    EXPECT_EQ(counts.units(), 10);
    EXPECT_NEAR(counts.alpha(), 1.0 - 76.0 / 84.0, kTolerance);
    EXPECT_NEAR(counts.alpha(), 0.095, 0.0005);
}

TEST(AgreementStats, AlphaOfThreeCodersFromTheCoincidenceMatrix)
{
    // Five units, three coders; units coded by 3, 2, 0, 1 and 0 of them.
    // Coincidences (each unit adds pairs / (m - 1) = pairs / 2):
    //   o11 = 3*2/2 + 2*1/2 = 4, o00 = 2*1/2 (unit of 1) + 3*2/2 * 2 (units of 0) = 7,
    //   o01 = o10 = 2*1/2 (unit of 2) + 1*2/2 (unit of 1) = 2.
    // n = 15, n1 = o11 + o10 = 6, n0 = 9.
    // alpha = 1 - (n - 1) * (o01 + o10) / (2 * n0 * n1) = 1 - 14 * 4 / 108 = 13/27.
    CodingCounts counts(3);
    counts.byCoders = {2, 1, 1, 1};
    EXPECT_NEAR(counts.alpha(), 13.0 / 27.0, kTolerance);
    // Everyone always "no": nothing varies, alpha undefined.
    CodingCounts silent(3);
    silent.byCoders = {5, 0, 0, 0};
    EXPECT_TRUE(std::isnan(silent.alpha()));
}

class AgreementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("team.groundwork")));
        ASSERT_TRUE(p) << p.error().message;
        project = std::move(*p);
    }

    Id addSource(const QString &name, const QString &text)
    {
        auto id = project->addSource(NewSource{.name = name, .text = text});
        EXPECT_TRUE(id) << id.error().message;
        return id.value_or(0);
    }

    Id addCode(const QString &name)
    {
        auto id = project->addCode(name);
        EXPECT_TRUE(id) << id.error().message;
        return id.value_or(0);
    }

    // CODER becomes one of the project's coders without coding: a project memo
    // (only an edit makes someone a coder).
    void record(const QString &coder)
    {
        ASSERT_TRUE(project->setCoder(coder));
        ASSERT_TRUE(project->addMemo(QStringLiteral("project"), std::nullopt, coder + QStringLiteral(" was here"), {}));
    }

    // CODER codes [START, END) of SOURCE with CODE.
    void code(const QString &coder, Id source, Id codeId, std::int64_t start, std::int64_t end)
    {
        ASSERT_TRUE(project->setCoder(coder));
        auto id = project->applyCode(source, codeId, start, end);
        ASSERT_TRUE(id) << id.error().message;
    }

    AgreementResult agree(const QStringList &coders, AgreementUnit unit = AgreementUnit::Character,
                          std::vector<Id> codes = {}, std::vector<Id> sources = {})
    {
        auto result = computeAgreement(*project, AgreementRequest{.coders = coders,
                                                                  .sourceIds = std::move(sources),
                                                                  .codeIds = std::move(codes),
                                                                  .unit = unit});
        EXPECT_TRUE(result) << result.error().message;
        return result.value_or(AgreementResult{});
    }

    const QStringList anaBen{QStringLiteral("ana"), QStringLiteral("ben")};
    test::TempDir dir;
    std::unique_ptr<Project> project;
};

TEST_F(AgreementTest, FullAgreementIsKappaOneAndAlphaOne)
{
    const Id source = addSource(QStringLiteral("a"), QStringLiteral("We were told to pair."));
    const Id x = addCode(QStringLiteral("Mandated"));
    code(QStringLiteral("ana"), source, x, 3, 12);
    code(QStringLiteral("ben"), source, x, 3, 12);
    const AgreementResult r = agree(anaBen);
    ASSERT_EQ(r.codes.size(), 1u);
    const AgreementTable &t = r.codes[0].pairs.at(0).table;
    EXPECT_EQ(t, (AgreementTable{.both = 9, .firstOnly = 0, .secondOnly = 0, .neither = 12}));
    EXPECT_NEAR(t.percentAgreement(), 100.0, kTolerance);
    EXPECT_NEAR(t.kappa(), 1.0, kTolerance);
    EXPECT_NEAR(r.codes[0].alpha(), 1.0, kTolerance);
    EXPECT_EQ(r.codes[0].units(), 21);
}

TEST_F(AgreementTest, NoOverlapAtAllIsKappaMinusOne)
{
    // Ana codes the first half, Ben the second: they disagree on all 10
    // characters. po = 0, each codes half, pe = 0.5, kappa = (0 - 0.5) / 0.5 = -1.
    // alpha: n = 20 values, n1 = n0 = 10, 10 disagreeing units:
    // 1 - 19 * 10 / (10 * 10) = -0.9.
    const Id source = addSource(QStringLiteral("a"), QStringLiteral("0123456789"));
    const Id x = addCode(QStringLiteral("X"));
    code(QStringLiteral("ana"), source, x, 0, 5);
    code(QStringLiteral("ben"), source, x, 5, 10);
    const AgreementResult r = agree(anaBen);
    const AgreementTable &t = r.codes.at(0).pairs.at(0).table;
    EXPECT_EQ(t, (AgreementTable{.both = 0, .firstOnly = 5, .secondOnly = 5, .neither = 0}));
    EXPECT_NEAR(t.percentAgreement(), 0.0, kTolerance);
    EXPECT_NEAR(t.kappa(), -1.0, kTolerance);
    EXPECT_NEAR(r.codes[0].alpha(), -0.9, kTolerance);
}

TEST_F(AgreementTest, OneCoderSilentIsKappaZeroNotUndefined)
{
    // 10 code points (11 UTF-16 units: the emoji is a surrogate pair), so the
    // "neither" count shows that characters are counted as code points.
    // Ana codes 4 of them, Ben none: po = 6/10 = 0.6; Ana's rate 0.4, Ben's 0,
    // pe = 0.4 * 0 + 0.6 * 1 = 0.6, kappa = (0.6 - 0.6) / (1 - 0.6) = 0.
    // Kappa is defined (pe < 1 because Ana varies) and 0: Ben's agreement is
    // exactly what chance gives. alpha: n = 20, n1 = 4, n0 = 16, 4 disagreeing:
    // 1 - 19 * 4 / (16 * 4) = -0.1875.
    const Id source = addSource(QStringLiteral("a"), QStringLiteral("ab\U0001F600defghij"));
    const Id x = addCode(QStringLiteral("X"));
    const Id y = addCode(QStringLiteral("Y"));
    code(QStringLiteral("ana"), source, x, 0, 4);
    record(QStringLiteral("ben"));
    const AgreementResult r = agree(anaBen);
    ASSERT_EQ(r.codes.size(), 1u) << "Y, which nobody used, is not compared unless asked for";
    const AgreementTable &t = r.codes[0].pairs.at(0).table;
    EXPECT_EQ(t, (AgreementTable{.both = 0, .firstOnly = 4, .secondOnly = 0, .neither = 6}));
    EXPECT_NEAR(t.percentAgreement(), 60.0, kTolerance);
    EXPECT_FALSE(std::isnan(t.kappa()));
    EXPECT_NEAR(t.kappa(), 0.0, kTolerance);
    EXPECT_NEAR(r.codes[0].alpha(), -0.1875, kTolerance);

    // Asked about Y too: both silent on it, pe = 1, kappa and alpha undefined
    // while agreement is 100%.
    const AgreementResult both = agree(anaBen, AgreementUnit::Character, {x, y});
    ASSERT_EQ(both.codes.size(), 2u);
    EXPECT_EQ(both.codes[1].code, QStringLiteral("Y"));
    EXPECT_TRUE(std::isnan(both.codes[1].pairs.at(0).table.kappa()));
    EXPECT_NEAR(both.codes[1].pairs.at(0).table.percentAgreement(), 100.0, kTolerance);
    EXPECT_TRUE(std::isnan(both.codes[1].alpha()));
}

TEST_F(AgreementTest, OverallPoolsTheTablesOfAllCodes)
{
    // X: both code [0,5) of 10: {both 5, neither 5}, kappa 1.
    // Y: Ana [0,2), Ben [8,10): {2 Ana only, 2 Ben only, 6 neither},
    //    po 0.6, pe 0.2*0.2 + 0.8*0.8 = 0.68, kappa -0.08/0.32 = -0.25.
    // Pooled {5, 2, 2, 11} over 20 units: po 0.8, each rate 7/20 = 0.35,
    // pe 0.35^2 + 0.65^2 = 0.545, kappa 0.255/0.455 = 51/91 (not the mean 0.375).
    // Pooled alpha: counts {11, 4, 5}, n = 40, n1 = 14, n0 = 26, 4 disagreeing:
    // 1 - 39 * 4 / (26 * 14) = 4/7.
    const Id source = addSource(QStringLiteral("a"), QStringLiteral("0123456789"));
    const Id x = addCode(QStringLiteral("X"));
    const Id y = addCode(QStringLiteral("Y"));
    code(QStringLiteral("ana"), source, x, 0, 5);
    code(QStringLiteral("ben"), source, x, 0, 5);
    code(QStringLiteral("ana"), source, y, 0, 2);
    code(QStringLiteral("ben"), source, y, 8, 10);
    const AgreementResult r = agree(anaBen);
    ASSERT_EQ(r.codes.size(), 2u);
    EXPECT_NEAR(r.codes[1].pairs.at(0).table.kappa(), -0.25, kTolerance);
    const AgreementTable &pooled = r.overall.pairs.at(0).table;
    EXPECT_EQ(pooled, (AgreementTable{.both = 5, .firstOnly = 2, .secondOnly = 2, .neither = 11}));
    EXPECT_NEAR(pooled.kappa(), 51.0 / 91.0, kTolerance);
    EXPECT_NEAR(r.overall.alpha(), 4.0 / 7.0, kTolerance);
    EXPECT_TRUE(r.method.contains(QStringLiteral("pool"))) << r.method;
    EXPECT_TRUE(r.method.contains(QStringLiteral("Cohen's kappa"))) << r.method;
    EXPECT_TRUE(r.method.contains(QStringLiteral("Krippendorff's alpha"))) << r.method;
}

TEST_F(AgreementTest, ThreeCodersGiveKappaPerPairAndOneAlpha)
{
    // Five characters; X coded by: 0 all three, 1 Ana and Ben, 2 nobody,
    // 3 Ana only, 4 nobody (the hand-worked alpha of 13/27 above).
    // Ana 1 1 0 1 0 vs Ben 1 1 0 0 0: {2, 1, 0, 2}, po 0.8, pe 0.6*0.4 + 0.4*0.6
    //   = 0.48, kappa 0.32/0.52 = 8/13.
    // Ana vs Cai 1 0 0 0 0: {1, 2, 0, 2}, po 0.6, pe 0.6*0.2 + 0.4*0.8 = 0.44,
    //   kappa 0.16/0.56 = 2/7.
    const Id source = addSource(QStringLiteral("a"), QStringLiteral("abcde"));
    const Id x = addCode(QStringLiteral("X"));
    code(QStringLiteral("ana"), source, x, 0, 2);
    code(QStringLiteral("ana"), source, x, 3, 4);
    code(QStringLiteral("ben"), source, x, 0, 2);
    code(QStringLiteral("cai"), source, x, 0, 1);
    const AgreementResult r =
        agree({QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cai")});
    ASSERT_EQ(r.codes.size(), 1u);
    ASSERT_EQ(r.codes[0].pairs.size(), 2u);
    EXPECT_EQ(r.codes[0].pairs[0].second, QStringLiteral("ben"));
    EXPECT_EQ(r.codes[0].pairs[0].table,
              (AgreementTable{.both = 2, .firstOnly = 1, .secondOnly = 0, .neither = 2}));
    EXPECT_NEAR(r.codes[0].pairs[0].table.kappa(), 8.0 / 13.0, kTolerance);
    EXPECT_EQ(r.codes[0].pairs[1].second, QStringLiteral("cai"));
    EXPECT_NEAR(r.codes[0].pairs[1].table.kappa(), 2.0 / 7.0, kTolerance);
    EXPECT_EQ(r.codes[0].counts.byCoders, (std::vector<std::int64_t>{2, 1, 1, 1}));
    EXPECT_NEAR(r.codes[0].alpha(), 13.0 / 27.0, kTolerance);
}

// Code point offsets: O0 n1 e2 _3 [emoji]4 .5 _6 T7 w8 o9 .10 _11 T12 h13 r14 e15 e16 .17
// \n18 F19 o20 u21 r22 _23 f24 i25 v26 e27 .28. After the emoji every UTF-16
// index is one more, so reading offsets as UTF-16 would move Ben's "T" of
// "Three" onto the space before it.
const QString kSentences = QStringLiteral("One \U0001F600. Two. Three.\nFour five.");

TEST_F(AgreementTest, SentenceUnitsCountASentenceAsCodedWhenASegmentOverlapsIt)
{
    // Sentences: "One .", "Two.", "Three.", "Four five." (4 units).
    // Ana: "Tw" -> Two; "Four" -> Four five.
    // Ben: "Two." -> Two; "T" -> Three; "Four" -> Four five.
    // Table {both 2, Ben only 1, neither 1}: po 0.75, rates 0.5 and 0.75,
    // pe 0.5*0.75 + 0.5*0.25 = 0.5, kappa 0.25/0.5 = 0.5.
    const Id source = addSource(QStringLiteral("a"), kSentences);
    const Id x = addCode(QStringLiteral("X"));
    code(QStringLiteral("ana"), source, x, 7, 9);
    code(QStringLiteral("ana"), source, x, 19, 23);
    code(QStringLiteral("ben"), source, x, 7, 11);
    code(QStringLiteral("ben"), source, x, 12, 13);
    code(QStringLiteral("ben"), source, x, 19, 23);
    const AgreementResult r = agree(anaBen, AgreementUnit::Sentence);
    ASSERT_EQ(r.codes.size(), 1u);
    EXPECT_EQ(r.codes[0].units(), 4);
    const AgreementTable &t = r.codes[0].pairs.at(0).table;
    EXPECT_EQ(t, (AgreementTable{.both = 2, .firstOnly = 0, .secondOnly = 1, .neither = 1}));
    EXPECT_NEAR(t.kappa(), 0.5, kTolerance);
    EXPECT_TRUE(r.method.contains(QStringLiteral("sentences"))) << r.method;

    // By paragraph both coded both paragraphs: 100% but kappa undefined.
    const AgreementResult p = agree(anaBen, AgreementUnit::Paragraph);
    const AgreementTable &pt = p.codes.at(0).pairs.at(0).table;
    EXPECT_EQ(pt, (AgreementTable{.both = 2, .firstOnly = 0, .secondOnly = 0, .neither = 0}));
    EXPECT_TRUE(std::isnan(pt.kappa()));
}

TEST_F(AgreementTest, ChosenSourcesAndCodersLimitWhatIsCounted)
{
    const Id first = addSource(QStringLiteral("first"), QStringLiteral("0123456789"));
    const Id second = addSource(QStringLiteral("second"), QStringLiteral("abcde"));
    const Id x = addCode(QStringLiteral("X"));
    const Id z = addCode(QStringLiteral("Z"));
    code(QStringLiteral("ana"), first, x, 0, 5);
    code(QStringLiteral("ben"), second, x, 0, 5);
    code(QStringLiteral("cai"), first, z, 0, 5); // not one of the compared coders
    const AgreementResult all = agree(anaBen);
    ASSERT_EQ(all.codes.size(), 1u) << "Z was only used by cai";
    EXPECT_EQ(all.codes[0].units(), 15);
    EXPECT_EQ(all.codes[0].pairs.at(0).table,
              (AgreementTable{.both = 0, .firstOnly = 5, .secondOnly = 5, .neither = 5}));
    const AgreementResult one = agree(anaBen, AgreementUnit::Character, {}, {second});
    ASSERT_EQ(one.sources.size(), 1u);
    EXPECT_EQ(one.codes.at(0).pairs.at(0).table,
              (AgreementTable{.both = 0, .firstOnly = 0, .secondOnly = 5, .neither = 0}));
}

TEST_F(AgreementTest, RefusesUnknownCodersTooFewCodersAndNoSources)
{
    record(QStringLiteral("ana"));
    record(QStringLiteral("ben"));
    auto none = computeAgreement(*project, AgreementRequest{.coders = anaBen});
    ASSERT_FALSE(none);
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("no sources")))
        << none.error().message;

    const Id source = addSource(QStringLiteral("a"), QStringLiteral("0123456789"));
    auto unknown = computeAgreement(
        *project, AgreementRequest{.coders = {QStringLiteral("ana"), QStringLiteral("zoe")}});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("\"zoe\"")))
        << unknown.error().message;

    auto alone = computeAgreement(
        *project, AgreementRequest{.coders = {QStringLiteral("ana"), QStringLiteral(" ana ")}});
    ASSERT_FALSE(alone);
    EXPECT_TRUE(alone.error().message.contains(QStringLiteral("at least two")))
        << alone.error().message;

    // Nobody coded anything and no codes were named: nothing to compare.
    auto nothing = computeAgreement(*project, AgreementRequest{.coders = anaBen});
    ASSERT_FALSE(nothing);
    EXPECT_TRUE(nothing.error().message.contains(QStringLiteral("nothing to compare")))
        << nothing.error().message;

    auto badSource =
        computeAgreement(*project, AgreementRequest{.coders = anaBen, .sourceIds = {source + 100}});
    ASSERT_FALSE(badSource);
    EXPECT_EQ(badSource.error().kind, ErrorKind::NotFound);
}

TEST_F(AgreementTest, OneCoderAgainstThePooledGroup)
{
    // Ana codes 0-5; the group is Ben (0-3) and Cai (3-8), pooled: 0-8.
    // Both 5, Ana alone 0, the group alone 3 (5-8), neither 2 (8-10).
    // po = 7/10; Ana codes 0.5, the group 0.8: pe = 0.5 * 0.8 + 0.5 * 0.2 = 0.5;
    // kappa = (0.7 - 0.5) / 0.5 = 0.4.
    const Id source = addSource(QStringLiteral("a"), QStringLiteral("0123456789"));
    const Id x = addCode(QStringLiteral("X"));
    code(QStringLiteral("ana"), source, x, 0, 5);
    code(QStringLiteral("ben"), source, x, 0, 3);
    code(QStringLiteral("cai"), source, x, 3, 8);
    auto r = computeAgreement(*project, AgreementRequest{.coders = {QStringLiteral("ana"), QStringLiteral("ben"),
                                                                    QStringLiteral("cai")},
                                                         .poolOthers = true});
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->coders, (QStringList{QStringLiteral("ana"), QStringLiteral("ben + cai")}));
    EXPECT_EQ(r->pooled, (QStringList{QStringLiteral("ben"), QStringLiteral("cai")}));
    ASSERT_EQ(r->overall.pairs.size(), 1u);
    const AgreementTable &t = r->overall.pairs[0].table;
    EXPECT_EQ(t, (AgreementTable{.both = 5, .firstOnly = 0, .secondOnly = 3, .neither = 2}));
    EXPECT_NEAR(t.kappa(), 0.4, kTolerance);
    EXPECT_TRUE(r->method.contains(QStringLiteral("pooled")));

    // Pooling needs a group: two coders are refused with the reason.
    auto two = computeAgreement(*project, AgreementRequest{.coders = anaBen, .poolOthers = true});
    ASSERT_FALSE(two);
    EXPECT_TRUE(two.error().message.contains(QStringLiteral("at least three")));
}

} // namespace
} // namespace gw

// A kappa a hair below zero is printed as a paper prints it: 0.00, never -0.00.
TEST(AgreementFigure, NeverANegativeZero)
{
    EXPECT_EQ(gw::agreementFigure(-0.001, 2), QStringLiteral("0.00"));
    EXPECT_EQ(gw::agreementFigure(-0.0049, 2), QStringLiteral("0.00"));
    EXPECT_EQ(gw::agreementFigure(-0.006, 2), QStringLiteral("-0.01"));
    EXPECT_EQ(gw::agreementFigure(-0.04, 1), QStringLiteral("0.0"));
    EXPECT_EQ(gw::agreementFigure(0.875, 2), QStringLiteral("0.88"));
    EXPECT_EQ(gw::agreementFigure(std::nan(""), 2), QStringLiteral("n/a"));
    EXPECT_EQ(gw::agreementFigure(-0.001, 2, QLocale(QLocale::German)), QStringLiteral("0,00"));
}
