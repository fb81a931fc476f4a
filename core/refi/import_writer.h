#pragma once
// Writes an ImportPlan into a project in one transaction: everything or, on
// any error, nothing. Into an empty project it is a plain copy; merged into a
// project with work in it, sources are matched by their text (content hash),
// codes by GUID and then by name, cases by GUID and then by name, attributes
// by name, coders by name, and memos and segments already there (same GUID or
// same passage, code and coder) are not written twice.

#include "core/error.h"
#include "core/model/types.h"
#include "core/refi/import_plan.h"

#include <QList>

namespace gw {
class Project;
}

namespace gw::refi {

struct WriteReport
{
    int sourcesAdded = 0;
    int sourcesMatched = 0; // same text already in the project
    int sourcesMatchedTrimmed = 0; // of those, the same but for white space at the end
    int codesAdded = 0;
    int codesMatched = 0;
    int segmentsAdded = 0;
    int segmentsExisting = 0;
    int casesAdded = 0;
    int setsAdded = 0;
    int casesMatched = 0;
    int attributesAdded = 0;
    int valuesSkipped = 0; // did not fit an existing attribute's type
    int memosAdded = 0;
    int memosExisting = 0;
    int codersAdded = 0;
    int themesAdded = 0;
    int dimensionsAdded = 0;
    QList<Id> newSources;
    QList<Id> newCodes;
};

[[nodiscard]] Result<WriteReport> writeImport(Project &project, const ImportPlan &plan);

} // namespace gw::refi
