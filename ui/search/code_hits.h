#pragma once
// Codes search hits with one code as a single undo step and one transaction
// ("Code 5,000 passages with …"), each hit grown to the coding unit (its
// sentence or paragraph), skipping passages that a segment of that code
// already covers and coding a passage that several hits share once.

#include "core/error.h"
#include "core/model/types.h"
#include "core/text/coding_unit.h"

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
                                         Id codeId, text::CodingUnit unit = text::CodingUnit::FreeSelection);

} // namespace gw
