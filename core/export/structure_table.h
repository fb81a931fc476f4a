#pragma once
// Table 1 of a Gioia-method paper: the data structure as three columns
// (aggregate dimension / second-order theme / first-order codes), optionally
// with an exemplar-quote column and the abbreviations as footnotes.

#include "core/export/table.h"
#include "core/structure/data_structure.h"

#include <QString>

namespace gw {

struct TableOptions
{
    bool exemplarColumn = false;
    bool footnotes = true;
    QString caption = QStringLiteral("Data structure");
    // Leave out codes placed under a theme that are not yet first-order (open
    // or focused); by default they are printed, and notFirstOrder names them
    // for a warning.
    bool firstOrderOnly = false;
    // Mark each abbreviation where it first appears in the cells (GDE with a
    // raised "a"), as journals print them, and its note below with the same
    // marker; abbreviations the cells do not use are listed after, unmarked.
    bool footnoteMarkers = false;
};

// The placed codes that are not first-order ("Blueprinting (open)"), in table order.
[[nodiscard]] QStringList notFirstOrder(const DataStructure &structure);

// Writes the table to PATH atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeStructureTable(const DataStructure &structure, TableFormat format,
                                         const TableOptions &options, const QString &path);

} // namespace gw
