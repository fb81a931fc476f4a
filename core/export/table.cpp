#include "core/export/table.h"

#include "core/export/atomic_file.h"
#include "core/export/table_formats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <numeric>

namespace gw {

std::optional<TableFormat> tableFormatFromString(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.contains(u'.') || key.contains(u'/'))
        key = QFileInfo(key).suffix();
    if (key == u"md" || key == u"markdown")
        return TableFormat::Markdown;
    if (key == u"tex" || key == u"latex")
        return TableFormat::Latex;
    if (key == u"html" || key == u"htm")
        return TableFormat::Html;
    if (key == u"csv")
        return TableFormat::Csv;
    if (key == u"odt")
        return TableFormat::Odt;
    if (key == u"xlsx")
        return TableFormat::Xlsx;
    return std::nullopt;
}

QList<double> Table::widths() const
{
    QList<double> out = columnShares;
    if (out.size() != columns())
        out = QList<double>(columns(), 1.0);
    const double total = std::accumulate(out.begin(), out.end(), 0.0);
    for (double &w : out)
        w = total > 0 ? w / total : 1.0 / columns();
    return out;
}

bool Table::startsGroup(std::size_t row, int column) const
{
    return row > 0 && row < rows.size() && column < groupColumns &&
           column < int(rows[row].size()) && rows[row][std::size_t(column)].rowSpan > 0;
}

int Table::groupLevel(std::size_t row) const
{
    for (int c = 0; c < groupColumns; ++c)
        if (startsGroup(row, c))
            return c;
    return -1;
}

QString cleanedCellText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t' ||
                   (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0xfffe &&
                    c.unicode() != 0xffff && c != kMarkOpen && c != kMarkClose)) {
            out += c;
        }
    }
    return out;
}

QString footnoteMark(const QString &letters)
{
    return kMarkOpen + letters + kMarkClose;
}

QString replaceMarks(const QString &text, const std::function<QString(const QString &)> &raise)
{
    if (!text.contains(kMarkOpen))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != kMarkOpen) {
            out += text.at(i);
            continue;
        }
        const qsizetype close = text.indexOf(kMarkClose, i + 1);
        const qsizetype end = close < 0 ? text.size() : close;
        out += raise(text.mid(i + 1, end - i - 1));
        i = end;
    }
    return out;
}

QString superscriptLetters(const QString &letters)
{
    // a-z as Unicode has them raised (there is no superscript q).
    static const char16_t raised[] = u"\u1D43\u1D47\u1D9C\u1D48\u1D49\u1DA0\u1D4D\u02B0\u2071\u02B2\u1D4F\u02E1"
                                     u"\u1D50\u207F\u1D52\u1D56q\u02B3\u02E2\u1D57\u1D58\u1D5B\u02B7\u02E3\u02B8\u1DBB";
    QString out;
    for (const QChar c : letters)
        out += c >= u'a' && c <= u'z' ? QChar(raised[c.unicode() - u'a']) : c;
    return out;
}

Result<QByteArray> tableBytes(const Table &table, TableFormat format, const QString &fileName)
{
    switch (format) {
    case TableFormat::Markdown:
        return markdownTable(table);
    case TableFormat::Latex:
        return latexTable(table);
    case TableFormat::Html:
        return htmlTable(table);
    case TableFormat::Csv:
        return csvTable(table);
    case TableFormat::Odt:
        return odtTable(table, fileName);
    case TableFormat::Xlsx:
        return xlsxTable(table, fileName);
    }
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::table", "Could not write %1: unknown table format.").arg(fileName));
}

Status writeTable(const Table &table, TableFormat format, const QString &path)
{
    auto bytes = tableBytes(table, format, path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return writeFileAtomically(*bytes, path);
}

} // namespace gw
