// copy-out OUT: export a coder's copy of the project for a teammate.
#include "core/merge/coder_copy.h"

#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gw::cli {

namespace {

class CopyOutVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("copy-out"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::copy_out", "Export a coder's copy of the project.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::copy_out",
            "Write a consistent copy of the whole project to OUT for a teammate (--coder NAME:\n"
            "who it is for) to code on their own; bring it back with merge. The copy remembers\n"
            "the hierarchy as it is now, so that merge can tell their changes from conflicts.\n"
            "An existing OUT is never overwritten.\n\n"
            "Example: groundwork-cli copy-out -p study.groundwork ben.groundwork --coder ben");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({{QStringLiteral("p"), QStringLiteral("project")},
                          QCoreApplication::translate("gw::cli::copy_out",
                                                      "The project file (default: $GROUNDWORK_PROJECT)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("coder"),
                          QCoreApplication::translate("gw::cli::copy_out", "Who the copy is for."),
                          QStringLiteral("NAME")});
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("OUT"),
                                     QCoreApplication::translate("gw::cli::copy_out",
                                                                 "The copy to write (.groundwork)."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::copy_out",
                                                  "groundwork-cli copy-out: give exactly one OUT file for the copy.\n");
            return Usage;
        }
        QString path = parser.value(QStringLiteral("project"));
        if (path.isEmpty())
            path = qEnvironmentVariable("GROUNDWORK_PROJECT");
        if (path.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::copy_out",
                                                  "groundwork-cli: no project given; use -p FILE or set "
                                                  "GROUNDWORK_PROJECT.\n");
            return Usage;
        }
        // Opened without the usual --coder handling: here --coder names the
        // teammate the copy is for, not who is working on this project.
        auto project = Project::open(path);
        if (!project)
            return reportError(io, project.error(), Usage);
        auto copy = exportCoderCopy(**project, args[0], parser.value(QStringLiteral("coder")));
        if (!copy)
            return reportError(io, copy.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("copy"), copy->path},
                                                    {QStringLiteral("for"), copy->coder},
                                                    {QStringLiteral("of"), copy->madeFrom},
                                                    {QStringLiteral("made"), copy->made}}));
            return Ok;
        }
        if (copy->coder.isEmpty())
            io.out << QCoreApplication::translate("gw::cli::copy_out", "Wrote %1\n").arg(copy->path);
        else
            io.out << QCoreApplication::translate("gw::cli::copy_out", "Wrote %1, the coder's copy for %2\n")
                          .arg(copy->path, copy->coder);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeCopyOutVerb() { return std::make_unique<CopyOutVerb>(); }

} // namespace gw::cli
