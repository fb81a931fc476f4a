// Project: the codebook's facts that codes() does not carry: when each code
// was first and last used, and the segment it was first used on.
#include "core/model/project.h"

namespace gw {

Result<std::vector<CodeUse>> Project::codeUses()
{
    // One pass over segments (segments_by_code); the first segment is the
    // earliest, with the lowest id breaking ties of equal creation times.
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT code_id, min(created), max(created), "
        "(SELECT g2.id FROM segments g2 WHERE g2.code_id = g.code_id ORDER BY g2.created, g2.id LIMIT 1) "
        "FROM segments g GROUP BY code_id ORDER BY code_id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<CodeUse>(*stmt, [](const Statement &r) {
        return CodeUse{r.int64(0), r.text(1), r.text(2), r.int64(3)};
    });
}

} // namespace gw
