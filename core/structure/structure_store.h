#pragma once
// The data structure's rows, in a project file or on a server, one SQL text
// for both (sql_session.h). So far the named snapshots of the hierarchy and
// what sits where (a theme's codes and exemplars, the unplaced codes); the
// themes' and dimensions' own rows and their edits move here next
// (docs/design/server-and-stores.md).

#include "core/model/review.h"
#include "core/model/types.h"
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

    // Active codes of THEME in their order; active first-order codes under no
    // theme; the exemplar quotes chosen for THEME in their order.
    [[nodiscard]] Result<std::vector<CodeInfo>> codesOfTheme(Id themeId);
    [[nodiscard]] Result<std::vector<CodeInfo>> unplacedCodes();
    [[nodiscard]] Result<std::vector<SegmentInfo>> exemplarsOf(Id themeId);

private:
    SqlSession &m_session;
};

} // namespace gw
