#pragma once
// Where a store's rows live, whichever database holds them. A store (the
// review threads, say) writes its SQL once, in what SQLite and PostgreSQL both
// understand, with parameters $1, $2, ... and RETURNING for new ids, and runs
// it through a session: SqliteSession over a project file's connection, or
// PgSession (core/server/pg_session.h) over a server project's. Where the two
// dialects differ a store asks dialect(). Nothing throws.

#include "core/error.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace gw {

class Database;

// A parameter: NULL, an integer or text.
using SqlValue = std::variant<std::nullptr_t, std::int64_t, QString>;

// A query's rows, every cell as text (NULL as nullopt), read whole.
class SqlRows
{
public:
    SqlRows() = default;
    explicit SqlRows(int columns) : m_columns(columns) {}
    void append(std::optional<QString> cell) { m_cells.push_back(std::move(cell)); }
    [[nodiscard]] int size() const { return m_columns == 0 ? 0 : int(m_cells.size()) / m_columns; }
    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    [[nodiscard]] bool isNull(int row, int column) const { return !cell(row, column).has_value(); }
    [[nodiscard]] QString text(int row, int column) const { return cell(row, column).value_or(QString()); }
    [[nodiscard]] std::int64_t int64(int row, int column) const { return text(row, column).toLongLong(); }

private:
    [[nodiscard]] const std::optional<QString> &cell(int row, int column) const
    {
        return m_cells[std::size_t(row) * std::size_t(m_columns) + std::size_t(column)];
    }
    int m_columns = 0;
    std::vector<std::optional<QString>> m_cells;
};

// NULL for an empty text or no number, else the value (a parameter).
inline SqlValue orNull(const QString &text) { return text.isEmpty() ? SqlValue(nullptr) : SqlValue(text); }
inline SqlValue orNull(std::optional<std::int64_t> number) { return number ? SqlValue(*number) : SqlValue(nullptr); }

// The first of LIST, or the error NONE() makes when it is empty; or LIST's error.
template <typename T, typename None>
Result<T> firstOr(Result<std::vector<T>> list, None none)
{
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return std::unexpected(none());
    return std::move(list->front());
}

// Each row of ROWS made into a T by READ(rows, row), in order; or ROWS' error.
template <typename Read>
auto readRows(const Result<SqlRows> &rows, Read read)
    -> Result<std::vector<decltype(read(std::declval<const SqlRows &>(), 0))>>
{
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<decltype(read(*rows, 0))> out;
    out.reserve(std::size_t(rows->size()));
    for (int r = 0; r < rows->size(); ++r)
        out.push_back(read(*rows, r));
    return out;
}

class SqlSession
{
public:
    enum class Dialect { Sqlite, Postgres };

    virtual ~SqlSession() = default;
    [[nodiscard]] virtual Dialect dialect() const = 0;
    // SQL for the time now in UTC as the schema keeps it (2026-12-07T23:51:36Z),
    // the database's clock, so that every member of a server project agrees.
    [[nodiscard]] QString nowSql() const;
    // SQL for where NEEDLE first occurs in HAYSTACK (1-based, 0 for nowhere).
    [[nodiscard]] QString positionSql(const QString &haystack, const QString &needle) const;
    // Runs one statement with PARAMS bound to $1, $2, ...; its rows, if any.
    [[nodiscard]] virtual Result<SqlRows> query(const QString &sql, const std::vector<SqlValue> &params = {}) = 0;
    // The same for an INSERT ... RETURNING id: the id.
    [[nodiscard]] Result<std::int64_t> insert(const QString &sql, const std::vector<SqlValue> &params);
    // A statement that changes rows, run for its effect.
    [[nodiscard]] Status run(const QString &sql, const std::vector<SqlValue> &params = {});

    // One unit of work: begun when made, rolled back unless committed. Inside
    // another on the same session it is a savepoint of that one.
    class Transaction
    {
    public:
        virtual ~Transaction() = default;
        [[nodiscard]] virtual const Status &begun() const = 0;
        [[nodiscard]] virtual Status commit() = 0;
    };
    [[nodiscard]] virtual std::unique_ptr<Transaction> transaction() = 0;
};

// A project file's connection as a session (it must outlive the session).
class SqliteSession final : public SqlSession
{
public:
    explicit SqliteSession(Database &db) : m_db(db) {}
    [[nodiscard]] Dialect dialect() const override { return Dialect::Sqlite; }
    [[nodiscard]] Result<SqlRows> query(const QString &sql, const std::vector<SqlValue> &params = {}) override;
    [[nodiscard]] std::unique_ptr<Transaction> transaction() override;

private:
    Database &m_db;
};

} // namespace gw
