#pragma once
// Schema migrations: migrations/NNNN_name.sql, embedded as Qt resources under
// :/migrations. Each runs whole with PRAGMA user_version = N inside one
// BEGIN IMMEDIATE transaction, so a failure leaves the file as it was.

#include "core/error.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace gw {

class Database;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations NNNN_name.sql in the resource folder FOLDER, in order.
[[nodiscard]] std::vector<Migration> readMigrations(const QString &folder);
// The migrations shipped with this build, in order.
[[nodiscard]] const std::vector<Migration> &bundledMigrations();
[[nodiscard]] int latestSchemaVersion();

// Applies every migration in MIGRATIONS newer than the file's user_version, all in
// one transaction. Stops at the first failure and rolls everything back.
[[nodiscard]] Status migrate(Database &db, const std::vector<Migration> &migrations);

// The tables and columns ("table.column") the migrations up to VERSION make
// that DB lacks: a project with a table dropped is damaged, and is refused on
// opening rather than failing at the first query that needs it.
[[nodiscard]] Result<QStringList> missingSchema(Database &db, int version);

// The project's application_id ("GWK1"), set by the first migration.
inline constexpr int kApplicationId = 1196903217;

} // namespace gw
