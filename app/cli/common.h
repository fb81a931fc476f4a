#pragma once
// What the verbs share: the project and coder options, opening the project with
// a clear message, and writing JSON.

#include "app/cli/verb.h"
#include "core/model/project.h"

#include <QJsonDocument>
#include <memory>

namespace gw::cli {

// -p/--project and --coder.
void addProjectOptions(QCommandLineParser &parser);
void addJsonOption(QCommandLineParser &parser);

// Opens the project named by -p or GROUNDWORK_PROJECT and sets the coder from
// --coder or GROUNDWORK_CODER. On failure writes the reason to io.err and
// returns null (the verb exits with Usage).
// A verb that only reads asks for Access::Read: it then works while the
// workbench (or another writer) has the project open, through a read-only
// connection, and needs no coder.
enum class Access { Write, Read };
[[nodiscard]] std::unique_ptr<Project> openProject(const QCommandLineParser &parser, Io &io,
                                                   Access access = Access::Write);

void writeJson(Io &io, const QJsonDocument &doc);
[[nodiscard]] int reportError(Io &io, const Error &error, int exitCode = Failed);

} // namespace gw::cli
