// export data-structure -p F -o OUT: Table 1 (md, tex, html, csv, odt, xlsx) or
// the Gioia figure (svg, pdf, png) of the project's data structure.
//
// "export" takes a subject as its second word, like "code add": each subject
// (data-structure here; qdpx, model, ... later) is its own verb class with its
// own options, registered as "export SUBJECT", and main's longest-match picks it.
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/export/structure_table.h"
#include "core/figure/gioia_figure.h"
#include "core/structure/load_data_structure.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

const QString kVerb = QStringLiteral("groundwork-cli export data-structure");

QString formatName(const QString &key)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("md"), QStringLiteral("Markdown")}, {QStringLiteral("tex"), QStringLiteral("LaTeX")},
        {QStringLiteral("html"), QStringLiteral("HTML")},   {QStringLiteral("csv"), QStringLiteral("CSV")},
        {QStringLiteral("odt"), QStringLiteral("OpenDocument text")},
        {QStringLiteral("xlsx"), QStringLiteral("Excel workbook")},
        {QStringLiteral("svg"), QStringLiteral("SVG")},     {QStringLiteral("pdf"), QStringLiteral("PDF")},
        {QStringLiteral("png"), QStringLiteral("PNG")}};
    return names.value(key, key);
}

// The unplaced are not in Table 1 or the figure (they are not part of the
// published structure), but the researcher should know they were left out.
QStringList unplacedWarnings(const DataStructure &s)
{
    const auto quoted = [](const auto &items) {
        QStringList names;
        for (const auto &item : items)
            names << u'"' + item.name + u'"';
        return names.join(QStringLiteral(", "));
    };
    QStringList out;
    if (!s.unplacedThemes.empty())
        out << QStringLiteral("%1 theme(s) not placed under a dimension are left out: %2.")
                   .arg(s.unplacedThemes.size())
                   .arg(quoted(s.unplacedThemes));
    if (!s.unplacedCodes.empty())
        out << QStringLiteral("%1 first-order code(s) not placed under a theme are left out: %2.")
                   .arg(s.unplacedCodes.size())
                   .arg(quoted(s.unplacedCodes));
    return out;
}

QJsonArray names(const auto &items)
{
    QJsonArray out;
    for (const auto &item : items)
        out.append(item.name);
    return out;
}

class ExportDataStructureVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("export data-structure"); }
    QString summary() const override
    {
        return QStringLiteral("Write Table 1 or the Gioia figure of the data structure.");
    }
    QString description() const override
    {
        return QStringLiteral(
            "Write the data structure (aggregate dimensions > second-order themes > first-order\n"
            "codes) as Table 1 (md, tex, html, csv, odt, xlsx) or as the Gioia figure (svg, pdf,\n"
            "png). The format comes from --format or from OUT's suffix. Themes and codes not yet\n"
            "placed are left out, with a warning naming them.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."),
                          QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("format"),
                          QStringLiteral("md, tex, html, csv, odt, xlsx (Table 1) or svg, pdf, png (figure); "
                                         "default: OUT's suffix."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("exemplars"), QStringLiteral("Table: add an exemplar quote column.")});
        parser.addOption({QStringLiteral("no-footnotes"), QStringLiteral("Table: leave out the abbreviations.")});
        parser.addOption({QStringLiteral("footnote-markers"),
                          QStringLiteral("Table: mark each abbreviation in the cells (GDE with a raised a) and its note.")});
        parser.addOption({QStringLiteral("first-order-only"),
                          QStringLiteral("Table: leave out codes under themes that are not yet first-order.")});
        parser.addOption({QStringLiteral("caption"), QStringLiteral("Table: its caption (default: Data structure)."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("font"), QStringLiteral("Figure: the font family."), QStringLiteral("FAMILY")});
        parser.addOption({QStringLiteral("font-size"), QStringLiteral("Figure: the font size in points."),
                          QStringLiteral("PT")});
        parser.addOption({QStringLiteral("counts"), QStringLiteral("Figure: segments and sources on each box.")});
        parser.addOption({QStringLiteral("greyscale"), QStringLiteral("Figure: grey-scale only.")});
        parser.addOption({QStringLiteral("dpi"), QStringLiteral("Figure: PNG resolution (default 300)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("paper"),
                          QStringLiteral("Figure: fit (default), a4, letter, column (a journal column, 3.5 in) or page "
                                         "(a journal's text width, 7 in); the figure is laid out to fit it."),
                          QStringLiteral("PAPER")});
        parser.addOption({QStringLiteral("landscape"), QStringLiteral("Figure: the paper turned.")});
        parser.addOption({QStringLiteral("compact"), QStringLiteral("Figure: tighter spacing, narrower columns.")});
        parser.addOption({QStringLiteral("split"),
                          QStringLiteral("Figure: over several pages of the paper, between dimensions (PDF).")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        if (!parser.positionalArguments().isEmpty()) {
            io.err << kVerb << ": unexpected argument \"" << parser.positionalArguments().first()
                   << "\"; give the file to write with -o OUT.\n";
            return Usage;
        }
        const QString out = parser.value(QStringLiteral("output"));
        if (out.isEmpty()) {
            io.err << kVerb << ": give the file to write with -o OUT.\n";
            return Usage;
        }
        const QString key = (parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                   : QFileInfo(out).suffix())
                                .trimmed()
                                .toLower();
        const auto table = tableFormatFromString(key);
        const auto figure = figureFormatFromString(key);
        if (key.isEmpty() || (!table && !figure)) {
            io.err << kVerb << ": "
                   << (key.isEmpty() ? QStringLiteral("OUT has no suffix")
                                     : QStringLiteral("\"%1\" is not a format").arg(key))
                   << "; use --format md, tex, html, csv, odt, xlsx, svg, pdf or png.\n";
            return Usage;
        }
        FigureOptions figureOptions;
        if (figure && !readFigureOptions(parser, io, figureOptions))
            return Usage;
        if (figure && figureOptions.split && *figure != FigureFormat::Pdf) {
            io.err << kVerb << ": --split makes several pages, which only a PDF holds; write a .pdf.\n";
            return Usage;
        }
        warnIgnored(parser, io, bool(table));

        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto structure = loadDataStructure(*project);
        if (!structure)
            return reportError(io, structure.error());
        for (const QString &warning : unplacedWarnings(*structure))
            io.err << "groundwork-cli: warning: " << warning << '\n';

        Status written;
        if (table) {
            TableOptions options;
            options.exemplarColumn = parser.isSet(QStringLiteral("exemplars"));
            options.footnotes = !parser.isSet(QStringLiteral("no-footnotes"));
            if (parser.isSet(QStringLiteral("caption")))
                options.caption = parser.value(QStringLiteral("caption"));
            options.firstOrderOnly = parser.isSet(QStringLiteral("first-order-only"));
            options.footnoteMarkers = parser.isSet(QStringLiteral("footnote-markers"));
            if (const QStringList early = notFirstOrder(*structure); !early.isEmpty())
                io.err << "groundwork-cli: warning: " << early.size()
                       << (early.size() == 1 ? " code under a theme is" : " codes under themes are")
                       << " not yet first-order: " << early.join(QStringLiteral(", "))
                       << (options.firstOrderOnly ? QStringLiteral("; left out (--first-order-only).")
                                                  : QStringLiteral("; printed as they are (--first-order-only leaves them out)."))
                       << '\n';
            written = writeStructureTable(*structure, *table, options, out);
        } else {
            written = writeGioiaFigure(*structure, *figure, figureOptions, out);
            if (written && figureOptions.paper != FigurePaper::Fit) {
                const FigureFit fit = fitGioiaFigure(*structure, figureOptions);
                if (fit.printedPointSize < figureOptions.fontPointSize - 0.05)
                    io.err << "groundwork-cli: note: the figure is "
                           << (fit.tooWide ? "wider than the paper even with its narrowest columns"
                                           : "taller than the page")
                           << "; its labels print at " << QString::number(fit.printedPointSize, 'f', 1) << " pt, not "
                           << QString::number(figureOptions.fontPointSize, 'f', 1)
                           << (fit.tooWide ? " (try --compact, --landscape or a smaller --font-size).\n"
                                           : " (--split puts it on several pages of a PDF).\n");
                if (fit.pages > 1 && !parser.isSet(QStringLiteral("json")))
                    io.out << "The figure takes " << fit.pages << " pages.\n";
            }
        }
        if (!written)
            return reportError(io, written.error());

        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{
                              {QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("format"), key},
                              {QStringLiteral("kind"), table ? QStringLiteral("table") : QStringLiteral("figure")},
                              {QStringLiteral("dimensions"), qint64(structure->dimensions.size())},
                              {QStringLiteral("themes"), qint64(structure->themeCount())},
                              {QStringLiteral("codes"), qint64(structure->codeCount())},
                              {QStringLiteral("unplaced_themes"), names(structure->unplacedThemes)},
                              {QStringLiteral("unplaced_codes"), names(structure->unplacedCodes)}}));
            return Ok;
        }
        io.out << "Wrote " << (table ? "Table 1" : "the data structure figure") << " ("
               << structure->dimensions.size() << " dimensions, " << structure->themeCount() << " themes, "
               << structure->codeCount() << " first-order codes) to " << out << " as " << formatName(key)
               << ".\n";
        return Ok;
    }

private:
    static bool readFigureOptions(const QCommandLineParser &parser, Io &io, FigureOptions &options)
    {
        if (parser.isSet(QStringLiteral("font")))
            options.fontFamily = parser.value(QStringLiteral("font"));
        if (parser.isSet(QStringLiteral("font-size"))) {
            bool ok = false;
            options.fontPointSize = parser.value(QStringLiteral("font-size")).toDouble(&ok);
            if (!ok || options.fontPointSize < 4 || options.fontPointSize > 72) {
                io.err << kVerb << ": --font-size must be a number of points from 4 to 72.\n";
                return false;
            }
        }
        if (parser.isSet(QStringLiteral("dpi"))) {
            bool ok = false;
            options.pngDpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
            if (!ok || options.pngDpi <= 0) {
                io.err << kVerb << ": --dpi must be a whole number, such as 300.\n";
                return false;
            }
        }
        options.showCounts = parser.isSet(QStringLiteral("counts"));
        options.greyscale = parser.isSet(QStringLiteral("greyscale"));
        if (parser.isSet(QStringLiteral("paper"))) {
            const auto paper = figurePaperFromString(parser.value(QStringLiteral("paper")));
            if (!paper) {
                io.err << kVerb << ": --paper is fit, a4, letter, column or page.\n";
                return false;
            }
            options.paper = *paper;
        }
        options.landscape = parser.isSet(QStringLiteral("landscape"));
        options.compact = parser.isSet(QStringLiteral("compact"));
        options.split = parser.isSet(QStringLiteral("split"));
        if ((options.landscape || options.split) && options.paper == FigurePaper::Fit) {
            io.err << kVerb << ": --landscape and --split need a --paper (a4, letter, column or page).\n";
            return false;
        }
        return true;
    }

    // Options of the other kind of output say nothing here; say so rather than
    // let the researcher wonder why the table has no grey-scale.
    static void warnIgnored(const QCommandLineParser &parser, Io &io, bool isTable)
    {
        const QStringList figureOnly{QStringLiteral("font"),    QStringLiteral("font-size"), QStringLiteral("counts"),
                                     QStringLiteral("greyscale"), QStringLiteral("dpi"),     QStringLiteral("paper"),
                                     QStringLiteral("landscape"), QStringLiteral("compact"), QStringLiteral("split")};
        const QStringList tableOnly{QStringLiteral("exemplars"), QStringLiteral("no-footnotes"),
                                    QStringLiteral("caption"), QStringLiteral("first-order-only"),
                                    QStringLiteral("footnote-markers")};
        for (const QString &option : isTable ? figureOnly : tableOnly)
            if (parser.isSet(option))
                io.err << "groundwork-cli: warning: --" << option << " applies to "
                       << (isTable ? "the figure (svg, pdf, png)" : "the table (md, tex, html, csv, odt, xlsx)")
                       << " only; ignored.\n";
    }
};

} // namespace

std::unique_ptr<Verb> makeExportDataStructureVerb() { return std::make_unique<ExportDataStructureVerb>(); }

} // namespace gw::cli
