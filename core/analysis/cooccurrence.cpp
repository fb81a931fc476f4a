#include "core/analysis/cooccurrence.h"

#include "core/model/project.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>

namespace gw {

bool ElementCooccurrence::strongerThan(const ElementCooccurrence &other) const
{
    return std::tie(nearby, overlapping, sameSource, sameCase) >
           std::tie(other.nearby, other.overlapping, other.sameSource, other.sameCase);
}

Result<std::vector<ElementCooccurrence>> elementCooccurrences(Project &project,
                                                              const CooccurrenceOptions &options)
{
    if (options.withinSentences < 0)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::cooccurrence", "\"Within %1 sentences\" cannot be negative.")
                        .arg(options.withinSentences));
    auto elements = project.modelElements();
    if (!elements)
        return std::unexpected(elements.error());
    auto influences = project.influences();
    if (!influences)
        return std::unexpected(influences.error());
    auto data = CodingData::load(project);
    if (!data)
        return std::unexpected(data.error());

    CooccurrenceSpec spec;
    spec.includeEmpty = true;
    spec.within = options.withinSentences;
    for (const ModelElement &e : *elements) {
        auto codes = project.codesOfElement(e.id);
        if (!codes)
            return std::unexpected(codes.error());
        spec.items.push_back({e.id, {}, std::move(*codes)});
    }
    // The same pairs under four units: overlapping, nearby (with the evidence),
    // same source, same case.
    std::vector<CooccurrenceTable> tables;
    for (const CooccurrenceUnit unit : {CooccurrenceUnit::Overlap, CooccurrenceUnit::Within,
                                        CooccurrenceUnit::Source, CooccurrenceUnit::Case}) {
        spec.unit = unit;
        auto table = codeCooccurrence(**data, spec);
        if (!table)
            return std::unexpected(table.error());
        tables.push_back(std::move(*table));
    }
    std::vector<ElementCooccurrence> out;
    for (std::size_t k = 0; k < tables[0].pairs.size(); ++k) {
        const CodePair &p = tables[0].pairs[k];
        ElementCooccurrence c;
        c.firstId = spec.items[p.first].id;
        c.secondId = spec.items[p.second].id;
        c.overlapping = p.count;
        c.nearby = tables[1].pairs[k].count;
        c.evidence = std::move(tables[1].pairs[k].evidence);
        c.sameSource = tables[2].pairs[k].count;
        c.sameCase = tables[3].pairs[k].count;
        c.linked = std::ranges::any_of(*influences, [&](const Influence &l) {
            return (l.fromId == c.firstId && l.toId == c.secondId) ||
                   (l.fromId == c.secondId && l.toId == c.firstId);
        });
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<CandidateLink> candidateLinks(const std::vector<ElementCooccurrence> &pairs,
                                          const std::vector<ModelElement> &elements, int limit)
{
    std::map<Id, std::pair<int, std::size_t>> rank; // role, then model order
    for (std::size_t i = 0; i < elements.size(); ++i)
        rank[elements[i].id] = {int(elements[i].role), i};
    std::vector<CandidateLink> out;
    for (const ElementCooccurrence &c : pairs) {
        if (c.linked || c.nearby == 0)
            continue;
        const bool forward = rank[c.firstId] <= rank[c.secondId];
        CandidateLink link{forward ? c.firstId : c.secondId, forward ? c.secondId : c.firstId, c};
        if (!forward)
            for (SegmentPair &p : link.counts.evidence)
                std::swap(p.first, p.second);
        out.push_back(std::move(link));
    }
    std::ranges::stable_sort(out, [](const CandidateLink &a, const CandidateLink &b) {
        return a.counts.strongerThan(b.counts);
    });
    if (limit >= 0 && out.size() > std::size_t(limit))
        out.resize(std::size_t(limit));
    return out;
}

} // namespace gw
