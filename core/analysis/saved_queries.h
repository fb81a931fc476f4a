#pragma once
// Coding queries saved by name in the project (the saved_queries table), so a
// researcher can run the same question again on the day's data, use it as a
// matrix row, or export its hits. The expression is kept as typed and parsed
// when it runs: a renamed code shows up as an error naming it, not a silently
// different answer.

#include "core/analysis/coding_query.h"

namespace gw {

class Project;

struct SavedQuery
{
    Id id = 0;
    QString guid;
    QString name;
    QString expression;
    QueryOptions options;
    QString created, modified; // ISO 8601 UTC
};

[[nodiscard]] Result<std::vector<SavedQuery>> savedQueries(Project &project);
[[nodiscard]] Result<SavedQuery> savedQuery(Project &project, const QString &name);
// Saves QUERY under its name, replacing one of the same name (REPLACE) or
// refusing to (Conflict). Returns its id.
[[nodiscard]] Result<Id> saveQuery(Project &project, const SavedQuery &query, bool replace = false);
[[nodiscard]] Status removeSavedQuery(Project &project, const QString &name);
// Writes QUERY's row exactly as given (id, guid, times), over the row of that
// id if there is one: how an undo puts back what a save replaced or a removal took.
[[nodiscard]] Status putSavedQuery(Project &project, const SavedQuery &query);

// The options as stored (unit and filters), and back.
[[nodiscard]] QJsonObject toJson(const QueryOptions &options);
[[nodiscard]] Result<QueryOptions> queryOptionsFromJson(const QJsonObject &json);

} // namespace gw
