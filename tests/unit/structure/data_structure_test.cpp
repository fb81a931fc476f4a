// The data structure's JSON form: the published file reads as Table 1 with its
// footnotes, what is written reads back the same, and bad files are refused
// with their name.
#include "core/structure/data_structure.h"
#include "tests/support/temp_project.h"
#include "tests/unit/export/published_table1.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace gw;

namespace {

Result<DataStructure> readPublished()
{
    QFile file(QStringLiteral(":/demo/data-structure.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return dataStructureFromJson(file.readAll(), QStringLiteral("data-structure.json"));
}

TEST(DataStructureJsonTest, ThePublishedFileReadsAsTable1)
{
    auto s = readPublished();
    ASSERT_TRUE(s.has_value()) << s.error().message;
    EXPECT_EQ(s->dimensions.size(), 5u);
    EXPECT_EQ(s->themeCount(), 14u);
    EXPECT_EQ(s->codeCount(), 33u);
    EXPECT_TRUE(s->citation.startsWith(QStringLiteral("Mozaffar H, Williams R, Cresswell K.")));
    std::size_t i = 0;
    for (const auto &d : s->dimensions)
        for (const auto &t : d.themes)
            for (const auto &c : t.codes) {
                ASSERT_LT(i, test::kPublishedTable1.size());
                const auto &row = test::kPublishedTable1[i++];
                EXPECT_EQ(d.name, row.dimension.toString());
                EXPECT_EQ(t.name, row.theme.toString());
                EXPECT_EQ(c.name, row.code.toString());
            }
    EXPECT_EQ(i, 33u);
    EXPECT_TRUE(s->unplacedThemes.empty());
    EXPECT_TRUE(s->unplacedCodes.empty());
}

TEST(DataStructureJsonTest, AbbreviationsComeFromTheNote)
{
    auto s = readPublished();
    ASSERT_TRUE(s.has_value());
    ASSERT_EQ(s->abbreviations.size(), 5u);
    const std::vector<std::pair<QString, QString>> expected{
        {QStringLiteral("GDE"), QStringLiteral("Global Digital Exemplar")},
        {QStringLiteral("FF"), QStringLiteral("fast follower")},
        {QStringLiteral("CCIO"), QStringLiteral("Chief Clinical Information Officer")},
        {QStringLiteral("CNIO"), QStringLiteral("Chief Nursing Information Officer")},
        {QStringLiteral("NHS"), QStringLiteral("National Health Service")}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(s->abbreviations[i].abbreviation, expected[i].first);
        EXPECT_EQ(s->abbreviations[i].meaning, expected[i].second);
    }
}

TEST(DataStructureJsonTest, WhatIsWrittenReadsBackTheSame)
{
    auto s = readPublished();
    ASSERT_TRUE(s.has_value());
    s->dimensions[0].definition = QStringLiteral("Forces outside the organisations");
    s->dimensions[0].themes[1].definition = QStringLiteral("What suppliers do");
    s->dimensions[0].themes[1].codes[0].definition = QStringLiteral("User groups per technology");
    const QByteArray json = dataStructureToJson(*s);
    auto back = dataStructureFromJson(json, QStringLiteral("written.json"));
    ASSERT_TRUE(back.has_value()) << back.error().message;
    EXPECT_EQ(back->citation, s->citation);
    ASSERT_EQ(back->dimensions.size(), s->dimensions.size());
    for (std::size_t d = 0; d < s->dimensions.size(); ++d) {
        const auto &a = s->dimensions[d], &b = back->dimensions[d];
        EXPECT_EQ(b.name, a.name);
        EXPECT_EQ(b.definition, a.definition);
        ASSERT_EQ(b.themes.size(), a.themes.size());
        for (std::size_t t = 0; t < a.themes.size(); ++t) {
            EXPECT_EQ(b.themes[t].name, a.themes[t].name);
            EXPECT_EQ(b.themes[t].definition, a.themes[t].definition);
            ASSERT_EQ(b.themes[t].codes.size(), a.themes[t].codes.size());
            for (std::size_t c = 0; c < a.themes[t].codes.size(); ++c) {
                EXPECT_EQ(b.themes[t].codes[c].name, a.themes[t].codes[c].name);
                EXPECT_EQ(b.themes[t].codes[c].definition, a.themes[t].codes[c].definition);
            }
        }
    }
    // Written out: an explicit list, no longer only in the note.
    EXPECT_TRUE(json.contains("\"abbreviations\""));
    ASSERT_EQ(back->abbreviations.size(), 5u);
    EXPECT_EQ(back->abbreviations[4].abbreviation, QStringLiteral("NHS"));
    EXPECT_EQ(back->abbreviations[4].meaning, QStringLiteral("National Health Service"));
    // A code without a definition stays a plain name; one with it, an object.
    EXPECT_TRUE(json.contains("\"Planning pilot site visits\""));
    EXPECT_TRUE(json.contains("\"definition\": \"User groups per technology\""));
}

TEST(DataStructureJsonTest, ExplicitAbbreviationsWinOverTheNote)
{
    auto s = dataStructureFromJson(
        R"({"note": "Footnotes of the table: A = B.", "dimensions": [],
            "abbreviations": [{"abbreviation": "QDA", "meaning": "qualitative data analysis"}]})",
        QStringLiteral("x.json"));
    ASSERT_TRUE(s.has_value());
    ASSERT_EQ(s->abbreviations.size(), 1u);
    EXPECT_EQ(s->abbreviations[0].abbreviation, QStringLiteral("QDA"));
}

TEST(DataStructureJsonTest, BadJsonIsRefusedWithTheFileName)
{
    auto s = dataStructureFromJson("{\"dimensions\": [", QStringLiteral("broken-structure.json"));
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("broken-structure.json"))) << s.error().message;
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("not valid JSON")));
}

TEST(DataStructureJsonTest, AFileWithoutDimensionsIsRefusedWithTheFileName)
{
    for (const QByteArray &json : {QByteArray(R"({"source": "x", "themes": []})"), QByteArray(R"({"dimensions": {}})"),
                                  QByteArray("[]")}) {
        auto s = dataStructureFromJson(json, QStringLiteral("codebook.json"));
        ASSERT_FALSE(s.has_value()) << json.toStdString();
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("codebook.json")));
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("\"dimensions\"")));
    }
}

TEST(DataStructureJsonTest, ANamelessEntryIsRefused)
{
    auto s = dataStructureFromJson(R"({"dimensions": [{"name": "D", "themes": [{"name": "T", "codes": ["  "]}]}]})",
                                   QStringLiteral("nameless.json"));
    ASSERT_FALSE(s.has_value());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("nameless.json")));
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("\"T\"")));
}

} // namespace
