#pragma once
// The passages of a query, a matrix cell or a co-occurrence pair as a
// researcher reads them: the text, the source, the case attribution
// ("[CCIO from Site A]") and the codes behind each; and as a table for the
// table writers (md, tex, html, csv, odt, xlsx).

#include "core/analysis/coding_query.h"
#include "core/export/table.h"

namespace gw {

struct PassageView
{
    Passage passage;
    QString sourceName;
    QString text;
    QString attribution; // empty when the source has no case
    QStringList cases;
    QStringList codes;   // of the passage's segments, in order, once each
};

[[nodiscard]] Result<std::vector<PassageView>> describePassages(CodingData &data,
                                                                const std::vector<Passage> &passages);

// Passages from segment ids (a co-occurrence pair's segments): one each.
[[nodiscard]] std::vector<Passage> passagesOfSegments(const CodingData &data, const std::vector<Id> &segmentIds);

// Columns: Source, Start, End, Attribution, Codes, Text.
[[nodiscard]] Table passageTable(const std::vector<PassageView> &views, const QString &caption);

} // namespace gw
