// A table as a Markdown pipe table (GitHub, pandoc): a spanning cell (a
// dimension, a theme) is named on its first row only, the caption in pandoc's
// "Table:" form and the footnotes as a paragraph below.
#include "core/export/table_formats.h"

namespace gw {

namespace {

// A pipe-table row is one line, so line breaks become spaces; characters that
// Markdown would read as syntax (emphasis, links, HTML, entities, the cell
// separator) are backslash-escaped as CommonMark allows for all ASCII punctuation.
QString escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\|*_`[]<>&~");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            out += u' ';
            continue;
        }
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return replaceMarks(out.simplified(), [](const QString &letters) { return QStringLiteral("<sup>%1</sup>").arg(letters); });
}

// Covered places stay empty: the spanning cell above names them.
QStringList printedCells(const std::vector<TableCell> &cells)
{
    QStringList out;
    for (const TableCell &cell : cells)
        out << (cell.rowSpan > 0 ? cell.text : QString());
    return out;
}

QString row(const QStringList &cells)
{
    QStringList escapedCells;
    for (const QString &cell : cells)
        escapedCells << escaped(cell);
    return QStringLiteral("| ") + escapedCells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

} // namespace

QString markdownEscaped(const QString &text)
{
    return escaped(text);
}

QByteArray markdownTable(const Table &table)
{
    QString out;
    if (!table.caption.isEmpty())
        out += QStringLiteral("Table: ") + escaped(table.caption) + QStringLiteral("\n\n");
    out += row(table.header);
    out += QStringLiteral("|") + QStringLiteral(" --- |").repeated(table.columns()) + u'\n';
    for (const std::vector<TableCell> &r : table.rows)
        out += row(printedCells(r));
    if (!table.footnote.isEmpty())
        out += u'\n' + escaped(table.footnote) + u'\n';
    return out.toUtf8();
}

} // namespace gw
