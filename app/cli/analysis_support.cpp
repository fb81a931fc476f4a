#include "app/cli/analysis_support.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gw::cli {

namespace {

} // namespace

QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &value : parser.values(name))
        for (const QString &item : value.split(u','))
            if (!item.trimmed().isEmpty())
                out.append(item.trimmed());
    return out;
}

void addFilterOptions(QCommandLineParser &parser, bool withUnit, FilterSet set)
{
    if (withUnit)
        parser.addOption({QStringLiteral("unit"),
                          QCoreApplication::translate("gw::cli::analysis_support",
                                                      "What AND and NOT compare: overlap (default; also \"char\"), "
                                                      "sentence or paragraph."),
                          QStringLiteral("UNIT"), QStringLiteral("overlap")});
    parser.addOption({QStringLiteral("where"),
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Only sources whose case meets 'ATTRIBUTE OP VALUE' (=, !=, <, <=, "
                                                  ">, >=, in (a, b), between a and b); repeat for more."),
                      QStringLiteral("CONDITION")});
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Only sources of these kinds (interview, observation, document)."),
                      QStringLiteral("KINDS")});
    parser.addOption({QStringLiteral("sources"),
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Only these sources (names, comma-separated)."),
                      QStringLiteral("NAMES")});
    parser.addOption({QStringLiteral("cases"),
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Only the sources of these cases (comma-separated)."),
                      QStringLiteral("NAMES")});
    parser.addOption({QStringLiteral("sets"),
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Only the sources in these sets (comma-separated)."),
                      QStringLiteral("NAMES")});
    if (set == FilterSet::Sources)
        return;
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Only segments coded on or after this day (yyyy-mm-dd)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Only segments coded on or before this day (yyyy-mm-dd)."),
                      QStringLiteral("DATE")});
}

std::optional<QueryOptions> readQueryOptions(const QCommandLineParser &parser, Io &io, const QString &verb,
                                             bool withUnit, FilterSet set)
{
    QueryOptions options;
    if (withUnit) {
        const auto unit = queryUnitFromString(parser.value(QStringLiteral("unit")));
        if (!unit) {
            io.err << QCoreApplication::translate("gw::cli::analysis_support",
                                                  "groundwork-cli %1: --unit is overlap, sentence or paragraph, "
                                                  "not \"%2\".\n")
                          .arg(verb, parser.value(QStringLiteral("unit")));
            return std::nullopt;
        }
        options.unit = *unit;
    }
    for (const QString &k : listValues(parser, QStringLiteral("kind"))) {
        const auto kind = sourceKindFromString(k);
        if (!kind) {
            io.err << QCoreApplication::translate("gw::cli::analysis_support",
                                                  "groundwork-cli %1: --kind is interview, observation or document, "
                                                  "not \"%2\".\n")
                          .arg(verb, k);
            return std::nullopt;
        }
        options.filters.kinds.insert(*kind);
    }
    options.filters.sources = listValues(parser, QStringLiteral("sources"));
    options.filters.cases = listValues(parser, QStringLiteral("cases"));
    options.filters.sets = listValues(parser, QStringLiteral("sets"));
    if (set == FilterSet::All)
        options.filters.coders = listValues(parser, QStringLiteral("coder"));
    for (const QString &w : parser.values(QStringLiteral("where"))) {
        auto c = parseAttributeCondition(w);
        if (!c) {
            io.err << "groundwork-cli " << verb << ": " << c.error().message << '\n';
            return std::nullopt;
        }
        options.filters.where.push_back(std::move(*c));
    }
    if (set == FilterSet::Sources)
        return options;
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &options.filters.codedFrom},
                                     std::pair{QStringLiteral("to"), &options.filters.codedTo}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name).trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!date->isValid()) {
            //: %2 is the option's name, from or to.
            io.err << QCoreApplication::translate("gw::cli::analysis_support",
                                                  "groundwork-cli %1: --%2 is a day written yyyy-mm-dd, not \"%3\".\n")
                          .arg(verb, name, parser.value(name));
            return std::nullopt;
        }
    }
    return options;
}

int reportAnalysisError(Io &io, const Error &error)
{
    const bool usage = error.kind == ErrorKind::InvalidInput || error.kind == ErrorKind::NotFound;
    return reportError(io, error, usage ? Usage : Failed);
}

void addOutputOption(QCommandLineParser &parser, const QString &formats)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      //: %1 lists the formats, as in "md, tex, html, csv, odt, xlsx".
                      QCoreApplication::translate("gw::cli::analysis_support",
                                                  "Write to FILE; its suffix chooses the format (%1).")
                          .arg(formats),
                      QStringLiteral("FILE")});
}

int writeTableOutput(const Table &table, const QString &path, Io &io, const QString &verb)
{
    const auto format = tableFormatFromString(QFileInfo(path).suffix());
    if (!format) {
        io.err << QCoreApplication::translate("gw::cli::analysis_support",
                                              "groundwork-cli %1: cannot tell the format of \"%2\" from its suffix; "
                                              "use .md, .tex, .html, .csv, .odt or .xlsx.\n")
                      .arg(verb, path);
        return Usage;
    }
    if (auto ok = writeTable(table, *format, path); !ok)
        return reportError(io, ok.error());
    return Ok;
}

} // namespace gw::cli
