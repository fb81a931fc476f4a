#include "core/import/vtt_importer.h"

#include "core/import/cue_transcript.h"
#include "core/import/text_decoding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <optional>
#include <vector>

namespace gw {

namespace {

struct Line
{
    int number = 0; // 1-based, as an editor shows it
    QStringView text;
};

// "hh:mm:ss.ttt" (hours may have more digits) or "mm:ss.ttt" --> the same,
// then optional cue settings.
std::optional<std::int64_t> parseTiming(QStringView line)
{
    static const QRegularExpression timing(QStringLiteral(
        R"(^(?:(\d{1,7}):)?([0-5]\d):([0-5]\d)\.(\d{3})[ \t]+-->[ \t]+(?:(\d{1,7}):)?([0-5]\d):([0-5]\d)\.(\d{3}))"
        R"((?:[ \t].*)?$)"));
    const auto m = timing.matchView(line);
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

bool startsBlock(QStringView line, QLatin1StringView keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line[keyword.size()] == QLatin1Char(' ') ||
            line[keyword.size()] == QLatin1Char('\t'));
}

// Calls EACH with every block of non-blank lines of TEXT in turn, the lines as
// views into TEXT: a file of a million cues is walked, not copied line by line.
// Stops at the first block EACH refuses, and returns that refusal.
template <typename Each> Status forEachBlock(QStringView text, Each each)
{
    std::vector<Line> block;
    int number = 0;
    qsizetype at = 0;
    while (at <= text.size()) {
        qsizetype end = at;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const QStringView line = text.sliced(at, end - at);
        ++number;
        if (line.trimmed().isEmpty()) {
            if (!block.empty()) {
                if (auto ok = each(block); !ok)
                    return ok;
                block.clear();
            }
        } else {
            block.push_back(Line{number, line});
        }
        if (end == text.size())
            break;
        at = end + (text[end] == u'\r' && end + 1 < text.size() && text[end + 1] == u'\n' ? 2 : 1);
    }
    if (!block.empty())
        return each(block);
    return {};
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
                    QCoreApplication::translate("gw::vtt_importer", "%1 is not a valid WebVTT file: %2.").arg(fileName, reason));
    };
    QList<Cue> cues;
    bool header = true;
    auto ok = forEachBlock(*text, [&](const std::vector<Line> &block) -> Status {
        const QStringView first = block.front().text;
        if (header) { // the first block is the header
            header = false;
            if (!startsBlock(first, QLatin1StringView("WEBVTT")) || block.front().number != 1)
                return invalid(QCoreApplication::translate("gw::vtt_importer", "it does not start with WEBVTT"));
            return {};
        }
        if (startsBlock(first, QLatin1StringView("NOTE")) || startsBlock(first, QLatin1StringView("STYLE")) ||
            startsBlock(first, QLatin1StringView("REGION")))
            return {};
        // An optional cue identifier comes before the timing line.
        const std::size_t timingAt = first.contains(QStringLiteral("-->")) ? 0 : 1;
        if (timingAt >= block.size())
            return invalid(QCoreApplication::translate("gw::vtt_importer", "line %1: a cue without a timing line").arg(block.front().number));
        const auto start = parseTiming(block[timingAt].text);
        if (!start)
            return invalid(QCoreApplication::translate("gw::vtt_importer", "line %1: bad cue timing (expected hh:mm:ss.ttt --> hh:mm:ss.ttt)")
                               .arg(block[timingAt].number));
        QStringList payload;
        for (std::size_t i = timingAt + 1; i < block.size(); ++i)
            payload << block[i].text.toString();
        cues.append(cueFromPayload(*start, payload, true));
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (header)
        return invalid(QCoreApplication::translate("gw::vtt_importer", "it does not start with WEBVTT"));
    ImportedText out = transcriptFromCues(cues, QStringLiteral("vtt"));
    if (out.turns.isEmpty())
        return invalid(QCoreApplication::translate("gw::vtt_importer", "it has no cue with text"));
    return out;
}

} // namespace gw
