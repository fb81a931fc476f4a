#include "core/server/pg_connection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cerrno>
#include <chrono>
#include <libpq-fe.h>
#include <poll.h>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

// COPY's text format: backslash escapes for the field and row separators.
void appendCopyField(QByteArray &line, const std::optional<QString> &field)
{
    if (!field) {
        line += "\\N";
        return;
    }
    const QByteArray utf8 = field->toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        case '\t': line += "\\t"; break;
        default: line += c;
        }
    }
}

std::vector<std::optional<QString>> parseCopyLine(const char *data, int size)
{
    std::vector<std::optional<QString>> fields;
    QByteArray field;
    bool isNull = false;
    auto finish = [&] {
        // An empty field is an empty text, not NULL (which is \N): a QString
        // made from no bytes is null, so give it its empty literal.
        fields.push_back(isNull ? std::nullopt
                                : std::optional<QString>(field.isEmpty() ? QStringLiteral("") : QString::fromUtf8(field)));
        field.clear();
        isNull = false;
    };
    if (size > 0 && data[size - 1] == '\n')
        --size;
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\t') {
            finish();
        } else if (c == '\\' && i + 1 < size) {
            const char n = data[++i];
            switch (n) {
            case 'N': isNull = true; break;
            case 'n': field += '\n'; break;
            case 'r': field += '\r'; break;
            case 't': field += '\t'; break;
            case 'b': field += '\b'; break;
            case 'f': field += '\f'; break;
            case 'v': field += '\v'; break;
            default: field += n;
            }
        } else {
            field += c;
        }
    }
    finish();
    return fields;
}

} // namespace

bool isServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

QString redactedUrl(const QString &url)
{
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^:@/]*):[^@/]*@"));
    static const QRegularExpression parameter(QStringLiteral("([?&]password=)[^&]*"));
    QString out = url;
    out.replace(userInfo, QStringLiteral("\\1@"));
    out.replace(parameter, QStringLiteral("\\1…"));
    return out;
}

bool PgRows::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

std::int64_t PgRows::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr)), m_url(std::move(other.m_url))
{
}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
        m_url = std::move(other.m_url);
    }
    return *this;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<PgConnection> PgConnection::connect(const QString &url)
{
    PgConnection c;
    c.m_url = url;
    const QByteArray uri = url.toUtf8();
    // The program's name shows in pg_stat_activity; the client speaks UTF-8.
    const char *keys[] = {"dbname", "application_name", "client_encoding", nullptr};
    const char *values[] = {uri.constData(), "groundwork", "UTF8", nullptr};
    c.m_conn = PQconnectdbParams(keys, values, 1);
    if (!c.m_conn)
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::pg_connection", "Cannot connect to %1: out of memory.").arg(redactedUrl(url)));
    if (PQstatus(c.m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(c.m_conn)).trimmed();
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::pg_connection", "Cannot connect to %1: %2").arg(redactedUrl(url), why));
    }
    if (PQserverVersion(c.m_conn) < 150000)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::pg_connection", "%1 runs PostgreSQL %2; Groundwork needs PostgreSQL 15 or newer.")
                        .arg(redactedUrl(url), QString::fromUtf8(PQparameterStatus(c.m_conn, "server_version"))));
    // The server's notices and warnings go to the log, not to the terminal.
    PQsetNoticeProcessor(
        c.m_conn, [](void *, const char *message) { spdlog::info("server: {}", QByteArray(message).trimmed().toStdString()); },
        nullptr);
    return c;
}

Error PgConnection::failure(const QString &what) const
{
    const QString why = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QCoreApplication::translate("gw::pg_connection", "not connected");
    return Error{ErrorKind::Database, QCoreApplication::translate("gw::pg_connection", "%1 on %2: %3").arg(what, redactedUrl(m_url), why)};
}

Error PgConnection::resultFailure(pg_result *result, const QString &what) const
{
    const QString why = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    const QByteArray state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    // 42501: insufficient privilege (a role or a row-level policy refused it);
    // 23xxx: a constraint.
    const ErrorKind kind = state == "42501"      ? ErrorKind::ReadOnly
                           : state.startsWith("23") ? ErrorKind::Conflict
                                                    : ErrorKind::Database;
    return Error{kind, QCoreApplication::translate("gw::pg_connection", "%1 on %2: %3").arg(what, redactedUrl(m_url), why)};
}

Status PgConnection::exec(const QString &sql)
{
    if (!m_conn)
        return std::unexpected(failure(QCoreApplication::translate("gw::pg_connection", "The query failed")));
    std::unique_ptr<pg_result, decltype(&PQclear)> r(PQexec(m_conn, sql.toUtf8().constData()), &PQclear);
    const auto status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return std::unexpected(resultFailure(r.get(), QCoreApplication::translate("gw::pg_connection", "The query failed")));
    return {};
}

Result<PgRows> PgConnection::query(const QString &sql, const std::vector<std::optional<QString>> &params)
{
    if (!m_conn)
        return std::unexpected(failure(QCoreApplication::translate("gw::pg_connection", "The query failed")));
    std::vector<QByteArray> bytes;
    std::vector<const char *> values;
    bytes.reserve(params.size());
    for (const auto &p : params) {
        bytes.push_back(p ? p->toUtf8() : QByteArray());
        values.push_back(p ? bytes.back().constData() : nullptr);
    }
    pg_result *raw = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(),
                                  nullptr, nullptr, 0);
    std::shared_ptr<pg_result> r(raw, &PQclear);
    const auto status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return std::unexpected(resultFailure(raw, QCoreApplication::translate("gw::pg_connection", "The query failed")));
    PgRows rows;
    rows.m_result = std::move(r);
    rows.m_rows = PQntuples(raw);
    rows.m_columns = PQnfields(raw);
    return rows;
}

Result<std::int64_t> PgConnection::scalar(const QString &sql, const std::vector<std::optional<QString>> &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->size() < 1 || rows->columns() < 1 || rows->isNull(0, 0))
        return 0;
    return rows->int64(0, 0);
}

Status PgConnection::copyIn(const QString &copySql,
                            const std::function<bool(std::vector<std::optional<QString>> &fields)> &rows)
{
    if (!m_conn)
        return std::unexpected(failure(QCoreApplication::translate("gw::pg_connection", "Copying failed")));
    {
        std::unique_ptr<pg_result, decltype(&PQclear)> r(PQexec(m_conn, copySql.toUtf8().constData()), &PQclear);
        if (PQresultStatus(r.get()) != PGRES_COPY_IN)
            return std::unexpected(resultFailure(r.get(), QCoreApplication::translate("gw::pg_connection", "Copying failed")));
    }
    std::vector<std::optional<QString>> fields;
    QByteArray buffer;
    bool ok = true;
    while (ok) {
        fields.clear();
        if (!rows(fields))
            break;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendCopyField(buffer, fields[i]);
        }
        buffer += '\n';
        if (buffer.size() >= (1 << 20)) {
            ok = PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    if (ok && !buffer.isEmpty())
        ok = PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) == 1;
    if (PQputCopyEnd(m_conn, ok ? nullptr : "the client stopped sending") != 1) {
        const Error broken = failure(QCoreApplication::translate("gw::pg_connection", "Copying failed"));
        // Out of the copy state, so that the transaction can still roll back.
        while (pg_result *rest = PQgetResult(m_conn))
            PQclear(rest);
        return std::unexpected(broken);
    }
    std::unique_ptr<pg_result, decltype(&PQclear)> r(PQgetResult(m_conn), &PQclear);
    Status result;
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        result = std::unexpected(resultFailure(r.get(), QCoreApplication::translate("gw::pg_connection", "Copying failed")));
    while (pg_result *rest = PQgetResult(m_conn))
        PQclear(rest);
    return result;
}

Status PgConnection::copyOut(const QString &copySql,
                             const std::function<Status(const std::vector<std::optional<QString>> &fields)> &row)
{
    if (!m_conn)
        return std::unexpected(failure(QCoreApplication::translate("gw::pg_connection", "Copying failed")));
    {
        std::unique_ptr<pg_result, decltype(&PQclear)> r(PQexec(m_conn, copySql.toUtf8().constData()), &PQclear);
        if (PQresultStatus(r.get()) != PGRES_COPY_OUT)
            return std::unexpected(resultFailure(r.get(), QCoreApplication::translate("gw::pg_connection", "Copying failed")));
    }
    Status result;
    for (;;) {
        char *data = nullptr;
        const int size = PQgetCopyData(m_conn, &data, 0);
        if (size < 0)
            break;
        if (result)
            result = row(parseCopyLine(data, size));
        PQfreemem(data);
    }
    std::unique_ptr<pg_result, decltype(&PQclear)> r(PQgetResult(m_conn), &PQclear);
    if (result && PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        result = std::unexpected(resultFailure(r.get(), QCoreApplication::translate("gw::pg_connection", "Copying failed")));
    while (pg_result *rest = PQgetResult(m_conn))
        PQclear(rest);
    return result;
}

Status PgConnection::listen(const QString &channel)
{
    return exec(QStringLiteral("LISTEN %1").arg(identifier(channel)));
}

Result<std::optional<PgNotification>> PgConnection::waitForNotification(int timeoutMs)
{
    if (!m_conn)
        return std::unexpected(failure(QCoreApplication::translate("gw::pg_connection", "Listening failed")));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        if (PQconsumeInput(m_conn) != 1)
            return std::unexpected(failure(QCoreApplication::translate("gw::pg_connection", "Listening failed")));
        if (PGnotify *n = PQnotifies(m_conn)) {
            PgNotification out{QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid};
            PQfreemem(n);
            return out;
        }
        int wait = -1;
        if (timeoutMs >= 0) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return std::nullopt;
            wait = int(left.count());
        }
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (::poll(&fd, 1, wait) < 0 && errno != EINTR)
            return std::unexpected(failure(QCoreApplication::translate("gw::pg_connection", "Listening failed")));
    }
}


int PgConnection::socket() const { return m_conn ? PQsocket(m_conn) : -1; }

int PgConnection::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

QString PgConnection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString(); }

QString PgConnection::database() const { return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString(); }

int PgConnection::serverVersion() const { return m_conn ? PQserverVersion(m_conn) : 0; }

QString PgConnection::identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

PgTransaction::PgTransaction(PgConnection &connection) : m_connection(connection)
{
    m_begun = m_connection.exec(QStringLiteral("BEGIN"));
}

PgTransaction::~PgTransaction()
{
    if (m_begun && !m_done)
        (void)m_connection.exec(QStringLiteral("ROLLBACK"));
}

Status PgTransaction::commit()
{
    if (!m_begun)
        return m_begun;
    auto ok = m_connection.exec(QStringLiteral("COMMIT"));
    m_done = true;
    return ok;
}

} // namespace gw
