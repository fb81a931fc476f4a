#pragma once
// Test support: a small project worked by hand for the coding query, matrix
// and co-occurrence tests. Sentences (s) and paragraphs (P):
//
//   S1 "Alpha 🙂 one. Beta two.\nGamma three. Delta four.\n\nEpsilon five."
//       P0 = s0 "Alpha 🙂 one." s1 "Beta two."   P1 = s2 "Gamma three." s3 "Delta four."
//       P2 = s4 "Epsilon five."
//   S2 "Zeta six. Eta seven."                    (an observation)
//
//   X: x1 "Alpha 🙂" (S1 s0), x2 "Delta" (S1 s3), x3 "Zeta" (S2 s0, coded by ben)
//   Y: y1 "🙂 one" (S1 s0, overlaps x1), y2 "Beta" (S1 s1), y3 "Epsilon" (S1 s4)
//   Z: z1 "Gamma three" (S1 s2)
//   Theme T = {X, Z}; dimension D = {T}.
//   Cases: K1 -> S1 (role CCIO, site Site A, year 2019, interviewed 2019-05-01)
//          K2 -> S2 (role Nurse, site Site B, year 2021, no date)
// Every segment is ana's but x3.

#include "core/analysis/coding_data.h"
#include "core/model/project.h"
#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

namespace gw::test {

// UTF-8 literals as a Qt list (the project builds with QT_NO_CAST_FROM_ASCII).
inline QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

inline const QString kAnalysisS1 =
    QStringLiteral("Alpha 🙂 one. Beta two.\nGamma three. Delta four.\n\nEpsilon five.");
inline const QString kAnalysisS2 = QStringLiteral("Zeta six. Eta seven.");

class AnalysisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("analysis.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
        s1 = source(QStringLiteral("S1"), kAnalysisS1, SourceKind::Interview);
        s2 = source(QStringLiteral("S2"), kAnalysisS2, SourceKind::Observation);
        x = project->addCode(QStringLiteral("X"), CodeStage::FirstOrder).value_or(0);
        y = project->addCode(QStringLiteral("Y"), CodeStage::FirstOrder).value_or(0);
        z = project->addCode(QStringLiteral("Z"), CodeStage::FirstOrder).value_or(0);
        ASSERT_TRUE(x && y && z);
        x1 = segment(s1, kAnalysisS1, x, QStringLiteral("Alpha 🙂"));
        x2 = segment(s1, kAnalysisS1, x, QStringLiteral("Delta"));
        y1 = segment(s1, kAnalysisS1, y, QStringLiteral("🙂 one"));
        y2 = segment(s1, kAnalysisS1, y, QStringLiteral("Beta"));
        y3 = segment(s1, kAnalysisS1, y, QStringLiteral("Epsilon"));
        z1 = segment(s1, kAnalysisS1, z, QStringLiteral("Gamma three"));
        ASSERT_TRUE(project->setCoder(QStringLiteral("ben")));
        x3 = segment(s2, kAnalysisS2, x, QStringLiteral("Zeta"));
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
        theme = project->addTheme(QStringLiteral("T")).value_or(0);
        dimension = project->addDimension(QStringLiteral("D")).value_or(0);
        ASSERT_TRUE(theme && dimension);
        ASSERT_TRUE(project->placeCode(x, theme));
        ASSERT_TRUE(project->placeCode(z, theme));
        ASSERT_TRUE(project->placeTheme(theme, dimension));
        CaseBatch batch;
        batch.attributes = {{QStringLiteral("role"), AttributeType::Text},
                            {QStringLiteral("site"), AttributeType::Text},
                            {QStringLiteral("year"), AttributeType::Number},
                            {QStringLiteral("interviewed"), AttributeType::Date}};
        batch.cases.push_back({QStringLiteral("K1"),
                               {{QStringLiteral("role"), QStringLiteral("CCIO")},
                                {QStringLiteral("site"), QStringLiteral("Site A")},
                                {QStringLiteral("year"), QStringLiteral("2019")},
                                {QStringLiteral("interviewed"), QStringLiteral("2019-05-01")}},
                               {s1}});
        batch.cases.push_back({QStringLiteral("K2"),
                               {{QStringLiteral("role"), QStringLiteral("Nurse")},
                                {QStringLiteral("site"), QStringLiteral("Site B")},
                                {QStringLiteral("year"), QStringLiteral("2021")}},
                               {s2}});
        ASSERT_TRUE(project->writeCases(batch));
        auto d = CodingData::load(*project);
        ASSERT_TRUE(d) << d.error().message;
        data = *d;
    }

    Id source(const QString &name, const QString &text, SourceKind kind)
    {
        auto id = project->addSource(NewSource{name, kind, text, name + QStringLiteral(".txt"), QStringLiteral("text"), {}});
        EXPECT_TRUE(id) << (id ? QString() : id.error().message);
        return id.value_or(0);
    }

    // Codes the first occurrence of PASSAGE in TEXT.
    Id segment(Id sourceId, const QString &text, Id codeId, const QString &passage)
    {
        const qsizetype at = text.indexOf(passage);
        EXPECT_GE(at, 0) << passage;
        const qsizetype start = text::codePointIndex(text, at);
        auto id = project->applyCode(sourceId, codeId, start, start + text::codePointLength(passage));
        EXPECT_TRUE(id) << (id ? QString() : id.error().message);
        return id.value_or(0);
    }

    // The text of a passage of S1 or S2.
    QString textOf(Id sourceId, std::int64_t start, std::int64_t end) const
    {
        return text::codePointMid(sourceId == s1 ? kAnalysisS1 : kAnalysisS2, start, end);
    }

    TempDir dir;
    std::unique_ptr<Project> project;
    std::shared_ptr<CodingData> data;
    Id s1 = 0, s2 = 0, x = 0, y = 0, z = 0, theme = 0, dimension = 0;
    Id x1 = 0, x2 = 0, x3 = 0, y1 = 0, y2 = 0, y3 = 0, z1 = 0;
};

} // namespace gw::test
