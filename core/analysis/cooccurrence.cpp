#include "core/analysis/cooccurrence.h"

#include "core/model/project.h"
#include "core/text/coding_unit.h"
#include "core/text/positions.h"

#include <algorithm>
#include <map>
#include <set>

namespace gw {

bool ElementCooccurrence::strongerThan(const ElementCooccurrence &other) const
{
    return std::tie(nearby, overlapping, sameSource, sameCase) >
           std::tie(other.nearby, other.overlapping, other.sameSource, other.sameCase);
}

namespace {

// A segment with the sentences it touches.
struct Placed
{
    Id id = 0;
    Id sourceId = 0;
    std::int64_t start = 0, end = 0; // code points
    int firstSentence = 0, lastSentence = 0;
};

// The sentences of one source as UTF-16 ranges, and how to find a code point
// offset among them.
class SourceSentences
{
public:
    SourceSentences(const QString &text)
        : m_map(text), m_units(text::unitsOf(text, text::CodingUnit::Sentence))
    {}

    // The sentences [first, last] that [START, END) touches; white space
    // between sentences belongs to the next one.
    [[nodiscard]] std::pair<int, int> span(std::int64_t start, std::int64_t end) const
    {
        if (m_units.empty())
            return {0, 0};
        const qsizetype s = m_map.utf16Index(start), e = m_map.utf16Index(end);
        const auto first =
            std::ranges::lower_bound(m_units, s, {}, [](const auto &u) { return u.second - 1; });
        const auto last =
            std::ranges::lower_bound(m_units, e, {}, [](const auto &u) { return u.first; });
        const int a = int(
            std::min<std::ptrdiff_t>(first - m_units.begin(), std::ptrdiff_t(m_units.size()) - 1));
        const int b = int(std::max<std::ptrdiff_t>(last - m_units.begin() - 1, a));
        return {a, b};
    }

private:
    text::Utf16Map m_map;
    std::vector<std::pair<qsizetype, qsizetype>> m_units;
};

struct ElementData
{
    Id elementId = 0;
    std::set<Id> codes;
    std::vector<Placed> segments;
    std::set<Id> sources;
    std::set<Id> cases;
};

int sentencesApart(const Placed &a, const Placed &b)
{
    return std::max({0, b.firstSentence - a.lastSentence, a.firstSentence - b.lastSentence});
}

bool overlaps(const Placed &a, const Placed &b)
{
    return a.start < b.end && b.start < a.end;
}

ElementCooccurrence compare(const ElementData &a, const ElementData &b, int within)
{
    ElementCooccurrence out;
    out.firstId = a.elementId;
    out.secondId = b.elementId;
    for (const Placed &x : a.segments)
        for (const Placed &y : b.segments) {
            if (x.sourceId != y.sourceId || x.id == y.id)
                continue;
            const int apart = sentencesApart(x, y);
            if (overlaps(x, y))
                ++out.overlapping;
            if (apart <= within) {
                ++out.nearby;
                out.evidence.push_back({x.id, y.id, apart});
            }
        }
    std::ranges::stable_sort(out.evidence, {}, &SegmentPair::sentencesApart);
    std::vector<Id> common;
    std::ranges::set_intersection(a.sources, b.sources, std::back_inserter(common));
    out.sameSource = int(common.size());
    common.clear();
    std::ranges::set_intersection(a.cases, b.cases, std::back_inserter(common));
    out.sameCase = int(common.size());
    return out;
}

} // namespace

Result<std::vector<ElementCooccurrence>> elementCooccurrences(Project &project,
                                                              const CooccurrenceOptions &options)
{
    if (options.withinSentences < 0)
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("\"Within %1 sentences\" cannot be negative.")
                        .arg(options.withinSentences));
    auto elements = project.modelElements();
    if (!elements)
        return std::unexpected(elements.error());
    auto influences = project.influences();
    if (!influences)
        return std::unexpected(influences.error());

    std::map<Id, SourceSentences> sentences;
    std::map<Id, std::vector<Id>> casesOf;
    std::vector<ElementData> data;
    for (const ModelElement &e : *elements) {
        ElementData d;
        d.elementId = e.id;
        auto codes = project.codesOfElement(e.id);
        if (!codes)
            return std::unexpected(codes.error());
        d.codes.insert(codes->begin(), codes->end());
        for (const Id code : *codes) {
            auto segments = project.segmentsOfCode(code);
            if (!segments)
                return std::unexpected(segments.error());
            for (const SegmentInfo &s : *segments) {
                auto it = sentences.find(s.sourceId);
                if (it == sentences.end()) {
                    auto text = project.sourceText(s.sourceId);
                    if (!text)
                        return std::unexpected(text.error());
                    it = sentences.emplace(s.sourceId, SourceSentences(*text)).first;
                    auto cases = project.casesOfSource(s.sourceId);
                    if (!cases)
                        return std::unexpected(cases.error());
                    std::vector<Id> ids;
                    for (const CaseInfo &c : *cases)
                        ids.push_back(c.id);
                    casesOf[s.sourceId] = ids;
                }
                const auto [first, last] = it->second.span(s.start, s.end);
                d.segments.push_back({s.id, s.sourceId, s.start, s.end, first, last});
                d.sources.insert(s.sourceId);
                d.cases.insert(casesOf[s.sourceId].begin(), casesOf[s.sourceId].end());
            }
        }
        data.push_back(std::move(d));
    }

    std::vector<ElementCooccurrence> out;
    for (std::size_t i = 0; i < data.size(); ++i)
        for (std::size_t j = i + 1; j < data.size(); ++j) {
            std::vector<Id> shared;
            std::ranges::set_intersection(data[i].codes, data[j].codes, std::back_inserter(shared));
            if (!shared.empty())
                continue;
            ElementCooccurrence c = compare(data[i], data[j], options.withinSentences);
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
