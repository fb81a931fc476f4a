#pragma once
// The codebook written out: CSV for a spreadsheet (RFC 4180, UTF-8 with a
// byte-order mark so that Excel reads the letters right, one row per code) and
// Markdown for a report's appendix (a title, then one pipe table). No widgets.

#include "core/error.h"
#include "core/analysis/codebook_rows.h"

#include <QByteArray>

namespace gw {

[[nodiscard]] QStringList codebookHeader();
// The cells of ROW in header order; dates as yyyy-MM-dd, the exemplar as a quote line.
[[nodiscard]] QStringList codebookCells(const CodebookRow &row);
[[nodiscard]] QByteArray codebookCsv(const std::vector<CodebookRow> &rows);
[[nodiscard]] QByteArray codebookMarkdown(const std::vector<CodebookRow> &rows, const QString &title);
// Writes ROWS to PATH as CSV or Markdown by its suffix (.csv; .md or
// .markdown), atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeCodebook(const std::vector<CodebookRow> &rows, const QString &title, const QString &path);

} // namespace gw
