#pragma once
// A matrix of the coding: rows are codes, themes, dimensions or saved queries;
// columns are cases, the values of a case attribute (numbers and dates in bins
// the researcher sets), sources, source kinds or coders. Each cell counts the
// row's passages that fall in its column (segments, distinct sources, distinct
// cases or coded words), or gives them as a percentage of the row or the
// column, and keeps the passages so a click can open them.
//
// A passage falls in a case's column when its source came from that case; in
// an attribute value's column when one of its source's cases has that value
// (so a source of two cases may count in two columns); in a coder's column when
// one of its segments is that coder's.

#include "core/analysis/coding_query.h"
#include "core/export/table.h"

namespace gw {

class Project;

enum class MatrixRows { Codes, Themes, Dimensions, Queries };
enum class MatrixColumns { Cases, Attribute, Sources, Kinds, Coders };
enum class MatrixCellKind { Segments, Sources, Cases, Words, RowPercent, ColumnPercent };

[[nodiscard]] QString toString(MatrixCellKind cell);
[[nodiscard]] std::optional<MatrixCellKind> matrixCellFromString(const QString &text);

struct MatrixSpec
{
    MatrixRows rows = MatrixRows::Codes;
    QStringList queries;  // MatrixRows::Queries: saved query names; empty: all of them
    MatrixColumns columns = MatrixColumns::Cases;
    QString attribute;    // MatrixColumns::Attribute
    QStringList bins;     // bin edges for a number or date attribute; empty: each value
    MatrixCellKind cell = MatrixCellKind::Segments;
    QueryOptions options; // unit (for query rows) and filters (for every row)
    bool skipEmptyRows = false;

    // "codes", "themes", "dimensions", "queries", "query:NAME[,NAME]" and
    // "cases", "attribute:NAME", "sources", "kinds", "coders".
    [[nodiscard]] Status setRows(const QString &text);
    [[nodiscard]] Status setColumns(const QString &text);
};

struct MatrixCell
{
    double value = 0;
    std::vector<std::size_t> passages; // indices into the row's passages
};

struct MatrixRow
{
    QString label;
    std::vector<Passage> passages; // every passage of the row within the filters
    std::vector<MatrixCell> cells;
};

struct Matrix
{
    QString rowTitle;    // "Code", "Theme", "Dimension", "Query"
    QString columnTitle; // "Case", the attribute's name, "Source", "Kind", "Coder"
    QStringList columns;
    std::vector<MatrixRow> rows;
    MatrixCellKind cell = MatrixCellKind::Segments;

    [[nodiscard]] double maximum() const;
    // A cell's value as printed: a count, or a percentage with one decimal.
    [[nodiscard]] QString text(std::size_t row, std::size_t column) const;
    // The header (row title, then the columns) and one row per item, its label first.
    [[nodiscard]] Table table() const;
};

// Builds the matrix of SPEC over DATA (saved queries are read from PROJECT).
[[nodiscard]] Result<Matrix> buildMatrix(Project &project, CodingData &data, const MatrixSpec &spec,
                                         const ProgressFn &progress = {});

} // namespace gw
