#include "core/import/srt_importer.h"

#include "core/import/cue_transcript.h"
#include "core/import/text_decoding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <optional>

namespace gw {

namespace {

// "00:00:01,000 --> 00:00:04,000"; some tools write a dot or fewer digits.
std::optional<std::int64_t> parseTiming(const QString &line)
{
    static const QRegularExpression timing(QStringLiteral(
        R"(^[ \t]*(\d{1,3}):([0-5]\d):([0-5]\d)[,.](\d{1,3})[ \t]*-->[ \t]*(\d{1,3}):([0-5]\d):([0-5]\d)[,.](\d{1,3}))"
        R"((?:[ \t].*)?$)"));
    const auto m = timing.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const auto ms = [&m](int first) {
        return ((m.captured(first).toLongLong() * 60 + m.captured(first + 1).toLongLong()) * 60 +
                m.captured(first + 2).toLongLong()) *
                   1000 +
               m.captured(first + 3).leftJustified(3, QLatin1Char('0')).toLongLong();
    };
    const std::int64_t start = ms(1);
    if (ms(5) < start)
        return std::nullopt;
    return start;
}

} // namespace

QStringList SrtImporter::suffixes() const
{
    return {QStringLiteral("srt")};
}

Result<ImportedText> SrtImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    auto text = decodeText(bytes, fileName);
    if (!text)
        return std::unexpected(text.error());
    const auto invalid = [&fileName](const QString &reason) {
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::srt_importer", "%1 is not a valid SubRip file: %2.").arg(fileName, reason));
    };
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    static const QRegularExpression index(QStringLiteral(R"(^[ \t]*\d+[ \t]*$)"));
    const QStringList lines = text->split(lineBreak);
    QList<Cue> cues;
    for (qsizetype i = 0; i < lines.size();) {
        if (lines[i].trimmed().isEmpty()) {
            ++i;
            continue;
        }
        // A block: an index line (some tools leave it out), the timing, the text.
        if (index.match(lines[i]).hasMatch() && i + 1 < lines.size() &&
            lines[i + 1].contains(QStringLiteral("-->")))
            ++i;
        const auto start = parseTiming(lines[i]);
        if (!start)
            return invalid(
                lines[i].contains(QStringLiteral("-->"))
                    ? QCoreApplication::translate("gw::srt_importer",
                          "line %1: bad cue timing (expected hh:mm:ss,ttt --> hh:mm:ss,ttt)")
                          .arg(i + 1)
                    : QCoreApplication::translate("gw::srt_importer", "line %1: expected a subtitle number or timing").arg(i + 1));
        QStringList payload;
        for (++i; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i)
            payload << lines[i];
        cues.append(cueFromPayload(*start, payload, false));
    }
    ImportedText out = transcriptFromCues(cues, QStringLiteral("srt"));
    if (out.turns.isEmpty())
        return invalid(QCoreApplication::translate("gw::srt_importer", "it has no subtitle with text"));
    return out;
}

} // namespace gw
