#pragma once
// The sources' rows and their speaker turns, in a project file or on a
// server, one SQL text for both (sql_session.h). Project prepares a source
// (normal form, hash, length), refuses duplicates and announces the change.

#include "core/model/types.h"
#include "core/store/sql_session.h"

#include <optional>
#include <vector>

namespace gw {

class SourceStore
{
public:
    explicit SourceStore(SqlSession &session) : m_session(session) {}

    // Inserts SOURCE (its text already in normal form, with its HASH and
    // LENGTH in code points) and its turns in one transaction; its id.
    [[nodiscard]] Result<Id> insertSource(const NewSource &source, const QString &hash, std::int64_t length);
    // By name, case aside; one by id or exact name (NotFound when there is
    // none), or by content hash (none when there is none).
    [[nodiscard]] Result<std::vector<SourceInfo>> sources();
    [[nodiscard]] Result<SourceInfo> source(Id id);
    [[nodiscard]] Result<SourceInfo> sourceByName(const QString &name);
    [[nodiscard]] Result<std::optional<SourceInfo>> sourceByHash(const QString &hash);
    [[nodiscard]] Result<QString> sourceText(Id id);
    // A source's speaker turns in text order.
    [[nodiscard]] Result<std::vector<Turn>> turns(Id sourceId);

private:
    [[nodiscard]] Result<std::vector<SourceInfo>> sourcesWhere(const QString &where, const std::vector<SqlValue> &params);
    SqlSession &m_session;
};

} // namespace gw
