#include "core/store/database.h"

#include <sqlite3.h>
#include <QCoreApplication>
#include <QHash>

namespace gw {

namespace {

Error sqliteError(sqlite3 *db, const QString &what)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QCoreApplication::translate("gw::database", "out of memory");
    ErrorKind kind = ErrorKind::Database;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: kind = ErrorKind::Corrupt; break;
    case SQLITE_READONLY:
    case SQLITE_PERM: kind = ErrorKind::ReadOnly; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: kind = ErrorKind::Locked; break;
    case SQLITE_CANTOPEN: kind = ErrorKind::Io; break;
    case SQLITE_CONSTRAINT: kind = ErrorKind::Conflict; break;
    default: break;
    }
    return Error{kind, QStringLiteral("%1: %2").arg(what, detail)};
}

} // namespace

// Idle prepared statements of one connection, by their SQL. Shared with the
// Statements that came from it, so a Statement outliving its Database finalizes
// itself instead of returning to a closed connection's cache.
struct StatementCache
{
    QHash<QByteArray, sqlite3_stmt *> idle;
    bool open = true;
};

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close()
{
    if (m_cache) {
        for (sqlite3_stmt *stmt : std::as_const(m_cache->idle))
            sqlite3_finalize(stmt);
        m_cache->idle.clear();
        m_cache->open = false;
        m_cache.reset();
    }
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    Database db;
    db.m_path = path;
    db.m_cache = std::make_shared<StatementCache>();
    const QByteArray utf8 = path.toUtf8();
    if (sqlite3_open_v2(utf8.constData(), &db.m_db, flags, nullptr) != SQLITE_OK) {
        Error e = sqliteError(db.m_db, QCoreApplication::translate("gw::database", "Cannot open %1").arg(path));
        return std::unexpected(e);
    }
    sqlite3_busy_timeout(db.m_db, 5000);
    if (auto ok = db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !ok)
        return std::unexpected(ok.error());
    return db;
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error e = sqliteError(m_db, QCoreApplication::translate("gw::database", "SQL failed"));
        sqlite3_free(message);
        return std::unexpected(e);
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    QByteArray utf8 = sql.toUtf8();
    if (m_cache) {
        if (auto it = m_cache->idle.find(utf8); it != m_cache->idle.end()) {
            sqlite3_stmt *stmt = it.value();
            m_cache->idle.erase(it);
            return Statement(stmt, m_db, m_cache, std::move(utf8));
        }
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK)
        return std::unexpected(sqliteError(m_db, QCoreApplication::translate("gw::database", "Cannot prepare query")));
    return Statement(stmt, m_db, m_cache, std::move(utf8));
}

Result<std::int64_t> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }
QString Database::lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
int Database::lastErrorCode() const { return sqlite3_extended_errcode(m_db); }

Status Database::backupTo(const QString &target)
{
    sqlite3 *dest = nullptr;
    const QByteArray utf8 = target.toUtf8();
    if (sqlite3_open_v2(utf8.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        Error e = sqliteError(dest, QCoreApplication::translate("gw::database", "Cannot create backup %1").arg(target));
        sqlite3_close_v2(dest);
        return std::unexpected(e);
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", m_db, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    Status result;
    if (rc != SQLITE_DONE)
        result = std::unexpected(sqliteError(dest, QCoreApplication::translate("gw::database", "Cannot write backup %1").arg(target)));
    sqlite3_close_v2(dest);
    return result;
}

Statement::Statement(sqlite3_stmt *stmt, sqlite3 *db, std::shared_ptr<StatementCache> cache, QByteArray sql)
    : m_stmt(stmt), m_db(db), m_cache(std::move(cache)), m_sql(std::move(sql))
{
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_cache(std::move(other.m_cache)),
      m_sql(std::move(other.m_sql)), m_bindFailed(other.m_bindFailed)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_cache = std::move(other.m_cache);
        m_sql = std::move(other.m_sql);
        m_bindFailed = other.m_bindFailed;
    }
    return *this;
}

Statement::~Statement() { release(); }

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cache && m_cache->open && !m_cache->idle.contains(m_sql)) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_cache->idle.insert(m_sql, m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_cache.reset();
}

Statement &Statement::bind(int index, std::int64_t value)
{
    m_bindFailed |= sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindReal(int index, double value)
{
    m_bindFailed |= sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    m_bindFailed |= sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) !=
                    SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    m_bindFailed |=
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    m_bindFailed |=
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_bindFailed |= sqlite3_bind_null(m_stmt, index) != SQLITE_OK;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindFailed)
        return std::unexpected(sqliteError(m_db, QCoreApplication::translate("gw::database", "Cannot bind query parameter")));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(sqliteError(m_db, QCoreApplication::translate("gw::database", "Query failed")));
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

int Statement::columns() const { return sqlite3_column_count(m_stmt); }

Transaction::Transaction(Database &db) : m_db(db), m_nested(db.inTransaction())
{
    m_begun = m_db.exec(m_nested ? QStringLiteral("SAVEPOINT gw_unit") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.has_value();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested)
        (void)m_db.exec(QStringLiteral("ROLLBACK TO gw_unit; RELEASE gw_unit"));
    else
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.has_value() ? fail(ErrorKind::Database, QCoreApplication::translate("gw::database", "Transaction already ended"))
                                   : m_begun;
    auto ok = m_db.exec(m_nested ? QStringLiteral("RELEASE gw_unit") : QStringLiteral("COMMIT"));
    if (ok)
        m_open = false;
    return ok;
}

QString jsonIdList(const std::vector<std::int64_t> &ids)
{
    QString out = QStringLiteral("[");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += u',';
        out += QString::number(ids[i]);
    }
    return out + u']';
}

} // namespace gw
