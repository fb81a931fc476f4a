#pragma once
// The open project's data structure as one value, for the table, the figure
// and the JSON export.

#include "core/structure/data_structure.h"

namespace gw {

class Project;

// The project setting that keeps the citation of an imported structure.
inline constexpr char kStructureCitationSetting[] = "structure.citation";

// Dimensions, themes and first-order codes in their chosen order, with counts
// of segments and distinct sources, each theme's exemplar quotes (attributed
// with their speaker's case attributes, e.g. "[Participant from Site_E]", or
// with the source's name when it has no case) and the table's abbreviations.
// Archived codes are left out.
[[nodiscard]] Result<DataStructure> loadDataStructure(Project &project);

} // namespace gw
