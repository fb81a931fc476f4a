#include "core/store/kept_rows.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QStringList>

namespace gw {

namespace {

QString nameOf(const KeptRows &t) { return QString::fromLatin1(t.table); }

// The columns of TABLE, in order, quoted, as a list for SQL.
Result<QString> columnsOf(Database &db, const QString &table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, table);
    auto listed = collectRows<QString>(*stmt, [](const Statement &s) { return QStringLiteral("\"%1\"").arg(s.text(0)); });
    if (!listed)
        return std::unexpected(listed.error());
    const QStringList names(listed->begin(), listed->end());
    if (names.isEmpty())
        return fail(ErrorKind::Database, QCoreApplication::translate("gw::kept_rows", "No table %1.").arg(table));
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<std::int64_t> keepRows(Database &db, std::span<const KeptRows> tables, const QString &argument)
{
    // A token for these copies: one more than any kept.
    if (auto ok = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS gw_kept_tokens(token INTEGER PRIMARY KEY); "
                                         "INSERT INTO temp.gw_kept_tokens(token) VALUES (NULL)"));
        !ok)
        return std::unexpected(ok.error());
    const std::int64_t token = db.lastInsertId();
    for (const KeptRows &t : tables) {
        if (auto ok = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS gw_kept_%1 AS SELECT 0 AS gw_token, * "
                                             "FROM main.%1 WHERE 0")
                                  .arg(nameOf(t)));
            !ok)
            return std::unexpected(ok.error());
        auto copy = db.prepare(QStringLiteral("INSERT INTO temp.gw_kept_%1 SELECT ?2, * FROM main.%1 WHERE %2")
                                   .arg(nameOf(t), QString::fromLatin1(t.rows)));
        if (!copy)
            return std::unexpected(copy.error());
        if (auto ok = copy->bind(1, argument).bind(2, token).run(); !ok)
            return std::unexpected(ok.error());
    }
    return token;
}

Status deleteRows(Database &db, std::span<const KeptRows> tables, const QString &argument)
{
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
        auto drop = db.prepare(QStringLiteral("DELETE FROM main.%1 WHERE %2").arg(nameOf(*it), QString::fromLatin1(it->rows)));
        if (!drop)
            return std::unexpected(drop.error());
        if (!argument.isNull())
            drop->bind(1, argument);
        if (auto ok = drop->run(); !ok)
            return ok;
    }
    return {};
}

Status putBackRows(Database &db, std::span<const KeptRows> tables, std::int64_t token)
{
    for (const KeptRows &t : tables) {
        auto columns = columnsOf(db, nameOf(t));
        if (!columns)
            return std::unexpected(columns.error());
        auto put = db.prepare(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM temp.gw_kept_%1 WHERE gw_token = ?1")
                                  .arg(nameOf(t), *columns));
        if (!put)
            return std::unexpected(put.error());
        if (auto ok = put->bind(1, token).run(); !ok)
            return ok;
    }
    return {};
}

Status forgetRows(Database &db, std::span<const KeptRows> tables, std::int64_t token)
{
    for (const KeptRows &t : tables) {
        auto forget = db.prepare(QStringLiteral("DELETE FROM temp.gw_kept_%1 WHERE gw_token = ?1").arg(nameOf(t)));
        if (!forget)
            return std::unexpected(forget.error());
        if (auto ok = forget->bind(1, token).run(); !ok)
            return ok;
    }
    return {};
}

} // namespace gw
