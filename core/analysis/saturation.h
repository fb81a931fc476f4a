#pragma once
// Saturation (METHOD.md: "data collection stops when new sources bring no new
// codes"): the sources in a chosen order, and for each the codes (or themes)
// first seen in it and the cumulative count, with the readout a methods
// section needs ("the last 31 interviews added no new first-order code").
// A code merged into another has its segments there, so the code it went into
// first appears wherever either did. A theme first appears with the first of
// its codes. Archived codes are left out.

#include "core/analysis/coding_data.h"
#include "core/analysis/query_expression.h"
#include "core/export/table.h"

#include <set>

namespace gw {

struct SaturationSpec
{
    // "import" (import order), or "attribute:NAME": by the value of the
    // sources' cases (numbers as numbers, dates as dates; the earliest when a
    // source has several cases; sources without a value last), ties in
    // import order.
    QString order = QStringLiteral("import");
    ItemTier tier = ItemTier::Code;       // Code or Theme
    std::optional<CodeStage> stage;       // codes of this stage only
    std::set<SourceKind> kinds;           // empty: every kind
    std::optional<std::set<Id>> sources;  // only these (a query scope's); none: every source
};

struct SaturationStep
{
    Id sourceId = 0;
    QString source;
    QString orderValue; // the attribute's value the source was ordered by (empty: import order)
    QStringList newItems;
    int cumulative = 0;
};

struct Saturation
{
    QString itemWord; // "code", "first-order code", "theme"
    QString sourceWord; // "source", "interview", ...
    std::vector<SaturationStep> steps;

    [[nodiscard]] int total() const { return steps.empty() ? 0 : steps.back().cumulative; }
    // Sources at the end of the order that added nothing new.
    [[nodiscard]] int trailingWithoutNew() const;
    // One or two sentences for a methods section.
    [[nodiscard]] QString readout() const;
    // One row per source in order: its name, the items new in it ("; "), the cumulative count.
    [[nodiscard]] Table table() const;
};

[[nodiscard]] Result<Saturation> saturation(const CodingData &data, const SaturationSpec &spec);

} // namespace gw
