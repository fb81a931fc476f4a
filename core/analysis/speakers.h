#pragma once
// The speakers of a project's transcripts: who speaks, in how many turns and
// sources, and where each of their turns lies, for autocoding by speaker.

#include "core/error.h"
#include "core/model/cases.h"
#include "core/model/types.h"

#include <vector>

namespace gw {

class Project;

struct SpeakerSummary
{
    QString speaker;
    int turns = 0;   // across all sources
    int sources = 0; // sources in which the speaker has at least one turn
};

// One turn of a speaker: the code points [start, end) of a source's text.
struct SpeakerTurn
{
    Id sourceId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

// Every distinct speaker name of every source's turns (empty names left out),
// most turns first, then by name.
[[nodiscard]] Result<std::vector<SpeakerSummary>> speakersOf(Project &project);

// Every non-empty turn of SPEAKER (exact name) in every source, by source then
// position.
[[nodiscard]] Result<std::vector<SpeakerTurn>> turnsOfSpeaker(Project &project, const QString &speaker);

// The turns of SPEAKER that CODEID does not cover yet, as ranges to code
// (autocoding by speaker), and how many it covers already.
struct SpeakerCoding
{
    std::vector<SegmentInfo> ranges; // sourceId, start, end
    int covered = 0;
};
[[nodiscard]] Result<SpeakerCoding> speakerTurnsToCode(Project &project, const QString &speaker, Id codeId);

// A case for each speaker of SOURCEID's turns but those in EXCEPT (a focus
// group's participants), each linked to the source, for Project::writeCases:
// a case of the speaker's name is used when there is one. Refuses a source
// without speaker turns.
[[nodiscard]] Result<CaseBatch> casesFromSpeakers(Project &project, Id sourceId, const QStringList &except = {});

} // namespace gw
