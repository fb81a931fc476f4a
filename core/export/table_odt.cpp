// A table as an OpenDocument text (.odt) written directly as its zip package:
// the caption, a table whose header row repeats on every page, spanning cells
// (ODF covered cells), a rule above every group of the first grouping column
// (a dimension), and the footnotes as a small paragraph below. Written with
// QXmlStreamWriter into KArchive's KZip, with the "mimetype" entry first and
// stored, as ODF requires.
#include "core/export/odt_package.h"
#include "core/export/table_formats.h"

#include <QXmlStreamWriter>
#include <cmath>

namespace gw {

using namespace odt;

namespace {

// Column widths in cm on an A4 page's 17 cm text width.
QList<double> columnWidths(const Table &table)
{
    QList<double> out = table.widths();
    for (double &w : out)
        w = std::round(w * 170) / 10;
    return out;
}

void writeAutomaticStyles(QXmlStreamWriter &xml, const Table &table)
{
    const int columns = table.columns();
    const QString rule = QStringLiteral("0.5pt solid #000000");
    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    writeStyle(xml, QStringLiteral("Table1"), QStringLiteral("table"), QStringLiteral("table-properties"),
               {{QStringLiteral("style:width"), QStringLiteral("17cm")}, {QStringLiteral("table:align"), QStringLiteral("left")}});
    const QList<double> widths = columnWidths(table);
    for (int i = 0; i < columns; ++i)
        writeStyle(xml, QStringLiteral("Table1.%1").arg(QChar(u'A' + i)), QStringLiteral("table-column"),
                   QStringLiteral("table-column-properties"),
                   {{QStringLiteral("style:column-width"), QStringLiteral("%1cm").arg(widths[i])}});
    const std::pair<QString, QString> padding{QStringLiteral("fo:padding"), QStringLiteral("0.1cm")};
    const std::pair<QString, QString> top{QStringLiteral("style:vertical-align"), QStringLiteral("top")};
    writeStyle(xml, QStringLiteral("Head"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"),
               {padding, top, {QStringLiteral("fo:border-top"), rule}, {QStringLiteral("fo:border-bottom"), rule}});
    writeStyle(xml, QStringLiteral("Cell"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"),
               {padding, top});
    writeStyle(xml, QStringLiteral("RuledCell"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"),
               {padding, top, {QStringLiteral("fo:border-top"), rule}});
    writeStyle(xml, QStringLiteral("Caption"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    writeStyle(xml, QStringLiteral("HeadText"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    writeStyle(xml, QStringLiteral("CellText"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("fo:font-size"), QStringLiteral("10pt")}});
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Note"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(kFo, QStringLiteral("border-top"), rule);
    xml.writeAttribute(kFo, QStringLiteral("padding-top"), QStringLiteral("0.1cm"));
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    xml.writeAttribute(kFo, QStringLiteral("font-size"), QStringLiteral("9pt"));
    xml.writeEndElement();
    writeSuperscriptStyle(xml);
    xml.writeEndElement(); // automatic-styles
}

void writeCell(QXmlStreamWriter &xml, const QString &text, int rowSpan, bool ruled)
{
    if (rowSpan == 0) {
        xml.writeEmptyElement(kTable, QStringLiteral("covered-table-cell"));
        return;
    }
    xml.writeStartElement(kTable, QStringLiteral("table-cell"));
    xml.writeAttribute(kTable, QStringLiteral("style-name"), ruled ? QStringLiteral("RuledCell") : QStringLiteral("Cell"));
    xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
    if (rowSpan > 1)
        xml.writeAttribute(kTable, QStringLiteral("number-rows-spanned"), QString::number(rowSpan));
    writeParagraph(xml, QStringLiteral("CellText"), text);
    xml.writeEndElement();
}

void writeTable(QXmlStreamWriter &xml, const Table &table)
{
    xml.writeStartElement(kTable, QStringLiteral("table"));
    xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Table1"));
    xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table1"));
    for (int i = 0; i < table.columns(); ++i) {
        xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table1.%1").arg(QChar(u'A' + i)));
    }
    xml.writeStartElement(kTable, QStringLiteral("table-header-rows"));
    xml.writeStartElement(kTable, QStringLiteral("table-row"));
    for (const QString &h : table.header) {
        xml.writeStartElement(kTable, QStringLiteral("table-cell"));
        xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Head"));
        xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
        writeParagraph(xml, QStringLiteral("HeadText"), h);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // table-row
    xml.writeEndElement(); // table-header-rows
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        // A rule above each group but the first, which sits under the header's.
        const bool ruled = table.startsGroup(i, 0);
        xml.writeStartElement(kTable, QStringLiteral("table-row"));
        for (const TableCell &cell : table.rows[i])
            writeCell(xml, cell.text, cell.rowSpan, ruled);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // table
}

QByteArray contentXml(const Table &table)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-content"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    writeAutomaticStyles(xml, table);
    xml.writeStartElement(kOffice, QStringLiteral("body"));
    xml.writeStartElement(kOffice, QStringLiteral("text"));
    if (!table.caption.isEmpty())
        writeParagraph(xml, QStringLiteral("Caption"), table.caption);
    writeTable(xml, table);
    if (!table.footnote.isEmpty())
        writeParagraph(xml, QStringLiteral("Note"), table.footnote);
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<QByteArray> odtTable(const Table &table, const QString &fileName)
{
    return odtPackage(contentXml(table), table.caption, fileName);
}

} // namespace gw
