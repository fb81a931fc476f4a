// export model -o OUT: the CMO model figure (svg, pdf, png), or the spectrum
// alone; export cmo-table -o OUT: the CMO configuration table (md, tex, html,
// csv, odt, xlsx).
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/export/cmo_table.h"
#include "core/figure/model_figure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace gw::cli {

namespace {

// The format from --format or OUT's suffix, lower case; empty with a message when missing.
QString formatKey(const QCommandLineParser &parser, Io &io, const QString &verb)
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("gw::cli::export_model",
                                              "groundwork-cli %1: unexpected argument \"%2\"; give the file to "
                                              "write with -o OUT.\n")
                      .arg(verb, parser.positionalArguments().first());
        return {};
    }
    const QString out = parser.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        io.err << QCoreApplication::translate("gw::cli::export_model",
                                              "groundwork-cli %1: give the file to write with -o OUT.\n")
                      .arg(verb);
        return {};
    }
    const QString key =
        (parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                : QFileInfo(out).suffix())
            .trimmed()
            .toLower();
    if (key.isEmpty())
        io.err << QCoreApplication::translate("gw::cli::export_model",
                                              "groundwork-cli %1: OUT has no suffix; give --format.\n")
                      .arg(verb);
    return key;
}

void addOutputOptions(QCommandLineParser &parser, const QString &formats)
{
    addProjectOptions(parser);
    addJsonOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("gw::cli::export_model", "The file to write."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("format"),
                      //: %1 lists the formats: "svg, pdf or png".
                      QCoreApplication::translate("gw::cli::export_model", "%1; default: OUT's suffix.")
                          .arg(formats),
                      QStringLiteral("FORMAT")});
}

class ExportModelVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("export model"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::export_model", "Write the CMO model figure (svg, pdf, png).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::export_model",
            "Write the CMO model as a figure: contexts and mechanisms by level on the left, the\n"
            "relationship spectrum with the outcomes on the right, typed arrows with their "
            "evidence\n"
            "counts, and a legend. --spectrum-only draws the spectrum with its outcomes alone;\n"
            "--no-counts leaves the evidence counts out; --greyscale draws the arrows in greys\n"
            "(their dash patterns tell the types apart).\n"
            "SVG and PDF keep text as text; PNG is 300 dpi unless --dpi says otherwise.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        //: The formats export model writes, as the --format help lists them.
        addOutputOptions(parser, QCoreApplication::translate("gw::cli::export_model", "svg, pdf or png"));
        parser.addOption({QStringLiteral("spectrum-only"),
                          QCoreApplication::translate("gw::cli::export_model", "Only the spectrum and its outcomes.")});
        parser.addOption({QStringLiteral("font"),
                          QCoreApplication::translate("gw::cli::export_model", "The font family."),
                          QStringLiteral("FAMILY")});
        parser.addOption({QStringLiteral("font-size"),
                          QCoreApplication::translate("gw::cli::export_model", "The font size in points."),
                          QStringLiteral("PT")});
        parser.addOption({QStringLiteral("dpi"),
                          QCoreApplication::translate("gw::cli::export_model", "PNG resolution (default 300)."),
                          QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("no-counts"),
             QCoreApplication::translate("gw::cli::export_model", "Leave the evidence counts off the arrows.")});
        parser.addOption({QStringLiteral("greyscale"),
                          QCoreApplication::translate("gw::cli::export_model", "Grey-scale only.")});
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString key = formatKey(parser, io, name());
        if (key.isEmpty())
            return Usage;
        const auto format = figureFormatFromString(key);
        if (!format) {
            io.err << QCoreApplication::translate("gw::cli::export_model",
                                                  "groundwork-cli export model: \"%1\" is not a figure format; "
                                                  "use svg, pdf or png.\n")
                          .arg(key);
            return Usage;
        }
        ModelFigureOptions options;
        options.spectrumOnly = parser.isSet(QStringLiteral("spectrum-only"));
        options.showCounts = !parser.isSet(QStringLiteral("no-counts"));
        options.greyscale = parser.isSet(QStringLiteral("greyscale"));
        if (parser.isSet(QStringLiteral("font")))
            options.fontFamily = parser.value(QStringLiteral("font"));
        if (parser.isSet(QStringLiteral("font-size"))) {
            bool ok = false;
            options.fontPointSize = parser.value(QStringLiteral("font-size")).toDouble(&ok);
            if (!ok || options.fontPointSize < 4 || options.fontPointSize > 72) {
                io.err << QCoreApplication::translate("gw::cli::export_model",
                                                      "groundwork-cli export model: --font-size must be a number "
                                                      "of points from 4 to 72.\n");
                return Usage;
            }
        }
        if (parser.isSet(QStringLiteral("dpi"))) {
            bool ok = false;
            options.pngDpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
            if (!ok || options.pngDpi <= 0) {
                io.err << QCoreApplication::translate(
                    "gw::cli::export_model",
                    "groundwork-cli export model: --dpi must be a whole number, such as 300.\n");
                return Usage;
            }
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto input = modelFigureInput(*project);
        if (!input)
            return reportError(io, input.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (auto ok = writeModelFigure(*input, *format, options, out); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{
                              {QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("format"), key},
                              {QStringLiteral("elements"), qint64(input->elements.size())},
                              {QStringLiteral("influences"), qint64(input->influences.size())}}));
            return Ok;
        }
        const QString wrote =
            options.spectrumOnly
                ? QCoreApplication::translate("gw::cli::export_model",
                                              "Wrote the relationship spectrum (%1 elements, %2 links) to %3.\n")
                : QCoreApplication::translate("gw::cli::export_model",
                                              "Wrote the CMO model (%1 elements, %2 links) to %3.\n");
        io.out << wrote.arg(QString::number(input->elements.size()),
                            QString::number(input->influences.size()), out);
        return Ok;
    }
};

class ExportCmoTableVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("export cmo-table"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::export_model",
                                           "Write the CMO configuration table (md, tex, html, csv, odt, xlsx).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::export_model",
            "Write every context -> mechanism -> outcome chain of the CMO model (a context's link\n"
            "to a mechanism followed by that mechanism's link to an outcome) with the link types,\n"
            "the segments of evidence behind them and an exemplar quote, as a table.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        //: The formats export cmo-table writes, as the --format help lists them.
        addOutputOptions(parser,
                         QCoreApplication::translate("gw::cli::export_model", "md, tex, html, csv, odt or xlsx"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString key = formatKey(parser, io, name());
        if (key.isEmpty())
            return Usage;
        const auto format = tableFormatFromString(key);
        if (!format) {
            io.err << QCoreApplication::translate("gw::cli::export_model",
                                                  "groundwork-cli export cmo-table: \"%1\" is not a table format; "
                                                  "use md, tex, html, csv, odt or xlsx.\n")
                          .arg(key);
            return Usage;
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto chains = cmoChains(*project);
        if (!chains)
            return reportError(io, chains.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (auto ok = writeCmoTable(*project, *format, out); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{
                              {QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("format"), key},
                              {QStringLiteral("chains"), qint64(chains->size())}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::export_model",
                                              "Wrote the CMO configuration table (%1 chains) to %2.\n")
                      .arg(QString::number(chains->size()), out);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeExportModelVerb()
{
    return std::make_unique<ExportModelVerb>();
}
std::unique_ptr<Verb> makeExportCmoTableVerb()
{
    return std::make_unique<ExportCmoTableVerb>();
}

} // namespace gw::cli
