#pragma once
// The codebook as rows: every active code with its definition, stage, theme and
// dimension, segment and source counts, first and last use, and an exemplar
// quote (the first of its theme's chosen exemplars that is coded with it, else
// its own first segment), in the order of the data structure (placed codes by
// dimension, theme and position, then the unplaced ones by stage). What the
// codebook view shows and its exports write; no widgets.

#include "core/error.h"
#include "core/model/types.h"

#include <vector>

namespace gw {

class Project;

struct CodebookRow
{
    Id codeId = 0;
    QString name;
    QString color;
    CodeStage stage = CodeStage::Open;
    QString definition;
    Id themeId = 0;
    QString theme;
    QString dimension;
    std::int64_t segments = 0;
    std::int64_t sources = 0;
    QString firstUsed; // ISO 8601 UTC; empty without segments
    QString lastUsed;
    Id exemplarId = 0;
    QString exemplar;            // the segment's text
    QString exemplarAttribution; // "Participant from Site_E", or the source's name without cases
    bool exemplarChosen = false; // one of the theme's chosen exemplars, not just the first segment

    friend bool operator==(const CodebookRow &, const CodebookRow &) = default;
};

[[nodiscard]] Result<std::vector<CodebookRow>> readCodebook(Project &project);

// "First-order", "Focused", "Open".
[[nodiscard]] QString stageName(CodeStage stage);

} // namespace gw
