#include "ui/search/code_hits.h"

#include "core/commands/apply_coding.h"
#include "core/model/project.h"

#include <QHash>
#include <QUndoStack>

namespace gw {

Result<CodedHits> codeHits(Project &project, QUndoStack &stack, const std::vector<SearchHit> &hits, Id codeId)
{
    auto code = project.code(codeId);
    if (!code)
        return std::unexpected(code.error());
    auto existing = project.segmentsOfCode(codeId);
    if (!existing)
        return std::unexpected(existing.error());
    QMultiHash<Id, std::pair<std::int64_t, std::int64_t>> covered;
    for (const SegmentInfo &s : *existing)
        covered.insert(s.sourceId, {s.start, s.end});

    // Every command is made (validated) before any is pushed, so a refused hit
    // leaves the stack and the project as they were.
    std::vector<std::unique_ptr<ApplyCoding>> commands;
    CodedHits result;
    for (const SearchHit &hit : hits) {
        const auto ranges = covered.values(hit.sourceId);
        if (std::ranges::any_of(ranges, [&](const auto &r) { return r.first <= hit.start && hit.end <= r.second; })) {
            ++result.skipped;
            continue;
        }
        auto command = ApplyCoding::make(project, hit.sourceId, codeId, hit.start, hit.end);
        if (!command)
            return std::unexpected(command.error());
        covered.insert(hit.sourceId, {hit.start, hit.end}); // the same hit twice is coded once
        commands.push_back(std::move(*command));
    }
    result.coded = int(commands.size());
    if (commands.empty())
        return result;
    stack.beginMacro(QStringLiteral("Code %1 search hits with “%2”").arg(result.coded).arg(code->name));
    for (auto &command : commands)
        stack.push(command.release());
    stack.endMacro();
    return result;
}

} // namespace gw
