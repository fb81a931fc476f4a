// A table as a LaTeX booktabs tabular, ready to \input inside a table float (the
// float carries \caption and \label, so the caption is only a comment here).
// The columns are p{} boxes that add up to \linewidth, so long labels wrap. A
// \midrule separates the groups of the first grouping column, a \cmidrule
// those of the next ones.
#include "core/export/table_formats.h"

namespace gw {

namespace {

// Every character LaTeX treats as syntax, spelled as text. Non-ASCII stays UTF-8
// (the default input encoding of every engine since 2018).
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("\\&"); break;
        case u'%': out += QStringLiteral("\\%"); break;
        case u'$': out += QStringLiteral("\\$"); break;
        case u'#': out += QStringLiteral("\\#"); break;
        case u'_': out += QStringLiteral("\\_"); break;
        case u'{': out += QStringLiteral("\\{"); break;
        case u'}': out += QStringLiteral("\\}"); break;
        case u'~': out += QStringLiteral("\\textasciitilde{}"); break;
        case u'^': out += QStringLiteral("\\textasciicircum{}"); break;
        case u'\\': out += QStringLiteral("\\textbackslash{}"); break;
        // Under the default OT1 font encoding these print as other glyphs.
        case u'<': out += QStringLiteral("\\textless{}"); break;
        case u'>': out += QStringLiteral("\\textgreater{}"); break;
        case u'|': out += QStringLiteral("\\textbar{}"); break;
        case u'\n': out += QStringLiteral("\\newline "); break;
        case u'\r': break;
        case u'\t': out += u' '; break;
        // "--" would print as an en dash.
        case u'-': out += i + 1 < text.size() && text.at(i + 1) == u'-' ? QStringLiteral("-{}") : QStringLiteral("-"); break;
        default: out += c;
        }
    }
    return replaceMarks(out, [](const QString &letters) { return QStringLiteral("\\textsuperscript{%1}").arg(letters); });
}

// Column widths as shares of \linewidth.
QString columnSpec(const QList<double> &shares)
{
    QString spec;
    for (const double share : shares)
        spec += QStringLiteral("p{\\dimexpr %1\\linewidth-2\\tabcolsep\\relax}").arg(share, 0, 'g', 3);
    return spec;
}

QString row(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells)
        out << escaped(cell);
    // A row that starts with "[" would be read as the previous \\'s optional argument.
    if (!out.isEmpty() && out.front().startsWith(u'['))
        out.front().prepend(QStringLiteral("{}"));
    return out.join(QStringLiteral(" & ")) + QStringLiteral(" \\\\\n");
}

} // namespace

QString latexEscaped(const QString &text)
{
    return escaped(text);
}

QByteArray latexTable(const Table &table)
{
    QString out;
    QString title = QString(table.caption).replace(u'\n', u' ');
    if (!table.name.isEmpty())
        title += QStringLiteral(" (%1)").arg(table.name);
    out += QStringLiteral("% ") + title + QStringLiteral(", written by Groundwork.\n");
    out += QStringLiteral("% Needs \\usepackage{booktabs}; \\input it inside a table environment.\n");
    out += QStringLiteral("\\begin{tabular}{@{}%1@{}}\n\\toprule\n").arg(columnSpec(table.widths()));
    out += row(table.header);
    out += QStringLiteral("\\midrule\n");
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const int level = table.groupLevel(i);
        if (level == 0)
            out += QStringLiteral("\\midrule\n");
        else if (level > 0)
            out += QStringLiteral("\\cmidrule(l){%1-%2}\n").arg(level + 1).arg(table.columns());
        QStringList cells;
        for (const TableCell &cell : table.rows[i])
            cells << (cell.rowSpan > 0 ? cell.text : QString());
        out += row(cells);
    }
    out += QStringLiteral("\\bottomrule\n");
    if (!table.footnote.isEmpty())
        out += QStringLiteral("\\multicolumn{%1}{@{}p{\\dimexpr\\linewidth-2\\tabcolsep\\relax}@{}}"
                                  "{\\footnotesize %2} \\\\\n")
                   .arg(table.columns())
                   .arg(escaped(table.footnote));
    out += QStringLiteral("\\end{tabular}\n");
    return out.toUtf8();
}

} // namespace gw
