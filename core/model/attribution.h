#pragma once
// How a quote is attributed to its speaker, as papers in the Gioia tradition do:
// "[CCIO from Site_E]", from the case(s) a source came from. Shared by the
// segments dock's "Copy as quotes" and any export that cites segments.

#include "core/error.h"
#include "core/model/cases.h"
#include "core/model/types.h"

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

// The cases a passage starting at START speaks for. A source with several cases
// (a focus group, its speakers made cases) whose turn at START is spoken by one
// of them, by name (case-insensitive), speaks for that case alone; otherwise
// for every case of the source. TURNS: the source's, by position.
[[nodiscard]] std::vector<CaseInfo> casesSpeaking(const std::vector<CaseInfo> &cases, const std::vector<Turn> &turns,
                                                  std::int64_t start);

// The attribute names TEMPLATE's placeholders use, in order.
[[nodiscard]] QStringList attributionPlaceholders(const QString &templ);
// Refuses a TEMPLATE whose placeholder names none of ATTRIBUTES, saying which.
[[nodiscard]] Status checkAttributionTemplate(const QString &templ, const std::vector<AttributeInfo> &attributes);

// One quote line: “TEXT” [ATTRIBUTION] (or “TEXT” [SOURCE] without cases); inner
// line breaks become spaces.
[[nodiscard]] QString quoteLine(const QString &text, const QString &attribution,
                                const QString &sourceName);

} // namespace gw
