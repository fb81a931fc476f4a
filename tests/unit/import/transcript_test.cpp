// Speaker turns in plain-text transcripts: what starts a turn, what does not,
// and turn ranges in code points of the normalised text (CRLF, emoji).
#include "core/import/plain_text_importer.h"
#include "core/import/transcript.h"
#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace gw;
using transcript::parseTurnStart;

namespace {

QByteArray fixture(const char *name)
{
    return test::readFile(QStringLiteral(GW_TEST_DATA "/import/") + QLatin1String(name));
}

TEST(TurnStart, TimestampFormatsAndSpeakers)
{
    struct Case
    {
        QString line;
        QString speaker;
        std::optional<std::int64_t> ms;
    };
    const Case cases[] = {
        {QStringLiteral("[00:01:12] P01: We met at [site_A]."), QStringLiteral("P01"), 72000},
        {QStringLiteral("[01:12] Interviewer: And then?"), QStringLiteral("Interviewer"), 72000},
        {QStringLiteral("(1:02:03) Dr Smith: Yes."), QStringLiteral("Dr Smith"), 3723000},
        {QStringLiteral("00:00:07 Speaker 2: Right."), QStringLiteral("Speaker 2"), 7000},
        {QStringLiteral("[00:00:07.5] P17: Right."), QStringLiteral("P17"), 7500},
        {QStringLiteral("Ana de la Cruz: Good morning."), QStringLiteral("Ana de la Cruz"),
         std::nullopt},
        {QStringLiteral("INTERVIEWER:"), QStringLiteral("INTERVIEWER"), std::nullopt},
        {QStringLiteral("参加者：はい。"), QStringLiteral("参加者"), std::nullopt},
        {QStringLiteral("[00:02:00] no speaker, only a bracketed time"), QString(), 120000},
    };
    for (const Case &c : cases) {
        const auto start = parseTurnStart(c.line);
        ASSERT_TRUE(start) << c.line;
        EXPECT_EQ(start->speaker, c.speaker) << c.line;
        EXPECT_EQ(start->timestampMs, c.ms) << c.line;
    }
}

TEST(TurnStart, ProseIsNotATurn)
{
    for (const QString &line : {
             QStringLiteral("The main point of the meeting was this: money."), // five words
             QStringLiteral("My answer: yes."), // lower-case second word
             QStringLiteral("See http://example.org for the blueprint."),
             QStringLiteral("10:30 the meeting started late."), // bare time, no speaker
             QStringLiteral("  P01: indented"),
             QStringLiteral("An Extremely Long Speaker Label Indeed: no"), // more than four words
             QStringLiteral("Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop: over forty"),
             QStringLiteral("We wrote it down. Note: nobody read it."),
         })
        EXPECT_FALSE(parseTurnStart(line)) << line;
}

TEST(FindTurns, TurnsRunToTheNextTurnAndSkipTheTrailingBlankLines)
{
    const QString text = QStringLiteral(
        "Notes before.\n\nInterviewer: Hi.\nStill the interviewer.\n\nP01: Hello 🙂\n\n");
    const QList<Turn> turns = transcript::findTurns(text);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0].speaker, QStringLiteral("Interviewer"));
    EXPECT_EQ(text::codePointMid(text, turns[0].start, turns[0].end),
              QStringLiteral("Interviewer: Hi.\nStill the interviewer."));
    EXPECT_EQ(turns[1].speaker, QStringLiteral("P01"));
    EXPECT_EQ(turns[1].start, 56);
    EXPECT_EQ(turns[1].end, 68); // the emoji is one code point
    EXPECT_FALSE(turns[1].timestampMs);
}

TEST(FindTurns, OneTurnLikeLineIsNotATranscript)
{
    EXPECT_TRUE(
        transcript::findTurns(QStringLiteral("Note: the recorder failed.\nThe rest is prose.\n"))
            .isEmpty());
}

TEST(FindTurns, TheDemoInterviewHasAlternatingTurns)
{
    QFile file(QStringLiteral(":/demo/interview-p01-ccio-site-a.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = text::normalise(QString::fromUtf8(file.readAll()));
    const QList<Turn> turns = transcript::findTurns(text);
    ASSERT_EQ(turns.size(), 26);
    EXPECT_EQ(turns[0].speaker, QStringLiteral("Interviewer"));
    EXPECT_EQ(turns[0].start, 0);
    EXPECT_EQ(turns[0].timestampMs, 5000);
    EXPECT_EQ(turns[1].speaker, QStringLiteral("P01"));
    EXPECT_EQ(turns[1].timestampMs, 14000);
    EXPECT_TRUE(text::codePointMid(text, turns[1].start, turns[1].end)
                    .endsWith(QStringLiteral("informatics leads.")));
    EXPECT_EQ(turns.back().end, text::codePointLength(text.trimmed()));
}

TEST(PlainTextTranscript, CrlfAndEmojiGiveCodePointRangesOverTheNormalisedText)
{
    const auto imported =
        PlainTextImporter().read(fixture("transcript-crlf-emoji.txt"), QStringLiteral("p05.txt"));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->format, QStringLiteral("transcript"));
    EXPECT_FALSE(imported->text.contains(QLatin1Char('\r')));
    ASSERT_EQ(imported->turns.size(), 3);
    const struct
    {
        QString speaker;
        std::int64_t start, end, ms;
        QString head;
    } expected[] = {
        {QStringLiteral("Interviewer"), 46, 87, 4000,
         QStringLiteral("[00:00:04] Interviewer: Shall we start? 🎙")},
        {QStringLiteral("P05"), 89, 219, 9000, QStringLiteral("[00:00:09] P05: Yes. The 🏥 board")},
        {QStringLiteral("Interviewer"), 221, 257, 90000,
         QStringLiteral("[00:01:30] Interviewer: Why? (pause)")},
    };
    for (int i = 0; i < 3; ++i) {
        const Turn &t = imported->turns[i];
        EXPECT_EQ(t.speaker, expected[i].speaker);
        EXPECT_EQ(t.start, expected[i].start);
        EXPECT_EQ(t.end, expected[i].end);
        EXPECT_EQ(t.timestampMs, expected[i].ms);
        EXPECT_TRUE(text::codePointMid(imported->text, t.start, t.end).startsWith(expected[i].head))
            << text::codePointMid(imported->text, t.start, t.end);
    }
    EXPECT_TRUE(text::codePointMid(imported->text, 89, 219)
                    .endsWith(QStringLiteral("It carried on for a year.")));
    EXPECT_EQ(imported->text, text::normalise(imported->text)); // what Project stores
}

TEST(PlainTextTranscript, ProseStaysTextAndMarkdownStaysMarkdown)
{
    const QByteArray turns = "Interviewer: Hi.\n\nP01: Hello.\n";
    EXPECT_EQ(
        PlainTextImporter().read("Just notes.\nNote: one line.\n", QStringLiteral("a.txt"))->format,
        QStringLiteral("text"));
    const auto markdown = PlainTextImporter().read(turns, QStringLiteral("a.md"));
    EXPECT_EQ(markdown->format, QStringLiteral("markdown"));
    EXPECT_TRUE(markdown->turns.isEmpty());
    EXPECT_EQ(PlainTextImporter().read(turns, QStringLiteral("a.txt"))->turns.size(), 2);
}

TEST(PlainTextTranscript, ShiftJisInterviewWithFullWidthColonsHasTurns)
{
    const auto imported =
        PlainTextImporter().read(fixture("shift-jis.txt"), QStringLiteral("shift-jis.txt"));
    ASSERT_TRUE(imported) << imported.error().message;
    ASSERT_EQ(imported->turns.size(), 2);
    EXPECT_EQ(imported->turns[0].speaker, QStringLiteral("聞き手"));
    EXPECT_EQ(imported->turns[1].speaker, QStringLiteral("参加者"));
}

TEST(Timestamps, FormatAsHoursMinutesSeconds)
{
    EXPECT_EQ(transcript::formatTimestamp(3'909'999), QStringLiteral("01:05:09"));
    EXPECT_EQ(transcript::formatTimestamp(0), QStringLiteral("00:00:00"));
}

} // namespace
