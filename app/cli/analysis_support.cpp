#include "app/cli/analysis_support.h"

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
                          QStringLiteral("What AND and NOT compare: overlap (default; also \"char\"), sentence or "
                                         "paragraph."),
                          QStringLiteral("UNIT"), QStringLiteral("overlap")});
    parser.addOption({QStringLiteral("where"),
                      QStringLiteral("Only sources whose case meets 'ATTRIBUTE OP VALUE' (=, !=, <, <=, >, >=, "
                                     "in (a, b), between a and b); repeat for more."),
                      QStringLiteral("CONDITION")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("Only sources of these kinds (interview, observation, document)."),
                      QStringLiteral("KINDS")});
    parser.addOption({QStringLiteral("sources"), QStringLiteral("Only these sources (names, comma-separated)."),
                      QStringLiteral("NAMES")});
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Only the sources of these cases (comma-separated)."),
                      QStringLiteral("NAMES")});
    parser.addOption({QStringLiteral("sets"), QStringLiteral("Only the sources in these sets (comma-separated)."),
                      QStringLiteral("NAMES")});
    if (set == FilterSet::Sources)
        return;
    parser.addOption({QStringLiteral("from"), QStringLiteral("Only segments coded on or after this day (yyyy-mm-dd)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Only segments coded on or before this day (yyyy-mm-dd)."),
                      QStringLiteral("DATE")});
}

std::optional<QueryOptions> readQueryOptions(const QCommandLineParser &parser, Io &io, const QString &verb,
                                             bool withUnit, FilterSet set)
{
    QueryOptions options;
    if (withUnit) {
        const auto unit = queryUnitFromString(parser.value(QStringLiteral("unit")));
        if (!unit) {
            io.err << "groundwork-cli " << verb << ": --unit is overlap, sentence or paragraph, not \""
                   << parser.value(QStringLiteral("unit")) << "\".\n";
            return std::nullopt;
        }
        options.unit = *unit;
    }
    for (const QString &k : listValues(parser, QStringLiteral("kind"))) {
        const auto kind = sourceKindFromString(k);
        if (!kind) {
            io.err << "groundwork-cli " << verb << ": --kind is interview, observation or document, not \"" << k
                   << "\".\n";
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
            io.err << "groundwork-cli " << verb << ": --" << name << " is a day written yyyy-mm-dd, not \""
                   << parser.value(name) << "\".\n";
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
                      QStringLiteral("Write to FILE; its suffix chooses the format (%1).").arg(formats),
                      QStringLiteral("FILE")});
}

int writeTableOutput(const Table &table, const QString &path, Io &io, const QString &verb)
{
    const auto format = tableFormatFromString(QFileInfo(path).suffix());
    if (!format) {
        io.err << "groundwork-cli " << verb << ": cannot tell the format of \"" << path
               << "\" from its suffix; use .md, .tex, .html, .csv, .odt or .xlsx.\n";
        return Usage;
    }
    if (auto ok = writeTable(table, *format, path); !ok)
        return reportError(io, ok.error());
    return Ok;
}

} // namespace gw::cli
