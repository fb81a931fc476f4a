#include "core/import/transcript.h"

#include "core/text/positions.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace gw::transcript {

namespace {

// Longest speaker label we accept; longer "labels" are prose before a colon.
constexpr qsizetype kMaxSpeakerLength = 40;

// [hh:mm:ss], [mm:ss], (hh:mm:ss) or a bare hh:mm:ss, optionally with a fraction.
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:\[(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)\]|\((\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)\))"
        R"(|(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)(?=[ \t]))[ \t]*)"));
    return re;
}

// One to four words: later words start with a capital or a digit ("Dr Smith",
// "Speaker 2") or are a name particle, which keeps "My answer: ..." and "The
// point is: ..." out.
#define GW_SPEAKER_WORDS                                                                                       \
    R"((\p{L}[\p{L}\p{N}.'’_-]*(?:[ \t](?:[\p{Lu}\p{N}][\p{L}\p{N}.'’_-]*)"                                    \
    R"(|(?:van|von|de|der|den|da|di|du|la|le|del|bin|al))){0,3}))"
#define GW_CLOCK R"((\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?))"

// Speaker words before a colon that is followed by a space or the line end.
// Japanese and Chinese transcripts use a full-width colon with no space after it.
const QRegularExpression &speakerPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^" GW_SPEAKER_WORDS R"([ \t]*(?::(?:[ \t]+|$)|\x{FF1A}[ \t]*))"));
    return re;
}

// A speaker followed by the time, as transcription services write a turn's
// header: "Speaker 1  0:03" alone on its line (two spaces or a tab before the
// time), or "Jane Doe (00:01:12):" with the words after it or on the next line.
const QRegularExpression &speakerThenTimePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^" GW_SPEAKER_WORDS R"((?:(?:[ ]{2,}|\t)[ \t]*)" GW_CLOCK R"([ \t]*$|[ \t]+[(\[])" GW_CLOCK
        R"([)\]][ \t]*:(?:[ \t]+|$)))"));
    return re;
}

#undef GW_SPEAKER_WORDS
#undef GW_CLOCK

std::int64_t parseClock(QStringView clock)
{
    // "h:mm:ss.fff" or "mm:ss,f": whole seconds left of the fraction, ms right of it.
    qsizetype dot = clock.indexOf(QLatin1Char('.'));
    if (dot < 0)
        dot = clock.indexOf(QLatin1Char(','));
    std::int64_t ms = 0;
    if (dot >= 0) {
        QString fraction = clock.sliced(dot + 1).toString();
        fraction = fraction.leftJustified(3, QLatin1Char('0'));
        ms = fraction.toLongLong();
        clock = clock.first(dot);
    }
    std::int64_t seconds = 0;
    for (QStringView part : clock.split(QLatin1Char(':')))
        seconds = seconds * 60 + part.toLongLong();
    return seconds * 1000 + ms;
}

} // namespace

std::optional<SpeakerLabel> speakerLabelAt(QStringView text)
{
    const auto match = speakerPattern().matchView(text);
    if (!match.hasMatch() || match.capturedLength(1) > kMaxSpeakerLength)
        return std::nullopt;
    return SpeakerLabel{match.captured(1), match.capturedLength(0)};
}

std::optional<TurnStart> parseTurnStart(QStringView line)
{
    // Every turn start has a colon near the line start (in the timestamp or after
    // the speaker); checking that first spares the patterns most prose lines.
    constexpr qsizetype kColonWithin = 96;
    const QStringView head = line.first(std::min(line.size(), kColonWithin));
    if (!head.contains(QLatin1Char(':')) && !head.contains(QChar(0xFF1A)))
        return std::nullopt;
    TurnStart start;
    if (const auto header = speakerThenTimePattern().matchView(line);
        header.hasMatch() && header.capturedLength(1) <= kMaxSpeakerLength) {
        start.speaker = header.captured(1);
        start.timestampMs = parseClock(header.capturedView(header.hasCaptured(2) ? 2 : 3));
        return start;
    }
    bool bracketed = false;
    const auto stamp = timestampPattern().matchView(line);
    if (stamp.hasMatch()) {
        const int group = stamp.hasCaptured(1) ? 1 : stamp.hasCaptured(2) ? 2 : 3;
        start.timestampMs = parseClock(stamp.capturedView(group));
        bracketed = group != 3;
        line = line.sliced(stamp.capturedLength(0));
        start.timestampOnly = line.trimmed().isEmpty();
    }
    if (const auto label = speakerLabelAt(line)) {
        start.speaker = label->speaker;
        return start;
    }
    // A bracketed timestamp alone is a turn without a speaker (our format for
    // subtitles without voices); a bare "10:30" is too common in notes to count.
    if (bracketed)
        return start;
    return std::nullopt;
}

QList<Turn> findTurns(const QString &normalisedText)
{
    // One pass over the lines notes where each starts, where its words end and
    // whether it could start a turn; the choice of which do is made after, since
    // it depends on how often each speaker label occurs.
    struct Line
    {
        qsizetype startCp = 0;
        qsizetype contentEndCp = 0; // just after the last non-space up to this line
        std::optional<TurnStart> start;
        bool blank = true;
    };
    std::vector<Line> lines;
    QHash<QString, int> labelCount;
    const QStringView text(normalisedText);
    qsizetype lineStart = 0;    // UTF-16 index
    qsizetype lineStartCp = 0;  // code point offset of lineStart
    qsizetype contentEndCp = 0; // code point offset just after the last non-space so far
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        Line info;
        info.startCp = lineStartCp;
        info.start = parseTurnStart(line);
        if (info.start && !info.start->speaker.isEmpty() && !info.start->timestampMs)
            ++labelCount[info.start->speaker];
        qsizetype trimmed = line.size();
        while (trimmed > 0 && line[trimmed - 1].isSpace())
            --trimmed;
        const qsizetype trimmedCp = text::codePointLength(line.first(trimmed));
        if (trimmed > 0) {
            contentEndCp = lineStartCp + trimmedCp;
            info.blank = false;
        }
        info.contentEndCp = contentEndCp;
        lines.push_back(std::move(info));
        // Trailing spaces are never surrogates, so they count one code point each.
        lineStartCp += trimmedCp + (line.size() - trimmed) + 1;
        lineStart = lineEnd + 1;
    }

    // A timestamp alone on its line belongs to the speaker's line below it
    // ("[00:12:34]" then "P4: ..."), a layout many transcription services write.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line &stamp = lines[i];
        if (!stamp.start || !stamp.start->timestampOnly)
            continue;
        std::size_t next = i + 1;
        while (next < lines.size() && lines[next].blank)
            ++next;
        if (next == lines.size())
            continue;
        auto &below = lines[next].start;
        if (!below || below->speaker.isEmpty() || below->timestampMs)
            continue;
        --labelCount[below->speaker];
        stamp.start->speaker = below->speaker;
        stamp.start->timestampOnly = false;
        below.reset();
    }

    // A label with a timestamp starts a turn; one without starts a turn only when
    // the same label starts another line too, so that field notes with
    // "Setting:", "Present:" and "Outcome:" once each are not taken for speakers.
    QList<Turn> turns;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto &start = lines[i].start;
        if (!start)
            continue;
        if (!start->timestampMs && labelCount.value(start->speaker) < 2)
            continue;
        if (!turns.isEmpty())
            turns.back().end = i > 0 ? lines[i - 1].contentEndCp : 0;
        turns.append(Turn{start->speaker, lines[i].startCp, lines[i].startCp, start->timestampMs});
    }
    if (turns.size() < 2)
        return {};
    turns.back().end = lines.back().contentEndCp;
    return turns;
}

QString formatTimestamp(std::int64_t ms)
{
    const std::int64_t seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace gw::transcript
