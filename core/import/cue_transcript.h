#pragma once
// Subtitle cues (WebVTT, SubRip) turned into our transcript format: consecutive
// cues of one speaker become one turn, written as one paragraph
// "[hh:mm:ss] Speaker: words" (or "[hh:mm:ss] words" without a speaker), with
// paragraphs separated by a blank line, so the text reads like the transcripts
// researchers type and transcript::findTurns finds the same turns again.

#include "core/import/importer.h"

#include <QStringList>
#include <cstdint>

namespace gw {

struct Cue
{
    std::int64_t startMs = 0;
    QString speaker; // empty when the cue names none
    QString text;    // plain words on one line
};

// A cue from its payload lines: the speaker from a <v Name> voice tag or a
// "Name:" / "[Name]:" prefix, every other tag stripped, lines joined by a space.
// DECODE_ENTITIES turns &amp; &lt; &gt; &nbsp; &lrm; &rlm; into characters
// (WebVTT escapes; SubRip has none).
[[nodiscard]] Cue cueFromPayload(std::int64_t startMs, const QStringList &lines,
                                 bool decodeEntities);

// Our transcript text and its turns for CUES (cues without words are dropped).
// Cues without a speaker stay separate turns: there is no speaker change to tell
// where a turn ends, and each keeps its own time for finding it in the recording.
[[nodiscard]] ImportedText transcriptFromCues(const QList<Cue> &cues, const QString &format);

} // namespace gw
