#pragma once
// What the model verbs share: finding a model element or an influence from
// what a researcher types, and describing them back.

#include "app/cli/common.h"

#include <optional>

namespace gw::cli {

// The element whose dimension, theme or code is named TEXT (exactly, spaces
// simplified). "code:NAME", "theme:NAME", "dimension:NAME" pick one kind when
// names repeat across tiers. Errors name TEXT and say what to do.
[[nodiscard]] Result<ModelElement> findElement(Project &project, const QString &text);

// An influence by its id or guid (LINK), or "FROM/TO" (split at the slash that
// leaves an element on both sides), or FROM and TO given apart. TYPE, when
// given, picks one of several links between the same two elements.
[[nodiscard]] Result<Influence> findInfluence(Project &project, const QStringList &args,
                                              const QString &type = {});

// "“A” triggers “B”".
[[nodiscard]] QString describeInfluence(Project &project, const Influence &influence);

// A number in [0, 1] from OPTION, or an error message naming it.
[[nodiscard]] std::optional<double> unitNumber(const QCommandLineParser &parser,
                                               const QString &option, Io &io, const QString &verb);

} // namespace gw::cli
