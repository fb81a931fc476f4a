#pragma once
// A server project's connection as a session for the stores (sql_session.h).

#include "core/store/sql_session.h"

namespace gw {

class PgConnection;

class PgSession final : public SqlSession
{
public:
    // CONNECTION must outlive the session.
    explicit PgSession(PgConnection &connection) : m_connection(connection) {}
    [[nodiscard]] Dialect dialect() const override { return Dialect::Postgres; }
    [[nodiscard]] Result<SqlRows> query(const QString &sql, const std::vector<SqlValue> &params = {}) override;
    [[nodiscard]] std::unique_ptr<Transaction> transaction() override;

private:
    friend class PgSessionTransaction;
    PgConnection &m_connection;
    int m_depth = 0; // transactions open: the first is BEGIN, the others savepoints
};

} // namespace gw
