#include "ui/search/code_hits.h"

#include "core/commands/apply_codings.h"
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QHash>
#include <QUndoStack>
#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

namespace gw {

namespace {

// A source's text with its code point map, made once per source.
struct UnitText
{
    QString text;
    text::Utf16Map map;
};

// HIT's range grown to the whole units it touches, in code points. A sentence
// or paragraph never crosses a line break, so only the lines the hit lies on
// are looked at: 5,000 hits cost 5,000 short looks, not 5,000 passes over
// their sources' text.
std::pair<std::int64_t, std::int64_t> widened(const UnitText &source, const SearchHit &hit, text::CodingUnit unit)
{
    const QStringView text(source.text);
    const qsizetype from = source.map.utf16Index(hit.start), to = source.map.utf16Index(hit.end);
    const qsizetype lineStart = from > 0 ? text.lastIndexOf(u'\n', from - 1) + 1 : 0;
    qsizetype lineEnd = text.indexOf(u'\n', to);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QStringView lines = text.sliced(lineStart, lineEnd - lineStart);
    auto [start, end] = text::snapToUnit(lines, from - lineStart, to - lineStart, unit);
    start += lineStart;
    end += lineStart;
    return {hit.start - text::codePointLength(text.sliced(start, from - start)),
            hit.end + text::codePointLength(text.sliced(to, end - to))};
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

    QHash<Id, std::shared_ptr<const UnitText>> texts; // one read per source, only when hits are widened
    std::set<std::tuple<Id, std::int64_t, std::int64_t>> planned;
    std::vector<SegmentInfo> ranges;
    CodedHits result;
    for (const SearchHit &hit : hits) {
        std::pair<std::int64_t, std::int64_t> range{hit.start, hit.end};
        if (unit != text::CodingUnit::FreeSelection) {
            auto source = texts.constFind(hit.sourceId);
            if (source == texts.cend()) {
                auto read = project.sourceText(hit.sourceId);
                if (!read)
                    return std::unexpected(read.error());
                text::Utf16Map map(*read);
                source = texts.insert(hit.sourceId,
                                      std::make_shared<const UnitText>(UnitText{std::move(*read), std::move(map)}));
            }
            range = widened(**source, hit, unit);
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
