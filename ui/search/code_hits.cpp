#include "ui/search/code_hits.h"

#include "core/commands/apply_codings.h"
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QHash>
#include <QUndoStack>
#include <algorithm>
#include <set>
#include <tuple>

namespace gw {

namespace {

// HIT's range grown to UNIT in its source's TEXT, in code points.
std::pair<std::int64_t, std::int64_t> widened(const QString &text, const SearchHit &hit, text::CodingUnit unit)
{
    const qsizetype from = text::utf16Index(text, hit.start), to = text::utf16Index(text, hit.end);
    const auto [start, end] = text::snapToUnit(text, from, to, unit);
    if (start == from && end == to)
        return {hit.start, hit.end};
    // Code point offsets of the grown ends, counted from the hit's own ends.
    const std::int64_t startCp = hit.start - text::codePointLength(QStringView(text).sliced(start, from - start));
    const std::int64_t endCp = hit.end + text::codePointLength(QStringView(text).sliced(to, end - to));
    return {startCp, endCp};
}

} // namespace

Result<CodedHits> codeHits(Project &project, QUndoStack &stack, const std::vector<SearchHit> &hits, Id codeId,
                           text::CodingUnit unit)
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

    QHash<Id, QString> texts; // one read per source, only when hits are widened
    std::set<std::tuple<Id, std::int64_t, std::int64_t>> planned;
    std::vector<SegmentInfo> ranges;
    CodedHits result;
    for (const SearchHit &hit : hits) {
        std::pair<std::int64_t, std::int64_t> range{hit.start, hit.end};
        if (unit != text::CodingUnit::FreeSelection) {
            auto text = texts.constFind(hit.sourceId);
            if (text == texts.cend()) {
                auto read = project.sourceText(hit.sourceId);
                if (!read)
                    return std::unexpected(read.error());
                text = texts.insert(hit.sourceId, *read);
            }
            range = widened(*text, hit, unit);
        }
        const auto &here = covered[hit.sourceId];
        if (std::ranges::any_of(here, [&](const auto &r) { return r.first <= range.first && range.second <= r.second; })) {
            ++result.skipped;
            continue;
        }
        // Several hits in one sentence code that sentence once.
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
