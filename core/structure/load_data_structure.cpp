#include "core/structure/load_data_structure.h"

#include "core/model/quote_attribution.h"
#include "core/model/project.h"

#include <map>
#include <set>

namespace gw {

namespace {

struct Counted
{
    std::int64_t segments = 0;
    std::set<Id> sources;
};

// Segment and distinct-source counts of every code, from one pass over segments.
Result<std::map<Id, Counted>> countsByCode(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT code_id, source_id, count(*) FROM segments GROUP BY code_id, source_id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    std::map<Id, Counted> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto &c = out[stmt->int64(0)];
        c.segments += stmt->int64(2);
        c.sources.insert(stmt->int64(1));
    }
    return out;
}

} // namespace

Result<DataStructure> loadDataStructure(Project &project)
{
    Database &db = project.database();
    auto counts = countsByCode(db);
    if (!counts)
        return std::unexpected(counts.error());

    DataStructure out;
    std::map<Id, std::size_t> dimensionIndex;
    auto dims = project.dimensions();
    if (!dims)
        return std::unexpected(dims.error());
    for (const auto &d : *dims) {
        dimensionIndex[d.id] = out.dimensions.size();
        out.dimensions.push_back({.id = d.id, .name = d.name, .definition = d.definition});
    }

    // Themes in order, each under its dimension or among the unplaced.
    std::map<Id, StructureTheme *> themeById;
    auto themes = project.themes();
    if (!themes)
        return std::unexpected(themes.error());
    for (const auto &t : *themes) {
        StructureTheme theme{.id = t.id, .name = t.name, .definition = t.definition};
        auto &list = t.dimensionId && dimensionIndex.contains(*t.dimensionId)
                         ? out.dimensions[dimensionIndex[*t.dimensionId]].themes
                         : out.unplacedThemes;
        list.push_back(std::move(theme));
    }
    for (auto &d : out.dimensions)
        for (auto &t : d.themes)
            themeById[t.id] = &t;
    for (auto &t : out.unplacedThemes)
        themeById[t.id] = &t;

    // Codes: placed ones in their theme's order; unplaced first-order codes apart.
    auto stmt = db.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.definition, c.color, c.stage, tc.theme_id FROM codes c "
        "LEFT JOIN theme_codes tc ON tc.code_id = c.id WHERE c.archived = 0 "
        "ORDER BY tc.position, c.position, c.id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        StructureCode code{.id = stmt->int64(0), .name = stmt->text(1), .definition = stmt->text(2), .color = stmt->text(3)};
        code.stage = codeStageFromString(stmt->text(4)).value_or(CodeStage::Open);
        if (auto it = counts->find(code.id); it != counts->end()) {
            code.segmentCount = it->second.segments;
            code.sourceCount = static_cast<std::int64_t>(it->second.sources.size());
        }
        if (!stmt->isNull(5)) {
            if (auto it = themeById.find(stmt->int64(5)); it != themeById.end()) {
                it->second->codes.push_back(std::move(code));
                continue;
            }
        }
        if (codeStageFromString(stmt->text(4)) == CodeStage::FirstOrder)
            out.unplacedCodes.push_back(std::move(code));
    }

    // Theme and dimension totals: distinct sources over their codes.
    auto total = [&](const std::vector<StructureCode> &codes, std::set<Id> &sources) {
        std::int64_t segments = 0;
        for (const auto &c : codes) {
            segments += c.segmentCount;
            if (auto it = counts->find(c.id); it != counts->end())
                sources.insert(it->second.sources.begin(), it->second.sources.end());
        }
        return segments;
    };
    for (auto &d : out.dimensions) {
        std::set<Id> dimSources;
        for (auto &t : d.themes) {
            std::set<Id> sources;
            t.segmentCount = total(t.codes, sources);
            t.sourceCount = static_cast<std::int64_t>(sources.size());
            d.segmentCount += t.segmentCount;
            dimSources.insert(sources.begin(), sources.end());
        }
        d.sourceCount = static_cast<std::int64_t>(dimSources.size());
    }
    for (auto &t : out.unplacedThemes) {
        std::set<Id> sources;
        t.segmentCount = total(t.codes, sources);
        t.sourceCount = static_cast<std::int64_t>(sources.size());
    }

    // Exemplar quotes, cited by their speaker's case attributes.
    QuoteAttribution attribution(project);
    for (auto &[id, theme] : themeById) {
        auto quotes = project.exemplarsOf(id);
        if (!quotes)
            return std::unexpected(quotes.error());
        for (const SegmentInfo &s : *quotes) {
            auto who = attribution.of(s.sourceId, s.start);
            if (!who)
                return std::unexpected(who.error());
            theme->exemplars.push_back({.segmentId = s.id,
                                        .text = s.text,
                                        .attribution = QStringLiteral("[%1]").arg(who->isEmpty() ? s.sourceName : *who),
                                        .codeId = s.codeId});
        }
    }
    out.abbreviations = project.abbreviations();
    out.citation = project.setting(QString::fromLatin1(kStructureCitationSetting));
    return out;
}

} // namespace gw
