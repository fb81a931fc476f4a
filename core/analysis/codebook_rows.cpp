#include "core/analysis/codebook_rows.h"

#include "core/model/quote_attribution.h"
#include "core/model/project.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace gw {

QString stageName(CodeStage stage)
{
    switch (stage) {
    case CodeStage::FirstOrder: return QStringLiteral("First-order");
    case CodeStage::Focused: return QStringLiteral("Focused");
    case CodeStage::Open: return QStringLiteral("Open");
    }
    return {};
}

Result<std::vector<CodebookRow>> readCodebook(Project &project)
{
    auto codes = project.codes();
    auto structure = project.structureRows();
    auto uses = project.codeUses();
    if (!codes)
        return std::unexpected(codes.error());
    if (!structure)
        return std::unexpected(structure.error());
    if (!uses)
        return std::unexpected(uses.error());

    std::unordered_map<Id, const DimensionInfo *> dimensions;
    for (const DimensionInfo &d : structure->dimensions)
        dimensions[d.id] = &d;
    std::unordered_map<Id, const ThemeInfo *> themes;
    for (const ThemeInfo &t : structure->themes)
        themes[t.id] = &t;
    std::unordered_map<Id, const CodePlacement *> placements;
    for (const CodePlacement &p : structure->placements)
        placements[p.codeId] = &p;
    std::unordered_map<Id, const CodeUse *> used;
    for (const CodeUse &u : *uses)
        used[u.codeId] = &u;

    // Each theme's chosen exemplars, the first one per code.
    std::unordered_map<Id, SegmentInfo> chosen;
    for (const ThemeInfo &t : structure->themes)
        for (const SegmentInfo &s : project.exemplarsOf(t.id).value_or(std::vector<SegmentInfo>{}))
            chosen.try_emplace(s.codeId, s);

    QuoteAttribution attributions(project);
    auto attribution = [&](const SegmentInfo &s) {
        const QString cited = attributions.of(s.sourceId, s.start).value_or(QString());
        return cited.isEmpty() ? s.sourceName : cited;
    };

    constexpr int kLast = std::numeric_limits<int>::max();
    using Order = std::tuple<int, int, int, int, int>;
    std::vector<std::pair<Order, CodebookRow>> rows;
    int index = 0;
    for (const CodeInfo &c : *codes) {
        ++index;
        if (c.archived)
            continue;
        CodebookRow row;
        row.codeId = c.id;
        row.name = c.name;
        row.color = c.color;
        row.stage = c.stage;
        row.definition = c.definition;
        row.segments = c.segmentCount;
        row.sources = c.sourceCount;
        Order order{kLast, kLast, kLast, int(c.stage == CodeStage::FirstOrder ? 0 : c.stage == CodeStage::Focused ? 1 : 2),
                    index};
        if (auto p = placements.find(c.id); p != placements.end())
            if (auto t = themes.find(p->second->themeId); t != themes.end()) {
                row.themeId = t->first;
                row.theme = t->second->name;
                std::get<1>(order) = t->second->position;
                std::get<2>(order) = p->second->position;
                std::get<0>(order) = kLast - 1; // placed themes without a dimension come after the dimensions
                if (t->second->dimensionId)
                    if (auto d = dimensions.find(*t->second->dimensionId); d != dimensions.end()) {
                        row.dimension = d->second->name;
                        std::get<0>(order) = d->second->position;
                    }
            }
        if (auto u = used.find(c.id); u != used.end()) {
            row.firstUsed = u->second->firstUsed;
            row.lastUsed = u->second->lastUsed;
            if (auto x = chosen.find(c.id); x != chosen.end()) {
                row.exemplarId = x->second.id;
                row.exemplar = x->second.text;
                row.exemplarAttribution = attribution(x->second);
                row.exemplarChosen = true;
            } else if (auto s = project.segment(u->second->firstSegmentId)) {
                row.exemplarId = s->id;
                row.exemplar = s->text;
                row.exemplarAttribution = attribution(*s);
            }
        }
        rows.emplace_back(order, std::move(row));
    }
    std::ranges::stable_sort(rows, {}, &std::pair<Order, CodebookRow>::first);
    std::vector<CodebookRow> out;
    out.reserve(rows.size());
    for (auto &[order, row] : rows)
        out.push_back(std::move(row));
    return out;
}

} // namespace gw
