#include "core/analysis/speakers.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace gw {

Result<std::vector<SpeakerSummary>> speakersOf(Project &project)
{
    auto sources = project.sources();
    if (!sources)
        return std::unexpected(sources.error());
    QHash<QString, SpeakerSummary> bySpeaker;
    for (const SourceInfo &source : *sources) {
        auto turns = project.turns(source.id);
        if (!turns)
            return std::unexpected(turns.error());
        QSet<QString> here;
        for (const Turn &turn : *turns) {
            if (turn.speaker.isEmpty() || turn.end <= turn.start)
                continue;
            SpeakerSummary &summary = bySpeaker[turn.speaker];
            summary.speaker = turn.speaker;
            ++summary.turns;
            if (!here.contains(turn.speaker)) {
                here.insert(turn.speaker);
                ++summary.sources;
            }
        }
    }
    std::vector<SpeakerSummary> result(bySpeaker.cbegin(), bySpeaker.cend());
    std::ranges::sort(result, [](const SpeakerSummary &a, const SpeakerSummary &b) {
        if (a.turns != b.turns)
            return a.turns > b.turns;
        return a.speaker.localeAwareCompare(b.speaker) < 0;
    });
    return result;
}

Result<std::vector<SpeakerTurn>> turnsOfSpeaker(Project &project, const QString &speaker)
{
    auto sources = project.sources();
    if (!sources)
        return std::unexpected(sources.error());
    std::vector<SpeakerTurn> result;
    for (const SourceInfo &source : *sources) {
        auto turns = project.turns(source.id);
        if (!turns)
            return std::unexpected(turns.error());
        for (const Turn &turn : *turns)
            if (turn.speaker == speaker && turn.start < turn.end)
                result.push_back(SpeakerTurn{source.id, turn.start, turn.end});
    }
    return result;
}

Result<SpeakerCoding> speakerTurnsToCode(Project &project, const QString &speaker, Id codeId)
{
    auto turns = turnsOfSpeaker(project, speaker);
    if (!turns)
        return std::unexpected(turns.error());
    if (turns->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::speakers", "No turns of “%1” in the project.").arg(speaker));
    auto existing = project.segmentsOfCode(codeId);
    if (!existing)
        return std::unexpected(existing.error());
    QMultiHash<Id, std::pair<std::int64_t, std::int64_t>> covered;
    for (const SegmentInfo &segment : *existing)
        covered.insert(segment.sourceId, {segment.start, segment.end});
    SpeakerCoding coding;
    for (const SpeakerTurn &turn : *turns) {
        const auto ranges = covered.values(turn.sourceId);
        if (std::ranges::any_of(ranges, [&](const auto &r) { return r.first <= turn.start && turn.end <= r.second; })) {
            ++coding.covered;
            continue;
        }
        SegmentInfo range;
        range.sourceId = turn.sourceId;
        range.start = turn.start;
        range.end = turn.end;
        coding.ranges.push_back(range);
    }
    return coding;
}

Result<CaseBatch> casesFromSpeakers(Project &project, Id sourceId, const QStringList &except)
{
    auto source = project.source(sourceId);
    if (!source)
        return std::unexpected(source.error());
    auto turns = project.turns(sourceId);
    if (!turns)
        return std::unexpected(turns.error());
    CaseBatch batch;
    QStringList seen;
    for (const Turn &t : *turns) {
        const QString speaker = t.speaker.simplified();
        if (speaker.isEmpty() || seen.contains(speaker) || except.contains(speaker, Qt::CaseInsensitive))
            continue;
        seen << speaker;
        batch.cases.push_back({speaker, {}, {sourceId}});
    }
    if (batch.cases.empty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::speakers", "\"%1\" has no speaker turns to make cases from.").arg(source->name));
    return batch;
}

} // namespace gw
