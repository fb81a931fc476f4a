#include "core/model/quote_attribution.h"

#include "core/model/attribution.h"
#include "core/model/project.h"

namespace gw {

QuoteAttribution::QuoteAttribution(Project &project) : QuoteAttribution(project, project.attributionTemplate()) {}

QuoteAttribution::QuoteAttribution(Project &project, QString templ) : m_project(project), m_template(std::move(templ)) {}

Result<const QuoteAttribution::Source *> QuoteAttribution::source(Id sourceId)
{
    if (const auto it = m_sources.constFind(sourceId); it != m_sources.cend())
        return &*it;
    auto cases = m_project.casesOfSource(sourceId);
    if (!cases)
        return std::unexpected(cases.error());
    Source s{std::move(*cases), {}};
    if (s.cases.size() > 1) {
        auto turns = m_project.turns(sourceId);
        if (!turns)
            return std::unexpected(turns.error());
        s.turns = std::move(*turns); // by position, as casesSpeaking needs
    }
    return &*m_sources.insert(sourceId, std::move(s));
}

Result<std::vector<CaseInfo>> QuoteAttribution::casesOf(Id sourceId, std::int64_t start)
{
    auto s = source(sourceId);
    if (!s)
        return std::unexpected(s.error());
    return casesSpeaking((*s)->cases, (*s)->turns, start);
}

Result<QString> QuoteAttribution::of(Id sourceId, std::int64_t start)
{
    auto cases = casesOf(sourceId, start);
    if (!cases)
        return std::unexpected(cases.error());
    return caseAttribution(*cases, m_template);
}

} // namespace gw
