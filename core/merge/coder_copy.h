#pragma once
// "Export a coder's copy": a consistent copy of the whole project (SQLite's
// VACUUM INTO, safe while the project is open) for a teammate to code on
// their own machine and merge back later (merge_plan.h). The copy records who
// it is for, where it came from and when, and the hierarchy and memos as they
// were (the merge's common base: it tells a change made on one side from a
// conflict made on both).

#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace gw {

class Database;
class Project;

struct CoderCopy
{
    QString path;
    QString coder;   // who it is for (may be empty)
    QString madeFrom; // the project's file name
    QString made;     // ISO 8601 UTC
};

// Writes PROJECT's copy to OUT for CODER. Refuses an existing OUT.
[[nodiscard]] Result<CoderCopy> exportCoderCopy(Project &project, const QString &out, const QString &coder = {});

// The hierarchy and memos of DB by GUID: {"codes"|"themes"|"dimensions":
// {guid: {name, definition, parent, parentName}}, "memos": {guid: {name, body}},
// "segments": {guid: [code guid, start, end]}, "threads": {guid: resolved},
// "elements": {guid: [role, level name, x, y]}, "influences": {guid: [type name,
// memo]}}.
[[nodiscard]] Result<QJsonObject> mergeBase(Database &db);

} // namespace gw
