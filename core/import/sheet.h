#pragma once
// A table read from a spreadsheet file: a header row and the rows under it,
// every cell as text. Case attribute imports start from one (one row per
// participant or site). Readers are one file per format: csv_sheet.cpp,
// xlsx_sheet.cpp.

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gw {

// What a sheet of cases may hold, in any format: Excel's own limits of rows,
// columns and characters in a cell, and a cap on cells far beyond a sheet of
// participants, so that a hostile file is refused before it eats memory.
inline constexpr qsizetype kMaxSheetRows = 1048576;
inline constexpr qsizetype kMaxSheetColumns = 16384;
inline constexpr qsizetype kMaxSheetCells = 2'000'000;
inline constexpr qsizetype kMaxCellChars = 32767;

struct Sheet
{
    QStringList header;
    QList<QStringList> rows; // may be shorter or longer than the header
};

// RFC 4180 CSV; the delimiter (comma, semicolon or tab) is taken from the header line.
[[nodiscard]] Result<Sheet> readCsvSheet(const QByteArray &bytes, const QString &fileName);
// The first worksheet of an Office Open XML workbook.
[[nodiscard]] Result<Sheet> readXlsxSheet(const QByteArray &bytes, const QString &fileName);
// Reads PATH with the reader its suffix names (.csv, .tsv, .txt, .xlsx).
[[nodiscard]] Result<Sheet> readSheetFile(const QString &path);

} // namespace gw
