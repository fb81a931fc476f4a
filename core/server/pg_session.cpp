#include "core/server/pg_session.h"

#include "core/server/pg_connection.h"

namespace gw {

// BEGIN, or a savepoint inside a transaction already open on the session;
// rolled back to where it began unless committed.
class PgSessionTransaction final : public SqlSession::Transaction
{
public:
    explicit PgSessionTransaction(PgSession &session) : m_session(session), m_level(session.m_depth)
    {
        m_begun = m_session.m_connection.exec(m_level == 0 ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT %1").arg(savepoint()));
        if (m_begun)
            ++m_session.m_depth;
    }
    ~PgSessionTransaction() override
    {
        if (!m_begun || m_done)
            return;
        (void)m_session.m_connection.exec(m_level == 0 ? QStringLiteral("ROLLBACK")
                                                       : QStringLiteral("ROLLBACK TO SAVEPOINT %1; RELEASE SAVEPOINT %1")
                                                             .arg(savepoint()));
        --m_session.m_depth;
    }
    [[nodiscard]] const Status &begun() const override { return m_begun; }
    [[nodiscard]] Status commit() override
    {
        if (!m_begun || m_done)
            return m_begun;
        m_done = true;
        --m_session.m_depth;
        return m_session.m_connection.exec(m_level == 0 ? QStringLiteral("COMMIT")
                                                        : QStringLiteral("RELEASE SAVEPOINT %1").arg(savepoint()));
    }

private:
    [[nodiscard]] QString savepoint() const { return QStringLiteral("gw_%1").arg(m_level); }
    PgSession &m_session;
    int m_level;
    Status m_begun;
    bool m_done = false;
};

Result<SqlRows> PgSession::query(const QString &sql, const std::vector<SqlValue> &params)
{
    std::vector<std::optional<QString>> text;
    text.reserve(params.size());
    for (const SqlValue &p : params) {
        if (const auto *n = std::get_if<std::int64_t>(&p))
            text.emplace_back(QString::number(*n));
        else if (const auto *s = std::get_if<QString>(&p))
            text.emplace_back(s->isNull() ? QStringLiteral("") : *s);
        else
            text.emplace_back(std::nullopt);
    }
    auto result = m_connection.query(sql, text);
    if (!result)
        return std::unexpected(result.error());
    SqlRows rows(result->columns());
    for (int r = 0; r < result->size(); ++r)
        for (int c = 0; c < result->columns(); ++c)
            rows.append(result->isNull(r, c) ? std::nullopt : std::optional<QString>(result->text(r, c)));
    return rows;
}

std::unique_ptr<SqlSession::Transaction> PgSession::transaction()
{
    return std::make_unique<PgSessionTransaction>(*this);
}

} // namespace gw
