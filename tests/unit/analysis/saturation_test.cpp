// Saturation on a fixture with known first appearances: four interviews in
// import order, an interview date with a tie and a missing date, a code
// merged into another (it first appears where either did), stages and themes.
#include "core/analysis/saturation.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"
#include "tests/unit/analysis/analysis_fixture.h"

#include <gtest/gtest.h>

using namespace gw;
using gw::test::L;

namespace {

class SaturationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = std::move(Project::create(dir.path(QStringLiteral("s.groundwork"))).value());
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
        for (const char *name : {"S1", "S2", "S3", "S4"}) {
            auto id = project->addSource(NewSource{QString::fromLatin1(name), SourceKind::Interview,
                                                   QStringLiteral("Interview %1: we planned the visits and waited.")
                                                       .arg(QString::fromLatin1(name)),
                                                   {}, {}, {}});
            ASSERT_TRUE(id) << id.error().message;
            sources.push_back(*id);
        }
        auto note = project->addSource(NewSource{QStringLiteral("Notes"), SourceKind::Observation,
                                                 QStringLiteral("Field notes: a code seen only here."), {}, {}, {}});
        ASSERT_TRUE(note);
        a = project->addCode(QStringLiteral("A"), CodeStage::FirstOrder).value();
        b = project->addCode(QStringLiteral("B"), CodeStage::FirstOrder).value();
        c = project->addCode(QStringLiteral("C"), CodeStage::Open).value();
        d = project->addCode(QStringLiteral("D"), CodeStage::FirstOrder).value();
        e = project->addCode(QStringLiteral("E"), CodeStage::FirstOrder).value();
        const auto code = [&](Id source, Id codeId, int start) {
            ASSERT_TRUE(project->applyCode(source, codeId, start, start + 5));
        };
        code(sources[0], a, 0);
        code(sources[1], b, 0);
        code(sources[1], c, 10);
        code(sources[2], d, 0);
        code(sources[3], a, 0);
        code(sources[3], b, 10);
        code(*note, e, 0);
        // Dates: S2 and S3 on the same day, S1 later, S4 without one.
        CaseBatch batch;
        batch.attributes.append({QStringLiteral("interview date"), AttributeType::Date});
        const char *dates[] = {"2020-03-01", "2020-01-01", "2020-01-01", nullptr};
        for (int i = 0; i < 4; ++i) {
            CaseRecord r;
            r.name = QStringLiteral("P%1").arg(i + 1);
            if (dates[i])
                r.values.append({QStringLiteral("interview date"), QString::fromLatin1(dates[i])});
            r.sourceIds = {sources[std::size_t(i)]};
            batch.cases.push_back(r);
        }
        ASSERT_TRUE(project->writeCases(batch));
    }

    Saturation run(const SaturationSpec &spec)
    {
        auto data = CodingData::load(*project);
        EXPECT_TRUE(data);
        auto s = saturation(**data, spec);
        EXPECT_TRUE(s) << (s ? QString() : s.error().message);
        return s ? *s : Saturation{};
    }
    static QStringList news(const Saturation &s)
    {
        QStringList out;
        for (const SaturationStep &step : s.steps)
            out.append(QStringLiteral("%1:%2=%3").arg(step.source, step.newItems.join(u'+')).arg(step.cumulative));
        return out;
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
    std::vector<Id> sources;
    Id a = 0, b = 0, c = 0, d = 0, e = 0;
};

TEST_F(SaturationTest, NewCodesPerSourceInImportOrder)
{
    SaturationSpec spec;
    spec.kinds = {SourceKind::Interview};
    const Saturation s = run(spec);
    EXPECT_EQ(news(s), (L({"S1:A=1", "S2:B+C=3", "S3:D=4", "S4:=4"})));
    EXPECT_EQ(s.total(), 4);
    EXPECT_EQ(s.trailingWithoutNew(), 1);
    EXPECT_EQ(s.readout(), QStringLiteral("4 codes appeared over 4 interviews. The last 1 interview added no new code; "
                                          "the last new code came with S3 (3 of 4)."));
    const Table t = s.table();
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_EQ(t.rows[1][1].text, QStringLiteral("B; C"));
    EXPECT_EQ(t.rows[1][2].text, QStringLiteral("3"));
    EXPECT_EQ(t.header, (L({"Source", "New codes", "Cumulative"})));
    // Every kind: the observation's code comes last.
    EXPECT_EQ(news(run({})).last(), QStringLiteral("Notes:E=5"));
}

// D merged into A: A first appears where either did, and D is counted no more.
TEST_F(SaturationTest, AMergedCodeAppearsWhereEitherDidAndDatesOrderWithTies)
{
    ASSERT_TRUE(project->mergeCodes({d}, a));
    SaturationSpec spec;
    spec.kinds = {SourceKind::Interview};
    EXPECT_EQ(news(run(spec)), (L({"S1:A=1", "S2:B+C=3", "S3:=3", "S4:=3"})));
    spec.order = QStringLiteral("attribute:Interview Date");
    const Saturation byDate = run(spec);
    // S2 and S3 share a day (import order between them); S4 has no date and comes last.
    EXPECT_EQ(news(byDate), (L({"S2:B+C=2", "S3:A=3", "S1:=3", "S4:=3"})));
    EXPECT_EQ(byDate.steps[0].orderValue, QStringLiteral("2020-01-01"));
    EXPECT_EQ(byDate.trailingWithoutNew(), 2);
    spec.stage = CodeStage::FirstOrder;
    EXPECT_EQ(news(run(spec)), (L({"S2:B=1", "S3:A=2", "S1:=2", "S4:=2"})));
    EXPECT_TRUE(run(spec).readout().contains(QStringLiteral("first-order code")));
}

TEST_F(SaturationTest, ThemesAppearWithTheirFirstCodeAndBadOrdersAreRefused)
{
    const Id t1 = project->addTheme(QStringLiteral("T1")).value();
    const Id t2 = project->addTheme(QStringLiteral("T2")).value();
    ASSERT_TRUE(project->placeCode(b, t1));
    ASSERT_TRUE(project->placeCode(d, t2));
    SaturationSpec spec;
    spec.tier = ItemTier::Theme;
    spec.kinds = {SourceKind::Interview};
    EXPECT_EQ(news(run(spec)), (L({"S1:=0", "S2:T1=1", "S3:T2=2", "S4:=2"})));

    auto data = CodingData::load(*project);
    ASSERT_TRUE(data);
    SaturationSpec bad;
    bad.order = QStringLiteral("attribute:interview dat");
    auto unknown = saturation(**data, bad);
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("\"interview date\""))) << unknown.error().message;
    bad.order = QStringLiteral("alphabet");
    EXPECT_EQ(saturation(**data, bad).error().kind, ErrorKind::InvalidInput);
}

} // namespace
