#include "core/analysis/keyword_context.h"

#include "core/model/project.h"

#include <algorithm>
#include <map>

namespace gw {

namespace {

const QString kEllipsis = QStringLiteral("…");

// The left context read outwards from the hit: its words in reverse order.
QString leftKey(const QString &left)
{
    QStringList words = left.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    std::ranges::reverse(words);
    return words.join(u' ');
}

} // namespace

std::optional<KwicSort> kwicSortFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"source")
        return KwicSort::Source;
    if (t == u"left")
        return KwicSort::Left;
    if (t == u"right")
        return KwicSort::Right;
    return std::nullopt;
}

Result<std::vector<KwicLine>> keywordInContext(Project &project, const QString &query, KwicSort sort, int limit,
                                               const std::optional<std::vector<Id>> &sources,
                                               const std::vector<Passage> *within)
{
    SearchScope scope;
    scope.sources = sources;
    std::map<Id, std::vector<std::pair<std::int64_t, std::int64_t>>> spans; // WITHIN by source
    if (within) {
        for (const Passage &p : *within)
            spans[p.sourceId].emplace_back(p.start, p.end);
        scope.sources = std::vector<Id>();
        for (const auto &[id, ranges] : spans)
            scope.sources->push_back(id);
    }
    const auto inside = [&](const SearchHit &h) {
        if (!within)
            return true;
        const auto it = spans.find(h.sourceId);
        return it != spans.end() && std::ranges::any_of(it->second, [&](const auto &span) {
                   return span.first <= h.start && h.end <= span.second;
               });
    };
    auto hits = project.search(query, limit, scope);
    if (!hits)
        return std::unexpected(hits.error());
    std::vector<KwicLine> lines;
    lines.reserve(hits->size());
    for (const SearchHit &h : *hits) {
        if (h.marks.empty() || !inside(h))
            continue;
        const auto [from, to] = h.marks.front();
        KwicLine line{h.sourceId, h.sourceName, h.start, h.end, h.snippet.left(from), h.snippet.sliced(from, to - from),
                      h.snippet.sliced(to)};
        if (line.left.startsWith(kEllipsis))
            line.left.remove(0, kEllipsis.size());
        if (line.right.endsWith(kEllipsis))
            line.right.chop(kEllipsis.size());
        line.left = line.left.trimmed();
        line.right = line.right.trimmed();
        lines.push_back(std::move(line));
    }
    const auto bySource = [](const KwicLine &a, const KwicLine &b) {
        return std::tie(a.source, a.start) < std::tie(b.source, b.start);
    };
    if (sort == KwicSort::Source) {
        std::ranges::sort(lines, bySource);
        return lines;
    }
    // Each line's key made once: the context read outwards from the hit.
    std::vector<std::pair<QString, std::size_t>> keys;
    keys.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        keys.emplace_back(sort == KwicSort::Left ? leftKey(lines[i].left) : lines[i].right.toCaseFolded(), i);
    std::ranges::sort(keys, [&](const auto &a, const auto &b) {
        const int c = a.first.compare(b.first);
        return c != 0 ? c < 0 : bySource(lines[a.second], lines[b.second]);
    });
    std::vector<KwicLine> sorted;
    sorted.reserve(lines.size());
    for (const auto &[key, i] : keys)
        sorted.push_back(std::move(lines[i]));
    return sorted;
}

Table kwicTable(const std::vector<KwicLine> &lines, const QString &query)
{
    Table t;
    t.name = QStringLiteral("Keyword in context");
    t.caption = QStringLiteral("%1 in context (%2 lines)").arg(query).arg(lines.size());
    t.header = {QStringLiteral("Source"), QStringLiteral("Left"), QStringLiteral("Keyword"), QStringLiteral("Right")};
    for (const KwicLine &l : lines)
        t.rows.push_back({TableCell{cleanedCellText(l.source), 1}, TableCell{cleanedCellText(l.left), 1},
                          TableCell{cleanedCellText(l.keyword), 1}, TableCell{cleanedCellText(l.right), 1}});
    t.columnShares = {2, 4, 1.2, 4};
    return t;
}

} // namespace gw
