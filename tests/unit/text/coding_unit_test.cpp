#include "core/text/coding_unit.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

using namespace gw::text;

namespace {

// The text a snapped range covers, to keep expectations readable.
QString snapped(const QString &text, const QString &selected, CodingUnit unit, qsizetype from = 0)
{
    const qsizetype start = text.indexOf(selected, from);
    const auto [s, e] = snapToUnit(text, start, start + selected.size(), unit);
    return text.mid(s, e - s);
}

const QString kTurns = QStringLiteral(
    "Interviewer: How did it start? Tell me.\n\nP01: We paired with Site B. It was mandated. "
    "Nobody chose it.\n\nInterviewer: And then?");

TEST(CodingUnit, FreeSelectionKeepsTheRange)
{
    EXPECT_EQ(snapToUnit(kTurns, 5, 9, CodingUnit::FreeSelection),
              std::make_pair(qsizetype(5), qsizetype(9)));
    EXPECT_EQ(snapToUnit(kTurns, 9, 5, CodingUnit::FreeSelection),
              std::make_pair(qsizetype(5), qsizetype(9)));
    EXPECT_EQ(snapToUnit(kTurns, -3, 9999, CodingUnit::FreeSelection).second, kTurns.size());
}

TEST(CodingUnit, SentenceGrowsToWholeSentencesWithoutTrailingSpace)
{
    EXPECT_EQ(snapped(kTurns, QStringLiteral("ith Si"), CodingUnit::Sentence),
              QStringLiteral("P01: We paired with Site B."));
    EXPECT_EQ(snapped(kTurns, QStringLiteral("B. It w"), CodingUnit::Sentence),
              QStringLiteral("P01: We paired with Site B. It was mandated."));
    EXPECT_EQ(snapped(kTurns, QStringLiteral("chose"), CodingUnit::Sentence),
              QStringLiteral("Nobody chose it."));
}

TEST(CodingUnit, SentenceStopsAtTheParagraph)
{
    EXPECT_EQ(snapped(kTurns, QStringLiteral("then"), CodingUnit::Sentence),
              QStringLiteral("Interviewer: And then?"));
    const QString noStop = QStringLiteral("a line without a stop\nanother line");
    EXPECT_EQ(snapped(noStop, QStringLiteral("without"), CodingUnit::Sentence),
              QStringLiteral("a line without a stop"));
}

TEST(CodingUnit, ParagraphIsATurn)
{
    EXPECT_EQ(snapped(kTurns, QStringLiteral("mandated"), CodingUnit::Paragraph),
              QStringLiteral("P01: We paired with Site B. It was mandated. Nobody chose it."));
    // A selection across two turns takes both, and the break between them.
    EXPECT_EQ(snapped(kTurns, QStringLiteral("me.\n\nP01"), CodingUnit::Paragraph),
              kTurns.left(kTurns.indexOf(QStringLiteral("\n\nInterviewer: And"))));
    EXPECT_EQ(snapped(kTurns, QStringLiteral("And"), CodingUnit::Paragraph),
              QStringLiteral("Interviewer: And then?"));
}

TEST(CodingUnit, SelectedWhiteSpaceIsLeftAlone)
{
    const qsizetype at = kTurns.indexOf(u'\n');
    EXPECT_EQ(snapToUnit(kTurns, at, at + 2, CodingUnit::Paragraph), std::make_pair(at, at + 2));
    EXPECT_EQ(snapToUnit(kTurns, 4, 4, CodingUnit::Sentence),
              std::make_pair(qsizetype(4), qsizetype(4)));
    // A selection that starts in the gap between turns snaps to the next turn only.
    EXPECT_EQ(snapped(kTurns, QStringLiteral("\nP01: We"), CodingUnit::Paragraph).left(4),
              QStringLiteral("P01:"));
}

TEST(CodingUnit, CountsUtf16AroundEmoji)
{
    const QString text =
        QStringLiteral("We laughed 🙂 a lot. Then 🎉 we shipped it.\nNext 𠮷 turn.");
    EXPECT_EQ(snapped(text, QStringLiteral("a lo"), CodingUnit::Sentence),
              QStringLiteral("We laughed 🙂 a lot."));
    EXPECT_EQ(snapped(text, QStringLiteral("🎉"), CodingUnit::Sentence),
              QStringLiteral("Then 🎉 we shipped it."));
    EXPECT_EQ(snapped(text, QStringLiteral("turn"), CodingUnit::Paragraph),
              QStringLiteral("Next 𠮷 turn."));
    // Ends land on whole surrogate pairs.
    const auto [s, e] = snapToUnit(text, text.indexOf(QStringLiteral("🎉")) + 1,
                                   text.indexOf(QStringLiteral("🎉")) + 2, CodingUnit::Sentence);
    EXPECT_FALSE(text[s].isLowSurrogate());
    EXPECT_FALSE(text[e - 1].isHighSurrogate());
}

TEST(CodingUnit, FindsCjkSentences)
{
    const QString text = QStringLiteral("我们去了现场。他们很忙！然后呢？\n第二段。");
    EXPECT_EQ(snapped(text, QStringLiteral("很"), CodingUnit::Sentence),
              QStringLiteral("他们很忙！"));
    EXPECT_EQ(snapped(text, QStringLiteral("现场"), CodingUnit::Sentence),
              QStringLiteral("我们去了现场。"));
    EXPECT_EQ(snapped(text, QStringLiteral("忙"), CodingUnit::Paragraph),
              QStringLiteral("我们去了现场。他们很忙！然后呢？"));
    EXPECT_EQ(snapped(text, QStringLiteral("二"), CodingUnit::Sentence),
              QStringLiteral("第二段。"));
}

// The texts of TEXT's units, to compare with what a reader would list.
QStringList unitTexts(const QString &text, CodingUnit unit)
{
    QStringList out;
    for (const auto &[from, to] : unitsOf(text, unit))
        out << text.mid(from, to - from);
    return out;
}

TEST(CodingUnit, SplitsATextIntoItsSentencesAndParagraphs)
{
    const QString text =
        QStringLiteral("  One \U0001F600. Two.\n\n  Three 我们去了现场。他们很忙！\nNo stop");
    EXPECT_EQ(unitTexts(text, CodingUnit::Sentence),
              (QStringList{QStringLiteral("One \U0001F600."), QStringLiteral("Two."),
                           QStringLiteral("Three 我们去了现场。"), QStringLiteral("他们很忙！"),
                           QStringLiteral("No stop")}));
    EXPECT_EQ(
        unitTexts(text, CodingUnit::Paragraph),
        (QStringList{QStringLiteral("One \U0001F600. Two."),
                     QStringLiteral("Three 我们去了现场。他们很忙！"), QStringLiteral("No stop")}));
    // Every unit is what snapping any of its characters gives.
    for (const auto &[from, to] : unitsOf(text, CodingUnit::Sentence))
        EXPECT_EQ(snapToUnit(text, to - 1, to, CodingUnit::Sentence), std::make_pair(from, to));
    EXPECT_TRUE(unitsOf(text, CodingUnit::FreeSelection).empty());
    EXPECT_TRUE(unitsOf(QStringLiteral(" \n\t "), CodingUnit::Sentence).empty());
}

} // namespace
