#pragma once
// When a code was used: what a codebook prints beside the code's definition and
// counts (Project::codeUses).

#include "core/model/types.h"

#include <QString>

namespace gw {

struct CodeUse
{
    Id codeId = 0;
    QString firstUsed;      // segments.created of its earliest segment, ISO 8601 UTC
    QString lastUsed;       // of its latest segment
    Id firstSegmentId = 0;  // its earliest segment (the lowest id among equals)
};

} // namespace gw
