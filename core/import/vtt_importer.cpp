#include "core/import/vtt_importer.h"

#include "core/import/cue_transcript.h"
#include "core/import/text_decoding.h"

#include <QRegularExpression>
#include <optional>

namespace gw {

namespace {

struct Line
{
    int number = 0; // 1-based, as an editor shows it
    QString text;
};

// "hh:mm:ss.ttt" (hours may have more digits) or "mm:ss.ttt" --> the same,
// then optional cue settings.
std::optional<std::int64_t> parseTiming(const QString &line)
{
    static const QRegularExpression timing(QStringLiteral(
        R"(^(?:(\d{1,7}):)?([0-5]\d):([0-5]\d)\.(\d{3})[ \t]+-->[ \t]+(?:(\d{1,7}):)?([0-5]\d):([0-5]\d)\.(\d{3}))"
        R"((?:[ \t].*)?$)"));
    const auto m = timing.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const auto ms = [&m](int first) {
        return ((m.captured(first).toLongLong() * 60 + m.captured(first + 1).toLongLong()) * 60 +
                m.captured(first + 2).toLongLong()) *
                   1000 +
               m.captured(first + 3).toLongLong();
    };
    const std::int64_t start = ms(1);
    if (ms(5) < start)
        return std::nullopt;
    return start;
}

bool startsBlock(const QString &line, QLatin1StringView keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line[keyword.size()] == QLatin1Char(' ') ||
            line[keyword.size()] == QLatin1Char('\t'));
}

// Blocks of non-blank lines; the header (block 0) is dropped by the caller.
QList<QList<Line>> blocksOf(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    QList<QList<Line>> blocks(1);
    int number = 0;
    for (const QString &line : text.split(lineBreak)) {
        ++number;
        if (line.trimmed().isEmpty()) {
            if (!blocks.back().isEmpty())
                blocks.append(QList<Line>());
        } else {
            blocks.back().append(Line{number, line});
        }
    }
    if (blocks.back().isEmpty())
        blocks.removeLast();
    return blocks;
}

} // namespace

QStringList VttImporter::suffixes() const
{
    return {QStringLiteral("vtt")};
}

Result<ImportedText> VttImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    auto text = decodeText(bytes, fileName);
    if (!text)
        return std::unexpected(text.error());
    const auto invalid = [&fileName](const QString &reason) {
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("%1 is not a valid WebVTT file: %2.").arg(fileName, reason));
    };
    const QList<QList<Line>> blocks = blocksOf(*text);
    if (blocks.isEmpty() ||
        !startsBlock(blocks.front().front().text, QLatin1StringView("WEBVTT")) ||
        blocks.front().front().number != 1)
        return invalid(QStringLiteral("it does not start with WEBVTT"));
    QList<Cue> cues;
    for (qsizetype b = 1; b < blocks.size(); ++b) {
        const QList<Line> &block = blocks[b];
        const QString &first = block.front().text;
        if (startsBlock(first, QLatin1StringView("NOTE")) ||
            startsBlock(first, QLatin1StringView("STYLE")) ||
            startsBlock(first, QLatin1StringView("REGION")))
            continue;
        // An optional cue identifier comes before the timing line.
        qsizetype timingAt = first.contains(QStringLiteral("-->")) ? 0 : 1;
        if (timingAt >= block.size())
            return invalid(
                QStringLiteral("line %1: a cue without a timing line").arg(block.front().number));
        const auto start = parseTiming(block[timingAt].text);
        if (!start)
            return invalid(
                QStringLiteral("line %1: bad cue timing (expected hh:mm:ss.ttt --> hh:mm:ss.ttt)")
                    .arg(block[timingAt].number));
        QStringList payload;
        for (qsizetype i = timingAt + 1; i < block.size(); ++i)
            payload << block[i].text;
        cues.append(cueFromPayload(*start, payload, true));
    }
    ImportedText out = transcriptFromCues(cues, QStringLiteral("vtt"));
    if (out.turns.isEmpty())
        return invalid(QStringLiteral("it has no cue with text"));
    return out;
}

} // namespace gw
