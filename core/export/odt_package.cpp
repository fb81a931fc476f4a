// The package and elements every OpenDocument text shares (odt_package.h).
#include "core/export/odt_package.h"

#include <KZip>
#include <QBuffer>
#include <QCoreApplication>

namespace gw::odt {

namespace {

const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QByteArray kMimeType = QByteArrayLiteral("application/vnd.oasis.opendocument.text");

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
        } else if (c == kMarkOpen) { // a footnote marker, raised by the "Sup" text style
            flush();
            const qsizetype close = text.indexOf(kMarkClose, i);
            const qsizetype end = close < 0 ? text.size() : close;
            xml.writeStartElement(kText, QStringLiteral("span"));
            xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Sup"));
            xml.writeCharacters(text.mid(i + 1, end - i - 1));
            xml.writeEndElement();
            i = end;
            lineStart = false;
        } else {
            run += c;
            lineStart = false;
        }
    }
    flush();
}

void writeSuperscriptStyle(QXmlStreamWriter &xml)
{
    writeStyle(xml, QStringLiteral("Sup"), QStringLiteral("text"), QStringLiteral("text-properties"),
               {{QStringLiteral("style:text-position"), QStringLiteral("super 58%")}});
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

Result<QByteArray> odtPackage(const QByteArray &content, const QString &title, const QString &fileName)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    zip.setExtraField(KZip::NoExtraField);
    if (!zip.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::odt_package", "Could not write %1: %2").arg(fileName, zip.errorString()));
    zip.setCompression(KZip::NoCompression);
    bool ok = zip.writeFile(QStringLiteral("mimetype"), kMimeType);
    zip.setCompression(KZip::DeflateCompression);
    ok = ok && zip.writeFile(QStringLiteral("META-INF/manifest.xml"), manifestXml()) &&
         zip.writeFile(QStringLiteral("meta.xml"), metaXml(title)) &&
         zip.writeFile(QStringLiteral("styles.xml"), stylesXml()) &&
         zip.writeFile(QStringLiteral("content.xml"), content);
    const QString reason = zip.errorString();
    if (!zip.close() || !ok)
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::odt_package", "Could not write %1: the OpenDocument package failed (%2).")
                                       .arg(fileName, reason.isEmpty() ? zip.errorString() : reason));
    return bytes;
}

} // namespace gw::odt
