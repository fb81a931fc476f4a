// Table 1 as an Excel workbook, written by libxlsxwriter into memory: a bold
// header row (frozen, so it stays while scrolling), dimension and theme cells
// merged down over their codes, wrapped text at the top of each cell, column
// widths for the long code labels, and the footnotes merged across the table
// after one empty row.
#include "core/export/table_formats.h"

#include <cmath>
#include <cstdlib>
#include <xlsxwriter.h>

namespace gw {

namespace {

// Widths in characters of the default font.
QList<double> columnWidths(int columns)
{
    return columns == 4 ? QList<double>{24, 28, 50, 60} : QList<double>{28, 32, 70};
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
    const QByteArray utf8 = text.toUtf8();
    if (span > 1)
        return worksheet_merge_range(sheet, row, column, row + lxw_row_t(span - 1), column,
                                     utf8.constData(), format);
    return worksheet_write_string(sheet, row, column, utf8.constData(), format);
}

lxw_error writeRows(lxw_worksheet *sheet, const TableLayout &table, const Formats &f)
{
    lxw_error error = LXW_NO_ERROR;
    for (int c = 0; c < table.columns() && !error; ++c)
        error = worksheet_write_string(sheet, 0, lxw_col_t(c), table.header[c].toUtf8().constData(), f.header);
    lxw_row_t row = 1;
    for (const TableRow &r : table.rows) {
        lxw_format *format = r.dimensionSpan && row > 1 ? f.ruled : f.cell;
        if (r.dimensionSpan && !error)
            error = writeSpan(sheet, row, 0, r.dimensionSpan, r.dimension, format);
        if (r.themeSpan && !error)
            error = writeSpan(sheet, row, 1, r.themeSpan, r.theme, format);
        if (!error)
            error = worksheet_write_string(sheet, row, 2, r.code.toUtf8().constData(), format);
        if (table.hasExemplars() && r.themeSpan && !error)
            error = writeSpan(sheet, row, 3, r.themeSpan, r.exemplar, format);
        ++row;
    }
    if (table.footnote.isEmpty() || error)
        return error;
    // Merged cells do not grow with their text, so the row is sized for it.
    const lxw_row_t noteRow = row + 1;
    double width = 0;
    for (const double w : columnWidths(table.columns()))
        width += w;
    const double lines = std::ceil(double(table.footnote.size()) * 1.1 / width);
    error = worksheet_set_row(sheet, noteRow, std::max(1.0, lines) * 12.5, nullptr);
    if (!error)
        error = worksheet_merge_range(sheet, noteRow, 0, noteRow, lxw_col_t(table.columns() - 1),
                                      table.footnote.toUtf8().constData(), f.note);
    return error;
}

} // namespace

Result<QByteArray> xlsxTable(const TableLayout &table, const QString &fileName)
{
    const char *buffer = nullptr;
    size_t size = 0;
    lxw_workbook_options options{};
    options.output_buffer = &buffer;
    options.output_buffer_size = &size;
    lxw_workbook *workbook = workbook_new_opt(nullptr, &options);
    if (!workbook)
        return fail(ErrorKind::Io, QStringLiteral("Could not write %1: the spreadsheet library could not start.").arg(fileName));
    const QByteArray title = table.caption.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.constData();
    workbook_set_properties(workbook, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Table 1");
    const Formats formats = makeFormats(workbook);
    const QList<double> widths = columnWidths(table.columns());
    for (int c = 0; c < table.columns(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error written = writeRows(sheet, table, formats);
    const lxw_error closed = workbook_close(workbook); // also frees it
    const lxw_error error = written ? written : closed;
    if (error) {
        std::free(const_cast<char *>(buffer));
        return fail(ErrorKind::Io, QStringLiteral("Could not write %1: %2.").arg(fileName, QString::fromUtf8(lxw_strerror(error))));
    }
    QByteArray bytes(buffer, qsizetype(size));
    std::free(const_cast<char *>(buffer));
    return bytes;
}

} // namespace gw
