#pragma once
// The participants table of a paper (the study's Table 2, "interviewee
// characteristics"): how many cases have each value of one or more case
// attributes (role), optionally grouped by another attribute (site type) with a
// total row for each group, each as n and the percentage of all cases, rounded
// half up (15 of 228 is 7%), with the denominator stated in the caption. A
// case without a value is counted as "not recorded", so every block adds up.
// Written in any table format by writeTable.

#include "core/export/table.h"
#include "core/model/cases.h"

#include <vector>

namespace gw {

struct ParticipantsSpec
{
    QStringList rows; // attribute names, one block of values each
    QString groupBy;  // an attribute whose values group the rows; empty: none
    // Values (of rows or groups) to put first, in this order; the rest follow
    // by count, largest first, then by name.
    QStringList order;
};

// Half-up whole percent of N in TOTAL (0 when TOTAL is 0).
[[nodiscard]] int percentHalfUp(int n, int total);

// The table over CASES. An attribute that is not in ATTRIBUTES is refused with
// the closest names.
[[nodiscard]] Result<Table> participantsTable(const std::vector<CaseInfo> &cases,
                                              const std::vector<AttributeInfo> &attributes,
                                              const ParticipantsSpec &spec);

} // namespace gw
