#pragma once
// The table writers, one file per format (table_markdown.cpp, table_latex.cpp,
// ...). Each turns a Table into the bytes of its file; table.cpp picks one by
// format and writes the bytes atomically.

#include "core/error.h"
#include "core/export/table.h"

#include <QByteArray>

namespace gw {

// Text made safe for Markdown (on one line, punctuation backslash-escaped) and
// for LaTeX (syntax spelled as text), as the table cells are; the document
// writer (document.h) uses them too.
[[nodiscard]] QString markdownEscaped(const QString &text);
[[nodiscard]] QString latexEscaped(const QString &text);

[[nodiscard]] QByteArray markdownTable(const Table &table);
[[nodiscard]] QByteArray latexTable(const Table &table);
[[nodiscard]] QByteArray htmlTable(const Table &table);
[[nodiscard]] QByteArray csvTable(const Table &table);
// The zip-based formats can fail inside their libraries; FILENAME names the
// file in the error.
[[nodiscard]] Result<QByteArray> odtTable(const Table &table, const QString &fileName);
[[nodiscard]] Result<QByteArray> xlsxTable(const Table &table, const QString &fileName);

} // namespace gw
