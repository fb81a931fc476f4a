#pragma once
// A project on a PostgreSQL server (issue: a team codes one study together).
// The server holds the same tables and columns as a project file
// (migrations/postgresql/ beside the SQLite migrations; a test compares them),
// plus who may do what: members, each an owner, coder or reviewer, enforced by
// the server itself with PostgreSQL roles, grants and row-level security.
//
//   owner     everything: sources, the hierarchy, the CMO model, membership
//   coder     reads all; adds and edits codes, saved queries and exemplar
//             choices; changes or removes only the segments, memos and
//             comments that are their own, and removes only codes they made
//             that no one else has coded with; resolves and reopens threads;
//             takes snapshots
//   reviewer  reads all; comments (their own), resolves and reopens threads,
//             takes snapshots
// Everyone writes the audit log only as themself.
//
// A member connects as themself (postgresql://ben@host/study): the server's
// user name is their coder name.

#include "core/error.h"

#include <QString>
#include <functional>
#include <vector>

namespace gw {

class PgConnection;

enum class MemberRole { Owner, Coder, Reviewer };
[[nodiscard]] QString toString(MemberRole role); // "owner", "coder", "reviewer"
[[nodiscard]] std::optional<MemberRole> memberRoleFromString(const QString &text);

struct Member
{
    QString name;
    MemberRole role = MemberRole::Coder;
    QString added; // ISO 8601, UTC
};

// What a copy up or down moved, table by table.
struct CopyReport
{
    int tables = 0;
    std::int64_t rows = 0;
    std::int64_t sources = 0;
    std::int64_t segments = 0;
};

// Called before each table with its name and how many of the tables are done.
using CopyProgress = std::function<void(const QString &table, int done, int total)>;

// Opens URL; with CREATEDATABASE, makes the database first when the server
// has none of that name (and the user may create databases).
[[nodiscard]] Result<PgConnection> connectServer(const QString &url, bool createDatabase = false);

// The schema versions migrations/postgresql/ holds, and the one the server's
// project has (0: not a Groundwork project).
[[nodiscard]] int latestServerSchemaVersion();
[[nodiscard]] Result<int> serverSchemaVersion(PgConnection &db);
// Refuses a database that holds no Groundwork project, or one of a server
// schema this Groundwork does not work with, naming the server.
[[nodiscard]] Status checkServerSchema(PgConnection &db);

// Makes an empty project in the connected database: the schema, the default
// model levels and influence types, and the owner, coder and reviewer roles
// with their grants and policies. The connecting user becomes its first owner.
// Refused when the database already holds tables of its own.
[[nodiscard]] Status initServerProject(PgConnection &db);

// Copies the project file FILE up whole into the server project, in one
// transaction. Refused when the server project holds sources, codes or
// segments already, unless REPLACE (then everything there is replaced).
[[nodiscard]] Result<CopyReport> pushProject(const QString &file, PgConnection &db, bool replace,
                                             const CopyProgress &progress = {});

// Copies the server project down whole into a new project file FILE (written
// beside it and renamed into place, so a failure leaves nothing). Refused when
// FILE exists, unless OVERWRITE.
[[nodiscard]] Result<CopyReport> pullProject(PgConnection &db, const QString &file, bool overwrite,
                                             const CopyProgress &progress = {});

// Members. Adding makes NAME a login role on the server when it is none yet
// (its password and how it authenticates are the server's business), grants
// it ROLE in this project, and replaces a role it had here.
[[nodiscard]] Status addMember(PgConnection &db, const QString &name, MemberRole role);
[[nodiscard]] Status removeMember(PgConnection &db, const QString &name);
[[nodiscard]] Result<std::vector<Member>> members(PgConnection &db);

} // namespace gw
