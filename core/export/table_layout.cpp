#include "core/export/table_layout.h"

namespace gw {

QStringList TableLayout::cells(const TableRow &row) const
{
    QStringList out{row.dimension, row.theme, row.code};
    if (hasExemplars())
        out << row.exemplar;
    return out;
}

QString exemplarText(const std::vector<StructureQuote> &quotes)
{
    QStringList lines;
    for (const StructureQuote &q : quotes) {
        QString line = QStringLiteral("\u201C%1\u201D").arg(q.text.simplified());
        const QString who = q.attribution.simplified();
        if (!who.isEmpty())
            line += who.startsWith(QLatin1Char('[')) ? QStringLiteral(" ") + who
                                                      : QStringLiteral(" [%1]").arg(who);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Labels come from the project as typed: line ends become \n, and control
// characters, which no table format can hold (XML forbids them), are dropped.
QString cleaned(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f &&
                                                 c.unicode() != 0xfffe && c.unicode() != 0xffff)) {
            out += c;
        }
    }
    return out;
}

QString footnoteText(const std::vector<Abbreviation> &abbreviations)
{
    QStringList parts;
    for (const Abbreviation &a : abbreviations)
        parts << QStringLiteral("%1 = %2").arg(a.abbreviation, a.meaning);
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace

TableLayout layoutTable(const DataStructure &structure, const TableOptions &options)
{
    TableLayout out;
    out.caption = cleaned(options.caption);
    out.header = {QStringLiteral("Aggregate dimension"), QStringLiteral("Second-order themes"),
                  QStringLiteral("First-order codes")};
    if (options.exemplarColumn)
        out.header << QStringLiteral("Exemplar quote");
    if (options.footnotes)
        out.footnote = cleaned(footnoteText(structure.abbreviations));

    for (const StructureDimension &d : structure.dimensions) {
        const std::size_t dimensionStart = out.rows.size();
        const QString dimension = cleaned(d.name);
        for (const StructureTheme &t : d.themes) {
            const std::size_t themeStart = out.rows.size();
            const QString theme = cleaned(t.name);
            const QString exemplar = options.exemplarColumn ? cleaned(exemplarText(t.exemplars)) : QString();
            for (const StructureCode &c : t.codes)
                out.rows.push_back({dimension, theme, cleaned(c.name), exemplar});
            if (t.codes.empty())
                out.rows.push_back({dimension, theme, {}, exemplar});
            out.rows[themeStart].themeSpan = int(out.rows.size() - themeStart);
        }
        if (d.themes.empty())
            out.rows.push_back({dimension, {}, {}, {}, 0, 1}); // an empty theme cell
        out.rows[dimensionStart].dimensionSpan = int(out.rows.size() - dimensionStart);
    }
    return out;
}

} // namespace gw
