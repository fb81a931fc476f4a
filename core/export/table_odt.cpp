// A table as an OpenDocument text (.odt) written directly as its zip package:
// the caption, a table whose header row repeats on every page, spanning cells
// (ODF covered cells), a rule above every group of the first grouping column
// (a dimension), and the footnotes as a small paragraph below. Written with
// QXmlStreamWriter into KArchive's KZip, with the "mimetype" entry first and
// stored, as ODF requires.
#include "core/export/table_formats.h"

#include <KZip>
#include <QBuffer>
#include <QXmlStreamWriter>
#include <cmath>

namespace gw {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");

const QByteArray kMimeType = QByteArrayLiteral("application/vnd.oasis.opendocument.text");

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kStyle, QStringLiteral("style"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kTable, QStringLiteral("table"));
    xml.writeNamespace(kFo, QStringLiteral("fo"));
}

// ODF collapses white space like HTML: what should survive is spelled out as
// text:s (spaces), text:tab and text:line-break.
void writeOdfText(QXmlStreamWriter &xml, const QString &text)
{
    QString run;
    bool lineStart = true;
    const auto flush = [&] {
        xml.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ') {
            qsizetype n = 1;
            while (i + n < text.size() && text.at(i + n) == u' ')
                ++n;
            if (n == 1 && !lineStart) {
                run += c;
            } else {
                flush();
                xml.writeEmptyElement(kText, QStringLiteral("s"));
                xml.writeAttribute(kText, QStringLiteral("c"), QString::number(n));
            }
            i += n - 1;
            lineStart = false;
        } else if (c == u'\n' || c == u'\t') {
            flush();
            xml.writeEmptyElement(kText, c == u'\n' ? QStringLiteral("line-break") : QStringLiteral("tab"));
            lineStart = c == u'\n';
        } else {
            run += c;
            lineStart = false;
        }
    }
    flush();
}

void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), style);
    writeOdfText(xml, text);
    xml.writeEndElement();
}

void writeStyle(QXmlStreamWriter &xml, const QString &name, const QString &family,
                const QString &propertiesElement, const QList<std::pair<QString, QString>> &properties)
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("family"), family);
    xml.writeEmptyElement(kStyle, propertiesElement);
    for (const auto &[attribute, value] : properties) {
        const qsizetype colon = attribute.indexOf(u':');
        const QString ns = attribute.left(colon) == u"fo" ? kFo : attribute.left(colon) == u"table" ? kTable : kStyle;
        xml.writeAttribute(ns, attribute.mid(colon + 1), value);
    }
    xml.writeEndElement();
}

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

// A4 portrait with 2 cm margins, so the 17 cm table fits the text width.
QByteArray stylesXml()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-styles"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("page-layout"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Page"));
    xml.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(kFo, QStringLiteral("page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(kFo, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    for (const QString &side : {QStringLiteral("top"), QStringLiteral("bottom"), QStringLiteral("left"), QStringLiteral("right")})
        xml.writeAttribute(kFo, QStringLiteral("margin-") + side, QStringLiteral("2cm"));
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles
    xml.writeStartElement(kOffice, QStringLiteral("master-styles"));
    xml.writeEmptyElement(kStyle, QStringLiteral("master-page"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("Page"));
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(kManifest, QStringLiteral("manifest"));
    xml.writeStartElement(kManifest, QStringLiteral("manifest"));
    xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.3"));
    const QList<std::pair<QString, QString>> entries{
        {QStringLiteral("/"), QString::fromLatin1(kMimeType)},
        {QStringLiteral("content.xml"), QStringLiteral("text/xml")},
        {QStringLiteral("styles.xml"), QStringLiteral("text/xml")},
        {QStringLiteral("meta.xml"), QStringLiteral("text/xml")}};
    for (const auto &[path, type] : entries) {
        xml.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        xml.writeAttribute(kManifest, QStringLiteral("full-path"), path);
        if (path == u"/")
            xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.3"));
        xml.writeAttribute(kManifest, QStringLiteral("media-type"), type);
    }
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kMeta, QStringLiteral("meta"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeStartElement(kOffice, QStringLiteral("document-meta"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(kOffice, QStringLiteral("meta"));
    xml.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("Groundwork"));
    if (!title.isEmpty())
        xml.writeTextElement(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("title"), title);
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<QByteArray> odtTable(const Table &table, const QString &fileName)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    zip.setExtraField(KZip::NoExtraField);
    if (!zip.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, QStringLiteral("Could not write %1: %2").arg(fileName, zip.errorString()));
    zip.setCompression(KZip::NoCompression);
    bool ok = zip.writeFile(QStringLiteral("mimetype"), kMimeType);
    zip.setCompression(KZip::DeflateCompression);
    ok = ok && zip.writeFile(QStringLiteral("META-INF/manifest.xml"), manifestXml()) &&
         zip.writeFile(QStringLiteral("meta.xml"), metaXml(table.caption)) &&
         zip.writeFile(QStringLiteral("styles.xml"), stylesXml()) &&
         zip.writeFile(QStringLiteral("content.xml"), contentXml(table));
    const QString reason = zip.errorString();
    if (!zip.close() || !ok)
        return fail(ErrorKind::Io, QStringLiteral("Could not write %1: the OpenDocument package failed (%2).")
                                       .arg(fileName, reason.isEmpty() ? zip.errorString() : reason));
    return bytes;
}

} // namespace gw
