// A table as a standalone HTML document that is also well-formed XML (so XHTML
// tools and our own tests can read it): one <tbody> per group of the first
// grouping column (a dimension), whose name heads it with rowspan, other cells
// spanning theirs, and the footnotes in <tfoot>. QXmlStreamWriter does the
// escaping.
#include "core/export/table_formats.h"

#include <QXmlStreamWriter>

namespace gw {

namespace {

const QString kStyle = QStringLiteral(
    "table { border-collapse: collapse; font-family: sans-serif; font-size: 10pt; }\n"
    "caption { text-align: left; font-weight: bold; padding-bottom: 6px; }\n"
    "th, td { vertical-align: top; text-align: left; padding: 4px 8px; }\n"
    "thead th { border-top: 2px solid #000; border-bottom: 1px solid #000; }\n"
    "tbody + tbody { border-top: 1px solid #000; }\n"
    "tbody:last-of-type { border-bottom: 2px solid #000; }\n"
    "tfoot td { font-size: 9pt; padding-top: 6px; }\n");

// Line breaks inside a label become <br/>.
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(QStringLiteral("br"));
        // Also closes the start tag: <td></td>, never <td/>; a footnote marker as <sup>.
        const QString &line = lines[i];
        qsizetype from = 0;
        for (qsizetype open = line.indexOf(kMarkOpen); open >= 0; open = line.indexOf(kMarkOpen, from)) {
            xml.writeCharacters(line.mid(from, open - from));
            const qsizetype close = line.indexOf(kMarkClose, open);
            const qsizetype end = close < 0 ? line.size() : close;
            xml.writeTextElement(QStringLiteral("sup"), line.mid(open + 1, end - open - 1));
            from = end + 1;
        }
        xml.writeCharacters(line.mid(std::min(from, line.size())));
    }
}

void writeCell(QXmlStreamWriter &xml, const QString &tag, const QString &text, int rowSpan,
               const QString &scope = {})
{
    xml.writeStartElement(tag);
    if (!scope.isEmpty())
        xml.writeAttribute(QStringLiteral("scope"), scope);
    if (rowSpan > 1)
        xml.writeAttribute(QStringLiteral("rowspan"), QString::number(rowSpan));
    writeText(xml, text);
    xml.writeEndElement();
}

void writeBody(QXmlStreamWriter &xml, const Table &table)
{
    const bool grouped = table.groupColumns > 0;
    xml.writeStartElement(QStringLiteral("tbody"));
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (table.startsGroup(i, 0)) {
            xml.writeEndElement(); // tbody
            xml.writeStartElement(QStringLiteral("tbody"));
        }
        xml.writeStartElement(QStringLiteral("tr"));
        const std::vector<TableCell> &cells = table.rows[i];
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (cells[c].rowSpan == 0)
                continue;
            if (c == 0 && grouped)
                writeCell(xml, QStringLiteral("th"), cells[c].text, cells[c].rowSpan, QStringLiteral("rowgroup"));
            else
                writeCell(xml, QStringLiteral("td"), cells[c].text, cells[c].rowSpan);
        }
        xml.writeEndElement(); // tr
    }
    xml.writeEndElement(); // tbody
}

} // namespace

QByteArray htmlTable(const Table &table)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    xml.writeTextElement(QStringLiteral("title"), table.caption);
    xml.writeTextElement(QStringLiteral("style"), kStyle);
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("table"));
    if (!table.caption.isEmpty()) {
        xml.writeStartElement(QStringLiteral("caption"));
        writeText(xml, table.caption);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("thead"));
    xml.writeStartElement(QStringLiteral("tr"));
    for (const QString &h : table.header)
        writeCell(xml, QStringLiteral("th"), h, 1, QStringLiteral("col"));
    xml.writeEndElement(); // tr
    xml.writeEndElement(); // thead
    writeBody(xml, table);
    if (!table.footnote.isEmpty()) {
        xml.writeStartElement(QStringLiteral("tfoot"));
        xml.writeStartElement(QStringLiteral("tr"));
        xml.writeStartElement(QStringLiteral("td"));
        xml.writeAttribute(QStringLiteral("colspan"), QString::number(table.columns()));
        writeText(xml, table.footnote);
        xml.writeEndElement(); // td
        xml.writeEndElement(); // tr
        xml.writeEndElement(); // tfoot
    }
    xml.writeEndDocument(); // closes table, body, html
    // Auto-formatting puts a line break before the doctype; a document starts with it.
    while (out.startsWith('\n'))
        out.remove(0, 1);
    return out;
}

} // namespace gw
