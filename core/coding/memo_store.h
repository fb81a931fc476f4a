#pragma once
// The memos' rows, in a project file or on a server, one SQL text for both
// (sql_session.h). Project checks what a memo may be attached to, names the
// coder and announces the change.

#include "core/model/types.h"
#include "core/store/sql_session.h"

#include <optional>
#include <vector>

namespace gw {

class MemoStore
{
public:
    explicit MemoStore(SqlSession &session) : m_session(session) {}

    // Inserts MEMO (its id kept when it has one) as CODERID, or when that is 0
    // as the coder named MEMO.coder; created and modified now unless given.
    [[nodiscard]] Result<Id> insertMemo(const MemoInfo &memo, Id coderId);
    // NotFound when the memo is gone; each edit makes it modified now.
    [[nodiscard]] Status setText(Id memoId, const QString &title, const QString &body);
    [[nodiscard]] Status setDisconfirming(Id memoId, bool disconfirming);
    [[nodiscard]] Status deleteMemo(Id memoId);
    [[nodiscard]] Result<MemoInfo> memo(Id memoId);
    // Newest first; SEARCH (if any, case aside) in the title or the body.
    [[nodiscard]] Result<std::vector<MemoInfo>> memos(const QString &search);
    // Those on one target (no id: the project's), oldest first.
    [[nodiscard]] Result<std::vector<MemoInfo>> memosOf(const QString &targetKind, std::optional<Id> targetId);

private:
    [[nodiscard]] Result<std::vector<MemoInfo>> memosWhere(const QString &where, const std::vector<SqlValue> &params);
    [[nodiscard]] Status changed(Result<SqlRows> rows, Id memoId);
    SqlSession &m_session;
};

} // namespace gw
