#pragma once
// Rows copied aside and put back exactly (ids, guids, coders, times): the undo
// of edits that take out or rewrite many rows at once (sources removed, the
// case sheet edited). The copies live in this connection's temporary tables
// under a token, as long as the project is open, which is as long as an undo
// stack can ask for them. Each call runs in the caller's transaction.

#include "core/error.h"

#include <QString>
#include <cstdint>
#include <span>

namespace gw {

class Database;

// A table and its rows that are kept: an SQL condition, which may use ?1.
struct KeptRows
{
    const char *table;
    const char *rows;
};

// Copies the rows of each of TABLES (?1 bound to ARGUMENT) aside under a new token.
[[nodiscard]] Result<std::int64_t> keepRows(Database &db, std::span<const KeptRows> tables, const QString &argument = {});
// Deletes the rows of each of TABLES, the last table first (children before parents).
[[nodiscard]] Status deleteRows(Database &db, std::span<const KeptRows> tables, const QString &argument = {});
// Puts back the rows of TABLES kept under TOKEN, the first table first.
[[nodiscard]] Status putBackRows(Database &db, std::span<const KeptRows> tables, std::int64_t token);
// Forgets the rows kept under TOKEN.
[[nodiscard]] Status forgetRows(Database &db, std::span<const KeptRows> tables, std::int64_t token);

} // namespace gw
