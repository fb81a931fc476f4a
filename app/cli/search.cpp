// search -p F QUERY: ranked full-text hits with source and range.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class SearchVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override { return QStringLiteral("Search the text of every source."); }
    QString description() const override
    {
        return QStringLiteral("Full-text search over every source. QUERY may hold words (all must occur),\n"
                              "\"a phrase\", prefix* and NEAR(word other, 10). Hits are ranked, best\n"
                              "source first, each with its character range [start, end).");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits (default 200)."),
                          QStringLiteral("N"), QStringLiteral("200")});
        parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to look for."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString query = parser.positionalArguments().join(QLatin1Char(' '));
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (query.trimmed().isEmpty() || !ok || limit <= 0) {
            io.err << "groundwork-cli search: give a QUERY (and --limit as a positive number).\n";
            return Usage;
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto hits = project->search(query, limit);
        if (!hits)
            return reportError(io, hits.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const SearchHit &h : *hits)
                array.append(QJsonObject{{QStringLiteral("source"), h.sourceName},
                                         {QStringLiteral("start"), qint64(h.start)},
                                         {QStringLiteral("end"), qint64(h.end)},
                                         {QStringLiteral("snippet"), h.snippet},
                                         {QStringLiteral("rank"), h.rank}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                    {QStringLiteral("hits"), array}}));
            return Ok;
        }
        io.out << hits->size() << " hits for " << query << '\n';
        for (const SearchHit &h : *hits)
            io.out << h.sourceName << " [" << h.start << ", " << h.end << ")\t" << h.snippet << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSearchVerb() { return std::make_unique<SearchVerb>(); }

} // namespace gw::cli
