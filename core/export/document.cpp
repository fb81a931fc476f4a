// The report document in Markdown, HTML and LaTeX; document_odt.cpp writes ODT.
#include "core/export/document.h"

#include "core/export/atomic_file.h"
#include "core/export/table_formats.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace gw {

void Document::heading(int level, const QString &text)
{
    blocks.push_back({DocumentBlock::Kind::Heading, level, cleanedCellText(text), {}, {}});
}

void Document::paragraph(const QString &text, const QString &lead)
{
    blocks.push_back({DocumentBlock::Kind::Paragraph, 0, cleanedCellText(text), cleanedCellText(lead), {}});
}

void Document::quote(const QString &text, const QString &attribution)
{
    blocks.push_back({DocumentBlock::Kind::Quote, 0, cleanedCellText(text), {}, cleanedCellText(attribution)});
}

void Document::note(const QString &text)
{
    blocks.push_back({DocumentBlock::Kind::Note, 0, cleanedCellText(text), {}, {}});
}

std::optional<DocumentFormat> documentFormatFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"md" || n == u"markdown")
        return DocumentFormat::Markdown;
    if (n == u"tex" || n == u"latex")
        return DocumentFormat::Latex;
    if (n == u"html" || n == u"htm")
        return DocumentFormat::Html;
    if (n == u"odt")
        return DocumentFormat::Odt;
    return std::nullopt;
}

namespace {

// A quote's text on one line, in typographic quotation marks.
QString quoted(const QString &text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text.simplified());
}

QByteArray markdown(const Document &d)
{
    QString out = QStringLiteral("# %1\n\n").arg(markdownEscaped(d.title));
    if (!d.subtitle.isEmpty())
        out += QStringLiteral("*%1*\n\n").arg(markdownEscaped(d.subtitle));
    for (const DocumentBlock &b : d.blocks) {
        switch (b.kind) {
        case DocumentBlock::Kind::Heading:
            out += QString(std::clamp(b.level, 1, 3) + 1, u'#') + u' ' + markdownEscaped(b.text) + QStringLiteral("\n\n");
            break;
        case DocumentBlock::Kind::Paragraph:
            if (!b.lead.isEmpty())
                out += QStringLiteral("**%1** ").arg(markdownEscaped(b.lead));
            out += markdownEscaped(b.text) + QStringLiteral("\n\n");
            break;
        case DocumentBlock::Kind::Quote:
            out += QStringLiteral("> %1").arg(markdownEscaped(quoted(b.text)));
            if (!b.attribution.isEmpty())
                out += QStringLiteral(" %1").arg(markdownEscaped(b.attribution));
            out += QStringLiteral("\n\n");
            break;
        case DocumentBlock::Kind::Note: out += QStringLiteral("*%1*\n\n").arg(markdownEscaped(b.text)); break;
        }
    }
    return out.toUtf8();
}

QByteArray latex(const Document &d)
{
    // A fragment: sections below the chapter the researcher puts it in.
    static const QStringList sections{QStringLiteral("section"), QStringLiteral("subsection"),
                                      QStringLiteral("subsubsection")};
    QString out = QStringLiteral("%% %1\n").arg(QString(d.title).replace(u'\n', u' '));
    if (!d.subtitle.isEmpty())
        out += QStringLiteral("%% %1\n").arg(QString(d.subtitle).replace(u'\n', u' '));
    out += u'\n';
    for (const DocumentBlock &b : d.blocks) {
        switch (b.kind) {
        case DocumentBlock::Kind::Heading:
            out += QStringLiteral("\\%1{%2}\n\n").arg(sections[std::clamp(b.level, 1, 3) - 1], latexEscaped(b.text));
            break;
        case DocumentBlock::Kind::Paragraph:
            if (!b.lead.isEmpty())
                out += QStringLiteral("\\textbf{%1} ").arg(latexEscaped(b.lead));
            out += latexEscaped(b.text) + QStringLiteral("\n\n");
            break;
        case DocumentBlock::Kind::Quote:
            out += QStringLiteral("\\begin{quote}\n``%1''").arg(latexEscaped(b.text.simplified()));
            if (!b.attribution.isEmpty())
                out += QStringLiteral(" %1").arg(latexEscaped(b.attribution));
            out += QStringLiteral("\n\\end{quote}\n\n");
            break;
        case DocumentBlock::Kind::Note: out += QStringLiteral("{\\small %1}\n\n").arg(latexEscaped(b.text)); break;
        }
    }
    return out.toUtf8();
}

// Line breaks inside a paragraph become <br/>.
void writeLines(QXmlStreamWriter &xml, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(QStringLiteral("br"));
        xml.writeCharacters(lines[i]);
    }
}

QByteArray html(const Document &d)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://www.w3.org/1999/xhtml"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    xml.writeTextElement(QStringLiteral("title"), d.title);
    xml.writeTextElement(QStringLiteral("style"),
                         QStringLiteral("body { font-family: serif; max-width: 42em; margin: 2em auto; line-height: 1.45; }\n"
                                        "blockquote { margin: 0.6em 2em; }\n"
                                        "blockquote .who { font-style: normal; color: #444; }\n"
                                        ".note { font-size: 0.85em; color: #444; }\n"));
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));
    xml.writeTextElement(QStringLiteral("h1"), d.title);
    if (!d.subtitle.isEmpty()) {
        xml.writeStartElement(QStringLiteral("p"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("note"));
        xml.writeCharacters(d.subtitle);
        xml.writeEndElement();
    }
    for (const DocumentBlock &b : d.blocks) {
        switch (b.kind) {
        case DocumentBlock::Kind::Heading:
            xml.writeTextElement(QStringLiteral("h%1").arg(std::clamp(b.level, 1, 3) + 1), b.text);
            break;
        case DocumentBlock::Kind::Paragraph:
            xml.writeStartElement(QStringLiteral("p"));
            if (!b.lead.isEmpty())
                xml.writeTextElement(QStringLiteral("strong"), b.lead + u' ');
            writeLines(xml, b.text);
            xml.writeEndElement();
            break;
        case DocumentBlock::Kind::Quote:
            xml.writeStartElement(QStringLiteral("blockquote"));
            xml.writeStartElement(QStringLiteral("p"));
            xml.writeCharacters(quoted(b.text));
            if (!b.attribution.isEmpty()) {
                xml.writeCharacters(QStringLiteral(" "));
                xml.writeStartElement(QStringLiteral("span"));
                xml.writeAttribute(QStringLiteral("class"), QStringLiteral("who"));
                xml.writeCharacters(b.attribution);
                xml.writeEndElement();
            }
            xml.writeEndElement(); // p
            xml.writeEndElement(); // blockquote
            break;
        case DocumentBlock::Kind::Note:
            xml.writeStartElement(QStringLiteral("p"));
            xml.writeAttribute(QStringLiteral("class"), QStringLiteral("note"));
            writeLines(xml, b.text);
            xml.writeEndElement();
            break;
        }
    }
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<QByteArray> documentBytes(const Document &document, DocumentFormat format, const QString &fileName)
{
    switch (format) {
    case DocumentFormat::Markdown: return markdown(document);
    case DocumentFormat::Latex: return latex(document);
    case DocumentFormat::Html: return html(document);
    case DocumentFormat::Odt: return odtDocument(document, fileName);
    }
    return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::document", "%1: not a document format.").arg(fileName));
}

Status writeDocument(const Document &document, DocumentFormat format, const QString &path)
{
    auto bytes = documentBytes(document, format, path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return writeFileAtomically(*bytes, path);
}

} // namespace gw
