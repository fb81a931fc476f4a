// The packaged formats of the synthetic corpus: .docx and .odt (ZIP packages
// written with KZip) and .pdf (QPdfWriter).
#include "document_formats.h"

#include <KZip>
#include <QDateTime>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>
#include <QUuid>
#include <cctype>

namespace gw::bench {

namespace {

const QDateTime &fixedTime()
{
    static const QDateTime t(QDate(2021, 6, 1), QTime(12, 0), QTimeZone::UTC);
    return t;
}

QString esc(const QString &s) { return s.toHtmlEscaped(); }

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    zip.setExtraField(KZip::NoExtraField);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        // An ODF package's mimetype must come first, stored uncompressed.
        const bool stored = entries[i].first == QLatin1String("mimetype");
        zip.setCompression(stored ? KZip::NoCompression : KZip::DeflateCompression);
        if (!zip.writeFile(entries[i].first, entries[i].second, 0100644, QString(), QString(), fixedTime(),
                           fixedTime(), fixedTime()))
            return false;
    }
    return zip.close();
}

QString docxParagraph(const QString &style, const QString &text)
{
    const QString props = style.isEmpty() ? QString() : QStringLiteral("<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(style);
    // Split the first sentence into its own run, as word processors do.
    const qsizetype cut = text.indexOf(QStringLiteral(". "));
    if (cut < 0)
        return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>").arg(props, esc(text));
    return QStringLiteral("<w:p>%1<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">%2</w:t></w:r>"
                          "<w:r><w:t xml:space=\"preserve\">%3</w:t></w:r></w:p>")
        .arg(props, esc(text.first(cut + 2)), esc(text.sliced(cut + 2)));
}

} // namespace

bool writeDocx(const QString &path, const StructuredText &doc)
{
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    QString body = docxParagraph(QStringLiteral("Title"), doc.title);
    for (const Block &block : doc.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading: body += docxParagraph(QStringLiteral("Heading1"), block.text); break;
        case Block::Kind::Paragraph: body += docxParagraph({}, block.text); break;
        case Block::Kind::ListItem: body += docxParagraph(QStringLiteral("ListParagraph"), block.text); break;
        case Block::Kind::Table:
            body += QStringLiteral("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" "
                                   "w:type=\"auto\"/></w:tblPr><w:tblGrid>%1</w:tblGrid>")
                        .arg(QStringLiteral("<w:gridCol w:w=\"2250\"/>").repeated(block.rows.first().size()));
            for (const QStringList &row : block.rows) {
                body += QStringLiteral("<w:tr>");
                for (const QString &cell : row)
                    body += QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"2250\" w:type=\"dxa\"/></w:tcPr>%1</w:tc>")
                                .arg(docxParagraph({}, cell));
                body += QStringLiteral("</w:tr>");
            }
            body += QStringLiteral("</w:tbl>");
            break;
        }
    }
    const QString document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body>%1<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
            .arg(body);
    return writeZip(path, {{QStringLiteral("[Content_Types].xml"), types},
                           {QStringLiteral("_rels/.rels"), rels},
                           {QStringLiteral("word/document.xml"), document.toUtf8()}});
}

bool writeOdt(const QString &path, const StructuredText &doc)
{
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    QString body = QStringLiteral("<text:h text:outline-level=\"1\">%1</text:h>").arg(esc(doc.title));
    bool inList = false;
    for (const Block &block : doc.blocks) {
        if (inList && block.kind != Block::Kind::ListItem) {
            body += QStringLiteral("</text:list>");
            inList = false;
        }
        switch (block.kind) {
        case Block::Kind::Heading:
            body += QStringLiteral("<text:h text:outline-level=\"2\">%1</text:h>").arg(esc(block.text));
            break;
        case Block::Kind::Paragraph: body += QStringLiteral("<text:p>%1</text:p>").arg(esc(block.text)); break;
        case Block::Kind::ListItem:
            if (!inList)
                body += QStringLiteral("<text:list>");
            inList = true;
            body += QStringLiteral("<text:list-item><text:p>%1</text:p></text:list-item>").arg(esc(block.text));
            break;
        case Block::Kind::Table:
            body += QStringLiteral("<table:table table:name=\"Table1\"><table:table-column "
                                   "table:number-columns-repeated=\"%1\"/>")
                        .arg(block.rows.first().size());
            for (const QStringList &row : block.rows) {
                body += QStringLiteral("<table:table-row>");
                for (const QString &cell : row)
                    body += QStringLiteral("<table:table-cell office:value-type=\"string\"><text:p>%1</text:p>"
                                           "</table:table-cell>")
                                .arg(esc(cell));
                body += QStringLiteral("</table:table-row>");
            }
            body += QStringLiteral("</table:table>");
            break;
        }
    }
    if (inList)
        body += QStringLiteral("</text:list>");
    const QString content = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
        "<office:body><office:text>%1</office:text></office:body></office:document-content>").arg(body);
    return writeZip(path, {{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
                           {QStringLiteral("META-INF/manifest.xml"), manifest},
                           {QStringLiteral("content.xml"), content.toUtf8()}});
}

namespace {

// QPdfWriter stamps the current time into /CreationDate; overwrite its digits
// with a fixed date (same length, so the cross-reference offsets stay valid).
bool pinPdfDates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray pdf = file.readAll();
    for (const QByteArray &key : {QByteArrayLiteral("/CreationDate (D:"), QByteArrayLiteral("/ModDate (D:")}) {
        for (qsizetype at = pdf.indexOf(key); at >= 0; at = pdf.indexOf(key, at + 1)) {
            const qsizetype from = at + key.size();
            const QByteArray fixed = "20210601120000";
            for (qsizetype i = 0; i < fixed.size() && from + i < pdf.size() && std::isdigit(uchar(pdf[from + i])); ++i)
                pdf[from + i] = fixed[i];
        }
    }
    file.seek(0);
    return file.write(pdf) == pdf.size();
}

} // namespace

int writePdf(const QString &path, const StructuredText &doc, int serial)
{
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("groundwork-corpus"));
        writer.setDocumentId(QUuid(0x67726f75u, 0x6e64, 0x776b, 0, 0, 0, 0, uchar(serial >> 24), uchar(serial >> 16),
                                   uchar(serial >> 8), uchar(serial)));
        writer.setDocumentXmpMetadata(QByteArrayLiteral(
            "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            "</x:xmpmeta><?xpacket end=\"w\"?>"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(144);
        QPainter painter(&writer);
        if (!painter.isActive())
            return 0;
        const QRectF area(0, 0, writer.width(), writer.height());
        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPointSizeF(10.5);
        QFont heading = body;
        heading.setBold(true);
        heading.setPointSizeF(13);
        qreal y = 0;
        pages = 1;
        auto draw = [&](const QString &text, const QFont &font, qreal indent) {
            painter.setFont(font);
            const QFontMetricsF fm(font, &writer);
            const qreal lineHeight = fm.lineSpacing();
            const qreal space = fm.horizontalAdvance(QLatin1Char(' '));
            QString line;
            qreal width = 0;
            auto flush = [&] {
                if (y + lineHeight > area.height()) {
                    writer.newPage();
                    ++pages;
                    y = 0;
                }
                painter.drawText(QPointF(indent, y + fm.ascent()), line);
                y += lineHeight;
                line.clear();
                width = 0;
            };
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const qreal w = fm.horizontalAdvance(word);
                if (!line.isEmpty() && width + space + w > area.width() - indent)
                    flush();
                width += (line.isEmpty() ? 0 : space) + w;
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            if (!line.isEmpty())
                flush();
            y += lineHeight / 2;
        };
        draw(doc.title, heading, 0);
        for (const Block &block : doc.blocks) {
            if (block.kind == Block::Kind::Table) {
                for (const QStringList &row : block.rows)
                    draw(row.join(QStringLiteral("  |  ")), body, 0);
            } else {
                draw(block.kind == Block::Kind::ListItem ? QStringLiteral("• ") + block.text : block.text,
                     block.kind == Block::Kind::Heading ? heading : body, block.kind == Block::Kind::ListItem ? 24 : 0);
            }
        }
    }
    return pinPdfDates(path) ? pages : 0;
}

} // namespace gw::bench
