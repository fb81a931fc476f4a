#pragma once
// The Table 1 writers, one file each (table_markdown.cpp, table_latex.cpp, ...).
// Each turns a TableLayout into the bytes of its file; structure_table.cpp
// picks one and writes the bytes atomically.

#include "core/error.h"
#include "core/export/table_layout.h"

#include <QByteArray>

namespace gw {

[[nodiscard]] QByteArray markdownTable(const TableLayout &table);
[[nodiscard]] QByteArray latexTable(const TableLayout &table);
[[nodiscard]] QByteArray htmlTable(const TableLayout &table);
[[nodiscard]] QByteArray csvTable(const TableLayout &table);
// The zip-based formats can fail inside their libraries; FILENAME names the
// file in the error.
[[nodiscard]] Result<QByteArray> odtTable(const TableLayout &table, const QString &fileName);
[[nodiscard]] Result<QByteArray> xlsxTable(const TableLayout &table, const QString &fileName);

} // namespace gw
