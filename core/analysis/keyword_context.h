#pragma once
// Keyword in context: every hit of a word (or any search) as one line, the
// words before it, the hit, the words after it, so that a researcher reads how
// a word is used across the project. Sortable by the left context (the word
// nearest the hit first), the right context, or by source and position. Built
// on the full-text search (Project::search): the same words, the same hits.

#include "core/analysis/coding_query.h"
#include "core/error.h"
#include "core/export/table.h"
#include "core/model/types.h"

#include <optional>
#include <vector>

namespace gw {

class Project;

struct KwicLine
{
    Id sourceId = 0;
    QString source;
    std::int64_t start = 0, end = 0; // the hit, in code points
    QString left, keyword, right;
};

enum class KwicSort { Source, Left, Right };

[[nodiscard]] std::optional<KwicSort> kwicSortFromString(const QString &text);

// At most LIMIT lines of QUERY's hits (FTS5 syntax, as for search) within
// SOURCES. With WITHIN (a code's segments, a query's passages), only the hits
// inside one of those passages, looked for in their sources (SOURCES is then
// not looked at; LIMIT counts the hits before they are narrowed).
[[nodiscard]] Result<std::vector<KwicLine>> keywordInContext(Project &project, const QString &query, KwicSort sort,
                                                             int limit = 5000,
                                                             const std::optional<std::vector<Id>> &sources = {},
                                                             const std::vector<Passage> *within = nullptr);

// The lines as a table for the table writers: source, left, keyword, right;
// QUERY names them in the caption.
[[nodiscard]] Table kwicTable(const std::vector<KwicLine> &lines, const QString &query);

} // namespace gw
