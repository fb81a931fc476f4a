#pragma once
// Which codes (or themes, or model elements: any set of codes) occur together,
// and how strongly. The one engine behind the co-occurrence table and the CMO
// model's link suggestions (cooccurrence.h).
//
// Two items A and B co-occur, by the unit:
// - overlap: a segment of A and one of B in a source overlap;
// - sentence / paragraph: they touch a common sentence (paragraph);
// - within n: they are at most n sentences apart (0: a common sentence),
//   counted across paragraph ends;
// - source / case: a source (case) has segments of both.
// For the segment units, COUNT is the number of such segment pairs (a != b);
// for source and case, the number of sources (cases) with both.
// Jaccard: for segment units, the share of A's and B's segments that co-occur
// with the other; for source and case, shared over either.
// c (ATLAS.ti's c coefficient): count / (nA + nB - count), nA and nB the
// segments (sources, cases) of each; printed at most 1 (several pairs on one
// segment can push the formula past 1, which ATLAS.ti flags the same way).

#include "core/analysis/coding_query.h"
#include "core/analysis/matrix.h"
#include "core/export/table.h"

namespace gw {

enum class CooccurrenceUnit { Overlap, Sentence, Paragraph, Within, Source, Case };

[[nodiscard]] QString toString(CooccurrenceUnit unit);
[[nodiscard]] std::optional<CooccurrenceUnit> cooccurrenceUnitFromString(const QString &text);

struct CooccurrenceItem
{
    Id id = 0; // a code, theme, dimension or model element
    QString label;
    std::vector<Id> codes;
};

// Every non-archived code, or every theme (with its codes), in the data's order.
[[nodiscard]] std::vector<CooccurrenceItem> cooccurrenceItems(const CodingData &data, ItemTier tier);

struct CooccurrenceSpec
{
    std::vector<CooccurrenceItem> items;
    CooccurrenceUnit unit = CooccurrenceUnit::Overlap;
    int within = 1;            // CooccurrenceUnit::Within: n sentences
    QueryFilters filters;
    bool includeEmpty = false; // also pairs that never co-occur
    // Pairs whose items share codes (a dimension and a theme under it) are left
    // out: their segments co-occur by construction.
};

// A segment of the first item next to one of the second: evidence.
struct SegmentPair
{
    Id first = 0;
    Id second = 0;
    int sentencesApart = 0; // 0: they touch the same sentence (or overlap; or not counted)
    friend bool operator==(const SegmentPair &, const SegmentPair &) = default;
};

struct CodePair
{
    std::size_t first = 0, second = 0; // indices into the items, first < second
    int count = 0;
    int firstCount = 0, secondCount = 0; // segments (sources, cases) of each item
    double jaccard = 0, c = 0;
    std::vector<SegmentPair> evidence; // segment units: the pairs, closest first
    std::vector<Id> segmentIds;        // every segment behind the count, sorted
};

struct CooccurrenceTable
{
    std::vector<CooccurrenceItem> items;
    CooccurrenceUnit unit = CooccurrenceUnit::Overlap;
    int within = 1;
    std::vector<CodePair> pairs; // by first, then second

    // One row per pair: the two items, the count, each item's count, Jaccard, c.
    [[nodiscard]] Table table(const QString &itemTitle) const;
    // The pairs as an item-by-item grid for the heat map figure: the MAXITEMS
    // items in the most co-occurrences (in item order), each cell the pair's
    // count, the diagonal empty (0).
    [[nodiscard]] Matrix grid(const QString &itemTitle, std::size_t maxItems = 40) const;
};

[[nodiscard]] Result<CooccurrenceTable> codeCooccurrence(CodingData &data, const CooccurrenceSpec &spec,
                                                         const ProgressFn &progress = {});

} // namespace gw
