// saturation -p F [--order import|attribute:NAME] [--stage S] [--tier codes|themes]
// [--kind K] [--where C] [--sources] [--cases] [-o FILE] [--json]: the codes first
// seen in each source, in order.
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/saturation.h"
#include "core/figure/saturation_figure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class SaturationVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("saturation"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::saturation", "New codes per source, in order, and the readout.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::saturation",
            "The sources in an order (--order import, or attribute:NAME such as the interview\n"
            "date; ties in import order), and for each the codes first seen in it and the\n"
            "cumulative count, with a readout for the methods section. --stage counts codes of\n"
            "one stage (open, focused, first-order); --tier themes counts themes (a theme\n"
            "appears with its first code); --kind, --sources, --cases and --where choose the\n"
            "sources as for query. -o writes md,\n"
            "tex, html, csv (one row per source: its name, the codes new in it, the cumulative\n"
            "count), odt or xlsx, or the curve (cumulative codes as a step line,\n"
            "new codes per source as bars) as svg, pdf or png.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("order"),
                          QCoreApplication::translate("gw::cli::saturation", "import (default) or attribute:NAME."),
                          QStringLiteral("ORDER"), QStringLiteral("import")});
        parser.addOption({QStringLiteral("stage"),
                          QCoreApplication::translate("gw::cli::saturation", "Codes of this stage only."),
                          QStringLiteral("STAGE")});
        parser.addOption({QStringLiteral("tier"),
                          QCoreApplication::translate("gw::cli::saturation", "codes (default) or themes."),
                          QStringLiteral("TIER"), QStringLiteral("codes")});
        addFilterOptions(parser, false, FilterSet::Sources);
        //: The formats -o writes, by the file's suffix; shown inside "its suffix chooses the format (...)".
        addOutputOption(parser,
                        QCoreApplication::translate("gw::cli::saturation",
                                                    "md, tex, html, csv, odt, xlsx; svg, pdf, png for the curve"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        SaturationSpec spec;
        spec.order = parser.value(QStringLiteral("order"));
        if (parser.isSet(QStringLiteral("stage"))) {
            spec.stage = codeStageFromString(parser.value(QStringLiteral("stage")));
            if (!spec.stage) {
                io.err << QCoreApplication::translate("gw::cli::saturation",
                                                      "groundwork-cli saturation: --stage is open, focused or "
                                                      "first-order.\n");
                return Usage;
            }
        }
        const QString tier = parser.value(QStringLiteral("tier")).trimmed().toLower();
        if (tier != u"codes" && tier != u"themes") {
            io.err << QCoreApplication::translate("gw::cli::saturation",
                                                  "groundwork-cli saturation: --tier is codes or themes.\n");
            return Usage;
        }
        spec.tier = tier == u"themes" ? ItemTier::Theme : ItemTier::Code;
        const auto filters = readQueryOptions(parser, io, name(), false, FilterSet::Sources);
        if (!filters)
            return Usage;
        spec.kinds = filters->filters.kinds;
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto data = CodingData::load(*project);
        if (!data)
            return reportError(io, data.error());
        auto sources = sourcesWithin(**data, filters->filters);
        if (!sources)
            return reportAnalysisError(io, sources.error());
        spec.sources = std::move(*sources);
        auto result = saturation(**data, spec);
        if (!result)
            return reportAnalysisError(io, result.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (const auto figure = out.isEmpty() ? std::nullopt : figureFormatFromString(QFileInfo(out).suffix().toLower())) {
            if (auto ok = writeSaturationFigure(*result, *figure, FigureOptions{}, out); !ok)
                return reportError(io, ok.error());
        } else if (!out.isEmpty()) {
            if (const int written = writeTableOutput(result->table(), out, io, name()); written != Ok)
                return written;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray steps;
            for (const SaturationStep &s : result->steps)
                steps.append(QJsonObject{{QStringLiteral("source"), s.source},
                                         {QStringLiteral("orderValue"), s.orderValue},
                                         {QStringLiteral("new"), QJsonArray::fromStringList(s.newItems)},
                                         {QStringLiteral("cumulative"), s.cumulative}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("total"), result->total()},
                                                    {QStringLiteral("trailingWithoutNew"), result->trailingWithoutNew()},
                                                    {QStringLiteral("readout"), result->readout()},
                                                    {QStringLiteral("steps"), steps}}));
            return Ok;
        }
        if (!out.isEmpty()) {
            io.out << QCoreApplication::translate("gw::cli::saturation", "Wrote saturation over %1 sources to %2.\n")
                          .arg(QString::number(result->steps.size()), out)
                   << result->readout() << '\n';
            return Ok;
        }
        for (const SaturationStep &s : result->steps)
            io.out << s.source.leftJustified(32, u' ', true) << '\t' << s.newItems.size() << '\t' << s.cumulative
                   << (s.newItems.isEmpty() ? QString() : QStringLiteral("\t") + s.newItems.join(QStringLiteral("; ")))
                   << '\n';
        io.out << result->readout() << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSaturationVerb() { return std::make_unique<SaturationVerb>(); }

} // namespace gw::cli
