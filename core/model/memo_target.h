#pragma once
// What a memo is written on, found by name: the project, or a source, code,
// theme or dimension of it (the CLI's --on KIND:NAME, the demo's memos).

#include "core/error.h"
#include "core/model/types.h"

#include <QString>
#include <optional>

namespace gw {

class Project;

// The id of the KIND ("project", "source", "code", "theme", "dimension") named
// NAME in PROJECT, none for the project. An unknown KIND is InvalidInput; a
// name the project does not hold, the lookup's own error.
[[nodiscard]] Result<std::optional<Id>> memoTargetNamed(Project &project, const QString &kind, const QString &name);

} // namespace gw
