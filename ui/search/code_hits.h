#pragma once
// Codes search hits with one code as a single undo step and one transaction
// ("Code 5,000 passages with …"): each hit as it is (a word, or the sentence or
// paragraph the search listed), skipping passages that a segment of that code
// already covers.

#include "core/error.h"
#include "core/model/types.h"

#include <vector>

class QUndoStack;

namespace gw {

class Project;

// How many passages were coded and how many hits were already coded with CODEID.
struct CodedHits
{
    int coded = 0;
    int skipped = 0;
};

[[nodiscard]] Result<CodedHits> codeHits(Project &project, QUndoStack &stack, const std::vector<SearchHit> &hits,
                                         Id codeId);

} // namespace gw
