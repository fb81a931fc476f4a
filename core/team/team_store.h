#pragma once
// The team's rows: who has worked on the project (coders), in a project file
// or on a server, one SQL text for both (sql_session.h). On a server a
// member's coder name is their user name there.

#include "core/model/types.h"
#include "core/store/sql_session.h"

#include <QStringList>
#include <optional>

namespace gw {

class TeamStore
{
public:
    explicit TeamStore(SqlSession &session) : m_session(session) {}

    // The coder called NAME (exactly), if there is one.
    [[nodiscard]] Result<std::optional<Id>> coderByName(const QString &name);
    // The coder called NAME, recorded first when there is none.
    [[nodiscard]] Result<Id> recordCoder(const QString &name);
    // Everyone who has worked on the project, by name (case aside); with
    // CODEDONLY, those who have coded at least one segment.
    [[nodiscard]] Result<QStringList> coderNames(bool codedOnly);

private:
    SqlSession &m_session;
};

} // namespace gw
