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
        "Notes before.\n\nInterviewer: Hi.\nStill the interviewer.\n\nP01: Hello 🙂\n\n"
        "Interviewer: Go on.\n\nP01: Well.\n\n");
    const QList<Turn> turns = transcript::findTurns(text);
    ASSERT_EQ(turns.size(), 4);
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
    const QByteArray turns = "Interviewer: Hi.\n\nP01: Hello.\n\nInterviewer: Why?\n\nP01: Because.\n";
    EXPECT_EQ(
        PlainTextImporter().read("Just notes.\nNote: one line.\n", QStringLiteral("a.txt"))->format,
        QStringLiteral("text"));
    const auto markdown = PlainTextImporter().read(turns, QStringLiteral("a.md"));
    EXPECT_EQ(markdown->format, QStringLiteral("markdown"));
    EXPECT_TRUE(markdown->turns.isEmpty());
    EXPECT_EQ(PlainTextImporter().read(turns, QStringLiteral("a.txt"))->turns.size(), 4);
}

TEST(PlainTextTranscript, ShiftJisInterviewWithFullWidthColonsHasTurns)
{
    // The fixture's two speakers speak once each: too little to tell speakers
    // from the labels of notes, so it stays text; one more exchange makes it a
    // transcript.
    const QByteArray once = fixture("shift-jis.txt");
    const auto single = PlainTextImporter().read(once, QStringLiteral("shift-jis.txt"));
    ASSERT_TRUE(single) << single.error().message;
    EXPECT_TRUE(single->turns.isEmpty());
    const auto imported = PlainTextImporter().read(once + once, QStringLiteral("shift-jis.txt"));
    ASSERT_TRUE(imported) << imported.error().message;
    ASSERT_EQ(imported->turns.size(), 4);
    EXPECT_EQ(imported->turns[0].speaker, QStringLiteral("聞き手"));
    EXPECT_EQ(imported->turns[1].speaker, QStringLiteral("参加者"));
}

TEST(Timestamps, FormatAsHoursMinutesSeconds)
{
    EXPECT_EQ(transcript::formatTimestamp(3'909'999), QStringLiteral("01:05:09"));
    EXPECT_EQ(transcript::formatTimestamp(0), QStringLiteral("00:00:00"));
}

} // namespace

namespace {

struct ExpectedTurn
{
    const char *speaker;
    std::int64_t ms;
    const char *head; // how the turn's text starts
};

void expectTurns(const char *fixtureName, const std::vector<ExpectedTurn> &expected)
{
    const QByteArray bytes = fixture(fixtureName);
    ASSERT_FALSE(bytes.isEmpty()) << fixtureName;
    const auto imported = PlainTextImporter().read(bytes, QString::fromLatin1(fixtureName));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->format, QStringLiteral("transcript")) << fixtureName;
    ASSERT_EQ(imported->turns.size(), qsizetype(expected.size())) << fixtureName;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Turn &t = imported->turns[qsizetype(i)];
        EXPECT_EQ(t.speaker, QString::fromUtf8(expected[i].speaker)) << fixtureName << " turn " << i;
        EXPECT_EQ(t.timestampMs, expected[i].ms) << fixtureName << " turn " << i;
        const QString words = text::codePointMid(imported->text, t.start, t.end);
        EXPECT_TRUE(words.startsWith(QString::fromUtf8(expected[i].head))) << fixtureName << ": " << words;
        EXPECT_FALSE(words.endsWith(QLatin1Char('\n')));
    }
}

} // namespace

// Many transcription services put the time on its own line above the speaker's.
TEST(TranscriptLayouts, TimestampOnItsOwnLineBelongsToTheSpeakerBelow)
{
    expectTurns("layouts/stamp-above-speaker.txt",
                {{"Interviewer", 4000, "[00:00:04]\nInterviewer: Thanks"},
                 {"P4", 11000, "[00:00:11]\nP4: I lead"},
                 {"Interviewer", 62000, "[00:01:02]\nInterviewer: What"},
                 {"P4", 69000, "[00:01:09]\nP4: Everything"}});
}

TEST(TranscriptLayouts, SpeakerThenTimeHeaders)
{
    expectTurns("layouts/otter.txt", {{"Interviewer", 4000, "Interviewer  0:04\nThanks"},
                                      {"Maria Lopez", 11000, "Maria Lopez  0:11\nI lead"},
                                      {"Interviewer", 62000, "Interviewer  1:02\nWhat"},
                                      {"Maria Lopez", 4170000, "Maria Lopez  1:09:30\nEverything"}});
    expectTurns("layouts/rev.txt", {{"Interviewer", 4000, "Interviewer (00:00:04):\nThanks"},
                                    {"Speaker 2", 11000, "Speaker 2 (00:00:11):\nI lead"},
                                    {"Interviewer", 62000, "Interviewer (00:01:02): What"},
                                    {"Speaker 2", 69000, "Speaker 2 (00:01:09):\nEverything"}});
}

TEST(TranscriptLayouts, StructuredFieldNotesAreNotSpeakerTurns)
{
    const auto imported = PlainTextImporter().read(fixture("layouts/fieldnotes.txt"), QStringLiteral("obs3.txt"));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->format, QStringLiteral("text"));
    EXPECT_TRUE(imported->turns.isEmpty());
}

TEST(TranscriptLayouts, ALabelThatStartsOneLineIsNotASpeakerAmongRecurringOnes)
{
    const QString text = QStringLiteral(
        "Interviewer: Hi.\nNote: the tape was changed here.\nP01: Hello.\nInterviewer: Go on.\nP01: Well.\n");
    const QList<Turn> turns = transcript::findTurns(text);
    ASSERT_EQ(turns.size(), 4);
    EXPECT_EQ(text::codePointMid(text, turns[0].start, turns[0].end),
              QStringLiteral("Interviewer: Hi.\nNote: the tape was changed here."));
}
