#include "core/analysis/coding_query.h"

#include <algorithm>

#include <QCoreApplication>

namespace gw {

QString toString(QueryUnit unit)
{
    switch (unit) {
    case QueryUnit::Overlap:
        return QStringLiteral("overlap");
    case QueryUnit::Sentence:
        return QStringLiteral("sentence");
    case QueryUnit::Paragraph:
        return QStringLiteral("paragraph");
    }
    return {};
}

std::optional<QueryUnit> queryUnitFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"overlap" || t == u"char" || t == u"character")
        return QueryUnit::Overlap;
    if (t == u"sentence")
        return QueryUnit::Sentence;
    if (t == u"paragraph")
        return QueryUnit::Paragraph;
    return std::nullopt;
}

namespace {

using Passages = std::vector<Passage>; // of one source, by start
using BySource = std::map<Id, Passages>;

std::vector<Id> merged(const std::vector<Id> &a, const std::vector<Id> &b)
{
    std::vector<Id> out;
    std::ranges::set_union(a, b, std::back_inserter(out));
    return out;
}

// Sorted by range, one passage per range (their segments joined).
void normalise(Passages &list)
{
    std::ranges::sort(list, [](const Passage &a, const Passage &b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
    Passages out;
    for (Passage &p : list) {
        if (!out.empty() && out.back().start == p.start && out.back().end == p.end)
            out.back().segmentIds = merged(out.back().segmentIds, p.segmentIds);
        else
            out.push_back(std::move(p));
    }
    list = std::move(out);
}

bool needsSentences(const QueryNode &n, QueryUnit unit)
{
    if (n.op == QueryOp::Item)
        return false;
    if (n.op == QueryOp::Near || ((n.op == QueryOp::And || n.op == QueryOp::Not) && unit == QueryUnit::Sentence))
        return true;
    return needsSentences(*n.left, unit) || needsSentences(*n.right, unit);
}

bool needsParagraphs(const QueryNode &n, QueryUnit unit)
{
    if (n.op == QueryOp::Item)
        return false;
    if ((n.op == QueryOp::And || n.op == QueryOp::Not) && unit == QueryUnit::Paragraph)
        return true;
    return needsParagraphs(*n.left, unit) || needsParagraphs(*n.right, unit);
}

class Evaluator
{
public:
    Evaluator(CodingData &data, const QueryScope &scope, QueryUnit unit)
        : m_data(data), m_scope(scope), m_unit(unit)
    {}

    Result<BySource> eval(const QueryNode &n)
    {
        if (n.op == QueryOp::Item)
            return leaf(n);
        auto left = eval(*n.left);
        if (!left)
            return left;
        auto right = eval(*n.right);
        if (!right)
            return right;
        BySource out;
        if (n.op == QueryOp::Or) {
            out = std::move(*left);
            for (auto &[source, list] : *right) {
                Passages &into = out[source];
                into.insert(into.end(), std::make_move_iterator(list.begin()), std::make_move_iterator(list.end()));
                normalise(into);
            }
            return out;
        }
        for (auto &[source, a] : *left) {
            const auto it = right->find(source);
            static const Passages none;
            const Passages &b = it == right->end() ? none : it->second;
            auto list = combine(n, source, a, b);
            if (!list)
                return std::unexpected(list.error());
            if (!list->empty())
                out[source] = std::move(*list);
        }
        return out;
    }

private:
    BySource leaf(const QueryNode &n) const
    {
        std::vector<Id> codes;
        if (n.tier == ItemTier::Code)
            codes = {n.id};
        else if (n.tier == ItemTier::Theme)
            codes = m_data.codesOfTheme(n.id);
        else
            codes = m_data.codesOfDimension(n.id);
        BySource out;
        for (Passage &p : itemPassages(m_data, codes, m_scope))
            out[p.sourceId].push_back(std::move(p));
        for (auto &[source, list] : out)
            normalise(list);
        return out;
    }

    Result<Passages> combine(const QueryNode &n, Id source, const Passages &a, const Passages &b)
    {
        if (n.op == QueryOp::Not && b.empty())
            return a;
        Passages out;
        if (b.empty())
            return out;
        const SourceUnits *units = nullptr;
        const bool byUnit = n.op == QueryOp::Near || m_unit != QueryUnit::Overlap;
        if (byUnit) {
            const TextUnit kind =
                n.op == QueryOp::Near || m_unit == QueryUnit::Sentence ? TextUnit::Sentence : TextUnit::Paragraph;
            auto u = m_data.units(source, kind);
            if (!u)
                return std::unexpected(u.error());
            units = *u;
        }
        std::vector<std::pair<int, int>> spansB;
        if (units)
            for (const Passage &y : b)
                spansB.push_back(units->span(y.start, y.end));
        for (const Passage &x : a) {
            const auto sx = units ? units->span(x.start, x.end) : std::pair<int, int>{};
            bool met = false;
            for (std::size_t j = 0; j < b.size(); ++j) {
                const Passage &y = b[j];
                if (n.op == QueryOp::Near) {
                    const auto sy = spansB[j];
                    const int apart = std::max({0, sy.first - sx.second, sx.first - sy.second});
                    if (apart <= n.within)
                        out.push_back({source, std::min(x.start, y.start), std::max(x.end, y.end),
                                       merged(x.segmentIds, y.segmentIds)});
                    continue;
                }
                if (!units) {
                    if (x.start < y.end && y.start < x.end) {
                        met = true;
                        if (n.op == QueryOp::And)
                            out.push_back({source, std::max(x.start, y.start), std::min(x.end, y.end),
                                           merged(x.segmentIds, y.segmentIds)});
                    }
                    continue;
                }
                const auto sy = spansB[j];
                const int first = std::max(sx.first, sy.first), last = std::min(sx.second, sy.second);
                if (first > last)
                    continue;
                met = true;
                if (n.op == QueryOp::And) {
                    const auto [s, e] = units->range(first, last);
                    out.push_back({source, s, e, merged(x.segmentIds, y.segmentIds)});
                }
            }
            if (n.op == QueryOp::Not && !met)
                out.push_back(x);
        }
        normalise(out);
        return out;
    }

    CodingData &m_data;
    const QueryScope &m_scope;
    QueryUnit m_unit;
};

} // namespace

std::vector<Passage> itemPassages(const CodingData &data, const std::vector<Id> &codes, const QueryScope &scope)
{
    std::vector<std::size_t> indices;
    for (const Id code : codes) {
        const auto &of = data.segmentsOfCode(code);
        indices.insert(indices.end(), of.begin(), of.end());
    }
    std::ranges::sort(indices);
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    std::vector<Passage> out;
    for (const std::size_t i : indices)
        if (const CodedSegment &s = data.segments[i]; scope.allowsSegment(s))
            out.push_back({s.sourceId, s.start, s.end, {s.id}});
    return out;
}

Result<std::vector<Passage>> runCodingQuery(CodingData &data, const QueryNode &expression,
                                            const QueryOptions &options, const ProgressFn &progress)
{
    auto scope = QueryScope::make(data, options.filters);
    if (!scope)
        return std::unexpected(scope.error());
    // The text units the expression needs, found first so a long query shows
    // progress and can be cancelled.
    std::vector<Id> coded;
    for (const SourceRow &s : data.sources)
        if (scope->allowsSource(s.id) && data.segmentsOfSource(s.id).second > data.segmentsOfSource(s.id).first)
            coded.push_back(s.id);
    for (const auto &[needed, unit] : {std::pair{needsSentences(expression, options.unit), TextUnit::Sentence},
                                       std::pair{needsParagraphs(expression, options.unit), TextUnit::Paragraph}}) {
        if (!needed)
            continue;
        auto ready = data.prepareUnits(coded, unit, progress);
        if (!ready)
            return std::unexpected(ready.error());
        if (!*ready)
            return fail(ErrorKind::Cancelled, QCoreApplication::translate("gw::coding_query", "The query was cancelled."));
    }
    auto bySource = Evaluator(data, *scope, options.unit).eval(expression);
    if (!bySource)
        return std::unexpected(bySource.error());
    std::vector<Passage> out;
    for (const SourceRow &s : data.sources) {
        const auto it = bySource->find(s.id);
        if (it != bySource->end())
            for (Passage &p : it->second)
                out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<Passage>> runCodingQuery(CodingData &data, const QString &text, const QueryOptions &options,
                                            const ProgressFn &progress)
{
    auto expression = parseQueryExpression(text, data);
    if (!expression)
        return std::unexpected(expression.error());
    return runCodingQuery(data, **expression, options, progress);
}

} // namespace gw
