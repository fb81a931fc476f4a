#pragma once
// One connection to a PostgreSQL server, over libpq (TLS and SCRAM as the
// server asks). Like Database for SQLite: RAII, nothing throws, failures come
// back as gw::Error values naming the server and what it said.
//
// A URL is libpq's connection URI: postgresql://USER@HOST:PORT/DATABASE, with
// ?host=/path/to/socket for a Unix socket. The password never appears in what
// this class reports (redactedUrl).

#include "core/error.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace gw {

// True when TEXT names a server project (postgresql:// or postgres://).
[[nodiscard]] bool isServerUrl(const QString &text);
// URL without its password, for messages.
[[nodiscard]] QString redactedUrl(const QString &url);

// A notification another session sent with NOTIFY (or pg_notify) on a
// channel this connection listens to; delivered when that session commits.
struct PgNotification
{
    QString channel;
    QString payload;
    int senderPid = 0;
};

// A query's rows, all as text (NULL as std::nullopt), as the server sent them.
class PgRows
{
public:
    PgRows() = default;
    [[nodiscard]] int size() const { return m_rows; }
    [[nodiscard]] int columns() const { return m_columns; }
    [[nodiscard]] bool isNull(int row, int column) const;
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] std::int64_t int64(int row, int column) const;

private:
    friend class PgConnection;
    std::shared_ptr<pg_result> m_result;
    int m_rows = 0;
    int m_columns = 0;
};

class PgConnection
{
public:
    PgConnection() = default;
    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    [[nodiscard]] static Result<PgConnection> connect(const QString &url);

    // Runs SQL whole (several statements, no parameters).
    [[nodiscard]] Status exec(const QString &sql);
    // Runs one statement with $1, $2, ... bound to PARAMS (text; nullopt is NULL).
    [[nodiscard]] Result<PgRows> query(const QString &sql, const std::vector<std::optional<QString>> &params = {});
    // Convenience for a query returning one integer.
    [[nodiscard]] Result<std::int64_t> scalar(const QString &sql, const std::vector<std::optional<QString>> &params = {});

    // COPY ... FROM STDIN (text format): ROWS is called until it returns false,
    // filling one row's fields (nullopt is NULL) each time.
    [[nodiscard]] Status copyIn(const QString &copySql,
                                const std::function<bool(std::vector<std::optional<QString>> &fields)> &rows);
    // COPY ... TO STDOUT (text format): ROW is called for each row's fields.
    [[nodiscard]] Status copyOut(const QString &copySql,
                                 const std::function<Status(const std::vector<std::optional<QString>> &fields)> &row);

    // LISTEN on CHANNEL; then waitForNotification() returns what arrives.
    [[nodiscard]] Status listen(const QString &channel);
    // The next notification, waiting at most TIMEOUTMS (-1: as long as it
    // takes); nullopt when none came in time, an Error when the connection broke.
    [[nodiscard]] Result<std::optional<PgNotification>> waitForNotification(int timeoutMs);
    // The connection's socket, to watch for notifications in an event loop
    // (server_changes.h); -1 when closed.
    [[nodiscard]] int socket() const;
    // The server process serving this connection: what a notification's
    // senderPid names when this connection sent it.
    [[nodiscard]] int backendPid() const;

    [[nodiscard]] QString user() const;
    [[nodiscard]] QString database() const;
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] int serverVersion() const;

    // Quotes NAME as an SQL identifier ("a""b").
    [[nodiscard]] static QString identifier(const QString &name);

private:
    [[nodiscard]] Error failure(const QString &what) const;
    [[nodiscard]] Error resultFailure(pg_result *result, const QString &what) const;
    pg_conn *m_conn = nullptr;
    QString m_url;
};

// BEGIN on construction; ROLLBACK in the destructor unless commit() succeeded.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    ~PgTransaction();
    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();

private:
    PgConnection &m_connection;
    Status m_begun;
    bool m_done = false;
};

} // namespace gw
