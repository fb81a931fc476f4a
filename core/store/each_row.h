#pragma once
// Reading a query's rows one by one without collecting them first (another
// project to merge, every text field of a project).

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
