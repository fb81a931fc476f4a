#include "core/analysis/coding_data.h"

#include "core/model/attribution.h"
#include "core/model/project.h"
#include "core/text/coding_unit.h"
#include "core/text/positions.h"

#include <cstdlib>

#include <algorithm>

namespace gw {

std::pair<int, int> SourceUnits::span(std::int64_t start, std::int64_t end) const
{
    if (ranges.empty())
        return {0, 0};
    const auto first = std::ranges::lower_bound(ranges, start, {}, [](const auto &u) { return u.second - 1; });
    const auto last = std::ranges::lower_bound(ranges, end, {}, [](const auto &u) { return u.first; });
    const int a = int(std::min<std::ptrdiff_t>(first - ranges.begin(), std::ptrdiff_t(ranges.size()) - 1));
    const int b = int(std::max<std::ptrdiff_t>(last - ranges.begin() - 1, a));
    return {a, b};
}

std::pair<std::int64_t, std::int64_t> SourceUnits::range(int first, int last) const
{
    if (ranges.empty())
        return {0, 0};
    const auto clamp = [&](int i) { return std::size_t(std::clamp(i, 0, int(ranges.size()) - 1)); };
    return {ranges[clamp(first)].first, ranges[clamp(last)].second};
}

namespace {

// UTF-16 ranges of TEXT as code point ranges, in one pass over the text.
std::vector<std::pair<std::int64_t, std::int64_t>>
toCodePoints(QStringView text, const std::vector<std::pair<qsizetype, qsizetype>> &units)
{
    std::vector<qsizetype> pairs; // UTF-16 index of each low surrogate
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate())
            pairs.push_back(++i);
    const auto cp = [&](qsizetype index) {
        return std::int64_t(index - (std::ranges::upper_bound(pairs, index - 1) - pairs.begin()));
    };
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    out.reserve(units.size());
    for (const auto &[s, e] : units)
        out.emplace_back(cp(s), cp(e));
    return out;
}

template <typename T> Result<std::vector<T>> rowsOf(Database &db, const QString &sql, T (*read)(const Statement &))
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<T>(*stmt, read);
}

} // namespace

Result<std::shared_ptr<CodingData>> CodingData::load(Project &project)
{
    std::shared_ptr<CodingData> d(new CodingData(project));
    d->attributionTemplate = project.attributionTemplate();
    Database &db = project.database();

    auto sources = rowsOf<SourceRow>(
        db, QStringLiteral("SELECT id, name, kind FROM sources ORDER BY id"), [](const Statement &r) {
            return SourceRow{r.int64(0), r.text(1),
                             sourceKindFromString(r.text(2)).value_or(SourceKind::Document), 0};
        });
    auto codes = rowsOf<CodeRow>(
        db,
        QStringLiteral("SELECT c.id, c.name, c.stage, c.archived, coalesce(tc.theme_id, 0), c.position "
                       "FROM codes c LEFT JOIN theme_codes tc ON tc.code_id = c.id "
                       "ORDER BY c.position, c.id"),
        [](const Statement &r) {
            return CodeRow{r.int64(0), r.text(1), codeStageFromString(r.text(2)).value_or(CodeStage::Open),
                           r.int64(3) != 0, r.int64(4), int(r.int64(5))};
        });
    auto themes = rowsOf<TierRow>(
        db,
        QStringLiteral("SELECT t.id, t.name, coalesce(t.dimension_id, 0) FROM themes t "
                       "LEFT JOIN dimensions d ON d.id = t.dimension_id "
                       "ORDER BY d.id IS NULL, d.position, d.id, t.position, t.id"),
        [](const Statement &r) { return TierRow{r.int64(0), r.text(1), r.int64(2)}; });
    auto dimensions = rowsOf<TierRow>(
        db, QStringLiteral("SELECT id, name, 0 FROM dimensions ORDER BY position, id"),
        [](const Statement &r) { return TierRow{r.int64(0), r.text(1), 0}; });
    auto segments = rowsOf<CodedSegment>(
        db,
        QStringLiteral("SELECT id, source_id, code_id, start, end, coalesce(coder_id, 0), created "
                       "FROM segments ORDER BY source_id, start, end, id"),
        [](const Statement &r) {
            return CodedSegment{r.int64(0), r.int64(1), r.int64(2), r.int64(3),
                                r.int64(4), r.int64(5), r.text(6)};
        });
    auto coders = rowsOf<std::pair<Id, QString>>(
        db, QStringLiteral("SELECT id, name FROM coders ORDER BY id"),
        [](const Statement &r) { return std::pair<Id, QString>{r.int64(0), r.text(1)}; });
    for (const Error *e : {sources ? nullptr : &sources.error(), codes ? nullptr : &codes.error(),
                           themes ? nullptr : &themes.error(), dimensions ? nullptr : &dimensions.error(),
                           segments ? nullptr : &segments.error(), coders ? nullptr : &coders.error()})
        if (e)
            return std::unexpected(*e);
    auto cases = project.cases();
    if (!cases)
        return std::unexpected(cases.error());
    auto attributes = project.attributes();
    if (!attributes)
        return std::unexpected(attributes.error());
    auto sets = project.sourceSets();
    if (!sets)
        return std::unexpected(sets.error());

    d->sources = std::move(*sources);
    d->codes = std::move(*codes);
    d->themes = std::move(*themes);
    d->dimensions = std::move(*dimensions);
    d->segments = std::move(*segments);
    d->cases = std::move(*cases);
    d->attributes = std::move(*attributes);
    d->sets = std::move(*sets);
    for (auto &[id, name] : *coders)
        d->coders[id] = name;
    for (std::size_t i = 0; i < d->sources.size(); ++i) {
        d->sources[i].position = int(i);
        d->m_sourceIndex[d->sources[i].id] = i;
    }
    for (std::size_t i = 0; i < d->codes.size(); ++i)
        d->m_codeIndex[d->codes[i].id] = i;
    for (std::size_t i = 0; i < d->segments.size(); ++i) {
        d->m_codeSegments[d->segments[i].codeId].push_back(i);
        d->m_segmentIndex[d->segments[i].id] = i;
    }
    for (std::size_t i = 0; i < d->segments.size();) {
        std::size_t j = i;
        while (j < d->segments.size() && d->segments[j].sourceId == d->segments[i].sourceId)
            ++j;
        d->m_segmentRanges[d->segments[i].sourceId] = {i, j};
        i = j;
    }
    for (std::size_t i = 0; i < d->cases.size(); ++i)
        for (const Id s : d->cases[i].sourceIds)
            d->m_sourceCases[s].push_back(i);
    return d;
}

const SourceRow *CodingData::source(Id id) const
{
    const auto it = m_sourceIndex.find(id);
    return it == m_sourceIndex.end() ? nullptr : &sources[it->second];
}

const CodeRow *CodingData::code(Id id) const
{
    const auto it = m_codeIndex.find(id);
    return it == m_codeIndex.end() ? nullptr : &codes[it->second];
}

const CodedSegment *CodingData::segment(Id id) const
{
    const auto it = m_segmentIndex.find(id);
    return it == m_segmentIndex.end() ? nullptr : &segments[it->second];
}

std::vector<Id> CodingData::codesOfTheme(Id themeId) const
{
    std::vector<Id> out;
    for (const CodeRow &c : codes)
        if (c.themeId == themeId && !c.archived)
            out.push_back(c.id);
    return out;
}

std::vector<Id> CodingData::codesOfDimension(Id dimensionId) const
{
    std::vector<Id> out;
    for (const TierRow &t : themes)
        if (t.parentId == dimensionId)
            for (const Id c : codesOfTheme(t.id))
                out.push_back(c);
    return out;
}

std::pair<std::size_t, std::size_t> CodingData::segmentsOfSource(Id sourceId) const
{
    const auto it = m_segmentRanges.find(sourceId);
    return it == m_segmentRanges.end() ? std::pair<std::size_t, std::size_t>{0, 0} : it->second;
}

const std::vector<std::size_t> &CodingData::segmentsOfCode(Id codeId) const
{
    static const std::vector<std::size_t> none;
    const auto it = m_codeSegments.find(codeId);
    return it == m_codeSegments.end() ? none : it->second;
}

const std::vector<std::size_t> &CodingData::casesOfSource(Id sourceId) const
{
    static const std::vector<std::size_t> none;
    const auto it = m_sourceCases.find(sourceId);
    return it == m_sourceCases.end() ? none : it->second;
}

const AttributeInfo *CodingData::attribute(const QString &name) const
{
    for (const AttributeInfo &a : attributes)
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

Result<QString> CodingData::text(Id sourceId)
{
    const auto it = m_texts.find(sourceId);
    if (it != m_texts.end())
        return it->second;
    auto text = m_project->sourceText(sourceId);
    if (!text)
        return std::unexpected(text.error());
    return m_texts.emplace(sourceId, std::move(*text)).first->second;
}

Result<std::vector<std::size_t>> CodingData::casesSpeaking(Id sourceId, std::int64_t start)
{
    const std::vector<std::size_t> &all = casesOfSource(sourceId);
    std::optional<Id> only; // the speaker's own case, in a focus group
    if (all.size() > 1) {
        auto turns = m_turns.find(sourceId);
        if (turns == m_turns.end()) {
            auto read = m_project->turns(sourceId);
            if (!read)
                return std::unexpected(read.error());
            turns = m_turns.emplace(sourceId, std::move(*read)).first; // by position (Project::turns)
        }
        std::vector<CaseInfo> ofSource;
        for (const std::size_t k : all)
            ofSource.push_back(cases[k]);
        if (const auto speaking = gw::casesSpeaking(ofSource, turns->second, start); speaking.size() == 1)
            only = speaking.front().id;
    }
    std::vector<std::size_t> out;
    for (const std::size_t k : all)
        if (!only || cases[k].id == *only)
            out.push_back(k);
    return out;
}

Result<QString> CodingData::text(Id sourceId, std::int64_t start, std::int64_t end)
{
    auto whole = text(sourceId);
    if (!whole)
        return std::unexpected(whole.error());
    auto map = m_maps.find(sourceId);
    if (map == m_maps.end())
        map = m_maps.emplace(sourceId, text::Utf16Map(*whole)).first;
    const qsizetype from = map->second.utf16Index(start); // clamped to the text, as codePointMid is
    return whole->sliced(from, std::max(from, map->second.utf16Index(end)) - from);
}

Result<const SourceUnits *> CodingData::units(Id sourceId, TextUnit unit)
{
    const auto key = std::pair<Id, int>{sourceId, int(unit)};
    if (const auto it = m_units.find(key); it != m_units.end())
        return &it->second;
    auto whole = text(sourceId);
    if (!whole)
        return std::unexpected(whole.error());
    SourceUnits units;
    units.ranges = toCodePoints(
        *whole, text::unitsOf(*whole, unit == TextUnit::Sentence ? text::CodingUnit::Sentence
                                                                 : text::CodingUnit::Paragraph));
    return &m_units.emplace(key, std::move(units)).first->second;
}

Result<bool> CodingData::prepareUnits(const std::vector<Id> &ids, TextUnit unit, const ProgressFn &progress)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (progress && !progress(int(i), int(ids.size())))
            return false;
        auto u = units(ids[i], unit);
        if (!u)
            return std::unexpected(u.error());
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    return true;
}

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    const QList<uint> points = text.toUcs4();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points[i];
        const bool joiner = c == u'\'' || c == u'\u2019' || c == u'-';
        const bool part = QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing ||
                          (inWord && joiner && i + 1 < points.size() && QChar::isLetterOrNumber(points[i + 1]));
        if (part && !inWord)
            ++words;
        inWord = part;
    }
    return words;
}

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1,
                                            diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QStringList closestNames(const QString &name, const QStringList &candidates, int limit)
{
    const QString wanted = name.trimmed().toCaseFolded();
    std::vector<std::pair<int, QString>> scored;
    for (const QString &c : candidates) {
        const QString folded = c.toCaseFolded();
        // One holding the other counts as close when the shorter is a word's worth.
        const bool holds = std::min(folded.size(), wanted.size()) >= 3 &&
                           (folded.contains(wanted) || wanted.contains(folded));
        int score = editDistance(wanted, folded);
        if (holds)
            score = std::min(score, int(std::abs(folded.size() - wanted.size())));
        if (holds || score <= std::max<qsizetype>(2, wanted.size() / 3))
            scored.emplace_back(score, c);
    }
    std::ranges::stable_sort(scored, {}, &std::pair<int, QString>::first);
    QStringList out;
    for (const auto &[score, c] : scored) {
        if (out.size() >= limit)
            break;
        if (!out.contains(c))
            out.append(c);
    }
    return out;
}

QString closestHint(const QString &name, const QStringList &candidates)
{
    const QStringList closest = closestNames(name, candidates);
    if (closest.isEmpty())
        return {};
    return QStringLiteral(" Closest: \"%1\".").arg(closest.join(QStringLiteral("\", \"")));
}

} // namespace gw
