#pragma once
// What the analysis verbs (query, matrix, cooccurrence) share: the filter
// options, reading them, and writing a table to -o FILE by its suffix.

#include "app/cli/common.h"
#include "core/analysis/coding_query.h"
#include "core/export/table.h"

#include <optional>

namespace gw::cli {

// Which filters a verb takes: all of them, or those that choose sources
// (search reads text, not segments).
enum class FilterSet { All, Sources };

// --unit, --where (repeatable), --kind, --sources, --cases, --from, --to. The
// coder filter is the --coder every verb already has (addProjectOptions): on
// these verbs it keeps the segments of those coders (comma-separated).
// FilterSet::Sources leaves out --from and --to.
void addFilterOptions(QCommandLineParser &parser, bool withUnit = true, FilterSet set = FilterSet::All);
// The options as given, or nothing after writing the reason to io.err.
[[nodiscard]] std::optional<QueryOptions> readQueryOptions(const QCommandLineParser &parser, Io &io,
                                                           const QString &verb, bool withUnit = true,
                                                           FilterSet set = FilterSet::All);
// Reports ERROR: a question that cannot be asked (a malformed expression, an
// unknown name) is bad usage (2); anything else a failure (1).
[[nodiscard]] int reportAnalysisError(Io &io, const Error &error);
// The values of a repeatable option, each split at commas, trimmed, empty ones dropped.
[[nodiscard]] QStringList listValues(const QCommandLineParser &parser, const QString &name);
void addOutputOption(QCommandLineParser &parser, const QString &formats);
// Writes TABLE to the -o file in the format its suffix names; Ok, or an exit
// code after saying why.
[[nodiscard]] int writeTableOutput(const Table &table, const QString &path, Io &io, const QString &verb);

} // namespace gw::cli
