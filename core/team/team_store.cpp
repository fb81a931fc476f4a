#include "core/team/team_store.h"

#include <QCoreApplication>
#include <QUuid>

namespace gw {

Result<std::optional<Id>> TeamStore::coderByName(const QString &name)
{
    auto rows = m_session.query(QStringLiteral("SELECT id FROM coders WHERE name = $1"), {name});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<Id>();
    return std::optional<Id>(rows->int64(0, 0));
}

Result<Id> TeamStore::recordCoder(const QString &name)
{
    if (auto ok = m_session.run(QStringLiteral("INSERT INTO coders(guid, name) VALUES ($1, $2) "
                                               "ON CONFLICT (name) DO NOTHING"),
                                {QUuid::createUuid().toString(QUuid::WithoutBraces), name});
        !ok)
        return std::unexpected(ok.error());
    auto id = coderByName(name);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorKind::Io,
                    QCoreApplication::translate("gw::project", "The coder \"%1\" could not be recorded.").arg(name));
    return **id;
}

Result<QStringList> TeamStore::coderNames(bool codedOnly)
{
    auto rows = m_session.query(QStringLiteral("SELECT name FROM coders c WHERE $1 = 0 OR EXISTS "
                                               "(SELECT 1 FROM segments s WHERE s.coder_id = c.id) "
                                               "ORDER BY lower(name), name"),
                                {std::int64_t{codedOnly ? 1 : 0}});
    if (!rows)
        return std::unexpected(rows.error());
    QStringList names;
    for (int r = 0; r < rows->size(); ++r)
        names << rows->text(r, 0);
    return names;
}

} // namespace gw
