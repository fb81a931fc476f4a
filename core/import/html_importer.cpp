#include "core/import/html_importer.h"

#include "core/import/html_entities.h"
#include "core/import/text_decoding.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace gw {

namespace {

// Elements whose content is never shown; skipped to their end tag unparsed.
const QSet<QString> kHidden = {QStringLiteral("script"),  QStringLiteral("style"),
                               QStringLiteral("title"),   QStringLiteral("template"),
                               QStringLiteral("noembed"), QStringLiteral("iframe")};
// What may stand in <head>; anything else starts the body, as browsers do.
const QSet<QString> kHeadContent = {QStringLiteral("html"), QStringLiteral("head"),
                                    QStringLiteral("meta"), QStringLiteral("link"),
                                    QStringLiteral("base"), QStringLiteral("noscript")};
const QSet<QString> kParagraphs = {
    QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("h1"),
    QStringLiteral("h2"),      QStringLiteral("h3"),         QStringLiteral("h4"),
    QStringLiteral("h5"),      QStringLiteral("h6"),         QStringLiteral("blockquote"),
    QStringLiteral("pre"),     QStringLiteral("ul"),         QStringLiteral("ol"),
    QStringLiteral("dl"),      QStringLiteral("table"),      QStringLiteral("section"),
    QStringLiteral("article"), QStringLiteral("header"),     QStringLiteral("footer"),
    QStringLiteral("nav"),     QStringLiteral("aside"),      QStringLiteral("main"),
    QStringLiteral("figure"),  QStringLiteral("figcaption"), QStringLiteral("address"),
    QStringLiteral("hr"),      QStringLiteral("form"),       QStringLiteral("fieldset"),
    QStringLiteral("details"), QStringLiteral("summary"),    QStringLiteral("caption"),
    QStringLiteral("body")};
const QSet<QString> kLines = {QStringLiteral("br"), QStringLiteral("li"), QStringLiteral("tr"),
                              QStringLiteral("dt"), QStringLiteral("dd")};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

class TextWriter
{
public:
    // Text between tags, after character references are decoded.
    void text(QStringView chars)
    {
        if (m_inHead)
            return;
        for (const QChar c : chars) {
            if (m_preDepth > 0) {
                put(c);
            } else if (isSpace(c) || c == QChar(0xA0)) {
                // Collapsing as browsers do. A no-break space counts as an
                // ordinary one: what matters here is the words, and search and
                // coding should not trip over layout characters.
                m_space = true;
            } else {
                put(c);
            }
        }
    }

    void startTag(const QString &name)
    {
        if (!kHeadContent.contains(name))
            m_inHead = false;
        if (name == QStringLiteral("head"))
            m_inHead = true;
        else if (name == QStringLiteral("tr"))
            startRow();
        else if (name == QStringLiteral("td") || name == QStringLiteral("th"))
            startCell();
        else if (m_cellDepth > 0 && (kParagraphs.contains(name) || kLines.contains(name)))
            m_space = true; // a cell stays on its row's line
        else if (kParagraphs.contains(name))
            breakAfter(2);
        else if (kLines.contains(name))
            breakAfter(1);
        if (name == QStringLiteral("pre")) {
            ++m_preDepth;
            m_skipNewline = true; // the HTML standard drops a newline right after <pre>
        } else if (name == QStringLiteral("li") && m_cellDepth == 0) {
            putRaw(QStringLiteral("- "));
        }
    }

    void endTag(const QString &name)
    {
        if (name == QStringLiteral("table"))
            m_cellDepth = 0;
        if (name == QStringLiteral("head"))
            m_inHead = false;
        else if ((name == QStringLiteral("td") || name == QStringLiteral("th")) && m_cellDepth > 0)
            --m_cellDepth;
        else if (m_cellDepth > 0 && kParagraphs.contains(name))
            m_space = true;
        else if (kParagraphs.contains(name))
            breakAfter(2);
        else if (name == QStringLiteral("li") || name == QStringLiteral("tr") ||
                 name == QStringLiteral("dt") || name == QStringLiteral("dd"))
            breakAfter(1);
        if (name == QStringLiteral("pre") && m_preDepth > 0)
            --m_preDepth;
    }

    [[nodiscard]] QString result() const
    {
        // Spaces at line ends are layout, not text.
        QStringList lines = m_out.split(u'\n');
        for (QString &line : lines)
            while (line.endsWith(u' ') || line.endsWith(u'\t'))
                line.chop(1);
        return lines.join(u'\n').trimmed();
    }

private:
    void startRow()
    {
        // Cells are often left unclosed; a new row ends them.
        m_cellDepth = 0;
        m_cellsInRow = 0;
        breakAfter(1);
    }

    void startCell()
    {
        // A row's cells are one line, joined as in the office formats.
        m_cellDepth = 1;
        if (m_cellsInRow++ > 0)
            putRaw(QStringLiteral(" | "));
    }

    void breakAfter(int lines)
    {
        m_breaks = std::max(m_breaks, lines);
        m_space = false;
    }

    void flush()
    {
        if (m_breaks > 0 && !m_out.isEmpty()) {
            qsizetype have = 0;
            while (have < m_out.size() && m_out[m_out.size() - 1 - have] == u'\n')
                ++have;
            for (qsizetype i = have; i < m_breaks; ++i)
                m_out += u'\n';
        } else if (m_space && !m_out.isEmpty() && !isSpace(m_out.back())) {
            m_out += u' ';
        }
        m_breaks = 0;
        m_space = false;
    }

    void put(QChar c)
    {
        if (m_skipNewline) {
            m_skipNewline = false;
            if (c == u'\n')
                return;
        }
        flush();
        m_out += c;
    }

    void putRaw(const QString &s)
    {
        flush();
        m_out += s;
    }

    QString m_out;
    int m_breaks = 0;
    bool m_space = false;
    bool m_inHead = false;
    bool m_skipNewline = false;
    int m_preDepth = 0;
    int m_cellDepth = 0;
    int m_cellsInRow = 0;
};

// The end of the tag whose '<' is at FROM: its '>', skipping quoted attribute values.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from + 1; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i;
        }
    }
    return html.size();
}

QString tagName(QStringView html, qsizetype from)
{
    qsizetype i = from;
    while (i < html.size() && (html[i].isLetterOrNumber() || html[i] == u'-' || html[i] == u':'))
        ++i;
    return html.sliced(from, i - from).toString().toLower();
}

void writeDecoded(QStringView chars, TextWriter &writer)
{
    QString decoded;
    decoded.reserve(chars.size());
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const qsizetype used = chars[i] == u'&' ? decodeHtmlEntity(chars, i, decoded) : 0;
        if (used > 0)
            i += used - 1;
        else
            decoded += chars[i];
    }
    writer.text(decoded);
}

} // namespace

QString htmlToText(const QString &html)
{
    TextWriter writer;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        writeDecoded(QStringView(html).sliced(i, (lt < 0 ? html.size() : lt) - i), writer);
        if (lt < 0)
            break;
        const QChar next = lt + 1 < html.size() ? html[lt + 1] : QChar();
        if (QStringView(html).sliced(lt).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), lt + 4);
            i = end < 0 ? html.size() : end + 3;
        } else if (next == u'!' || next == u'?') { // doctype, CDATA marker, processing instruction
            i = tagEnd(html, lt) + 1;
        } else if (next == u'/' && lt + 2 < html.size() && html[lt + 2].isLetter()) {
            writer.endTag(tagName(html, lt + 2));
            i = tagEnd(html, lt) + 1;
        } else if (next.isLetter()) {
            const QString name = tagName(html, lt + 1);
            const qsizetype end = tagEnd(html, lt);
            i = end + 1;
            const bool selfClosing = end < html.size() && html[end - 1] == u'/'; // XHTML <script/>
            if (kHidden.contains(name) && !selfClosing) {
                const qsizetype close =
                    html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                i = close < 0 ? html.size() : tagEnd(html, close) + 1;
            } else {
                writer.startTag(name);
            }
        } else { // a '<' that starts no tag is text, as in "a < b"
            writer.text(u"<");
            i = lt + 1;
        }
    }
    return writer.result();
}

QStringList HtmlImporter::suffixes() const
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
}

Result<ImportedText> HtmlImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    // The charset comes from a byte-order mark or <meta charset>; without
    // either the page is decoded as a text file is (UTF-8, else a guess).
    QStringDecoder decoder = QStringDecoder::decoderForHtml(bytes);
    if (!decoder.isValid())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::html_importer", "%1 declares a character set Groundwork cannot read; save it as "
                                   "UTF-8 and import it again.")
                        .arg(fileName));
    Result<QString> html = QString();
    if (QStringConverter::encodingForData(bytes) ||
        QLatin1StringView(decoder.name()) == QLatin1StringView("UTF-8")) {
        // BOMs, UTF-8 checks and the refusal of binary data as for text files.
        html = decodeText(bytes, fileName);
    } else {
        html = decoder.decode(bytes);
        if (decoder.hasError())
            html = fail(
                ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::html_importer", "%1 is not valid %2 text; save it as UTF-8 and import it again.")
                    .arg(fileName, QString::fromLatin1(decoder.name())));
    }
    if (!html)
        return std::unexpected(html.error());
    const QString text = htmlToText(*html);
    if (text.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::html_importer", "%1 has no text.").arg(fileName));
    return ImportedText{text, QStringLiteral("html"), {}, {}};
}

} // namespace gw
