// init FILE: create a new project (optionally filled with the demo study).
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/demo/demo_project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace gw::cli {

namespace {

class InitVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::init", "Create a new, empty project file.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addJsonOption(parser);
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("gw::cli::init", "The new project, e.g. study.groundwork."));
        parser.addOption({QStringLiteral("name"),
                          QCoreApplication::translate("gw::cli::init", "The project's display name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("demo"),
                          QCoreApplication::translate("gw::cli::init",
                                                      "Fill the new project with the bundled demo study (synthetic "
                                                      "transcripts, field notes and a document, already coded).")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::init",
                                                  "groundwork-cli init: give exactly one FILE for the new project.\n");
            return Usage;
        }
        auto project =
            parser.isSet(QStringLiteral("demo")) ? createDemoProject(args[0]) : Project::create(args[0]);
        if (!project)
            return reportError(io, project.error(), Usage);
        if (parser.isSet(QStringLiteral("name"))) {
            if (auto ok = (*project)->setSetting(QStringLiteral("project.name"),
                                                 parser.value(QStringLiteral("name")));
                !ok)
                return reportError(io, ok.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            auto sources = (*project)->sources();
            auto codes = (*project)->codes();
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("path"), QFileInfo(args[0]).absoluteFilePath()},
                                                    {QStringLiteral("name"), (*project)->name()},
                                                    {QStringLiteral("sources"), qint64(sources ? sources->size() : 0)},
                                                    {QStringLiteral("codes"), qint64(codes ? codes->size() : 0)}}));
            return Ok;
        }
        //: %1 is the new project's file.
        io.out << QCoreApplication::translate("gw::cli::init", "Created %1\n").arg(args[0]);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeInitVerb() { return std::make_unique<InitVerb>(); }

} // namespace gw::cli
