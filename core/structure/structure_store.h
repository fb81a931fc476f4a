#pragma once
// The data structure's rows, in a project file or on a server, one SQL text
// for both (sql_session.h). So far the named snapshots of the hierarchy;
// themes, dimensions, placements and exemplars move here next
// (docs/design/server-and-stores.md).

#include "core/model/review.h"
#include "core/store/sql_session.h"

#include <optional>
#include <vector>

namespace gw {

class StructureStore
{
public:
    explicit StructureStore(SqlSession &session) : m_session(session) {}

    // A snapshot of STRUCTURE (JSON) named NAME, taken by CODER, after the
    // latest audit entry; its id.
    [[nodiscard]] Result<Id> insertSnapshot(const QString &name, const QString &structure, Id coderId);
    [[nodiscard]] Status removeSnapshot(Id snapshotId);
    // NotFound when there is none.
    [[nodiscard]] Result<SnapshotRecord> snapshotRecord(Id snapshotId);
    [[nodiscard]] Status restoreSnapshot(const SnapshotRecord &record);
    // Oldest first; only the one named NAME (exactly) when given.
    [[nodiscard]] Result<std::vector<SnapshotInfo>> snapshots(const std::optional<QString> &name = {});

private:
    SqlSession &m_session;
};

} // namespace gw
