// Table 1 as a LaTeX booktabs tabular, ready to \input inside a table float (the
// float carries \caption and \label, so the caption is only a comment here).
// The columns are p{} boxes that add up to \linewidth, so long code labels wrap.
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
    return out;
}

// Column widths as shares of \linewidth: the codes and quotes get the most room.
QString columnSpec(int columns)
{
    const QList<double> shares = columns == 4 ? QList<double>{0.16, 0.18, 0.33, 0.33}
                                              : QList<double>{0.22, 0.26, 0.52};
    QString spec;
    for (const double share : shares)
        spec += QStringLiteral("p{\\dimexpr %1\\linewidth-2\\tabcolsep\\relax}").arg(share);
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

QByteArray latexTable(const TableLayout &table)
{
    QString out;
    out += QStringLiteral("% ") + QString(table.caption).replace(u'\n', u' ') +
           QStringLiteral(" (Table 1), written by Groundwork.\n");
    out += QStringLiteral("% Needs \\usepackage{booktabs}; \\input it inside a table environment.\n");
    out += QStringLiteral("\\begin{tabular}{@{}%1@{}}\n\\toprule\n").arg(columnSpec(table.columns()));
    out += row(table.header);
    out += QStringLiteral("\\midrule\n");
    bool first = true;
    for (const TableRow &r : table.rows) {
        if (r.dimensionSpan && !first)
            out += QStringLiteral("\\midrule\n");
        else if (r.themeSpan && !first)
            out += QStringLiteral("\\cmidrule(l){2-%1}\n").arg(table.columns());
        first = false;
        QStringList cells{r.dimensionSpan ? r.dimension : QString(),
                          r.themeSpan ? r.theme : QString(), r.code};
        if (table.hasExemplars())
            cells << (r.themeSpan ? r.exemplar : QString());
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
