#pragma once
// A small RAII layer over the SQLite C API. Database owns one connection;
// Statement owns one prepared statement; Transaction rolls back unless committed.
// Nothing here throws: failures come back as gw::Error values.

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gw {

class Statement;
struct StatementCache;

class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Opens PATH with foreign keys on and a busy timeout. Does not touch the schema.
    [[nodiscard]] static Result<Database> open(const QString &path, Mode mode);

    // Runs one or more SQL statements whole (no splitting on ';').
    [[nodiscard]] Status exec(const QString &sql);
    [[nodiscard]] Result<Statement> prepare(const QString &sql);
    // Convenience for a query returning one integer (first column of the first row).
    [[nodiscard]] Result<std::int64_t> scalar(const QString &sql);

    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] int lastErrorCode() const;
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // Copies the whole database to TARGET with the SQLite backup API.
    [[nodiscard]] Status backupTo(const QString &target);

private:
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    // Prepared statements are kept and reused: an import prepares the same few
    // queries for every source, and preparing costs as much as running them.
    std::shared_ptr<StatementCache> m_cache;
};

class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Binding is by 1-based index; returns *this so calls chain.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    // Binds UTF8 as TEXT (not a blob), for text already converted once.
    Statement &bindUtf8(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bindReal(int index, double value);

    // Steps once: true when a row is ready, false when done, Error on failure.
    [[nodiscard]] Result<bool> step();
    // Steps until done; for INSERT/UPDATE/DELETE.
    [[nodiscard]] Status run();
    void reset();

    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    // How many columns a row of this statement has.
    [[nodiscard]] int columns() const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db, std::shared_ptr<StatementCache> cache, QByteArray sql);
    // Back to the cache for the next prepare() of the same SQL, or finalized.
    void release();
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache;
    QByteArray m_sql;
    bool m_bindFailed = false;
};

// IDS as a JSON array ("[3,7,12]"), bound as one parameter and read back with
// json_each: how a statement takes a list of ids.
[[nodiscard]] QString jsonIdList(const std::vector<std::int64_t> &ids);

// Steps STMT to the end, turning each row into a T with READ.
template <typename T, typename Read> Result<std::vector<T>> collectRows(Statement &stmt, Read read)
{
    std::vector<T> list;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return list;
        list.push_back(read(stmt));
    }
}

// BEGIN IMMEDIATE on construction (check begun()); ROLLBACK in the destructor
// unless commit() succeeded. Inside another transaction it is a SAVEPOINT
// instead, so a unit of work (one source, say) can be undone alone inside a
// batch that commits many.
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace gw
