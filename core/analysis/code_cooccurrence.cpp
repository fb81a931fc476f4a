#include "core/analysis/code_cooccurrence.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <map>

namespace gw {

QString toString(CooccurrenceUnit unit)
{
    switch (unit) {
    case CooccurrenceUnit::Overlap: return QStringLiteral("overlap");
    case CooccurrenceUnit::Sentence: return QStringLiteral("sentence");
    case CooccurrenceUnit::Paragraph: return QStringLiteral("paragraph");
    case CooccurrenceUnit::Within: return QStringLiteral("within");
    case CooccurrenceUnit::Source: return QStringLiteral("source");
    case CooccurrenceUnit::Case: return QStringLiteral("case");
    }
    return {};
}

std::optional<CooccurrenceUnit> cooccurrenceUnitFromString(const QString &text)
{
    for (const CooccurrenceUnit u : {CooccurrenceUnit::Overlap, CooccurrenceUnit::Sentence, CooccurrenceUnit::Paragraph,
                                     CooccurrenceUnit::Within, CooccurrenceUnit::Source, CooccurrenceUnit::Case})
        if (toString(u) == text.trimmed().toLower())
            return u;
    return std::nullopt;
}

std::vector<CooccurrenceItem> cooccurrenceItems(const CodingData &data, ItemTier tier)
{
    std::vector<CooccurrenceItem> items;
    if (tier == ItemTier::Code) {
        for (const CodeRow &c : data.codes)
            if (!c.archived)
                items.push_back({c.id, c.name, {c.id}});
    } else if (tier == ItemTier::Theme) {
        for (const TierRow &t : data.themes)
            items.push_back({t.id, t.name, data.codesOfTheme(t.id)});
    } else {
        for (const TierRow &d : data.dimensions)
            items.push_back({d.id, d.name, data.codesOfDimension(d.id)});
    }
    return items;
}

Table CooccurrenceTable::table(const QString &itemTitle) const
{
    Table t;
    t.name = QStringLiteral("Co-occurrence");
    const QString how = unit == CooccurrenceUnit::Within ? QStringLiteral("within %1 sentences").arg(within)
                        : unit == CooccurrenceUnit::Overlap ? QStringLiteral("overlapping")
                                                            : QStringLiteral("in the same %1").arg(toString(unit));
    t.caption = QStringLiteral("Co-occurrence of %1s (%2)").arg(itemTitle.toLower(), how);
    const QString n = unit == CooccurrenceUnit::Source ? QStringLiteral("sources")
                      : unit == CooccurrenceUnit::Case ? QStringLiteral("cases")
                                                       : QStringLiteral("segments");
    t.header = {itemTitle + QStringLiteral(" A"), itemTitle + QStringLiteral(" B"), QStringLiteral("Count"),
                QStringLiteral("A (%1)").arg(n), QStringLiteral("B (%1)").arg(n), QStringLiteral("Jaccard"),
                QStringLiteral("c")};
    for (const CodePair &p : pairs)
        t.rows.push_back({TableCell{cleanedCellText(items[p.first].label), 1},
                          TableCell{cleanedCellText(items[p.second].label), 1}, TableCell{QString::number(p.count), 1},
                          TableCell{QString::number(p.firstCount), 1}, TableCell{QString::number(p.secondCount), 1},
                          TableCell{QLocale::c().toString(p.jaccard, 'f', 2), 1},
                          TableCell{QLocale::c().toString(p.c, 'f', 2), 1}});
    t.columnShares = {3, 3, 1, 1, 1, 1, 1};
    return t;
}

Matrix CooccurrenceTable::grid(const QString &itemTitle, std::size_t maxItems) const
{
    std::vector<int> involved(items.size(), 0);
    for (const CodePair &p : pairs) {
        involved[p.first] += p.count;
        involved[p.second] += p.count;
    }
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (involved[i] > 0)
            chosen.push_back(i);
    std::ranges::stable_sort(chosen, [&](std::size_t a, std::size_t b) { return involved[a] > involved[b]; });
    if (chosen.size() > maxItems)
        chosen.resize(maxItems);
    std::ranges::sort(chosen);
    std::map<std::size_t, std::size_t> at; // item -> row and column
    for (std::size_t k = 0; k < chosen.size(); ++k)
        at[chosen[k]] = k;
    Matrix m;
    m.rowTitle = itemTitle;
    m.columnTitle = itemTitle;
    m.cell = unit == CooccurrenceUnit::Source ? MatrixCellKind::Sources
             : unit == CooccurrenceUnit::Case ? MatrixCellKind::Cases
                                              : MatrixCellKind::Segments;
    for (const std::size_t i : chosen) {
        m.columns.append(items[i].label);
        m.rows.push_back(MatrixRow{items[i].label, {}, std::vector<MatrixCell>(chosen.size())});
    }
    for (const CodePair &p : pairs) {
        const auto a = at.find(p.first), b = at.find(p.second);
        if (a == at.end() || b == at.end())
            continue;
        m.rows[a->second].cells[b->second].value = p.count;
        m.rows[b->second].cells[a->second].value = p.count;
    }
    return m;
}

namespace {

struct Entry
{
    std::size_t item = 0;
    const CodedSegment *segment = nullptr;
    std::pair<int, int> span; // units touched
};

struct PairData
{
    int count = 0;
    std::vector<SegmentPair> evidence;
    std::set<Id> firstSegments, secondSegments; // segments of each side that co-occur
};

} // namespace

Result<CooccurrenceTable> codeCooccurrence(CodingData &data, const CooccurrenceSpec &spec, const ProgressFn &progress)
{
    if (spec.within < 0)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::code_cooccurrence", "\"Within %1 sentences\" cannot be negative.").arg(spec.within));
    auto scope = QueryScope::make(data, spec.filters);
    if (!scope)
        return std::unexpected(scope.error());
    const std::size_t n = spec.items.size();
    // Items of each code, and pairs that share codes.
    std::map<Id, std::vector<std::size_t>> itemsOfCode;
    for (std::size_t i = 0; i < n; ++i)
        for (const Id c : spec.items[i].codes)
            itemsOfCode[c].push_back(i);
    std::set<std::pair<std::size_t, std::size_t>> sharing;
    for (const auto &[code, items] : itemsOfCode)
        for (std::size_t a = 0; a < items.size(); ++a)
            for (std::size_t b = a + 1; b < items.size(); ++b)
                sharing.insert(std::minmax(items[a], items[b]));

    std::optional<TextUnit> textUnit;
    if (spec.unit == CooccurrenceUnit::Sentence || spec.unit == CooccurrenceUnit::Within)
        textUnit = TextUnit::Sentence;
    else if (spec.unit == CooccurrenceUnit::Paragraph)
        textUnit = TextUnit::Paragraph;

    // Per source, the segments of every item, in the scope.
    std::map<Id, std::vector<Entry>> bySource;
    std::vector<std::set<Id>> sourcesOf(n), casesOf(n), segmentsOf(n);
    for (std::size_t i = 0; i < n; ++i)
        for (Passage &p : itemPassages(data, spec.items[i].codes, *scope))
            for (const Id id : p.segmentIds) {
                segmentsOf[i].insert(id);
                sourcesOf[i].insert(p.sourceId);
                for (const std::size_t k : data.casesOfSource(p.sourceId))
                    casesOf[i].insert(Id(k));
            }
    for (std::size_t i = 0; i < n; ++i)
        for (const Id id : segmentsOf[i]) {
            const CodedSegment *s = data.segment(id);
            bySource[s->sourceId].push_back({i, s, {}});
        }
    if (textUnit) {
        std::vector<Id> sources;
        for (const auto &[id, list] : bySource)
            sources.push_back(id);
        auto ready = data.prepareUnits(sources, *textUnit, progress);
        if (!ready)
            return std::unexpected(ready.error());
        if (!*ready)
            return fail(ErrorKind::Cancelled, QCoreApplication::translate("gw::code_cooccurrence", "The co-occurrence table was cancelled."));
    }

    std::map<std::pair<std::size_t, std::size_t>, PairData> found;
    const bool segmentUnit = spec.unit != CooccurrenceUnit::Source && spec.unit != CooccurrenceUnit::Case;
    if (segmentUnit)
        for (auto &[source, entries] : bySource) {
            const SourceUnits *units = nullptr;
            if (textUnit) {
                auto u = data.units(source, *textUnit);
                if (!u)
                    return std::unexpected(u.error());
                units = *u;
                for (Entry &e : entries)
                    e.span = units->span(e.segment->start, e.segment->end);
            }
            for (std::size_t x = 0; x < entries.size(); ++x)
                for (std::size_t y = 0; y < entries.size(); ++y) {
                    const Entry &a = entries[x], &b = entries[y];
                    if (a.item >= b.item || a.segment == b.segment || sharing.contains({a.item, b.item}))
                        continue;
                    int apart = 0;
                    if (spec.unit == CooccurrenceUnit::Overlap) {
                        if (!(a.segment->start < b.segment->end && b.segment->start < a.segment->end))
                            continue;
                    } else {
                        apart = std::max({0, b.span.first - a.span.second, a.span.first - b.span.second});
                        if (apart > (spec.unit == CooccurrenceUnit::Within ? spec.within : 0))
                            continue;
                    }
                    PairData &d = found[{a.item, b.item}];
                    ++d.count;
                    d.evidence.push_back({a.segment->id, b.segment->id, apart});
                    d.firstSegments.insert(a.segment->id);
                    d.secondSegments.insert(b.segment->id);
                }
        }

    CooccurrenceTable out;
    out.items = spec.items;
    out.unit = spec.unit;
    out.within = spec.within;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (sharing.contains({i, j}))
                continue;
            CodePair p;
            p.first = i, p.second = j;
            std::set<Id> segments;
            if (segmentUnit) {
                p.firstCount = int(segmentsOf[i].size());
                p.secondCount = int(segmentsOf[j].size());
                if (auto it = found.find({i, j}); it != found.end()) {
                    PairData &d = it->second;
                    p.count = d.count;
                    const int met = int(d.firstSegments.size() + d.secondSegments.size());
                    p.jaccard = p.firstCount + p.secondCount > 0 ? double(met) / (p.firstCount + p.secondCount) : 0;
                    std::ranges::stable_sort(d.evidence, {}, &SegmentPair::sentencesApart);
                    p.evidence = std::move(d.evidence);
                    segments.insert(d.firstSegments.begin(), d.firstSegments.end());
                    segments.insert(d.secondSegments.begin(), d.secondSegments.end());
                }
            } else {
                const auto &a = spec.unit == CooccurrenceUnit::Source ? sourcesOf[i] : casesOf[i];
                const auto &b = spec.unit == CooccurrenceUnit::Source ? sourcesOf[j] : casesOf[j];
                std::vector<Id> common;
                std::ranges::set_intersection(a, b, std::back_inserter(common));
                p.count = int(common.size());
                p.firstCount = int(a.size());
                p.secondCount = int(b.size());
                const int either = p.firstCount + p.secondCount - p.count;
                p.jaccard = either > 0 ? double(p.count) / either : 0;
                if (p.count > 0)
                    for (const std::size_t side : {i, j})
                        for (const Id id : segmentsOf[side]) {
                            const Id source = data.segment(id)->sourceId;
                            const bool shared =
                                spec.unit == CooccurrenceUnit::Source
                                    ? std::ranges::binary_search(common, source)
                                    : std::ranges::any_of(data.casesOfSource(source), [&](std::size_t k) {
                                          return std::ranges::binary_search(common, Id(k));
                                      });
                            if (shared)
                                segments.insert(id);
                        }
            }
            const int denominator = p.firstCount + p.secondCount - p.count;
            p.c = p.count == 0 ? 0 : denominator > 0 ? std::min(1.0, double(p.count) / denominator) : 1.0;
            p.segmentIds.assign(segments.begin(), segments.end());
            if (p.count > 0 || spec.includeEmpty)
                out.pairs.push_back(std::move(p));
        }
    return out;
}

} // namespace gw
