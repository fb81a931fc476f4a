#pragma once
// The coding's rows: codes and the segments coded with them, in a project
// file or on a server, one SQL text for both (sql_session.h). The store reads
// and writes rows; Project keeps the checks (names, ranges), the coder, the
// audit log and the signals (docs/design/server-and-stores.md).

#include "core/model/types.h"
#include "core/store/sql_session.h"

#include <optional>
#include <utility>
#include <vector>

namespace gw {

class CodingStore
{
public:
    explicit CodingStore(SqlSession &session) : m_session(session) {}

    // Codes in their order; one by id or by exact name (an active one before
    // an archived one of the same name). NotFound when there is none.
    [[nodiscard]] Result<std::vector<CodeInfo>> codes();
    [[nodiscard]] Result<CodeInfo> code(Id id);
    [[nodiscard]] Result<CodeInfo> codeByName(const QString &name);
    [[nodiscard]] Result<std::int64_t> codeCount();
    // Inserts CODE (its id kept when it has one, else a new one) made by
    // CREATEDBY, at POSITION or after every code; its id. Conflict when an
    // active code has the name.
    [[nodiscard]] Result<Id> insertCode(const CodeInfo &code, std::optional<std::int64_t> position, Id createdBy);
    enum class CodeField { Name, Color, Stage, Archived, Definition };
    [[nodiscard]] Status setCodeField(Id id, CodeField field, const SqlValue &value);
    // Deletes a code (and, by the schema, what hangs on it); NotFound when gone.
    [[nodiscard]] Status deleteCode(Id id);

    // Segments: one by id (NotFound when gone), a code's in source order by
    // name, a source's in text order (WITHTEXT false leaves the words out).
    [[nodiscard]] Result<SegmentInfo> segment(Id id);
    [[nodiscard]] Result<std::vector<SegmentInfo>> segmentsOfCode(Id codeId);
    [[nodiscard]] Result<std::vector<SegmentInfo>> segmentsOfSource(Id sourceId, bool withText);
    [[nodiscard]] Result<bool> isCoded(Id sourceId, Id codeId, std::int64_t start, std::int64_t end);
    // Inserts SEGMENT (its id kept when it has one) as CODERID, or when that
    // is 0 as the coder named SEGMENT.coder; its id. Conflict when the same
    // coder already coded that range of the source with that code.
    [[nodiscard]] Result<Id> insertSegment(const SegmentInfo &segment, Id coderId);
    // The same for many, in one transaction; the ids in order.
    [[nodiscard]] Result<std::vector<Id>> insertSegments(const std::vector<SegmentInfo> &segments, Id coderId);
    // Deletes a segment; its source and code. NotFound when gone.
    [[nodiscard]] Result<std::pair<Id, Id>> deleteSegment(Id id);
    // Deletes all of IDS in one transaction, or none when one is gone.
    [[nodiscard]] Status deleteSegments(const std::vector<Id> &ids);
    [[nodiscard]] Status updateSegment(Id id, Id codeId, std::int64_t start, std::int64_t end);

private:
    [[nodiscard]] Result<std::vector<CodeInfo>> codesWhere(const QString &where, const std::vector<SqlValue> &params);
    [[nodiscard]] Result<std::vector<SegmentInfo>> segmentsWhere(const QString &where,
                                                                 const std::vector<SqlValue> &params,
                                                                 bool withText = true);
    SqlSession &m_session;
};

} // namespace gw
