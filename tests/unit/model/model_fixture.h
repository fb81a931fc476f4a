#pragma once
// Test support: a project with a small CMO model. Two sources (one with a
// character outside the BMP), three first-order codes under two themes of one
// dimension, segments placed sentence by sentence, three cases, and the three
// codes placed as a context (A), a mechanism (B) and an outcome (C).
//
//   S1: "Alpha 🙂 one. Beta two. Gamma three. Delta four."   sentences 0..3
//   S2: "Epsilon five. Zeta six."                               sentences 0..1
//   A: "Alpha 🙂" (S1 s0), "Gamma" (S1 s2), "Epsilon" (S2 s0)
//   B: "🙂 one" (S1 s0, overlaps A's first), "Delta" (S1 s3)
//   C: "Zeta six" (S2 s1)
//   cases: K1 -> S1, K2 -> S2, K3 -> S1 and S2

#include "core/model/project.h"
#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

namespace gw::test {

class ModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("model.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
        s1 = source(QStringLiteral("S1"), kS1);
        s2 = source(QStringLiteral("S2"), kS2);
        a = code(QStringLiteral("Code A"));
        b = code(QStringLiteral("Code B"));
        c = code(QStringLiteral("Code C"));
        a1 = segment(s1, kS1, a, QStringLiteral("Alpha 🙂"));
        a2 = segment(s1, kS1, a, QStringLiteral("Gamma"));
        a3 = segment(s2, kS2, a, QStringLiteral("Epsilon"));
        b1 = segment(s1, kS1, b, QStringLiteral("🙂 one"));
        b2 = segment(s1, kS1, b, QStringLiteral("Delta"));
        c1 = segment(s2, kS2, c, QStringLiteral("Zeta six"));
        const Id k1 = caseOf(QStringLiteral("K1"), {s1});
        const Id k2 = caseOf(QStringLiteral("K2"), {s2});
        const Id k3 = caseOf(QStringLiteral("K3"), {s1, s2});
        ASSERT_TRUE(k1 && k2 && k3);
        auto t1 = project->addTheme(QStringLiteral("Theme AB"));
        auto t2 = project->addTheme(QStringLiteral("Theme C"));
        auto d = project->addDimension(QStringLiteral("Dimension"));
        ASSERT_TRUE(t1 && t2 && d);
        themeAB = *t1, themeC = *t2, dimension = *d;
        ASSERT_TRUE(project->placeCode(a, themeAB));
        ASSERT_TRUE(project->placeCode(b, themeAB));
        ASSERT_TRUE(project->placeCode(c, themeC));
        ASSERT_TRUE(project->placeTheme(themeAB, dimension));
        ASSERT_TRUE(project->placeTheme(themeC, dimension));
        auto levels = project->modelLevels();
        ASSERT_TRUE(levels);
        ASSERT_EQ(levels->size(), 4u);
        macro = levels->at(0).id;
        organisational = levels->at(2).id;
        ea = place(ElementKind::Code, a, ModelRole::Context, macro);
        eb = place(ElementKind::Code, b, ModelRole::Mechanism, organisational);
        ec = place(ElementKind::Code, c, ModelRole::Outcome, std::nullopt,
                   SpectrumPoint{0.25, 0.75});
        triggers = project->influenceTypeByName(QStringLiteral("triggers")).value().id;
        enables = project->influenceTypeByName(QStringLiteral("enables")).value().id;
    }

    Id source(const QString &name, const QString &text)
    {
        auto id = project->addSource(NewSource{name,
                                               SourceKind::Interview,
                                               text,
                                               name + QStringLiteral(".txt"),
                                               QStringLiteral("text"),
                                               {}});
        EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
        return id.value_or(0);
    }

    Id code(const QString &name)
    {
        auto id = project->addCode(name, CodeStage::FirstOrder);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    // Codes the first occurrence of PASSAGE in TEXT (code point offsets).
    Id segment(Id sourceId, const QString &text, Id codeId, const QString &passage)
    {
        const qsizetype at = text.indexOf(passage);
        EXPECT_GE(at, 0) << passage.toStdString();
        const qsizetype start = text::codePointIndex(text, at);
        auto id =
            project->applyCode(sourceId, codeId, start, start + text::codePointLength(passage));
        EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
        return id.value_or(0);
    }

    Id caseOf(const QString &name, std::initializer_list<Id> sources)
    {
        auto id = project->addCase(name);
        EXPECT_TRUE(id);
        for (const Id s : sources)
            EXPECT_TRUE(project->linkCaseSource(id.value_or(0), s));
        return id.value_or(0);
    }

    Id place(ElementKind kind, Id target, ModelRole role, std::optional<Id> level,
             std::optional<SpectrumPoint> point = std::nullopt)
    {
        auto id = project->placeModelElement(NewModelElement{kind, target, role, level, point});
        EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
        return id.value_or(0);
    }

    Id link(Id from, Id to, Id type, const QString &memo = {})
    {
        auto id = project->addInfluence(from, to, type, memo);
        EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
        return id.value_or(0);
    }

    inline static const QString kS1 =
        QStringLiteral("Alpha 🙂 one. Beta two. Gamma three. Delta four.");
    inline static const QString kS2 = QStringLiteral("Epsilon five. Zeta six.");

    TempDir dir;
    std::unique_ptr<Project> project;
    Id s1 = 0, s2 = 0, a = 0, b = 0, c = 0;
    Id a1 = 0, a2 = 0, a3 = 0, b1 = 0, b2 = 0, c1 = 0;
    Id themeAB = 0, themeC = 0, dimension = 0;
    Id macro = 0, organisational = 0;
    Id ea = 0, eb = 0, ec = 0;
    Id triggers = 0, enables = 0;
};

} // namespace gw::test
