// A table as CSV (RFC 4180) for sorting and filtering, not for print: every
// spanning cell (Table 1's dimension and theme) written out again on each row,
// and no footnote lines, which would read as rows. UTF-8 with a byte-order mark
// because Excel, the spreadsheet most researchers open a .csv with, reads a CSV
// without one in the legacy Windows code page and garbles every non-ASCII
// letter; LibreOffice, R (readr), pandas ("utf-8-sig") and our own reader skip
// the mark. CRLF line ends, as the RFC has them.
#include "core/export/table_formats.h"

namespace gw {

namespace {

QString field(const QString &marked)
{
    const QString text = replaceMarks(marked, superscriptLetters);
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString record(const QStringList &cells)
{
    QStringList fields;
    for (const QString &cell : cells)
        fields << field(cell);
    return fields.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QByteArray csvTable(const Table &table)
{
    QString out = QStringLiteral("\uFEFF");
    out += record(table.header);
    for (const std::vector<TableCell> &r : table.rows) {
        QStringList cells;
        for (const TableCell &cell : r)
            cells << cell.text;
        out += record(cells);
    }
    return out.toUtf8();
}

} // namespace gw
