#include "core/export/table_layout.h"

#include <QRegularExpression>

namespace gw {

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

QString footnoteText(const std::vector<Abbreviation> &abbreviations)
{
    QStringList parts;
    for (const Abbreviation &a : abbreviations)
        parts << QStringLiteral("%1 = %2").arg(a.abbreviation, a.meaning);
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

// Cells in column order; the spans are set once a theme's or dimension's rows
// are known. A code's exemplars sit on its own row.
std::vector<TableCell> row(const QString &dimension, const QString &theme, const QString &code,
                           const QString &exemplar, bool withExemplar)
{
    std::vector<TableCell> out{{dimension, 0}, {theme, 0}, {code, 1}};
    if (withExemplar)
        out.push_back({exemplar, 1});
    return out;
}

// Marks each abbreviation where it first appears as a word in the dimension,
// theme and code cells (row by row), lettered a, b, c in the order of the
// notes, and writes the notes with the same markers; those the cells do not
// use come last, unmarked.
void markAbbreviations(Table &table, const std::vector<Abbreviation> &abbreviations)
{
    QStringList marked, unmarked;
    for (const Abbreviation &a : abbreviations) {
        const QString name = cleanedCellText(a.abbreviation).trimmed();
        const QString note = QStringLiteral("%1 = %2").arg(name, cleanedCellText(a.meaning).trimmed());
        if (name.isEmpty())
            continue;
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                          .arg(QRegularExpression::escape(name)));
        bool placed = false;
        for (std::size_t r = 0; r < table.rows.size() && !placed; ++r)
            for (std::size_t c = 0; c < 3 && c < table.rows[r].size() && !placed; ++c) {
                TableCell &cell = table.rows[r][c];
                if (cell.rowSpan == 0)
                    continue;
                if (const auto m = word.match(cell.text); m.hasMatch()) {
                    const QString letter = QString(QChar(char16_t(u'a' + marked.size() % 26))).repeated(1 + int(marked.size() / 26));
                    cell.text.insert(m.capturedEnd(), footnoteMark(letter));
                    marked.append(footnoteMark(letter) + note);
                    placed = true;
                }
            }
        if (!placed)
            unmarked.append(note);
    }
    const QStringList notes = marked + unmarked;
    table.footnote = notes.isEmpty() ? QString() : notes.join(QStringLiteral("; ")) + u'.';
}

} // namespace

Table layoutStructureTable(const DataStructure &structure, const TableOptions &options)
{
    Table out;
    out.name = QStringLiteral("Table 1");
    out.caption = cleanedCellText(options.caption);
    out.header = {dimensionsHeading(), themesHeading(), codesHeading()};
    out.columnShares = {0.22, 0.26, 0.52}; // the codes get the most room
    if (options.exemplarColumn) {
        out.header << QStringLiteral("Exemplar quote");
        out.columnShares = {0.16, 0.18, 0.33, 0.33};
    }
    out.groupColumns = 2;
    if (options.footnotes && !options.footnoteMarkers)
        out.footnote = cleanedCellText(footnoteText(structure.abbreviations));

    const bool withExemplar = options.exemplarColumn;
    for (const StructureDimension &d : structure.dimensions) {
        const std::size_t dimensionStart = out.rows.size();
        const QString dimension = cleanedCellText(d.name);
        for (const StructureTheme &t : d.themes) {
            const std::size_t themeStart = out.rows.size();
            const QString theme = cleanedCellText(t.name);
            // Each exemplar beside the code it is coded with; those of no code
            // of the theme on a theme row of their own, never beside another code.
            std::vector<StructureQuote> ofTheme = t.exemplars;
            const auto quotesOf = [&](Id codeId) {
                std::vector<StructureQuote> mine;
                if (codeId == 0)
                    return mine;
                for (auto it = ofTheme.begin(); it != ofTheme.end();)
                    if (it->codeId == codeId) {
                        mine.push_back(*it);
                        it = ofTheme.erase(it);
                    } else {
                        ++it;
                    }
                return mine;
            };
            std::vector<StructureCode> codes = t.codes;
            if (options.firstOrderOnly)
                std::erase_if(codes, [](const StructureCode &c) { return c.stage != CodeStage::FirstOrder; });
            for (const StructureCode &c : codes)
                out.rows.push_back(row(dimension, theme, cleanedCellText(c.name),
                                       withExemplar ? cleanedCellText(exemplarText(quotesOf(c.id))) : QString(),
                                       withExemplar));
            if (codes.empty() || (withExemplar && !ofTheme.empty()))
                out.rows.push_back(row(dimension, theme, {}, withExemplar ? cleanedCellText(exemplarText(ofTheme)) : QString(),
                                       withExemplar));
            out.rows[themeStart][1].rowSpan = int(out.rows.size() - themeStart);
        }
        if (d.themes.empty()) { // an empty theme cell
            out.rows.push_back(row(dimension, {}, {}, {}, withExemplar));
            out.rows.back()[1].rowSpan = 1;
        }
        out.rows[dimensionStart][0].rowSpan = int(out.rows.size() - dimensionStart);
    }
    if (options.footnotes && options.footnoteMarkers)
        markAbbreviations(out, structure.abbreviations);
    return out;
}

QStringList notFirstOrder(const DataStructure &structure)
{
    QStringList out;
    for (const StructureDimension &d : structure.dimensions)
        for (const StructureTheme &t : d.themes)
            for (const StructureCode &c : t.codes)
                if (c.stage != CodeStage::FirstOrder)
                    out.append(QStringLiteral("%1 (%2)").arg(c.name, toString(c.stage)));
    return out;
}

} // namespace gw
