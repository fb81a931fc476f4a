#pragma once
// Builds a data structure in a project from its published form (the JSON of
// table1-data-structure.json, read by dataStructureFromJson): dimensions,
// themes and first-order codes are matched by exact name or created, then
// placed in the given order; the abbreviations are stored. One transaction and
// one audit entry ("structure.import"); on failure nothing is written.

#include "core/structure/data_structure.h"

namespace gw {

class Project;

struct StructureImportReport
{
    int dimensionsCreated = 0, dimensionsMatched = 0;
    int themesCreated = 0, themesMatched = 0;
    int codesCreated = 0, codesMatched = 0;
};

[[nodiscard]] Result<StructureImportReport> importDataStructure(Project &project, const DataStructure &structure,
                                                                const QString &why = {});

} // namespace gw
