// A table as an Excel workbook, written by libxlsxwriter into memory: a bold
// header row (frozen, so it stays while scrolling), spanning cells (dimension
// and theme) merged down over their rows, wrapped text at the top of each cell,
// the table's column widths, and the footnotes merged across the table after
// one empty row.
#include "core/export/table_formats.h"

#include <cmath>
#include <cstdlib>
#include <xlsxwriter.h>

#include <QCoreApplication>

namespace gw {

namespace {

// Widths in characters of the default font: the table's shares of a page
// about 160 characters wide.
QList<double> columnWidths(const Table &table)
{
    QList<double> out = table.widths();
    for (double &w : out)
        w = std::round(w * 160);
    return out;
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *cell = nullptr;
    lxw_format *ruled = nullptr; // the first row of a dimension: a rule above it
    lxw_format *note = nullptr;
};

Formats makeFormats(lxw_workbook *workbook)
{
    Formats f{workbook_add_format(workbook), workbook_add_format(workbook),
              workbook_add_format(workbook), workbook_add_format(workbook)};
    for (lxw_format *format : {f.header, f.cell, f.ruled, f.note}) {
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_bold(f.header);
    format_set_top(f.header, LXW_BORDER_MEDIUM);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_top(f.ruled, LXW_BORDER_THIN);
    format_set_top(f.note, LXW_BORDER_MEDIUM);
    format_set_font_size(f.note, 9);
    return f;
}

// One cell, or a cell merged down over SPAN rows (libxlsxwriter refuses to merge one cell).
lxw_error writeSpan(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, int span,
                    const QString &text, lxw_format *format)
{
    const QByteArray utf8 = replaceMarks(text, superscriptLetters).toUtf8();
    if (span > 1)
        return worksheet_merge_range(sheet, row, column, row + lxw_row_t(span - 1), column,
                                     utf8.constData(), format);
    return worksheet_write_string(sheet, row, column, utf8.constData(), format);
}

lxw_error writeRows(lxw_worksheet *sheet, const Table &table, const Formats &f)
{
    lxw_error error = LXW_NO_ERROR;
    for (int c = 0; c < table.columns() && !error; ++c)
        error = worksheet_write_string(sheet, 0, lxw_col_t(c), table.header[c].toUtf8().constData(), f.header);
    lxw_row_t row = 1;
    for (std::size_t i = 0; i < table.rows.size(); ++i, ++row) {
        lxw_format *format = table.startsGroup(i, 0) ? f.ruled : f.cell;
        const std::vector<TableCell> &cells = table.rows[i];
        for (std::size_t c = 0; c < cells.size() && !error; ++c)
            if (cells[c].rowSpan > 0)
                error = writeSpan(sheet, row, lxw_col_t(c), cells[c].rowSpan, cells[c].text, format);
    }
    if (table.footnote.isEmpty() || error)
        return error;
    // Merged cells do not grow with their text, so the row is sized for it.
    const lxw_row_t noteRow = row + 1;
    double width = 0;
    for (const double w : columnWidths(table))
        width += w;
    const double lines = std::ceil(double(table.footnote.size()) * 1.1 / width);
    error = worksheet_set_row(sheet, noteRow, std::max(1.0, lines) * 12.5, nullptr);
    if (!error)
        error = worksheet_merge_range(sheet, noteRow, 0, noteRow, lxw_col_t(table.columns() - 1),
                                      replaceMarks(table.footnote, superscriptLetters).toUtf8().constData(), f.note);
    return error;
}

} // namespace

Result<QByteArray> xlsxTable(const Table &table, const QString &fileName)
{
    const char *buffer = nullptr;
    size_t size = 0;
    lxw_workbook_options options{};
    options.output_buffer = &buffer;
    options.output_buffer_size = &size;
    lxw_workbook *workbook = workbook_new_opt(nullptr, &options);
    if (!workbook)
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::table_xlsx", "Could not write %1: the spreadsheet library could not start.").arg(fileName));
    const QByteArray title = table.caption.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.constData();
    workbook_set_properties(workbook, &properties);
    // A sheet name has at most 31 characters and none of []:*?/\\.
    QString sheetName = table.name.isEmpty() ? QStringLiteral("Table") : table.name;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : sheetName)
        if (forbidden.contains(c))
            c = u' ';
    const QByteArray sheetUtf8 = sheetName.left(31).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetUtf8.constData());
    const Formats formats = makeFormats(workbook);
    const QList<double> widths = columnWidths(table);
    for (int c = 0; c < table.columns(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error written = writeRows(sheet, table, formats);
    const lxw_error closed = workbook_close(workbook); // also frees it
    const lxw_error error = written ? written : closed;
    if (error) {
        std::free(const_cast<char *>(buffer));
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::table_xlsx", "Could not write %1: %2.").arg(fileName, QString::fromUtf8(lxw_strerror(error))));
    }
    QByteArray bytes(buffer, qsizetype(size));
    std::free(const_cast<char *>(buffer));
    return bytes;
}

} // namespace gw
