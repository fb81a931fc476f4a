#pragma once
// How a quote is attributed to its speaker, as papers in the Gioia tradition do:
// "[CCIO from Site_E]", from the case(s) a source came from. Shared by the
// segments dock's "Copy as quotes" and any export that cites segments.

#include "core/error.h"
#include "core/model/cases.h"

#include <QString>
#include <vector>

namespace gw {

// A role-like attribute (role, position, job, title, occupation) and a site-like
// one (site, organisation, location, hospital, trust) make "Role from Site"; one
// of them alone stands for itself; a case without either is named. Several cases
// are joined with "; ". No cases: an empty string.
[[nodiscard]] QString caseAttribution(const std::vector<CaseInfo> &cases);

// The attribution a project sets (Project::attributionTemplate): TEMPLATE's
// {NAME} placeholders are each case's value of attribute NAME (case-insensitive),
// "Participant from {site}", so that a quote need not name a role that only one
// person held. A case without a value for a placeholder is named instead (the
// researcher sees which). An empty TEMPLATE is the automatic attribution above.
[[nodiscard]] QString caseAttribution(const std::vector<CaseInfo> &cases, const QString &templ);

// The attribute names TEMPLATE's placeholders use, in order.
[[nodiscard]] QStringList attributionPlaceholders(const QString &templ);
// Refuses a TEMPLATE whose placeholder names none of ATTRIBUTES, saying which.
[[nodiscard]] Status checkAttributionTemplate(const QString &templ, const std::vector<AttributeInfo> &attributes);

// One quote line: “TEXT” [ATTRIBUTION] (or “TEXT” [SOURCE] without cases); inner
// line breaks become spaces.
[[nodiscard]] QString quoteLine(const QString &text, const QString &attribution,
                                const QString &sourceName);

} // namespace gw
