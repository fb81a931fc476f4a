#pragma once
// Table 1 laid out as a generic Table (table.h): the header, one row per
// first-order code in the published order, dimension and theme cells spanning
// their codes, and each exemplar quote on the row of the code it is coded with
// (quotes of no code of the theme on a theme row of their own).

#include "core/export/structure_table.h"
#include "core/export/table.h"

namespace gw {

// Only placed dimensions, themes and codes: the unplaced ones are not part of
// the published structure. A dimension without themes or a theme without codes
// still gets its row.
[[nodiscard]] Table layoutStructureTable(const DataStructure &structure, const TableOptions &options);

// "“quote” [Participant from Site_E]", one line per quote.
[[nodiscard]] QString exemplarText(const std::vector<StructureQuote> &quotes);

} // namespace gw
