// query -p F 'EXPR': the passages a coding query finds; query save|list|run|remove:
// queries kept by name in the project.
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/passage_report.h"
#include "core/analysis/saved_queries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Prints or writes the passages of a query: text lines, --json, or -o FILE.
int report(CodingData &data, const std::vector<Passage> &passages, const QString &expression,
           const QueryOptions &options, const QCommandLineParser &parser, Io &io, const QString &verb)
{
    auto views = describePassages(data, passages);
    if (!views)
        return reportError(io, views.error());
    const QString out = parser.value(QStringLiteral("output"));
    if (!out.isEmpty()) {
        const QString title = QStringLiteral("Passages of %1 (%2)").arg(expression).arg(views->size()); // data
        const int written = writeTableOutput(passageTable(*views, title), out, io, verb);
        if (written != Ok)
            return written;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray hits;
        for (const PassageView &v : *views) {
            QJsonArray segments;
            for (const Id id : v.passage.segmentIds)
                segments.append(qint64(id));
            hits.append(QJsonObject{{QStringLiteral("source"), v.sourceName},
                                    {QStringLiteral("start"), qint64(v.passage.start)},
                                    {QStringLiteral("end"), qint64(v.passage.end)},
                                    {QStringLiteral("text"), v.text},
                                    {QStringLiteral("attribution"), v.attribution},
                                    {QStringLiteral("cases"), strings(v.cases)},
                                    {QStringLiteral("codes"), strings(v.codes)},
                                    {QStringLiteral("segments"), segments}});
        }
        QJsonObject doc{{QStringLiteral("query"), expression}, {QStringLiteral("options"), toJson(options)},
                        {QStringLiteral("count"), qint64(views->size())}, {QStringLiteral("hits"), hits}};
        if (!out.isEmpty())
            doc[QStringLiteral("path")] = out;
        writeJson(io, QJsonDocument(doc));
        return Ok;
    }
    if (!out.isEmpty()) {
        io.out << QCoreApplication::translate("gw::cli::query", "Wrote %1 passages of %2 to %3.\n")
                      .arg(QString::number(views->size()), expression, out);
        return Ok;
    }
    io.out << QCoreApplication::translate("gw::cli::query", "%1 passages for %2\n")
                  .arg(QString::number(views->size()), expression);
    for (const PassageView &v : *views) {
        io.out << v.sourceName << " [" << v.passage.start << ", " << v.passage.end << ")";
        if (!v.attribution.isEmpty())
            io.out << " [" << v.attribution << "]";
        io.out << "\t" << v.codes.join(QStringLiteral("; ")) << "\n  " << QString(v.text).replace(u'\n', u' ') << '\n';
    }
    return Ok;
}

int runAndReport(Project &project, const QString &expression, const QueryOptions &options,
                 const QCommandLineParser &parser, Io &io, const QString &verb)
{
    auto data = CodingData::load(project);
    if (!data)
        return reportError(io, data.error());
    auto passages = runCodingQuery(**data, expression, options);
    if (!passages)
        return reportAnalysisError(io, passages.error());
    return report(**data, *passages, expression, options, parser, io, verb);
}

QString expressionOf(const QStringList &words)
{
    return words.join(QLatin1Char(' ')).trimmed();
}

class QueryVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("query"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::query", "Find passages by codes, themes and dimensions.");
    }
    QString description() const override
    {
        return QCoreApplication::translate("gw::cli::query",
                                           "A coding query: the passages EXPRESSION finds, each with its source, case\n"
                                           "attribution and codes.\n\n") +
               querySyntaxHelp() +
               QCoreApplication::translate("gw::cli::query",
                                           "\n\nExample: query -p study.groundwork 'Trust AND Site visits' --unit "
                                           "sentence --where 'role = CCIO'");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        addFilterOptions(parser);
        addOutputOption(parser, QStringLiteral("md, tex, html, csv, odt, xlsx")); // data
        parser.addPositionalArgument(
            QStringLiteral("EXPRESSION"),
            QCoreApplication::translate("gw::cli::query", "What to find (quote it for the shell)."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString expression = expressionOf(parser.positionalArguments());
        if (expression.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::query", "groundwork-cli query: give an EXPRESSION, as in "
                                                                    "'Trust AND Site visits'.\n");
            return Usage;
        }
        const auto options = readQueryOptions(parser, io, name());
        if (!options)
            return Usage;
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        return runAndReport(*project, expression, *options, parser, io, name());
    }
};

class QuerySaveVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("query save"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::query", "Save a coding query by name.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::query",
            "Saves EXPRESSION with its unit and filters as NAME, to run again with\n"
            "\"query run NAME\" or use as a matrix row (--rows query:NAME). The expression\n"
            "is checked first. --replace overwrites a query of the same name.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        addFilterOptions(parser);
        parser.addOption({QStringLiteral("replace"),
                          QCoreApplication::translate("gw::cli::query", "Replace a saved query of the same name.")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::query", "The query's name."));
        parser.addPositionalArgument(QStringLiteral("EXPRESSION"),
                                     QCoreApplication::translate("gw::cli::query", "What it finds."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() < 2) {
            io.err << QCoreApplication::translate("gw::cli::query",
                                                  "groundwork-cli query save: give a NAME and an EXPRESSION.\n");
            return Usage;
        }
        const auto options = readQueryOptions(parser, io, name());
        if (!options)
            return Usage;
        // Saved queries record no coder, and --coder is the query's coder filter
        // here: the project is opened without setting one.
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        SavedQuery q;
        q.name = args.first();
        q.expression = expressionOf(args.mid(1));
        q.options = *options;
        auto data = CodingData::load(*project);
        if (!data)
            return reportError(io, data.error());
        if (auto parsed = parseQueryExpression(q.expression, **data); !parsed)
            return reportError(io, parsed.error(), Usage);
        if (auto scope = QueryScope::make(**data, q.options.filters); !scope)
            return reportError(io, scope.error(), Usage);
        auto id = saveQuery(*project, q, parser.isSet(QStringLiteral("replace")));
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json"))) {
            auto saved = savedQuery(*project, q.name);
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(*id)},
                                                    {QStringLiteral("guid"), saved ? saved->guid : QString()},
                                                    {QStringLiteral("name"), q.name.trimmed()},
                                                    {QStringLiteral("expression"), q.expression}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::query", "Saved the query \"%1\": %2\n")
                      .arg(q.name.trimmed(), q.expression);
        return Ok;
    }
};

class QueryListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("query list"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::query", "List the saved coding queries.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto all = savedQueries(*project);
        if (!all)
            return reportError(io, all.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const SavedQuery &q : *all)
                list.append(QJsonObject{{QStringLiteral("id"), qint64(q.id)}, {QStringLiteral("guid"), q.guid},
                                        {QStringLiteral("name"), q.name}, {QStringLiteral("expression"), q.expression},
                                        {QStringLiteral("options"), toJson(q.options)},
                                        {QStringLiteral("modified"), q.modified}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("queries"), list}}));
            return Ok;
        }
        if (all->empty())
            io.out << QCoreApplication::translate("gw::cli::query", "No saved queries. Save one with: "
                                                                    "groundwork-cli query save NAME 'EXPRESSION'\n");
        for (const SavedQuery &q : *all) {
            io.out << q.name << "\t" << q.expression;
            if (q.options.unit != QueryUnit::Overlap) {
                //: After a saved query in the list: the unit it compares, as in "sentence".
                io.out << QCoreApplication::translate("gw::cli::query", "\t(unit: %1)").arg(toString(q.options.unit));
            }
            for (const AttributeCondition &c : q.options.filters.where) {
                //: After a saved query in the list: one of its conditions, as in "role = CCIO".
                io.out << QCoreApplication::translate("gw::cli::query", "\t(where %1)").arg(toString(c));
            }
            io.out << '\n';
        }
        return Ok;
    }
};

class QueryRunVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("query run"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::query", "Run a saved coding query on today's data.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        addOutputOption(parser, QStringLiteral("md, tex, html, csv, odt, xlsx")); // data
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::query", "The saved query."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString queryName = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
        if (queryName.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::query", "groundwork-cli query run: give the NAME of a "
                                                                    "saved query (query list shows them).\n");
            return Usage;
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto q = savedQuery(*project, queryName);
        if (!q)
            return reportError(io, q.error(), Usage);
        return runAndReport(*project, q->expression, q->options, parser, io, name());
    }
};

class QueryRemoveVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("query remove"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::query", "Remove a saved coding query.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::query", "The saved query."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString queryName = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
        if (queryName.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::query",
                                                  "groundwork-cli query remove: give the NAME of a saved query.\n");
            return Usage;
        }
        // Saved queries record no coder, and --coder is the query's coder filter
        // here: the project is opened without setting one.
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto q = savedQuery(*project, queryName);
        if (!q)
            return reportError(io, q.error(), Usage);
        if (auto ok = removeSavedQuery(*project, queryName); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("removed"), q->name},
                                                    {QStringLiteral("id"), qint64(q->id)},
                                                    {QStringLiteral("guid"), q->guid}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::query", "Removed the saved query \"%1\".\n").arg(q->name);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeQueryVerb() { return std::make_unique<QueryVerb>(); }
std::unique_ptr<Verb> makeQuerySaveVerb() { return std::make_unique<QuerySaveVerb>(); }
std::unique_ptr<Verb> makeQueryListVerb() { return std::make_unique<QueryListVerb>(); }
std::unique_ptr<Verb> makeQueryRunVerb() { return std::make_unique<QueryRunVerb>(); }
std::unique_ptr<Verb> makeQueryRemoveVerb() { return std::make_unique<QueryRemoveVerb>(); }

} // namespace gw::cli
