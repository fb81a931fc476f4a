#include "core/analysis/write_up.h"

#include "core/analysis/codebook_rows.h"
#include "core/model/attribution.h"
#include "core/model/quote_attribution.h"
#include "core/model/project.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace gw {

namespace {

// "[Participant from Site_E] (Interview 12)", or "[Interview 12]" without cases:
// segment S cited by its speaker's case.
Result<QString> cited(QuoteAttribution &attribution, const SegmentInfo &s)
{
    auto who = attribution.of(s.sourceId, s.start);
    if (!who)
        return who;
    return who->isEmpty() ? QStringLiteral("[%1]").arg(s.sourceName) : QStringLiteral("[%1] (%2)").arg(*who, s.sourceName);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString count(std::int64_t n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale(QLocale::English).toString(qlonglong(n)), n == 1 ? one : many);
}

} // namespace

Result<Document> quoteReport(Project &project, const QuoteReportOptions &options)
{
    auto rows = project.structureRows();
    if (!rows)
        return std::unexpected(rows.error());
    const QString templ = options.attribution.trimmed().isEmpty() ? project.attributionTemplate() : options.attribution;
    if (!options.attribution.trimmed().isEmpty()) {
        auto attributes = project.attributes();
        if (!attributes)
            return std::unexpected(attributes.error());
        if (auto ok = checkAttributionTemplate(options.attribution, *attributes); !ok)
            return std::unexpected(ok.error());
    }
    QuoteAttribution cite(project, templ);
    Document doc;
    doc.title = QStringLiteral("Quotes by theme");
    doc.subtitle = QStringLiteral("%1, %2. Each quote is cited by its speaker's case attributes%3 and its source.")
                       .arg(project.name(), today(),
                            templ.trimmed().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(templ.trimmed()));

    std::vector<ThemeInfo> themes = rows->themes;
    std::ranges::stable_sort(themes, {}, &ThemeInfo::position);
    std::map<Id, std::vector<CodePlacement>> codesOf; // by theme, in position order
    for (const CodePlacement &p : rows->placements)
        codesOf[p.themeId].push_back(p);
    for (auto &[theme, list] : codesOf)
        std::ranges::stable_sort(list, {}, &CodePlacement::position);

    const auto writeTheme = [&](const ThemeInfo &t, int level) -> Status {
        doc.heading(level, t.name);
        if (!t.definition.trimmed().isEmpty())
            doc.paragraph(t.definition.trimmed());
        auto exemplars = project.exemplarsOf(t.id);
        if (!exemplars)
            return std::unexpected(exemplars.error());
        if (exemplars->empty() && options.segmentsPerCode == 0)
            doc.note(QStringLiteral("No exemplar quote is chosen for this theme yet."));
        std::set<Id> quoted;
        for (const SegmentInfo &s : *exemplars) {
            auto who = cited(cite, s);
            if (!who)
                return std::unexpected(who.error());
            doc.quote(s.text, *who);
            quoted.insert(s.id);
        }
        if (options.segmentsPerCode <= 0)
            return {};
        for (const CodePlacement &p : codesOf[t.id]) {
            auto code = project.code(p.codeId);
            if (!code)
                return std::unexpected(code.error());
            if (code->archived)
                continue;
            auto segments = project.segmentsOfCode(p.codeId);
            if (!segments)
                return std::unexpected(segments.error());
            doc.heading(level + 1, code->name);
            std::set<Id> sources;
            int shown = 0;
            for (const SegmentInfo &s : *segments) {
                if (shown >= options.segmentsPerCode)
                    break;
                if (quoted.contains(s.id) || !sources.insert(s.sourceId).second)
                    continue;
                auto who = cited(cite, s);
                if (!who)
                    return std::unexpected(who.error());
                doc.quote(s.text, *who);
                ++shown;
            }
            if (shown == 0)
                doc.note(segments->empty() ? QStringLiteral("No segment is coded with this code yet.")
                                           : QStringLiteral("Its segments are quoted above."));
        }
        return {};
    };

    std::vector<DimensionInfo> dimensions = rows->dimensions;
    std::ranges::stable_sort(dimensions, {}, &DimensionInfo::position);
    for (const DimensionInfo &d : dimensions) {
        doc.heading(1, d.name);
        if (!d.definition.trimmed().isEmpty())
            doc.paragraph(d.definition.trimmed());
        for (const ThemeInfo &t : themes)
            if (t.dimensionId == d.id)
                if (auto ok = writeTheme(t, 2); !ok)
                    return std::unexpected(ok.error());
    }
    bool unplaced = false;
    for (const ThemeInfo &t : themes)
        if (!t.dimensionId) {
            if (!unplaced)
                doc.heading(1, QStringLiteral("Themes not yet in a dimension"));
            unplaced = true;
            if (auto ok = writeTheme(t, 2); !ok)
                return std::unexpected(ok.error());
        }
    if (themes.empty())
        doc.note(QStringLiteral("The project has no themes yet: group first-order codes into themes to report quotes by theme."));
    return doc;
}

namespace {

// "2026-03-02: merged in “A” (12 segments) and “B” (3 segments), by Ann: same idea"
// for each merge into, or split of, each code (by guid).
Result<std::map<QString, QStringList>> codeHistory(Project &project)
{
    std::map<QString, QStringList> history;
    const auto quoteName = [](const QJsonObject &o) {
        return QStringLiteral("\u201C%1\u201D").arg(o[u"name"].toString());
    };
    for (const QString &prefix : {QStringLiteral("code.merge"), QStringLiteral("code.split")}) {
        AuditFilter filter;
        filter.actionPrefix = prefix;
        auto entries = project.auditLog(filter);
        if (!entries)
            return std::unexpected(entries.error());
        for (const AuditEntry &e : *entries) {
            const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
            const QString when = e.at.left(10);
            const QString by = e.coder.isEmpty() ? QString() : QStringLiteral(", by %1").arg(e.coder);
            const QString why = e.why.trimmed().isEmpty() ? QString() : QStringLiteral(": %1").arg(e.why.trimmed());
            if (e.action == u"code.merge") {
                QStringList merged;
                for (const QJsonValue &m : details[u"merged"].toArray())
                    merged.append(QStringLiteral("%1 (%2)")
                                      .arg(quoteName(m.toObject()),
                                           count(m[u"segments"].toInteger(), QStringLiteral("segment"), QStringLiteral("segments"))));
                history[details[u"into"][u"guid"].toString()].append(
                    QStringLiteral("%1: merged in %2%3%4").arg(when, merged.join(QStringLiteral(", ")), by, why));
            } else if (e.action == u"code.split") {
                const QJsonObject from = details[u"code"].toObject();
                const QJsonObject into = details[u"into"].toObject();
                const QString moved = count(details[u"segments"].toInteger(), QStringLiteral("segment"), QStringLiteral("segments"));
                history[from[u"guid"].toString()].append(
                    QStringLiteral("%1: split, %2 moved to %3%4%5").arg(when, moved, quoteName(into), by, why));
                history[into[u"guid"].toString()].append(
                    QStringLiteral("%1: split off %2 with %3%4%5").arg(when, quoteName(from), moved, by, why));
            }
        }
    }
    return history;
}

} // namespace

Result<Document> codebookDocument(Project &project)
{
    auto rows = readCodebook(project);
    if (!rows)
        return std::unexpected(rows.error());
    auto structure = project.structureRows();
    if (!structure)
        return std::unexpected(structure.error());
    auto codes = project.codes();
    if (!codes)
        return std::unexpected(codes.error());
    auto history = codeHistory(project);
    if (!history)
        return std::unexpected(history.error());
    std::map<Id, QString> guidOf;
    for (const CodeInfo &c : *codes)
        guidOf[c.id] = c.guid;
    std::map<QString, const DimensionInfo *> dimensionNamed;
    for (const DimensionInfo &d : structure->dimensions)
        dimensionNamed[d.name] = &d;
    std::map<Id, const ThemeInfo *> themeOf;
    for (const ThemeInfo &t : structure->themes)
        themeOf[t.id] = &t;

    Document doc;
    doc.title = QStringLiteral("Codebook");
    doc.subtitle = QStringLiteral("%1, %2: %3 in %4 and %5.")
                       .arg(project.name(), today(), count(qsizetype(rows->size()), QStringLiteral("code"), QStringLiteral("codes")),
                            count(qsizetype(structure->themes.size()), QStringLiteral("theme"), QStringLiteral("themes")),
                            count(qsizetype(structure->dimensions.size()), QStringLiteral("dimension"), QStringLiteral("dimensions")));
    std::optional<QString> dimension; // what the last headings named
    QString stageGroup;
    Id theme = -1;
    for (const CodebookRow &r : *rows) {
        if (r.themeId != 0 && dimension != r.dimension) {
            dimension = r.dimension;
            theme = -1;
            if (r.dimension.isEmpty()) {
                doc.heading(1, QStringLiteral("Themes not yet in a dimension"));
            } else {
                doc.heading(1, r.dimension);
                if (auto d = dimensionNamed.find(r.dimension); d != dimensionNamed.end() && !d->second->definition.trimmed().isEmpty())
                    doc.paragraph(d->second->definition.trimmed(), QStringLiteral("Definition."));
            }
        }
        if (r.themeId != 0 && r.themeId != theme) {
            theme = r.themeId;
            doc.heading(2, r.theme);
            if (auto t = themeOf.find(r.themeId); t != themeOf.end() && !t->second->definition.trimmed().isEmpty())
                doc.paragraph(t->second->definition.trimmed(), QStringLiteral("Definition."));
        }
        if (r.themeId == 0 && stageGroup != stageName(r.stage)) {
            stageGroup = stageName(r.stage);
            doc.heading(1, QStringLiteral("%1 codes not yet in a theme").arg(stageGroup));
        }
        doc.heading(3, r.name);
        doc.paragraph(r.definition.trimmed().isEmpty() ? QStringLiteral("(not yet defined)") : r.definition.trimmed(),
                      QStringLiteral("Definition."));
        QString use = QStringLiteral("%1 code; %2 in %3")
                          .arg(stageName(r.stage),
                               count(r.segments, QStringLiteral("segment"), QStringLiteral("segments")),
                               count(r.sources, QStringLiteral("source"), QStringLiteral("sources")));
        if (!r.firstUsed.isEmpty())
            use += QStringLiteral("; first used %1, last %2").arg(r.firstUsed.left(10), r.lastUsed.left(10));
        doc.note(use + u'.');
        if (!r.exemplar.isEmpty())
            doc.quote(r.exemplar, QStringLiteral("[%1]").arg(r.exemplarAttribution));
        if (auto h = history->find(guidOf[r.codeId]); h != history->end())
            doc.note(QStringLiteral("History: %1.").arg(h->second.join(QStringLiteral("; "))));
    }
    if (rows->empty())
        doc.note(QStringLiteral("The project has no codes yet."));
    return doc;
}

} // namespace gw
