#pragma once
// Table 1 of a Gioia-method paper: the data structure as three columns
// (aggregate dimension / second-order theme / first-order codes), optionally
// with an exemplar-quote column and the abbreviations as footnotes.

#include "core/structure/data_structure.h"

#include <QString>

namespace gw {

enum class TableFormat { Markdown, Latex, Html, Csv, Odt, Xlsx };

struct TableOptions
{
    bool exemplarColumn = false;
    bool footnotes = true;
    QString caption = QStringLiteral("Data structure");
};

// Table formats by name or file suffix ("md", "tex", "html", "csv", "odt", "xlsx").
[[nodiscard]] std::optional<TableFormat> tableFormatFromString(const QString &name);

// Writes the table to PATH atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeStructureTable(const DataStructure &structure, TableFormat format,
                                         const TableOptions &options, const QString &path);

} // namespace gw
