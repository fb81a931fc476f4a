#pragma once
// Table 1 laid out once for every format: the header, one row per first-order
// code in the published order, and where each dimension and theme cell starts
// and how many rows it spans. The writers (one file per format, declared in
// table_formats.h) only turn this into their syntax.

#include "core/export/structure_table.h"

#include <QStringList>
#include <vector>

namespace gw {

struct TableRow
{
    QString dimension;
    QString theme;
    QString code;     // empty for a theme without codes
    QString exemplar; // the theme's quotes, one line each; only with the exemplar column
    int dimensionSpan = 0; // on a dimension's first row: the rows it spans; else 0
    int themeSpan = 0;     // on a theme's first row: the rows it spans; else 0 (a
                           // dimension without themes has one empty theme cell)
};

struct TableLayout
{
    QString caption;
    QStringList header; // 3 columns, 4 with the exemplar column
    std::vector<TableRow> rows;
    QString footnote; // "GDE = Global Digital Exemplar; FF = ..."; empty without footnotes

    [[nodiscard]] int columns() const { return int(header.size()); }
    [[nodiscard]] bool hasExemplars() const { return columns() == 4; }
    // The row's cells in column order, with every dimension and theme name
    // written out (CSV repeats them).
    [[nodiscard]] QStringList cells(const TableRow &row) const;
};

// Only placed dimensions, themes and codes: the unplaced ones are not part of
// the published structure. A dimension without themes or a theme without codes
// still gets its row.
[[nodiscard]] TableLayout layoutTable(const DataStructure &structure, const TableOptions &options);

// "“quote” [Participant from Site_E]", one line per quote.
[[nodiscard]] QString exemplarText(const std::vector<StructureQuote> &quotes);

} // namespace gw
