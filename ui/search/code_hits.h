#pragma once
// Codes search hits with one code as a single undo step ("Code 12 hits with
// …"), skipping hits that a segment of that code already covers.

#include "core/error.h"
#include "core/model/types.h"

#include <vector>

class QUndoStack;

namespace gw {

class Project;

// How many hits were coded and how many were already coded with CODEID.
struct CodedHits
{
    int coded = 0;
    int skipped = 0;
};

[[nodiscard]] Result<CodedHits> codeHits(Project &project, QUndoStack &stack, const std::vector<SearchHit> &hits,
                                         Id codeId);

} // namespace gw
