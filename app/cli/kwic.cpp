// kwic -p F WORD [--sort source|left|right] [--limit N] [filters] [-o FILE] [--json]:
// keyword in context, one line per hit.
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/keyword_context.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class KwicVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("kwic"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::kwic", "Keyword in context: every hit of a word as a line.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::kwic",
            "Every hit of WORD (or any search, as for search) as one line: the words before\n"
            "it, the hit, the words after it. --sort source (default: by source, then\n"
            "position), left (by the words before, nearest first) or right. --where, --kind,\n"
            "--sources and --cases choose the sources. -o writes md, tex, html, csv, odt or xlsx.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("sort"),
                          QCoreApplication::translate("gw::cli::kwic", "source, left or right."),
                          QStringLiteral("KEY"), QStringLiteral("source")});
        parser.addOption({QStringLiteral("limit"),
                          QCoreApplication::translate("gw::cli::kwic", "At most N lines (default 5000)."),
                          QStringLiteral("N"), QStringLiteral("5000")});
        addFilterOptions(parser, false, FilterSet::Sources);
        addOutputOption(parser, QStringLiteral("md, tex, html, csv, odt, xlsx")); // data
        parser.addPositionalArgument(QStringLiteral("WORD"),
                                     QCoreApplication::translate("gw::cli::kwic", "What to look for."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString query = parser.positionalArguments().join(u' ');
        const auto sort = kwicSortFromString(parser.value(QStringLiteral("sort")));
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (query.trimmed().isEmpty() || !sort || !ok || limit <= 0) {
            io.err << QCoreApplication::translate("gw::cli::kwic",
                                                  "groundwork-cli kwic: give a WORD, --sort source, left or right, "
                                                  "and --limit as a positive number.\n");
            return Usage;
        }
        const auto filters = readQueryOptions(parser, io, name(), false, FilterSet::Sources);
        if (!filters)
            return Usage;
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto sources = sourcesWithin(*project, filters->filters);
        if (!sources)
            return reportAnalysisError(io, sources.error());
        auto lines = keywordInContext(*project, query, *sort, limit, *sources);
        if (!lines)
            return reportError(io, lines.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (!out.isEmpty())
            if (const int written = writeTableOutput(kwicTable(*lines, query), out, io, name()); written != Ok)
                return written;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const KwicLine &l : *lines)
                list.append(QJsonObject{{QStringLiteral("source"), l.source}, {QStringLiteral("start"), qint64(l.start)},
                                        {QStringLiteral("end"), qint64(l.end)}, {QStringLiteral("left"), l.left},
                                        {QStringLiteral("keyword"), l.keyword}, {QStringLiteral("right"), l.right}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("lines"), list}}));
            return Ok;
        }
        if (!out.isEmpty()) {
            io.out << QCoreApplication::translate("gw::cli::kwic", "Wrote %1 lines to %2.\n")
                          .arg(QString::number(lines->size()), out);
            return Ok;
        }
        for (const KwicLine &l : *lines)
            io.out << l.left.right(50).rightJustified(50, u' ') << "  " << l.keyword << "  " << l.right.left(50) << '\t'
                   << l.source << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeKwicVerb() { return std::make_unique<KwicVerb>(); }

} // namespace gw::cli
