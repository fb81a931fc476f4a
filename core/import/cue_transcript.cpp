#include "core/import/cue_transcript.h"

#include "core/import/transcript.h"
#include "core/text/positions.h"

#include <QRegularExpression>
#include <optional>

namespace gw {

namespace {

QString decodeEntities(QString text)
{
    // &amp; last, so "&amp;lt;" stays the literal "&lt;".
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&nbsp;"), QString(QChar(0x00A0)));
    text.replace(QStringLiteral("&lrm;"), QString(QChar(0x200E)));
    text.replace(QStringLiteral("&rlm;"), QString(QChar(0x200F)));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

Cue cueFromPayload(std::int64_t startMs, const QStringList &lines, bool entities)
{
    static const QRegularExpression voiceTag(QStringLiteral(R"(<v(?:\.[^\s>]*)?[ \t]+([^>]*)>)"));
    static const QRegularExpression anyTag(QStringLiteral(R"(<[^>]*>)"));
    // WhisperX and similar diarising tools write "[SPEAKER_00]: words".
    static const QRegularExpression bracketedLabel(
        QStringLiteral(R"(^\[(\p{L}[\p{L}\p{N}_ .-]{0,39})\]:[ \t]*)"));
    Cue cue;
    cue.startMs = startMs;
    QString text = lines.join(QLatin1Char(' '));
    if (const auto voice = voiceTag.match(text); voice.hasMatch())
        cue.speaker = voice.captured(1).trimmed();
    text.remove(anyTag);
    if (entities)
        text = decodeEntities(text);
    text = text.simplified();
    if (cue.speaker.isEmpty()) {
        if (const auto label = bracketedLabel.match(text); label.hasMatch()) {
            cue.speaker = label.captured(1).trimmed();
            text.remove(0, label.capturedLength(0));
        } else if (const auto prefix = transcript::speakerLabelAt(text)) {
            cue.speaker = prefix->speaker;
            text.remove(0, prefix->length);
        }
    }
    if (entities)
        cue.speaker = decodeEntities(cue.speaker);
    cue.text = text;
    return cue;
}

ImportedText transcriptFromCues(const QList<Cue> &cues, const QString &format)
{
    // A turn is the first cue's time and speaker and the words of every cue in
    // the run; each turn is written as soon as the next one starts, so no
    // second list of a million cues is made.
    ImportedText out;
    out.format = format;
    qsizetype cp = 0;
    const auto write = [&](const Cue &turn) {
        QString paragraph = QStringLiteral("[%1] ").arg(transcript::formatTimestamp(turn.startMs));
        if (!turn.speaker.isEmpty())
            paragraph += turn.speaker + QStringLiteral(": ");
        paragraph = text::normalise(paragraph + turn.text);
        if (!out.text.isEmpty()) {
            out.text += QStringLiteral("\n\n");
            cp += 2;
        }
        const qsizetype length = text::codePointLength(paragraph);
        out.turns.append(Turn{turn.speaker, cp, cp + length, turn.startMs});
        out.text += paragraph;
        cp += length;
    };
    std::optional<Cue> run;
    for (const Cue &cue : cues) {
        if (cue.text.isEmpty())
            continue;
        if (run && !cue.speaker.isEmpty() && run->speaker == cue.speaker) {
            run->text += QLatin1Char(' ') + cue.text;
            continue;
        }
        if (run)
            write(*run);
        run = cue;
    }
    if (run)
        write(*run);
    if (!out.text.isEmpty())
        out.text += QLatin1Char('\n');
    return out;
}

} // namespace gw
