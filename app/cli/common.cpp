#include "app/cli/common.h"

#include "core/server/pg_connection.h"

#include <QCoreApplication>

namespace gw::cli {

void addProjectOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {{QStringLiteral("p"), QStringLiteral("project")},
         QCoreApplication::translate("gw::cli::common", "The project file (default: $GROUNDWORK_PROJECT)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("coder"),
                      QCoreApplication::translate("gw::cli::common",
                                                  "Who is doing this work (default: $GROUNDWORK_CODER, "
                                                  "then your user name)."),
                      QStringLiteral("NAME")});
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("gw::cli::common", "Print one JSON document instead of text.")});
}

std::unique_ptr<Project> openProject(const QCommandLineParser &parser, Io &io, Access access)
{
    QString path = parser.value(QStringLiteral("project"));
    if (path.isEmpty())
        path = qEnvironmentVariable("GROUNDWORK_PROJECT");
    if (path.isEmpty()) {
        io.err << QCoreApplication::translate(
            "gw::cli::common", "groundwork-cli: no project given; use -p FILE or set GROUNDWORK_PROJECT.\n");
        return nullptr;
    }
    if (isServerUrl(path)) {
        io.err << QCoreApplication::translate(
                      "gw::cli::common",
                      "groundwork-cli: %1 is a project on a server. This Groundwork copies a server project up and "
                      "down and manages its members (groundwork-cli server ...); the other verbs work on a project "
                      "file: copy it down with groundwork-cli server pull URL FILE.\n")
                      .arg(redactedUrl(path));
        return nullptr;
    }
    auto project = access == Access::Read ? Project::openForReading(path) : Project::open(path);
    if (!project) {
        io.err << "groundwork-cli: " << project.error().message << '\n';
        return nullptr;
    }
    // A reader records nothing, so it needs no coder; setting one would add the
    // name to the project's coders (and --coder is a filter on analysis verbs).
    if (access == Access::Read || (*project)->isReadOnly())
        return std::move(*project);
    QString coder = parser.value(QStringLiteral("coder"));
    if (coder.isEmpty())
        coder = qEnvironmentVariable("GROUNDWORK_CODER");
    if (!coder.isEmpty()) {
        if (auto ok = (*project)->setCoder(coder); !ok) {
            io.err << "groundwork-cli: " << ok.error().message << '\n';
            return nullptr;
        }
    }
    return std::move(*project);
}

void writeJson(Io &io, const QJsonDocument &doc)
{
    io.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

int reportError(Io &io, const Error &error, int exitCode)
{
    io.err << "groundwork-cli: " << error.message << '\n';
    return exitCode;
}

} // namespace gw::cli
