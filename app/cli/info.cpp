// info -p F: counts of everything in the project.
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/store/migrations.h"

#include <QJsonObject>

namespace gw::cli {

namespace {

class InfoVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override { return QStringLiteral("Show what the project holds, with counts."); }

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
        auto c = project->counts();
        if (!c)
            return reportError(io, c.error());
        const QString title = project->setting(QStringLiteral("project.name"), project->name());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{
                              {QStringLiteral("project"), title},
                              {QStringLiteral("path"), project->path()},
                              {QStringLiteral("schema"), latestSchemaVersion()},
                              {QStringLiteral("sources"), qint64(c->sources())},
                              {QStringLiteral("interviews"), qint64(c->interviews)},
                              {QStringLiteral("observations"), qint64(c->observations)},
                              {QStringLiteral("documents"), qint64(c->documents)},
                              {QStringLiteral("characters"), qint64(c->characters)},
                              {QStringLiteral("codes"), qint64(c->codes)},
                              {QStringLiteral("archived_codes"), qint64(c->archivedCodes)},
                              {QStringLiteral("segments"), qint64(c->segments)},
                              {QStringLiteral("themes"), qint64(c->themes)},
                              {QStringLiteral("dimensions"), qint64(c->dimensions)},
                              {QStringLiteral("memos"), qint64(c->memos)},
                              {QStringLiteral("cases"), qint64(c->cases)},
                              {QStringLiteral("coders"), qint64(c->coders)},
                          }));
            return Ok;
        }
        io.out << title << " (" << project->path() << ")\n"
               << "  sources     " << c->sources() << "  (" << c->interviews << " interviews, " << c->observations
               << " observations, " << c->documents << " documents; " << c->characters << " characters)\n"
               << "  codes       " << c->codes << "  (" << c->archivedCodes << " archived)\n"
               << "  segments    " << c->segments << '\n'
               << "  themes      " << c->themes << '\n'
               << "  dimensions  " << c->dimensions << '\n'
               << "  memos       " << c->memos << '\n'
               << "  cases       " << c->cases << '\n'
               << "  coders      " << c->coders << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeInfoVerb() { return std::make_unique<InfoVerb>(); }

} // namespace gw::cli
