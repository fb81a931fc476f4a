#pragma once
// Reads each Table 1 format back into cells, structurally: Markdown rows split
// on unescaped pipes, LaTeX rows on unescaped &, HTML and ODT through an XML
// reader with their row spans, CSV and XLSX through the project's own sheet
// readers. Shared by the unit tests and the CLI end-to-end test.

#include "core/import/sheet.h"
#include "core/import/zip_part.h"
#include "tests/unit/export/published_table1.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace gw::test {

// What a table file holds. ROWS are as printed: a dimension or theme named
// once has empty cells below it (spans are expanded into empty cells), except
// in CSV, which repeats them.
struct ReadTable
{
    QString caption;
    QStringList header;
    QList<QStringList> rows;
    QString footnote;
    QList<int> dimensionSpans; // HTML and ODT: rowspans of the dimension cells, in order
    QList<int> themeSpans;     // and of the theme cells
    QString error;             // why the file could not be read
};

// Rows with every dimension and theme written out (empty cells filled from above).
inline QList<QStringList> filledDown(const QList<QStringList> &rows)
{
    QList<QStringList> out;
    QStringList last;
    for (QStringList row : rows) {
        if (!last.isEmpty()) {
            if (row.value(0).isEmpty())
                row[0] = last[0];
            if (row.value(1).isEmpty() && row.value(0) == last[0])
                row[1] = last[1];
        }
        out << row;
        last = row;
    }
    return out;
}

// Table 1 as published: one (dimension, theme, code) per row.
inline QList<QStringList> publishedRows()
{
    QList<QStringList> out;
    for (const PublishedRow &r : kPublishedTable1)
        out << QStringList{r.dimension.toString(), r.theme.toString(), r.code.toString()};
    return out;
}

// The published rows as a table prints them: each dimension and theme named once.
inline QList<QStringList> publishedPrintedRows()
{
    QList<QStringList> out;
    QString dimension, theme;
    for (const PublishedRow &r : kPublishedTable1) {
        const bool newDimension = r.dimension != dimension;
        const bool newTheme = newDimension || r.theme != theme;
        out << QStringList{newDimension ? r.dimension.toString() : QString(),
                           newTheme ? r.theme.toString() : QString(), r.code.toString()};
        dimension = r.dimension.toString();
        theme = r.theme.toString();
    }
    return out;
}

// ---- Markdown --------------------------------------------------------------

// Splits "| a | b \| c |" on unescaped pipes and undoes backslash escapes.
inline QStringList markdownCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool escaped = false;
    for (const QChar c : line.trimmed().mid(1)) { // after the leading pipe
        if (escaped) {
            cell += c;
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return cells;
}

inline QString markdownUnescaped(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    return QString(text).replace(escape, QStringLiteral("\\1"));
}

inline ReadTable readMarkdown(const QByteArray &bytes)
{
    ReadTable t;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    int state = 0; // 0 before the table, 1 in it, 2 after it
    for (const QString &line : lines) {
        if (state == 0 && line.startsWith(QStringLiteral("Table: "))) {
            t.caption = markdownUnescaped(line.mid(7));
        } else if (line.startsWith(u'|') && state < 2) {
            state = 1;
            const QStringList cells = markdownCells(line);
            if (t.header.isEmpty())
                t.header = cells;
            else if (!cells.isEmpty() && cells.first() == QStringLiteral("---"))
                continue;
            else
                t.rows << cells;
        } else if (state >= 1 && !line.trimmed().isEmpty()) {
            state = 2;
            t.footnote += markdownUnescaped(line.trimmed());
        } else if (state == 1) {
            state = 2;
        }
    }
    return t;
}

// ---- LaTeX -----------------------------------------------------------------

inline QString latexUnescaped(QString text)
{
    text.replace(QStringLiteral("\\textbackslash{}"), QStringLiteral("\u0001"));
    text.replace(QStringLiteral("\\textasciitilde{}"), QStringLiteral("~"));
    text.replace(QStringLiteral("\\textasciicircum{}"), QStringLiteral("^"));
    text.replace(QStringLiteral("\\textless{}"), QStringLiteral("<"));
    text.replace(QStringLiteral("\\textgreater{}"), QStringLiteral(">"));
    text.replace(QStringLiteral("\\textbar{}"), QStringLiteral("|"));
    text.replace(QStringLiteral("\\newline "), QStringLiteral("\n"));
    text.replace(QStringLiteral("-{}"), QStringLiteral("-"));
    static const QRegularExpression simple(QStringLiteral("\\\\([&%$#_{}])"));
    text.replace(simple, QStringLiteral("\\1"));
    text.replace(QStringLiteral("\u0001"), QStringLiteral("\\"));
    if (text.startsWith(QStringLiteral("{}[")))
        text.remove(0, 2);
    return text;
}

// Splits a tabular row on & that are not escaped as \&.
inline QStringList latexCells(const QString &row)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size()) {
            cell += row[i];
            cell += row[++i];
        } else if (row[i] == u'&') {
            cells << latexUnescaped(cell.trimmed());
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    cells << latexUnescaped(cell.trimmed());
    return cells;
}

// Also checks that every row has COLUMNS - 1 separators; a row that does not is
// reported in error.
inline ReadTable readLatex(const QByteArray &bytes, int columns)
{
    ReadTable t;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    bool inTable = false, afterBottom = false;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("\\toprule"))) {
            inTable = true;
            continue;
        }
        if (line.startsWith(QStringLiteral("\\bottomrule"))) {
            inTable = false;
            afterBottom = true;
            continue;
        }
        if (afterBottom && line.startsWith(QStringLiteral("\\multicolumn"))) {
            static const QRegularExpression note(QStringLiteral("\\{\\\\footnotesize (.*)\\} \\\\\\\\$"));
            t.footnote = latexUnescaped(note.match(line).captured(1));
            continue;
        }
        if (!inTable || !line.endsWith(QStringLiteral(" \\\\")))
            continue;
        const QStringList cells = latexCells(line.chopped(3));
        if (cells.size() != columns)
            t.error += QStringLiteral("row with %1 cells: %2\n").arg(cells.size()).arg(line);
        if (t.header.isEmpty())
            t.header = cells;
        else
            t.rows << cells;
    }
    return t;
}

// ---- HTML and ODT (XML) ----------------------------------------------------

// Places cells with their row spans into a grid; spanned places stay empty.
class SpanGrid
{
public:
    void startRow()
    {
        m_rows << QStringList();
        m_column = 0;
    }
    void addCell(const QString &text, int rowSpan)
    {
        QStringList &row = m_rows.last();
        while (m_covered.value(m_column) > 0) { // a cell from a row above spans this place
            row << QString();
            --m_covered[m_column];
            ++m_column;
        }
        row << text;
        if (rowSpan > 1)
            m_covered[m_column] = rowSpan - 1;
        ++m_column;
    }
    void endRow()
    {
        for (auto it = m_covered.begin(); it != m_covered.end(); ++it)
            if (it.key() >= m_column && it.value() > 0) {
                while (m_rows.last().size() < it.key())
                    m_rows.last() << QString();
                m_rows.last() << QString();
                --it.value();
            }
    }
    [[nodiscard]] const QList<QStringList> &rows() const { return m_rows; }

private:
    QList<QStringList> m_rows;
    QMap<int, int> m_covered;
    int m_column = 0;
};

inline ReadTable readHtml(const QByteArray &bytes)
{
    ReadTable t;
    QXmlStreamReader xml(bytes);
    SpanGrid grid;
    QString section, cell;
    int span = 1;
    bool inCell = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"thead" || name == u"tbody" || name == u"tfoot" || name == u"caption")
                section = name.toString();
            if (name == u"caption")
                inCell = true;
            if (name == u"tr" && section == u"tbody")
                grid.startRow();
            if (name == u"td" || name == u"th") {
                inCell = true;
                cell.clear();
                span = qMax(1, xml.attributes().value(u"rowspan").toInt());
            }
            if (name == u"br" && inCell)
                cell += u'\n';
        } else if (xml.isCharacters() && inCell) {
            cell += xml.text();
        } else if (xml.isEndElement()) {
            if (name == u"caption") {
                t.caption = cell;
                cell.clear();
                inCell = false;
            } else if (name == u"td" || name == u"th") {
                inCell = false;
                if (section == u"thead") {
                    t.header << cell;
                } else if (section == u"tfoot") {
                    t.footnote = cell;
                } else if (section == u"tbody") {
                    grid.addCell(cell, span);
                    const int column = int(grid.rows().last().size()) - 1;
                    if (column == 0)
                        t.dimensionSpans << span;
                    else if (column == 1)
                        t.themeSpans << span;
                }
            } else if (name == u"tr" && section == u"tbody") {
                grid.endRow();
            }
        }
    }
    if (xml.hasError())
        t.error = QStringLiteral("not well-formed at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    t.rows = grid.rows();
    return t;
}

// The text of an ODF paragraph's content, with text:s, text:tab and
// text:line-break spelled out. Reads up to the end of the element it is in.
inline QString odfText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"s")
                text += QString(qMax(1, xml.attributes().value(u"text:c").toInt()), u' ');
            else if (xml.name() == u"tab")
                text += u'\t';
            else if (xml.name() == u"line-break")
                text += u'\n';
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    return text;
}

inline ReadTable readOdt(const QByteArray &bytes)
{
    ReadTable t;
    auto content = readZipPart(bytes, QStringLiteral("content.xml"), QStringLiteral("table.odt"),
                               QStringLiteral("an OpenDocument text"));
    if (!content) {
        t.error = content.error().message;
        return t;
    }
    QXmlStreamReader xml(*content);
    SpanGrid grid;
    bool inHeader = false, inTable = false, afterTable = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"table" && xml.prefix() == u"table") {
                inTable = true;
            } else if (name == u"table-header-rows") {
                inHeader = true;
            } else if (name == u"table-row" && !inHeader) {
                grid.startRow();
            } else if (name == u"table-cell" || name == u"covered-table-cell") {
                const bool covered = name == u"covered-table-cell";
                const int span = qMax(1, xml.attributes().value(u"table:number-rows-spanned").toInt());
                QString text;
                while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == name))
                    if (xml.isStartElement() && xml.name() == u"p")
                        text += odfText(xml);
                if (inHeader) {
                    t.header << text;
                } else {
                    grid.addCell(covered ? QString() : text, 1);
                    const int column = int(grid.rows().last().size()) - 1;
                    if (!covered && column == 0)
                        t.dimensionSpans << span;
                    else if (!covered && column == 1)
                        t.themeSpans << span;
                }
            } else if (name == u"p" && !inTable) {
                const QString text = odfText(xml);
                if (afterTable)
                    t.footnote += text;
                else
                    t.caption = text;
            }
        } else if (xml.isEndElement()) {
            if (name == u"table-header-rows")
                inHeader = false;
            if (name == u"table" && xml.prefix() == u"table") {
                inTable = false;
                afterTable = true;
            }
        }
    }
    if (xml.hasError())
        t.error = xml.errorString();
    t.rows = grid.rows();
    return t;
}

// ---- CSV and XLSX (the project's own sheet readers) ------------------------

inline ReadTable fromSheet(const Result<Sheet> &sheet)
{
    ReadTable t;
    if (!sheet) {
        t.error = sheet.error().message;
        return t;
    }
    t.header = sheet->header;
    bool blankSeen = false;
    for (const QStringList &row : sheet->rows) {
        const bool blank = std::all_of(row.begin(), row.end(), [](const QString &c) { return c.isEmpty(); });
        if (blank) {
            blankSeen = true;
            continue;
        }
        if (blankSeen) // below the table, after an empty row: the footnotes
            t.footnote += row.value(0);
        else
            t.rows << row;
    }
    // Short rows (trailing empty cells not stored) are padded to the header.
    for (QStringList &row : t.rows)
        while (row.size() < t.header.size())
            row << QString();
    return t;
}

inline ReadTable readCsv(const QByteArray &bytes) { return fromSheet(readCsvSheet(bytes, QStringLiteral("table.csv"))); }
inline ReadTable readXlsx(const QByteArray &bytes) { return fromSheet(readXlsxSheet(bytes, QStringLiteral("table.xlsx"))); }

} // namespace gw::test
