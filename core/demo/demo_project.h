#pragma once
// The bundled demo project: a few synthetic transcripts, field notes and a
// document (resources/demo), coded with first-order and open codes, with the
// published data structure (5 dimensions, 14 themes, 33 first-order codes, each
// code with synthetic segments behind it), a few exemplar quotes, the
// interviewees as cases, and a CMO model after the published one (factors at
// four levels, relationship types on the spectrum, typed links with
// evidence), built into a real project file so that a new user has something
// to look at.

#include "core/error.h"

#include <memory>

namespace gw {

class Project;

// Creates the demo project at PATH (which must not exist yet).
[[nodiscard]] Result<std::unique_ptr<Project>> createDemoProject(const QString &path);

// The demo project in the user's data folder, made there on first use (the
// workbench's --demo and its start page open it).
[[nodiscard]] Result<QString> demoProjectPath();

} // namespace gw
