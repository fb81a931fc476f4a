#pragma once
// Our transcript format and the parser that finds speaker turns in plain text,
// shared by every importer that produces transcripts. A turn starts at the
// beginning of a line with an optional timestamp and a speaker label:
//
//   [00:01:12] P01: We met at [site_A] ...
//   (01:12) Interviewer: And then?
//   Dr Smith: Yes.
//   [00:02:00] words without a speaker   (only with a bracketed timestamp)
//
// and runs until the next turn starts. Positions are code points into the
// normalised text (see core/text/positions.h), as Project stores them.

#include "core/model/types.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>

namespace gw::transcript {

// What a line that starts a turn says before the words.
struct TurnStart
{
    QString speaker; // empty when the line has only a timestamp
    std::optional<std::int64_t> timestampMs;
    bool timestampOnly = false; // nothing follows the timestamp on its line
};

// The turn start at the beginning of LINE (one line, no line break), if any.
[[nodiscard]] std::optional<TurnStart> parseTurnStart(QStringView line);

// A speaker label ("Jane Doe: ", "P17: ") at the start of TEXT: the speaker and
// the number of UTF-16 units the label takes, including the colon and spaces.
struct SpeakerLabel
{
    QString speaker;
    qsizetype length = 0;
};
[[nodiscard]] std::optional<SpeakerLabel> speakerLabelAt(QStringView text);

// The turns in NORMALISED text, each ending at the last non-space character
// before the next turn. A timestamp alone on its line starts the turn of the
// speaker on the next line. A speaker label without a timestamp starts a turn
// only when it starts at least two lines (field notes' "Setting:" and
// "Outcome:" are not speakers). Empty unless at least two turns are found.
[[nodiscard]] QList<Turn> findTurns(const QString &normalisedText);

// "hh:mm:ss" for a time in milliseconds (rounded down to the second).
[[nodiscard]] QString formatTimestamp(std::int64_t ms);

} // namespace gw::transcript
