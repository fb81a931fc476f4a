#include "core/import/docx_importer.h"

#include "core/import/office_text.h"
#include "core/import/zip_part.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace gw {

namespace {

const QString kPart = QStringLiteral("word/document.xml");

bool isWordNamespace(QStringView ns)
{
    // Transitional (what Word writes) and Strict OOXML.
    return ns == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
           ns == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

bool isFallback(const QXmlStreamReader &xml)
{
    // mc:AlternateContent holds the same content twice (e.g. a text box as
    // DrawingML and as VML); reading the first choice only avoids doubled text.
    return xml.name() == QLatin1String("Fallback") &&
           xml.namespaceUri() ==
               QLatin1String("http://schemas.openxmlformats.org/markup-compatibility/2006");
}

struct Paragraph
{
    QString text;
    bool listItem = false;
};

// Reads a w:pPr to its end: is the paragraph a numbered or bulleted list item?
bool readListProperty(QXmlStreamReader &xml)
{
    bool list = false;
    for (int depth = 1; depth > 0 && !xml.atEnd();) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
        } else if (xml.isStartElement()) {
            ++depth;
            const auto name = xml.name();
            const QString value = xml.attributes()
                                      .value(xml.namespaceUri().toString(), QStringLiteral("val"))
                                      .toString();
            if (name == QLatin1String("numPr"))
                list = true;
            else if (name == QLatin1String("numId") &&
                     value == QLatin1String("0")) // numbering switched off
                list = false;
            else if (name == QLatin1String("pStyle") &&
                     (value.startsWith(QLatin1String("ListBullet")) ||
                      value.startsWith(QLatin1String("ListNumber"))))
                list = true;
        }
    }
    return list;
}

// The document body as text; tables nest, and text boxes put paragraphs inside
// paragraphs, so open paragraphs are a stack.
class DocumentReader
{
public:
    explicit DocumentReader(const QByteArray &xml) : m_xml(xml) {}

    Result<QString> read(const QString &fileName)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (declaresEntities(m_xml))
                return std::unexpected(unsafeXmlError(fileName, kPart));
            if (m_xml.isStartElement()) {
                if (++m_depth > kMaxOfficeXmlDepth)
                    return std::unexpected(tooDeepError(fileName, kPart));
                start();
                if (m_xml.isEndElement()) // start() read the element to its end
                    --m_depth;
            } else if (m_xml.isEndElement()) {
                --m_depth;
                if (isWordNamespace(m_xml.namespaceUri()))
                    end(m_xml.name());
            }
        }
        if (m_xml.hasError())
            return std::unexpected(malformedXmlError(m_xml, fileName, kPart));
        return m_blocks.text();
    }

private:
    void start()
    {
        if (isFallback(m_xml)) {
            m_xml.skipCurrentElement();
            return;
        }
        if (!isWordNamespace(m_xml.namespaceUri()))
            return;
        const auto name = m_xml.name();
        if (name == QLatin1String("p")) {
            m_paragraphs.push_back({});
        } else if (name == QLatin1String("del") || name == QLatin1String("moveFrom")) {
            m_xml.skipCurrentElement(); // deleted (or moved-away) text in tracked changes
        } else if (name == QLatin1String("tbl")) {
            m_blocks.beginTable();
        } else if (m_blocks.inTopLevelTable() && name == QLatin1String("tr")) {
            m_blocks.beginRow();
        } else if (m_blocks.inTopLevelTable() && name == QLatin1String("tc")) {
            m_blocks.beginCell();
        } else if (m_paragraphs.empty()) {
            return;
        } else if (name == QLatin1String("pPr")) {
            m_paragraphs.back().listItem = readListProperty(m_xml);
        } else if (name == QLatin1String("t")) {
            m_paragraphs.back().text +=
                m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == QLatin1String("tab") || name == QLatin1String("ptab")) {
            m_paragraphs.back().text += QLatin1Char('\t');
        } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
            m_paragraphs.back().text += QLatin1Char('\n');
        } else if (name == QLatin1String("noBreakHyphen")) {
            m_paragraphs.back().text += QLatin1Char('-');
        }
    }

    void end(QStringView name)
    {
        if (name == QLatin1String("p") && !m_paragraphs.empty()) {
            const Paragraph p = m_paragraphs.back();
            m_paragraphs.pop_back();
            m_blocks.finishParagraph(p.text, p.listItem, !m_paragraphs.empty());
        } else if (name == QLatin1String("tbl")) {
            m_blocks.endTable();
        } else if (m_blocks.inTopLevelTable() && name == QLatin1String("tc")) {
            m_blocks.endCell();
        } else if (m_blocks.inTopLevelTable() && name == QLatin1String("tr")) {
            m_blocks.endRow();
        }
    }

    QXmlStreamReader m_xml;
    OfficeBlocks m_blocks;
    std::vector<Paragraph> m_paragraphs;
    int m_depth = 0; // open elements
};

} // namespace

QStringList DocxImporter::suffixes() const
{
    return {QStringLiteral("docx")};
}

Result<ImportedText> DocxImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    auto xml = readZipPart(bytes, kPart, fileName, QCoreApplication::translate("gw::docx_importer", "a Word document"));
    if (!xml)
        return std::unexpected(xml.error());
    auto text = DocumentReader(*xml).read(fileName);
    if (!text)
        return std::unexpected(text.error());
    if (text->trimmed().isEmpty())
        return std::unexpected(noTextError(fileName));
    return ImportedText{*text, QStringLiteral("docx"), {}, {}};
}

} // namespace gw
