#include "core/import/odt_importer.h"

#include "core/import/office_text.h"
#include "core/import/zip_part.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace gw {

namespace {

const QString kPart = QStringLiteral("content.xml");
constexpr QLatin1StringView kText("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
constexpr QLatin1StringView kTable("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
constexpr QLatin1StringView kOffice("urn:oasis:names:tc:opendocument:xmlns:office:1.0");

// A long run of spaces is written as <text:s text:c="N"/>; N comes from the
// file, so it is capped rather than trusted with an allocation.
constexpr int kMaxSpaces = 1024;

struct Paragraph
{
    QString text;
    bool listItem = false;
    bool collapsing = true; // ODF collapses white space, and drops it at a paragraph's start
};

// ODF white space rules: tabs, line ends and spaces in the XML are one space;
// what the author typed comes as text:s, text:tab and text:line-break.
void appendCollapsed(Paragraph &p, QStringView chars)
{
    for (const QChar c : chars) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            if (!p.collapsing)
                p.text += QLatin1Char(' ');
            p.collapsing = true;
        } else {
            p.text += c;
            p.collapsing = false;
        }
    }
}

bool isSkipped(const QXmlStreamReader &xml)
{
    const auto name = xml.name();
    if (xml.namespaceUri() == kOffice)
        return name == QLatin1String("annotation"); // comments are not the document's text
    if (xml.namespaceUri() != kText)
        return false;
    // Deleted tracked changes, the footnote mark itself, and the templates of
    // generated indexes (a table of contents keeps its generated body).
    return name == QLatin1String("tracked-changes") || name == QLatin1String("note-citation") ||
           name.endsWith(QLatin1String("-source"));
}

// The document body as text; tables nest, and notes and frames put paragraphs
// inside paragraphs, so open paragraphs are a stack.
class ContentReader
{
public:
    explicit ContentReader(const QByteArray &xml) : m_xml(xml) {}

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
                end();
            }
            else if (m_xml.isCharacters() && !m_paragraphs.empty())
                appendCollapsed(m_paragraphs.back(), m_xml.text());
        }
        if (m_xml.hasError())
            return std::unexpected(malformedXmlError(m_xml, fileName, kPart));
        return m_blocks.text();
    }

private:
    void start()
    {
        if (isSkipped(m_xml)) {
            m_xml.skipCurrentElement();
            return;
        }
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns == kTable) {
            if (name == QLatin1String("table"))
                m_blocks.beginTable();
            else if (m_blocks.inTopLevelTable() && name == QLatin1String("table-row"))
                m_blocks.beginRow();
            else if (m_blocks.inTopLevelTable() &&
                     name.endsWith(QLatin1String("table-cell"))) // also covered-table-cell
                m_blocks.beginCell();
            return;
        }
        if (ns != kText)
            return;
        if (name == QLatin1String("p") || name == QLatin1String("h")) {
            m_paragraphs.push_back({{}, m_listItemDepth > 0, true});
        } else if (name == QLatin1String("list-item") || name == QLatin1String("list-header")) {
            ++m_listItemDepth;
        } else if (m_paragraphs.empty()) {
            return;
        } else if (name == QLatin1String("s")) {
            const int count = m_xml.attributes().value(kText, QStringLiteral("c")).toInt();
            m_paragraphs.back().text += QString(std::clamp(count, 1, kMaxSpaces), QLatin1Char(' '));
            m_paragraphs.back().collapsing = false;
        } else if (name == QLatin1String("tab")) {
            m_paragraphs.back().text += QLatin1Char('\t');
            m_paragraphs.back().collapsing = false;
        } else if (name == QLatin1String("line-break")) {
            m_paragraphs.back().text += QLatin1Char('\n');
            m_paragraphs.back().collapsing = true;
        }
    }

    void end()
    {
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns == kTable) {
            if (name == QLatin1String("table"))
                m_blocks.endTable();
            else if (m_blocks.inTopLevelTable() && name == QLatin1String("table-row"))
                m_blocks.endRow();
            else if (m_blocks.inTopLevelTable() && name.endsWith(QLatin1String("table-cell")))
                m_blocks.endCell();
            return;
        }
        if (ns != kText)
            return;
        if ((name == QLatin1String("p") || name == QLatin1String("h")) && !m_paragraphs.empty()) {
            Paragraph p = m_paragraphs.back();
            m_paragraphs.pop_back();
            if (p.text.endsWith(QLatin1Char(' ')) && p.collapsing)
                p.text.chop(1); // collapsed white space at the end is not text either
            m_blocks.finishParagraph(p.text, p.listItem, !m_paragraphs.empty());
        } else if (name == QLatin1String("list-item") || name == QLatin1String("list-header")) {
            --m_listItemDepth;
        }
    }

    QXmlStreamReader m_xml;
    OfficeBlocks m_blocks;
    std::vector<Paragraph> m_paragraphs;
    int m_listItemDepth = 0;
    int m_depth = 0; // open elements
};

} // namespace

QStringList OdtImporter::suffixes() const
{
    return {QStringLiteral("odt")};
}

Result<ImportedText> OdtImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    auto xml = readZipPart(bytes, kPart, fileName, QCoreApplication::translate("gw::odt_importer", "an OpenDocument text"));
    if (!xml)
        return std::unexpected(xml.error());
    auto text = ContentReader(*xml).read(fileName);
    if (!text)
        return std::unexpected(text.error());
    if (text->trimmed().isEmpty())
        return std::unexpected(noTextError(fileName));
    return ImportedText{*text, QStringLiteral("odt"), {}, {}};
}

} // namespace gw
