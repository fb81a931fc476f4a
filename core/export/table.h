#pragma once
// A table as every table export sees it: a header, rows of cells, an optional
// caption above and footnote below. Cells may span down over the rows below
// them (a dimension over its codes, a context over its chains); the leading
// GROUPCOLUMNS columns group rows, so formats draw a rule between groups. Table 1
// (structure_table.h) and the CMO configuration table (cmo_table.h) build one
// of these and write it with writeTable in any of the six formats.

#include "core/error.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace gw {

enum class TableFormat { Markdown, Latex, Html, Csv, Odt, Xlsx };

// Table formats by name or file suffix ("md", "tex", "html", "csv", "odt", "xlsx").
[[nodiscard]] std::optional<TableFormat> tableFormatFromString(const QString &name);

struct TableCell
{
    QString text;
    // 1: an ordinary cell; N > 1: the cell spans down over N rows; 0: covered by
    // a spanning cell above, whose text it repeats (CSV writes it out again,
    // formats with spans leave the place empty).
    int rowSpan = 1;
};

struct Table
{
    QString name;    // short, for a spreadsheet's tab and comments: "Table 1"
    QString caption; // may be empty
    QStringList header;
    std::vector<std::vector<TableCell>> rows; // every row has header.size() cells
    QString footnote;                         // may be empty
    int groupColumns = 0;       // leading columns whose cells group the rows below them
    QList<double> columnShares; // relative column widths; empty: equal widths

    [[nodiscard]] int columns() const { return int(header.size()); }
    // The shares of the page width, one per column, adding up to 1.
    [[nodiscard]] QList<double> widths() const;
    // Row R starts a new group at column C (C < groupColumns) and is not the first row.
    [[nodiscard]] bool startsGroup(std::size_t row, int column) const;
    // The first grouping column that starts a group at row R, or -1.
    [[nodiscard]] int groupLevel(std::size_t row) const;
};

// Labels as typed in a project, made safe for every format: line ends become
// \n, and control characters, which no table format can hold (XML forbids
// them), are dropped, as are the two characters that delimit a footnote marker.
[[nodiscard]] QString cleanedCellText(const QString &text);

// A footnote marker inside a cell's or footnote's text ("GDE" then marker "a"),
// printed raised by every format: superscript in LaTeX, HTML, ODT and Markdown
// (as HTML), Unicode superscript letters in CSV and XLSX.
inline constexpr QChar kMarkOpen = QChar(0xE000);
inline constexpr QChar kMarkClose = QChar(0xE001);
[[nodiscard]] QString footnoteMark(const QString &letters);
// TEXT with each marker replaced by RAISE(its letters).
[[nodiscard]] QString replaceMarks(const QString &text, const std::function<QString(const QString &)> &raise);
// "ᵃ" for "a": the Unicode superscript letters, for plain-text formats.
[[nodiscard]] QString superscriptLetters(const QString &letters);

// The bytes of the table in FORMAT; FILENAME names the file in errors.
[[nodiscard]] Result<QByteArray> tableBytes(const Table &table, TableFormat format,
                                            const QString &fileName);

// Writes the table to PATH atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeTable(const Table &table, TableFormat format, const QString &path);

} // namespace gw
