#pragma once
// Suggested links from the data: how often the segments of two model
// elements occur together, so that a researcher's claimed influences can be
// checked against the coding, and the strongest co-occurrences offered as
// candidate links with their evidence. Nothing here changes the project.
//
// An element's segments are those of its code, or of every (non-archived)
// code under its theme or its dimension's themes. For a pair of elements A, B:
// - overlapping: pairs of segments (a of A, b of B, a != b) in the same source
//   whose ranges overlap;
// - nearby: such pairs at most N sentences apart (0: they touch the same
//   sentence), counted with core/text's sentences; every overlapping pair is
//   also nearby;
// - same source: sources with segments of both;
// - same case: cases with segments of both in their sources (the two may come
//   from different sources of the case).
// Pairs whose elements share codes (a dimension and a theme under it) are left
// out: their segments co-occur by construction. Counted by the engine of the
// co-occurrence table (code_cooccurrence.h).

#include "core/analysis/code_cooccurrence.h"
#include "core/model/model_types.h"

#include <vector>

namespace gw {

class Project;

struct CooccurrenceOptions
{
    int withinSentences = 1; // N for "nearby"
};

struct ElementCooccurrence
{
    Id firstId = 0; // element ids, in model order
    Id secondId = 0;
    int overlapping = 0;
    int nearby = 0;
    int sameSource = 0;
    int sameCase = 0;
    std::vector<SegmentPair> evidence; // the nearby pairs, closest first
    bool linked = false;               // an influence already joins them (either way)

    // Ranks pairs: nearby pairs first, then overlapping, sources, cases.
    [[nodiscard]] bool strongerThan(const ElementCooccurrence &other) const;
};

// Every pair of the model's elements, in model order.
[[nodiscard]] Result<std::vector<ElementCooccurrence>>
elementCooccurrences(Project &project, const CooccurrenceOptions &options = {});

// A link the data suggest: FROM -> TO (contexts before mechanisms before
// outcomes; in model order within a role) with the counts behind it.
struct CandidateLink
{
    Id fromId = 0;
    Id toId = 0;
    ElementCooccurrence counts;
};

// The strongest co-occurrences that no influence joins yet and that have at
// least one nearby pair, strongest first, at most LIMIT of them.
[[nodiscard]] std::vector<CandidateLink>
candidateLinks(const std::vector<ElementCooccurrence> &pairs,
               const std::vector<ModelElement> &elements, int limit = 10);

} // namespace gw
