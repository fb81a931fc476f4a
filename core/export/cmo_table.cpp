#include "core/export/cmo_table.h"

#include "core/export/table_layout.h"
#include "core/model/quote_attribution.h"
#include "core/model/project.h"

#include <map>
#include <set>

#include <QCoreApplication>

namespace gw {

namespace {

// The exemplar of a chain: its first supporting segment, cited.
Result<QString> citedSegment(Project &project, Id segmentId)
{
    auto s = project.segment(segmentId);
    if (!s)
        return std::unexpected(s.error());
    auto who = QuoteAttribution(project).of(s->sourceId, s->start);
    if (!who)
        return std::unexpected(who.error());
    return exemplarText({StructureQuote{
        s->id, s->text, QStringLiteral("[%1]").arg(who->isEmpty() ? s->sourceName : *who)}});
}

} // namespace

Result<std::vector<CmoChain>> cmoChains(Project &project)
{
    auto elements = project.modelElements();
    if (!elements)
        return std::unexpected(elements.error());
    auto influences = project.influences();
    if (!influences)
        return std::unexpected(influences.error());
    std::map<Id, const ModelElement *> byId;
    std::map<Id, std::size_t> order;
    for (std::size_t i = 0; i < elements->size(); ++i) {
        byId[(*elements)[i].id] = &(*elements)[i];
        order[(*elements)[i].id] = i;
    }
    const auto roleOf = [&](Id id) { return byId.at(id)->role; };
    std::map<Id, std::vector<InfluenceEvidence>> evidenceOf;
    for (const Influence &i : *influences) {
        auto evidence = project.evidenceOf(i.id);
        if (!evidence)
            return std::unexpected(evidence.error());
        evidenceOf[i.id] = std::move(*evidence);
    }

    std::vector<CmoChain> chains;
    for (const Influence &first : *influences) {
        if (roleOf(first.fromId) != ModelRole::Context ||
            roleOf(first.toId) != ModelRole::Mechanism)
            continue;
        for (const Influence &second : *influences) {
            if (second.fromId != first.toId || roleOf(second.toId) != ModelRole::Outcome)
                continue;
            CmoChain chain{*byId.at(first.fromId), *byId.at(first.toId), *byId.at(second.toId),
                           first, second};
            std::set<Id> supporting, counter;
            std::optional<Id> exemplar;
            for (const Influence *link : {&first, &second})
                for (const InfluenceEvidence &v : evidenceOf[link->id]) {
                    (v.counter ? counter : supporting).insert(v.segmentId);
                    if (!v.counter && !exemplar)
                        exemplar = v.segmentId;
                }
            chain.evidence = int(supporting.size());
            chain.counter = int(counter.size());
            if (exemplar) {
                auto cited = citedSegment(project, *exemplar);
                if (!cited)
                    return std::unexpected(cited.error());
                chain.exemplar = *cited;
            }
            chains.push_back(std::move(chain));
        }
    }
    std::ranges::stable_sort(chains, [&](const CmoChain &a, const CmoChain &b) {
        return std::tuple(order[a.context.id], order[a.mechanism.id], order[a.outcome.id]) <
               std::tuple(order[b.context.id], order[b.mechanism.id], order[b.outcome.id]);
    });
    return chains;
}

Table layoutCmoTable(const std::vector<CmoChain> &chains, const QString &caption)
{
    Table table;
    table.name = QStringLiteral("CMO configurations");
    table.caption = cleanedCellText(caption);
    table.header = {QStringLiteral("Context"),  QStringLiteral("Mechanism"),
                    QStringLiteral("Outcome"),  QStringLiteral("Links"),
                    QStringLiteral("Evidence"), QStringLiteral("Exemplar quote")};
    table.columnShares = {0.17, 0.17, 0.17, 0.12, 0.07, 0.30};
    table.groupColumns = 1;
    table.footnote = QStringLiteral("Evidence: coded segments supporting the two links of a chain "
                                    "(counter-evidence in brackets).");
    std::size_t groupStart = 0;
    for (std::size_t i = 0; i < chains.size(); ++i) {
        const CmoChain &c = chains[i];
        const bool newContext = i == 0 || chains[i - 1].context.id != c.context.id;
        if (newContext)
            groupStart = i;
        QString evidence = QString::number(c.evidence);
        if (c.counter > 0)
            evidence += QStringLiteral(" (%1 against)").arg(c.counter);
        table.rows.push_back(
            {{cleanedCellText(c.context.name), newContext ? 1 : 0},
             {cleanedCellText(c.mechanism.name), 1},
             {cleanedCellText(c.outcome.name), 1},
             {QStringLiteral("%1, %2").arg(c.first.typeName, c.second.typeName), 1},
             {evidence, 1},
             {cleanedCellText(c.exemplar), 1}});
        table.rows[groupStart][0].rowSpan = int(i - groupStart + 1);
    }
    return table;
}

Status writeCmoTable(Project &project, TableFormat format, const QString &path)
{
    auto chains = cmoChains(project);
    if (!chains)
        return std::unexpected(chains.error());
    if (chains->empty())
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::cmo_table",
                "Nothing was written to %1: the model has no context -> mechanism -> outcome "
                "chain yet. Link a context to a mechanism and that mechanism to an outcome first.")
                .arg(path));
    return writeTable(layoutCmoTable(*chains), format, path);
}

} // namespace gw
