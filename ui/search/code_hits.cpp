#include "ui/search/code_hits.h"

#include "core/commands/apply_codings.h"
#include "core/model/project.h"

#include <QHash>
#include <QUndoStack>
#include <algorithm>
#include <set>
#include <tuple>

namespace gw {

Result<CodedHits> codeHits(Project &project, QUndoStack &stack, const std::vector<SearchHit> &hits, Id codeId)
{
    auto code = project.code(codeId);
    if (!code)
        return std::unexpected(code.error());
    auto existing = project.segmentsOfCode(codeId);
    if (!existing)
        return std::unexpected(existing.error());
    QHash<Id, std::vector<std::pair<std::int64_t, std::int64_t>>> covered;
    for (const SegmentInfo &s : *existing)
        covered[s.sourceId].push_back({s.start, s.end});

    std::set<std::tuple<Id, std::int64_t, std::int64_t>> planned;
    std::vector<SegmentInfo> ranges;
    CodedHits result;
    for (const SearchHit &hit : hits) {
        const std::pair<std::int64_t, std::int64_t> range{hit.start, hit.end};
        const auto &here = covered[hit.sourceId];
        if (std::ranges::any_of(here, [&](const auto &r) { return r.first <= range.first && range.second <= r.second; })) {
            ++result.skipped;
            continue;
        }
        // The same passage twice (a caller's doubled hits) is coded once.
        if (planned.insert({hit.sourceId, range.first, range.second}).second) {
            SegmentInfo r;
            r.sourceId = hit.sourceId;
            r.start = range.first;
            r.end = range.second;
            ranges.push_back(r);
        }
    }
    result.coded = int(ranges.size());
    if (ranges.empty())
        return result;
    auto command = ApplyCodings::make(project, codeId, std::move(ranges));
    if (!command)
        return std::unexpected(command.error());
    stack.push(command->release());
    return result;
}

} // namespace gw
