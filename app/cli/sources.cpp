// sources -p F: list the sources.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class SourcesVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("sources"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::sources", "List the sources with kind, length and segments.");
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
        auto list = project->sources();
        if (!list)
            return reportError(io, list.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const SourceInfo &s : *list)
                array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                         {QStringLiteral("kind"), toString(s.kind)},
                                         {QStringLiteral("length"), qint64(s.length)},
                                         {QStringLiteral("segments"), qint64(s.segmentCount)},
                                         {QStringLiteral("file"), s.originalName},
                                         {QStringLiteral("format"), s.originalFormat},
                                         {QStringLiteral("guid"), s.guid}});
            writeJson(io, QJsonDocument(array));
            return Ok;
        }
        for (const SourceInfo &s : *list)
            io.out << s.name << "\t" << toString(s.kind) << "\t"
                   << QCoreApplication::translate("gw::cli::sources", "%1 characters").arg(s.length) << "\t"
                   << QCoreApplication::translate("gw::cli::sources", "%1 segments").arg(s.segmentCount) << "\n";
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSourcesVerb() { return std::make_unique<SourcesVerb>(); }

} // namespace gw::cli
