// search -p F QUERY: ranked full-text hits, word by word or passage by
// passage, within the sources the coding query's filters choose.
#include "app/cli/analysis_support.h"
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/analysis/coding_query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

std::optional<text::CodingUnit> searchUnit(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("word") || t == QLatin1String("words"))
        return text::CodingUnit::FreeSelection;
    if (t == QLatin1String("sentence"))
        return text::CodingUnit::Sentence;
    if (t == QLatin1String("paragraph"))
        return text::CodingUnit::Paragraph;
    return std::nullopt;
}

class SearchVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::search", "Search the text of every source.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::search",
            "Full-text search over every source. QUERY may hold words (all must occur),\n"
            "\"a phrase\", prefix* (also at the end of a phrase: \"site visit*\") and\n"
            "NEAR(word other, 10). A placeholder such as [site_A] is one word: \"site\" does not\n"
            "find it, \"site_A\" and \"site*\" do. Hits are ranked, best source first, each with its\n"
            "character range [start, end). With --unit sentence or paragraph, the hits of one\n"
            "passage are one hit that spans it. --where, --kind, --sources and --cases choose\n"
            "the sources as they do for query.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("limit"),
                          QCoreApplication::translate("gw::cli::search", "At most N hits (default 200)."),
                          QStringLiteral("N"), QStringLiteral("200")});
        parser.addOption({QStringLiteral("unit"),
                          QCoreApplication::translate("gw::cli::search",
                                                      "A hit per word (default), or per sentence or paragraph."),
                          QStringLiteral("UNIT"), QStringLiteral("word")});
        addFilterOptions(parser, false, FilterSet::Sources);
        parser.addPositionalArgument(QStringLiteral("QUERY"),
                                     QCoreApplication::translate("gw::cli::search", "What to look for."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString query = parser.positionalArguments().join(QLatin1Char(' '));
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (query.trimmed().isEmpty() || !ok || limit <= 0) {
            io.err << QCoreApplication::translate("gw::cli::search",
                                                  "groundwork-cli search: give a QUERY (and --limit as a positive "
                                                  "number).\n");
            return Usage;
        }
        const auto unit = searchUnit(parser.value(QStringLiteral("unit")));
        if (!unit) {
            io.err << QCoreApplication::translate("gw::cli::search",
                                                  "groundwork-cli search: --unit is word, sentence or paragraph, "
                                                  "not \"%1\".\n")
                          .arg(parser.value(QStringLiteral("unit")));
            return Usage;
        }
        const auto options = readQueryOptions(parser, io, QStringLiteral("search"), false, FilterSet::Sources);
        if (!options)
            return Usage;
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        SearchScope scope;
        scope.unit = *unit;
        auto sources = sourcesWithin(*project, options->filters);
        if (!sources)
            return reportAnalysisError(io, sources.error());
        scope.sources = std::move(*sources);
        auto hits = project->search(query, limit, scope);
        if (!hits)
            return reportError(io, hits.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const SearchHit &h : *hits)
                array.append(QJsonObject{{QStringLiteral("source"), h.sourceName},
                                         {QStringLiteral("start"), qint64(h.start)},
                                         {QStringLiteral("end"), qint64(h.end)},
                                         {QStringLiteral("words"), h.words},
                                         {QStringLiteral("snippet"), h.snippet},
                                         {QStringLiteral("rank"), h.rank}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                    {QStringLiteral("hits"), array}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::search", "%1 hits for %2\n")
                      .arg(QString::number(hits->size()), query);
        for (const SearchHit &h : *hits)
            io.out << h.sourceName << " [" << h.start << ", " << h.end << ")\t" << h.snippet << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSearchVerb() { return std::make_unique<SearchVerb>(); }

} // namespace gw::cli
