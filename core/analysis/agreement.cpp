#include "core/analysis/agreement.h"

#include "core/model/project.h"
#include "core/text/coding_unit.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace gw {

namespace {

// Each coder's coding of one code in one source becomes a
// sorted list of disjoint spans, and every count below is interval arithmetic
// on those lists, so a 100,000-character interview costs its segments, not its
// characters.

std::int64_t covered(const Spans &spans)
{
    std::int64_t n = 0;
    for (const auto &[from, to] : spans)
        n += to - from;
    return n;
}

std::int64_t overlap(const Spans &a, const Spans &b)
{
    std::int64_t n = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        n += std::max<std::int64_t>(0, std::min(a[i].second, b[j].second) -
                                           std::max(a[i].first, b[j].first));
        if (a[i].second < b[j].second)
            ++i;
        else
            ++j;
    }
    return n;
}

AgreementTable tableOf(const Spans &first, const Spans &second, std::int64_t units)
{
    const std::int64_t both = overlap(first, second);
    const std::int64_t a = covered(first);
    const std::int64_t b = covered(second);
    return AgreementTable{.both = both,
                          .firstOnly = a - both,
                          .secondOnly = b - both,
                          .neither = units - a - b + both};
}

// How many of the coders coded each unit: a sweep over where spans start and end.
CodingCounts countsOf(const std::vector<Spans> &byCoder, std::int64_t units)
{
    std::vector<std::pair<std::int64_t, int>> edges;
    for (const Spans &spans : byCoder)
        for (const auto &[from, to] : spans) {
            edges.emplace_back(from, +1);
            edges.emplace_back(to, -1);
        }
    std::ranges::sort(edges);
    CodingCounts counts(int(byCoder.size()));
    std::int64_t at = 0;
    int coding = 0;
    for (const auto &[position, change] : edges) {
        counts.byCoders[std::size_t(coding)] += position - at;
        at = position;
        coding += change;
    }
    counts.byCoders[0] += units - at;
    return counts;
}

// The units of one source, and which of them a segment touches.
class SourceUnits
{
public:
    static Result<SourceUnits> of(Project &project, const SourceInfo &source, AgreementUnit unit)
    {
        SourceUnits units;
        if (unit == AgreementUnit::Character) {
            units.m_count = source.length;
            return units;
        }
        auto text = project.sourceText(source.id);
        if (!text)
            return std::unexpected(text.error());
        units.m_ranges =
            text::unitsOf(*text, unit == AgreementUnit::Sentence ? text::CodingUnit::Sentence
                                                                 : text::CodingUnit::Paragraph);
        units.m_map.emplace(*text);
        units.m_count = std::int64_t(units.m_ranges.size());
        units.m_byRange = true;
        return units;
    }

    [[nodiscard]] std::int64_t count() const { return m_count; }

    // The units that the code points [START, END) cover or overlap, if any.
    [[nodiscard]] std::optional<Span> touchedBy(std::int64_t start, std::int64_t end) const
    {
        if (!m_byRange) {
            start = std::clamp<std::int64_t>(start, 0, m_count);
            end = std::clamp<std::int64_t>(end, 0, m_count);
            return start < end ? std::optional(Span{start, end}) : std::nullopt;
        }
        // The unit ranges are UTF-16 indices; ends and starts both ascend.
        const qsizetype from = m_map->utf16Index(start);
        const qsizetype to = m_map->utf16Index(end);
        const auto first =
            std::ranges::partition_point(m_ranges, [&](const auto &r) { return r.second <= from; });
        const auto last =
            std::ranges::partition_point(m_ranges, [&](const auto &r) { return r.first < to; });
        if (first >= last)
            return std::nullopt;
        return Span{first - m_ranges.begin(), last - m_ranges.begin()};
    }

private:
    std::int64_t m_count = 0;
    bool m_byRange = false;
    std::vector<std::pair<qsizetype, qsizetype>> m_ranges;
    std::optional<text::Utf16Map> m_map;
};

// What the chosen coders did in one source: per code, one span list per coder.
struct SourceCoding
{
    std::int64_t units = 0;
    QHash<Id, std::vector<Spans>> byCode;
};

Result<QStringList> checkedCoders(Project &project, const QStringList &names)
{
    QStringList coders;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !coders.contains(trimmed))
            coders << trimmed;
    }
    if (coders.size() < 2)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::agreement", "Agreement needs at least two different coders; got %1.")
                        .arg(coders.isEmpty() ? QStringLiteral("none")
                                              : coders.join(QStringLiteral(", "))));
    auto stmt =
        project.database().prepare(QStringLiteral("SELECT count(*) FROM coders WHERE name = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    for (const QString &coder : coders) {
        stmt->reset();
        stmt->bind(1, coder);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row || stmt->int64(0) == 0)
            return fail(
                ErrorKind::NotFound,
                QCoreApplication::translate("gw::agreement", "No coder named \"%1\" has worked on this project.").arg(coder));
    }
    return coders;
}

Result<std::vector<SourceInfo>> chosenSources(Project &project, const std::vector<Id> &ids)
{
    std::vector<SourceInfo> sources;
    if (ids.empty()) {
        auto all = project.sources();
        if (!all)
            return std::unexpected(all.error());
        sources = std::move(*all);
    }
    for (const Id id : ids) {
        auto source = project.source(id);
        if (!source)
            return std::unexpected(source.error());
        if (std::ranges::find(sources, id, &SourceInfo::id) == sources.end())
            sources.push_back(*source);
    }
    if (sources.empty())
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::agreement", "There are no sources to compare coders on; import sources first."));
    return sources;
}

// CODERS maps each coder's name to the index of the column they code in (the
// group's column for pooled coders); there are COLUMNS columns.
Result<SourceCoding> codingOf(Project &project, const SourceInfo &source, AgreementUnit unit,
                              const QHash<QString, int> &coders, int columns, const std::vector<Id> &codeIds)
{
    auto units = SourceUnits::of(project, source, unit);
    if (!units)
        return std::unexpected(units.error());
    auto segments = project.segmentsOfSource(source.id, false);
    if (!segments)
        return std::unexpected(segments.error());
    SourceCoding coding;
    coding.units = units->count();
    for (const SegmentInfo &s : *segments) {
        const int coder = coders.value(s.coder, -1);
        if (coder < 0 ||
            (!codeIds.empty() && std::ranges::find(codeIds, s.codeId) == codeIds.end()))
            continue;
        const auto touched = units->touchedBy(s.start, s.end);
        if (!touched)
            continue;
        std::vector<Spans> &byCoder = coding.byCode[s.codeId];
        byCoder.resize(std::size_t(columns));
        byCoder[std::size_t(coder)].push_back(*touched);
    }
    for (std::vector<Spans> &byCoder : coding.byCode)
        for (Spans &spans : byCoder)
            spans = mergedSpans(std::move(spans));
    return coding;
}

// The codes to report: those asked for, or every code a coder used here.
Result<std::vector<CodeInfo>> chosenCodes(Project &project, const std::vector<Id> &ids,
                                          const std::vector<SourceCoding> &coding)
{
    std::vector<CodeInfo> codes;
    for (const Id id : ids) {
        auto code = project.code(id);
        if (!code)
            return std::unexpected(code.error());
        if (std::ranges::find(codes, id, &CodeInfo::id) == codes.end())
            codes.push_back(*code);
    }
    if (!ids.empty())
        return codes;
    auto all = project.codes();
    if (!all)
        return std::unexpected(all.error());
    for (const CodeInfo &code : *all)
        if (std::ranges::any_of(coding,
                                [&](const SourceCoding &c) { return c.byCode.contains(code.id); }))
            codes.push_back(code);
    if (codes.empty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::agreement",
                        "None of the coders has coded the chosen sources, so there is nothing to "
                        "compare; name the codes to compare them all the same."));
    return codes;
}

CodeAgreement agreementOn(const CodeInfo &code, const QStringList &coders,
                          const std::vector<SourceCoding> &coding)
{
    CodeAgreement result{.codeId = code.id,
                         .code = code.name,
                         .pairs = {},
                         .counts = CodingCounts(int(coders.size()))};
    for (qsizetype i = 1; i < coders.size(); ++i)
        result.pairs.push_back(PairAgreement{coders.front(), coders[i], {}});
    for (const SourceCoding &source : coding) {
        const auto found = source.byCode.constFind(code.id);
        if (found == source.byCode.cend()) {
            // Nobody coded it here: every unit is one where all agree on "no".
            for (PairAgreement &pair : result.pairs)
                pair.table.neither += source.units;
            result.counts.byCoders[0] += source.units;
            continue;
        }
        const std::vector<Spans> &byCoder = *found;
        for (std::size_t i = 1; i < byCoder.size(); ++i)
            result.pairs[i - 1].table += tableOf(byCoder[0], byCoder[i], source.units);
        result.counts += countsOf(byCoder, source.units);
    }
    return result;
}

// TEXT in the wording asked for: as written, or in the user's language.
QString worded(const char *text, Wording wording)
{
    return wording == Wording::Translated ? QCoreApplication::translate("gw::agreement", text) : QString::fromUtf8(text);
}

QString unitWords(AgreementUnit unit, Wording w)
{
    switch (unit) {
    case AgreementUnit::Character:
        return worded(QT_TRANSLATE_NOOP("gw::agreement", "character positions (Unicode code points)"), w);
    case AgreementUnit::Sentence:
        return worded(QT_TRANSLATE_NOOP("gw::agreement", "sentences"), w);
    case AgreementUnit::Paragraph:
        return worded(QT_TRANSLATE_NOOP("gw::agreement", "paragraphs (runs of text between line breaks)"), w);
    }
    return {};
}

} // namespace

QString agreementMethod(const AgreementResult &r, Wording w)
{
    const char *units =
        r.unit == AgreementUnit::Character
            ? QT_TRANSLATE_NOOP("gw::agreement", "Units: the %1 of %2 source(s), %3 units per code. A coder codes a "
                                                 "unit with a code when one of their segments with that code covers it. ")
            : QT_TRANSLATE_NOOP("gw::agreement", "Units: the %1 of %2 source(s), %3 units per code. A coder codes a "
                                                 "unit with a code when one of their segments with that code overlaps "
                                                 "it. ");
    QString text = worded(units, w)
                       .arg(unitWords(r.unit, w))
                       .arg(r.sources.size())
                       .arg(r.codes.empty() ? 0 : r.codes.front().units());
    text += worded(QT_TRANSLATE_NOOP("gw::agreement", "Percentage agreement and Cohen's kappa compare %1 with %2, per "
                                                      "code; kappa is undefined when both coders made the same "
                                                      "judgement on every unit. "),
                   w)
                .arg(r.coders.front(), r.coders.mid(1).join(QStringLiteral(", ")));
    if (!r.pooled.isEmpty())
        text += worded(QT_TRANSLATE_NOOP("gw::agreement", "%1 is the group of %2 coders (%3) pooled: the group codes "
                                                          "a unit when any of them coded it. "),
                       w)
                    .arg(r.coders.value(1))
                    .arg(r.pooled.size())
                    .arg(r.pooled.join(QStringLiteral(", ")));
    text += worded(QT_TRANSLATE_NOOP("gw::agreement", "Krippendorff's alpha (nominal, coded or not coded) takes all %1 "
                                                      "coders (%2) together. "),
                   w)
                .arg(r.coders.size())
                .arg(r.coders.join(QStringLiteral(", ")));
    text += worded(QT_TRANSLATE_NOOP("gw::agreement", "Overall figures pool the units of all %1 code(s): the 2x2 "
                                                      "tables, and the coincidences for alpha, are summed over codes."),
                   w)
                .arg(r.codes.size());
    return text;
}

QString toString(AgreementUnit unit)
{
    switch (unit) {
    case AgreementUnit::Character:
        return QStringLiteral("char");
    case AgreementUnit::Sentence:
        return QStringLiteral("sentence");
    case AgreementUnit::Paragraph:
        return QStringLiteral("paragraph");
    }
    return {};
}

std::optional<AgreementUnit> agreementUnitFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"char" || t == u"character" || t == u"characters")
        return AgreementUnit::Character;
    if (t == u"sentence" || t == u"sentences")
        return AgreementUnit::Sentence;
    if (t == u"paragraph" || t == u"paragraphs")
        return AgreementUnit::Paragraph;
    return std::nullopt;
}

Result<AgreementResult> computeAgreement(Project &project, const AgreementRequest &request)
{
    AgreementResult result;
    result.unit = request.unit;
    auto coders = checkedCoders(project, request.coders);
    if (!coders)
        return std::unexpected(coders.error());
    result.coders = *coders;
    QHash<QString, int> columns;
    for (qsizetype i = 0; i < coders->size(); ++i)
        columns.insert((*coders)[i], int(i));
    if (request.poolOthers) {
        if (coders->size() < 3)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::agreement", "Pooling compares one coder with a group of others; name at least three "
                                       "coders, the first to compare and the group after it."));
        result.pooled = coders->mid(1);
        result.coders = {coders->front(), result.pooled.join(QStringLiteral(" + "))};
        for (const QString &member : std::as_const(result.pooled))
            columns.insert(member, 1);
    }
    auto sources = chosenSources(project, request.sourceIds);
    if (!sources)
        return std::unexpected(sources.error());
    result.sources = std::move(*sources);

    std::vector<SourceCoding> coding;
    for (const SourceInfo &source : result.sources) {
        auto c = codingOf(project, source, request.unit, columns, int(result.coders.size()), request.codeIds);
        if (!c)
            return std::unexpected(c.error());
        coding.push_back(std::move(*c));
    }
    auto codes = chosenCodes(project, request.codeIds, coding);
    if (!codes)
        return std::unexpected(codes.error());

    result.overall = CodeAgreement{.codeId = 0,
                                   .code = QStringLiteral("Overall"),
                                   .pairs = {},
                                   .counts = CodingCounts(int(result.coders.size()))};
    for (qsizetype i = 1; i < result.coders.size(); ++i)
        result.overall.pairs.push_back(PairAgreement{result.coders.front(), result.coders[i], {}});
    for (const CodeInfo &code : *codes) {
        CodeAgreement agreement = agreementOn(code, result.coders, coding);
        for (std::size_t i = 0; i < agreement.pairs.size(); ++i)
            result.overall.pairs[i].table += agreement.pairs[i].table;
        result.overall.counts += agreement.counts;
        result.codes.push_back(std::move(agreement));
    }
    result.method = agreementMethod(result, Wording::English);
    return result;
}

} // namespace gw
