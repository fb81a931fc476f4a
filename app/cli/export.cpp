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

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

const QString kVerb = QStringLiteral("groundwork-cli export data-structure"); // data: the command as typed

QString formatName(const QString &key)
{
    // Names the same in every language are not offered for translation (translate() gives them back as they are).
    static const QHash<QString, const char *> names{
        {QStringLiteral("md"), "Markdown"}, {QStringLiteral("tex"), "LaTeX"},
        {QStringLiteral("html"), "HTML"},   {QStringLiteral("csv"), "CSV"},
        {QStringLiteral("odt"), QT_TRANSLATE_NOOP("gw::cli::export", "OpenDocument text")},
        {QStringLiteral("xlsx"), QT_TRANSLATE_NOOP("gw::cli::export", "Excel workbook")},
        {QStringLiteral("svg"), "SVG"},     {QStringLiteral("pdf"), "PDF"},
        {QStringLiteral("png"), "PNG"}};
    const auto name = names.constFind(key);
    return name == names.cend() ? key : QCoreApplication::translate("gw::cli::export", *name);
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
        out << QCoreApplication::translate("gw::cli::export",
                                           "%1 theme(s) not placed under a dimension are left out: %2.")
                   .arg(s.unplacedThemes.size())
                   .arg(quoted(s.unplacedThemes));
    if (!s.unplacedCodes.empty())
        out << QCoreApplication::translate("gw::cli::export",
                                           "%1 first-order code(s) not placed under a theme are left out: %2.")
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
    QString name() const override { return QStringLiteral("export data-structure"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::export",
                                           "Write Table 1 or the Gioia figure of the data structure.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::export",
            "Write the data structure (aggregate dimensions > second-order themes > first-order\n"
            "codes) as Table 1 (md, tex, html, csv, odt, xlsx) or as the Gioia figure (svg, pdf,\n"
            "png). The format comes from --format or from OUT's suffix. Themes and codes not yet\n"
            "placed are left out, with a warning naming them.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QCoreApplication::translate("gw::cli::export", "The file to write."),
                          QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("format"),
                          QCoreApplication::translate("gw::cli::export",
                                                      "md, tex, html, csv, odt, xlsx (Table 1) or svg, pdf, png "
                                                      "(figure); default: OUT's suffix."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("exemplars"),
                          QCoreApplication::translate("gw::cli::export", "Table: add an exemplar quote column.")});
        parser.addOption({QStringLiteral("no-footnotes"),
                          QCoreApplication::translate("gw::cli::export", "Table: leave out the abbreviations.")});
        parser.addOption({QStringLiteral("footnote-markers"),
                          QCoreApplication::translate("gw::cli::export",
                                                      "Table: mark each abbreviation in the cells (GDE with a raised "
                                                      "a) and its note.")});
        parser.addOption({QStringLiteral("first-order-only"),
                          QCoreApplication::translate("gw::cli::export",
                                                      "Table: leave out codes under themes that are not yet "
                                                      "first-order.")});
        //: "Data structure" is the caption the table gets when none is given (the table itself stays English).
        parser.addOption({QStringLiteral("caption"),
                          QCoreApplication::translate("gw::cli::export",
                                                      "Table: its caption (default: Data structure)."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("font"),
                          QCoreApplication::translate("gw::cli::export", "Figure: the font family."),
                          QStringLiteral("FAMILY")});
        parser.addOption({QStringLiteral("font-size"),
                          QCoreApplication::translate("gw::cli::export", "Figure: the font size in points."),
                          QStringLiteral("PT")});
        parser.addOption({QStringLiteral("counts"),
                          QCoreApplication::translate("gw::cli::export", "Figure: segments and sources on each box.")});
        parser.addOption({QStringLiteral("greyscale"),
                          QCoreApplication::translate("gw::cli::export", "Figure: grey-scale only.")});
        parser.addOption({QStringLiteral("dpi"),
                          QCoreApplication::translate("gw::cli::export", "Figure: PNG resolution (default 300)."),
                          QStringLiteral("N")});
        //: fit, a4, letter, column and page are the values --paper takes, which stay in English.
        parser.addOption({QStringLiteral("paper"),
                          QCoreApplication::translate("gw::cli::export",
                                                      "Figure: fit (default), a4, letter, column (a journal column, "
                                                      "3.5 in) or page (a journal's text width, 7 in); the figure is "
                                                      "laid out to fit it."),
                          QStringLiteral("PAPER")});
        parser.addOption({QStringLiteral("landscape"),
                          QCoreApplication::translate("gw::cli::export", "Figure: the paper turned.")});
        parser.addOption({QStringLiteral("compact"),
                          QCoreApplication::translate("gw::cli::export",
                                                      "Figure: tighter spacing, narrower columns.")});
        parser.addOption({QStringLiteral("split"),
                          QCoreApplication::translate("gw::cli::export",
                                                      "Figure: over several pages of the paper, between dimensions "
                                                      "(PDF).")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        if (!parser.positionalArguments().isEmpty()) {
            //: %1 is the command, groundwork-cli export data-structure.
            io.err << QCoreApplication::translate("gw::cli::export",
                                                  "%1: unexpected argument \"%2\"; give the file to write with "
                                                  "-o OUT.\n")
                          .arg(kVerb, parser.positionalArguments().first());
            return Usage;
        }
        const QString out = parser.value(QStringLiteral("output"));
        if (out.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::export", "%1: give the file to write with -o OUT.\n")
                          .arg(kVerb);
            return Usage;
        }
        const QString key = (parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                   : QFileInfo(out).suffix())
                                .trimmed()
                                .toLower();
        const auto table = tableFormatFromString(key);
        const auto figure = figureFormatFromString(key);
        if (key.isEmpty() || (!table && !figure)) {
            io.err << (key.isEmpty()
                           ? QCoreApplication::translate("gw::cli::export",
                                                         "%1: OUT has no suffix; use --format md, tex, html, csv, odt, "
                                                         "xlsx, svg, pdf or png.\n")
                                 .arg(kVerb)
                           : QCoreApplication::translate("gw::cli::export",
                                                         "%1: \"%2\" is not a format; use --format md, tex, html, csv, "
                                                         "odt, xlsx, svg, pdf or png.\n")
                                 .arg(kVerb, key));
            return Usage;
        }
        FigureOptions figureOptions;
        if (figure && !readFigureOptions(parser, io, figureOptions))
            return Usage;
        if (figure && figureOptions.split && *figure != FigureFormat::Pdf) {
            io.err << QCoreApplication::translate("gw::cli::export",
                                                  "%1: --split makes several pages, which only a PDF holds; write "
                                                  "a .pdf.\n")
                          .arg(kVerb);
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
            io.err << QCoreApplication::translate("gw::cli::export", "groundwork-cli: warning: %1\n").arg(warning);

        Status written;
        if (table) {
            TableOptions options;
            options.exemplarColumn = parser.isSet(QStringLiteral("exemplars"));
            options.footnotes = !parser.isSet(QStringLiteral("no-footnotes"));
            if (parser.isSet(QStringLiteral("caption")))
                options.caption = parser.value(QStringLiteral("caption"));
            options.firstOrderOnly = parser.isSet(QStringLiteral("first-order-only"));
            options.footnoteMarkers = parser.isSet(QStringLiteral("footnote-markers"));
            if (const QStringList early = notFirstOrder(*structure); !early.isEmpty()) {
                QString warning;
                if (early.size() == 1)
                    warning = options.firstOrderOnly
                                  ? QCoreApplication::translate("gw::cli::export",
                                                                "groundwork-cli: warning: %1 code under a theme is not "
                                                                "yet first-order: %2; left out (--first-order-only).\n")
                                  : QCoreApplication::translate("gw::cli::export",
                                                                "groundwork-cli: warning: %1 code under a theme is not "
                                                                "yet first-order: %2; printed as they are "
                                                                "(--first-order-only leaves them out).\n");
                else
                    warning = options.firstOrderOnly
                                  ? QCoreApplication::translate("gw::cli::export",
                                                                "groundwork-cli: warning: %1 codes under themes are "
                                                                "not yet first-order: %2; left out "
                                                                "(--first-order-only).\n")
                                  : QCoreApplication::translate("gw::cli::export",
                                                                "groundwork-cli: warning: %1 codes under themes are "
                                                                "not yet first-order: %2; printed as they are "
                                                                "(--first-order-only leaves them out).\n");
                io.err << warning.arg(QString::number(early.size()), early.join(QStringLiteral(", ")));
            }
            written = writeStructureTable(*structure, *table, options, out);
        } else {
            written = writeGioiaFigure(*structure, *figure, figureOptions, out);
            if (written && figureOptions.paper != FigurePaper::Fit) {
                const FigureFit fit = fitGioiaFigure(*structure, figureOptions);
                if (fit.printedPointSize < figureOptions.fontPointSize - 0.05)
                    //: %1 is the point size the labels print at, %2 the one asked for (so in the next message too).
                    io.err << (fit.tooWide
                                   ? QCoreApplication::translate("gw::cli::export",
                                                                 "groundwork-cli: note: the figure is wider than the "
                                                                 "paper even with its narrowest columns; its labels "
                                                                 "print at %1 pt, not %2 (try --compact, --landscape "
                                                                 "or a smaller --font-size).\n")
                                   : QCoreApplication::translate("gw::cli::export",
                                                                 "groundwork-cli: note: the figure is taller than the "
                                                                 "page; its labels print at %1 pt, not %2 (--split "
                                                                 "puts it on several pages of a PDF).\n"))
                                  .arg(QString::number(fit.printedPointSize, 'f', 1),
                                       QString::number(figureOptions.fontPointSize, 'f', 1));
                if (fit.pages > 1 && !parser.isSet(QStringLiteral("json")))
                    io.out << QCoreApplication::translate("gw::cli::export", "The figure takes %1 pages.\n")
                                  .arg(fit.pages);
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
        //: %4 is the file written, %5 its format (Markdown, OpenDocument text, PDF...); so in the next message too.
        io.out << (table ? QCoreApplication::translate("gw::cli::export",
                                                       "Wrote Table 1 (%1 dimensions, %2 themes, %3 first-order codes) "
                                                       "to %4 as %5.\n")
                         : QCoreApplication::translate("gw::cli::export",
                                                       "Wrote the data structure figure (%1 dimensions, %2 themes, %3 "
                                                       "first-order codes) to %4 as %5.\n"))
                          .arg(QString::number(structure->dimensions.size()),
                               QString::number(structure->themeCount()), QString::number(structure->codeCount()), out,
                               formatName(key));
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
                io.err << QCoreApplication::translate("gw::cli::export",
                                                      "%1: --font-size must be a number of points from 4 to 72.\n")
                              .arg(kVerb);
                return false;
            }
        }
        if (parser.isSet(QStringLiteral("dpi"))) {
            bool ok = false;
            options.pngDpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
            if (!ok || options.pngDpi <= 0) {
                io.err << QCoreApplication::translate("gw::cli::export",
                                                      "%1: --dpi must be a whole number, such as 300.\n")
                              .arg(kVerb);
                return false;
            }
        }
        options.showCounts = parser.isSet(QStringLiteral("counts"));
        options.greyscale = parser.isSet(QStringLiteral("greyscale"));
        if (parser.isSet(QStringLiteral("paper"))) {
            const auto paper = figurePaperFromString(parser.value(QStringLiteral("paper")));
            if (!paper) {
                //: fit, a4, letter, column and page are the values --paper takes, which stay in English.
                io.err << QCoreApplication::translate("gw::cli::export",
                                                      "%1: --paper is fit, a4, letter, column or page.\n")
                              .arg(kVerb);
                return false;
            }
            options.paper = *paper;
        }
        options.landscape = parser.isSet(QStringLiteral("landscape"));
        options.compact = parser.isSet(QStringLiteral("compact"));
        options.split = parser.isSet(QStringLiteral("split"));
        if ((options.landscape || options.split) && options.paper == FigurePaper::Fit) {
            io.err << QCoreApplication::translate("gw::cli::export",
                                                  "%1: --landscape and --split need a --paper (a4, letter, column or "
                                                  "page).\n")
                          .arg(kVerb);
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
                io.err << (isTable ? QCoreApplication::translate("gw::cli::export",
                                                                 "groundwork-cli: warning: --%1 applies to the figure "
                                                                 "(svg, pdf, png) only; ignored.\n")
                                   : QCoreApplication::translate("gw::cli::export",
                                                                 "groundwork-cli: warning: --%1 applies to the table "
                                                                 "(md, tex, html, csv, odt, xlsx) only; ignored.\n"))
                              .arg(option);
    }
};

} // namespace

std::unique_ptr<Verb> makeExportDataStructureVerb() { return std::make_unique<ExportDataStructureVerb>(); }

} // namespace gw::cli
