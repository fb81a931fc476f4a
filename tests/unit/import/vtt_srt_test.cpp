// Subtitle files from the tools interviews are recorded with (Zoom, Teams,
// Whisper) become transcripts in our format, with one turn per speaker run; bad
// WebVTT is refused with the file and line named.
#include "core/import/importer.h"
#include "core/import/srt_importer.h"
#include "core/import/transcript.h"
#include "core/import/vtt_importer.h"
#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

using namespace gw;

namespace {

QByteArray fixture(const char *name)
{
    return test::readFile(QStringLiteral(GW_TEST_DATA "/import/") + QLatin1String(name));
}

struct ExpectedTurn
{
    QString speaker;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::int64_t ms = 0;
};

void expectTurns(const ImportedText &imported, const std::vector<ExpectedTurn> &expected)
{
    ASSERT_EQ(imported.turns.size(), qsizetype(expected.size()));
    for (size_t i = 0; i < expected.size(); ++i) {
        const Turn &t = imported.turns[qsizetype(i)];
        EXPECT_EQ(t.speaker, expected[i].speaker) << i;
        EXPECT_EQ(t.start, expected[i].start) << i;
        EXPECT_EQ(t.end, expected[i].end) << i;
        EXPECT_EQ(t.timestampMs, expected[i].ms) << i;
        EXPECT_TRUE(
            text::codePointMid(imported.text, t.start, t.end)
                .startsWith(QLatin1Char('[') + transcript::formatTimestamp(expected[i].ms)));
    }
    // Our own format reads back to the same turns.
    const QList<Turn> reparsed = transcript::findTurns(imported.text);
    ASSERT_EQ(reparsed.size(), imported.turns.size());
    for (qsizetype i = 0; i < reparsed.size(); ++i) {
        EXPECT_EQ(reparsed[i].start, imported.turns[i].start);
        EXPECT_EQ(reparsed[i].end, imported.turns[i].end);
    }
}

TEST(Vtt, ZoomCuesOfOneSpeakerMergeIntoOneTurn)
{
    const auto imported = VttImporter().read(fixture("zoom.vtt"), QStringLiteral("zoom.vtt"));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->format, QStringLiteral("vtt"));
    EXPECT_EQ(
        imported->text,
        QStringLiteral(
            "[00:00:02] Interviewer: Thanks for joining. Can you hear me all right?\n\n"
            "[00:00:05] P17: Yes, loud and clear 🙂 I'm the chief nursing information officer at "
            "[site_C].\n\n"
            "[00:00:12] Interviewer: How long have you been in the role?\n\n"
            "[00:00:15] P17: Three years, since the go-live.\n"));
    expectTurns(*imported, {{QStringLiteral("Interviewer"), 0, 70, 2310},
                            {QStringLiteral("P17"), 72, 164, 5800},
                            {QStringLiteral("Interviewer"), 166, 225, 12300},
                            {QStringLiteral("P17"), 227, 274, 15500}});
}

TEST(Vtt, TeamsVoiceTagsNameTheSpeakerAndOtherMarkupGoes)
{
    const auto imported = VttImporter().read(fixture("teams.vtt"), QStringLiteral("teams.vtt"));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(
        imported->text,
        QStringLiteral(
            "[00:00:03] Dr Amara Jones: So the blueprint arrived in March, and we had already gone "
            "live.\n\n"
            "[00:01:02] Interviewer: Did anyone at [site_B] & the supplier use it?\n\n"
            "[01:05:09] Dr Amara Jones: Not <really>. (laughs)\n"));
    expectTurns(*imported, {{QStringLiteral("Dr Amara Jones"), 0, 91, 3250},
                            {QStringLiteral("Interviewer"), 93, 162, 62000},
                            {QStringLiteral("Dr Amara Jones"), 164, 213, 3909100}});
}

TEST(Vtt, ShortTimingsAndCuesWithoutIdentifiersOrSpeakers)
{
    const QByteArray vtt =
        "WEBVTT - made by hand\nKind: captions\n\n01:02.500 --> 01:04.000\nFirst words\n"
        "on two lines.\n\n01:05.000 --> 01:06.000 line:0\nMore words.\n";
    const auto imported = VttImporter().read(vtt, QStringLiteral("a.vtt"));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->text,
              QStringLiteral("[00:01:02] First words on two lines.\n\n[00:01:05] More words.\n"));
    expectTurns(*imported, {{QString(), 0, 36, 62500}, {QString(), 38, 60, 65000}});
}

TEST(Vtt, InvalidFilesAreRefusedWithFileAndReason)
{
    const auto bad = VttImporter().read(fixture("invalid.vtt"), QStringLiteral("invalid.vtt"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.startsWith(
        QStringLiteral("invalid.vtt is not a valid WebVTT file: line 8: bad cue "
                       "timing")))
        << bad.error().message;

    const struct
    {
        QByteArray bytes;
        QString reason;
    } cases[] = {
        {"1\n00:00:01.000 --> 00:00:02.000\nHi.\n",
         QStringLiteral("it does not start with WEBVTT")},
        {"WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nHi.\n",
         QStringLiteral("it does not start with WEBVTT")},
        {"WEBVTT\n\nNOTE only a note\n", QStringLiteral("it has no cue with text")},
        {"WEBVTT\n\nHello there\n", QStringLiteral("line 3: a cue without a timing line")},
        {"WEBVTT\n\n1\n00:00:05.000 --> 00:00:01.000\nBackwards.\n",
         QStringLiteral("line 4: bad cue timing")},
        // hours that overflowed into negative timestamps
        {"WEBVTT\n\n99999999999999999:00:00.000 --> 99999999999999999:00:01.000\nHuge.\n",
         QStringLiteral("line 3: bad cue timing")},
    };
    for (const auto &c : cases) {
        const auto result = VttImporter().read(c.bytes, QStringLiteral("x.vtt"));
        ASSERT_FALSE(result) << c.bytes.toStdString();
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("x.vtt")));
        EXPECT_TRUE(result.error().message.contains(c.reason)) << result.error().message;
    }
}

TEST(Vtt, LongRecordingsKeepTheirHours)
{
    const auto imported =
        VttImporter().read("WEBVTT\n\n9999999:00:00.000 --> 9999999:00:01.000\nLate.\n", QStringLiteral("a.vtt"));
    ASSERT_TRUE(imported) << imported.error().message;
    ASSERT_EQ(imported->turns.size(), 1);
    EXPECT_EQ(imported->turns[0].timestampMs, std::int64_t(9999999) * 3600 * 1000);
}

TEST(Srt, WhisperCuesWithoutSpeakersStaySeparateTurns)
{
    const auto imported = SrtImporter().read(fixture("whisper.srt"), QStringLiteral("whisper.srt"));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(imported->format, QStringLiteral("srt"));
    EXPECT_EQ(
        imported->text,
        QStringLiteral(
            "[00:00:00] We started with the discharge summaries because that was where the pain "
            "was.\n\n"
            "[00:00:04] The pharmacists had been asking for it for years.\n\n"
            "[00:01:15] Café conversations did more than the board meetings, honestly.\n"));
    expectTurns(*imported,
                {{QString(), 0, 87, 0}, {QString(), 89, 149, 4200}, {QString(), 151, 224, 75480}});
}

TEST(Srt, DiarisedSpeakersAndCrlfAndTags)
{
    const QByteArray srt =
        "1\r\n00:00:01,000 --> 00:00:02,000\r\n[SPEAKER_00]: <i>Hello</i> there.\r\n\r\n"
        "2\r\n00:00:02,500 --> 00:00:03,000\r\n[SPEAKER_00]: Still me.\r\n\r\n"
        "3\r\n00:00:04,000 --> 00:00:05,000\r\nP02: Hi.\r\n";
    const auto imported = SrtImporter().read(srt, QStringLiteral("a.srt"));
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_EQ(
        imported->text,
        QStringLiteral("[00:00:01] SPEAKER_00: Hello there. Still me.\n\n[00:00:04] P02: Hi.\n"));
    EXPECT_EQ(imported->turns.size(), 2);
}

TEST(Srt, BadTimingIsRefusedWithTheLine)
{
    const auto bad = SrtImporter().read(
        "1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:0x,000 --> 00:00:03,000\nNo.\n",
        QStringLiteral("b.srt"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().message,
              QStringLiteral("b.srt is not a valid SubRip file: line 6: bad cue timing "
                             "(expected hh:mm:ss,ttt --> hh:mm:ss,ttt)."));
}

TEST(Importers, SubtitleSuffixesAreRegistered)
{
    EXPECT_NE(dynamic_cast<const VttImporter *>(importerFor(QStringLiteral("call.VTT"))), nullptr);
    EXPECT_NE(dynamic_cast<const SrtImporter *>(importerFor(QStringLiteral("call.srt"))), nullptr);
}

} // namespace
