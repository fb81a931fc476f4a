#pragma once
// Internal to core/merge: reading another project, its base and this one row
// by row without collecting them first.

#include "core/store/database.h"

namespace gw {

// Runs SQL on DB and hands each row to READ.
template <typename Read> Status eachRow(Database &db, const QString &sql, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        read(*stmt);
    }
}

} // namespace gw
