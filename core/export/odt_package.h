#pragma once
// The parts of an OpenDocument text that the table writer (table_odt.cpp) and
// the document writer (document_odt.cpp) share: the namespaces, text with its
// white space kept, paragraph and style elements, and the package around a
// content.xml.

#include "core/error.h"
#include "core/export/table.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>
#include <utility>

namespace gw::odt {

inline const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

// Declares the office, style, text, table and fo prefixes.
void declareNamespaces(QXmlStreamWriter &xml);
// TEXT with its runs of spaces, tabs and line breaks spelled out, and its
// footnote markers (table.h) in a span of the "Sup" text style, which
// writeSuperscriptStyle declares.
void writeOdfText(QXmlStreamWriter &xml, const QString &text);
void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text);
// An automatic style NAME of FAMILY with PROPERTIES ("fo:font-size", "10pt") on
// one properties element.
void writeStyle(QXmlStreamWriter &xml, const QString &name, const QString &family, const QString &propertiesElement,
                const QList<std::pair<QString, QString>> &properties);
// The automatic text style "Sup": raised and smaller, for footnote markers.
void writeSuperscriptStyle(QXmlStreamWriter &xml);
// The .odt package around CONTENT (content.xml): an A4 page with 2 cm margins,
// the manifest and metadata with TITLE. FILENAME names the file in errors.
[[nodiscard]] Result<QByteArray> odtPackage(const QByteArray &content, const QString &title, const QString &fileName);

} // namespace gw::odt
