#include "core/store/sql_session.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw {

Result<std::int64_t> SqlSession::insert(const QString &sql, const std::vector<SqlValue> &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorKind::Database,
                    QCoreApplication::translate("gw::sql_session", "An insert returned no id: %1").arg(sql));
    return rows->int64(0, 0);
}

QString SqlSession::nowSql() const
{
    return dialect() == Dialect::Sqlite
               ? QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")
               : QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
}

QString SqlSession::positionSql(const QString &haystack, const QString &needle) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(dialect() == Dialect::Sqlite ? QStringLiteral("instr") : QStringLiteral("strpos"), haystack, needle);
}

Status SqlSession::run(const QString &sql, const std::vector<SqlValue> &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    return {};
}

namespace {

// SQLite reads "$1" as a parameter named "$1", numbered by first appearance;
// "?1" is the first parameter wherever it stands.
QString sqliteParameters(const QString &sql)
{
    static const QRegularExpression dollar(QStringLiteral("\\$(\\d+)"));
    QString out = sql;
    out.replace(dollar, QStringLiteral("?\\1"));
    return out;
}

class SqliteTransaction final : public SqlSession::Transaction
{
public:
    explicit SqliteTransaction(Database &db) : m_tx(db) {}
    [[nodiscard]] const Status &begun() const override { return m_tx.begun(); }
    [[nodiscard]] Status commit() override { return m_tx.commit(); }

private:
    gw::Transaction m_tx;
};

} // namespace

Result<SqlRows> SqliteSession::query(const QString &sql, const std::vector<SqlValue> &params)
{
    auto stmt = m_db.prepare(sqliteParameters(sql));
    if (!stmt)
        return std::unexpected(stmt.error());
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int index = int(i) + 1;
        if (const auto *n = std::get_if<std::int64_t>(&params[i]))
            stmt->bind(index, *n);
        else if (const auto *s = std::get_if<QString>(&params[i]); s && !s->isNull())
            stmt->bind(index, *s);
        else if (s)
            stmt->bind(index, QStringLiteral(""));
        else
            stmt->bindNull(index);
    }
    const int columns = stmt->columns();
    SqlRows rows(columns);
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return rows;
        for (int c = 0; c < columns; ++c)
            rows.append(stmt->isNull(c) ? std::nullopt : std::optional<QString>(stmt->text(c)));
    }
}

std::unique_ptr<SqlSession::Transaction> SqliteSession::transaction()
{
    return std::make_unique<SqliteTransaction>(m_db);
}

} // namespace gw
