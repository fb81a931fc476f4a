// The report document as OpenDocument text: the title, headings as ODF
// headings (so a word processor lists them in its navigator and table of
// contents), paragraphs with a bold lead, quotes indented with their
// attribution, and notes in a smaller size.
#include "core/export/document.h"
#include "core/export/odt_package.h"

#include <algorithm>

namespace gw {

using namespace odt;

namespace {

void writeDocumentStyles(QXmlStreamWriter &xml)
{
    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    writeStyle(xml, QStringLiteral("Title"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("fo:font-size"), QStringLiteral("18pt")}, {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    const QStringList sizes{QStringLiteral("15pt"), QStringLiteral("13pt"), QStringLiteral("11pt")};
    for (int level = 1; level <= 3; ++level)
        writeStyle(xml, QStringLiteral("H%1").arg(level), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
                   {{QStringLiteral("fo:font-size"), sizes[level - 1]}, {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    writeStyle(xml, QStringLiteral("Body"), QStringLiteral("paragraph"), QStringLiteral("paragraph-properties"),
               {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")}});
    writeStyle(xml, QStringLiteral("Quote"), QStringLiteral("paragraph"), QStringLiteral("paragraph-properties"),
               {{QStringLiteral("fo:margin-left"), QStringLiteral("1cm")}, {QStringLiteral("fo:margin-right"), QStringLiteral("1cm")},
                {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")}});
    writeStyle(xml, QStringLiteral("Small"), QStringLiteral("paragraph"), QStringLiteral("text-properties"),
               {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}, {QStringLiteral("fo:color"), QStringLiteral("#444444")}});
    writeStyle(xml, QStringLiteral("Bold"), QStringLiteral("text"), QStringLiteral("text-properties"),
               {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    writeSuperscriptStyle(xml);
    xml.writeEndElement();
}

QByteArray contentXml(const Document &d)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-content"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    writeDocumentStyles(xml);
    xml.writeStartElement(kOffice, QStringLiteral("body"));
    xml.writeStartElement(kOffice, QStringLiteral("text"));
    writeParagraph(xml, QStringLiteral("Title"), d.title);
    if (!d.subtitle.isEmpty())
        writeParagraph(xml, QStringLiteral("Small"), d.subtitle);
    for (const DocumentBlock &b : d.blocks) {
        switch (b.kind) {
        case DocumentBlock::Kind::Heading: {
            const int level = std::clamp(b.level, 1, 3);
            xml.writeStartElement(kText, QStringLiteral("h"));
            xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("H%1").arg(level));
            xml.writeAttribute(kText, QStringLiteral("outline-level"), QString::number(level));
            writeOdfText(xml, b.text);
            xml.writeEndElement();
            break;
        }
        case DocumentBlock::Kind::Paragraph:
            xml.writeStartElement(kText, QStringLiteral("p"));
            xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Body"));
            if (!b.lead.isEmpty()) {
                xml.writeStartElement(kText, QStringLiteral("span"));
                xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Bold"));
                writeOdfText(xml, b.lead);
                xml.writeEndElement();
                xml.writeCharacters(QStringLiteral(" "));
            }
            writeOdfText(xml, b.text);
            xml.writeEndElement();
            break;
        case DocumentBlock::Kind::Quote:
            writeParagraph(xml, QStringLiteral("Quote"),
                           QStringLiteral("\u201C%1\u201D%2")
                               .arg(b.text.simplified(), b.attribution.isEmpty() ? QString() : u' ' + b.attribution));
            break;
        case DocumentBlock::Kind::Note: writeParagraph(xml, QStringLiteral("Small"), b.text); break;
        }
    }
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<QByteArray> odtDocument(const Document &document, const QString &fileName)
{
    return odtPackage(contentXml(document), document.title, fileName);
}

} // namespace gw
