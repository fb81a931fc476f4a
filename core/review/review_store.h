#pragma once
// The review threads' rows (comment threads on a code, theme, dimension or
// model link, and their comments), in a project file or on a server: one SQL
// text for both, run through a SqlSession. Project checks what an edit may do
// and announces it; the store only reads and writes rows.

#include "core/model/review.h"
#include "core/store/sql_session.h"

#include <optional>
#include <vector>

namespace gw {

class ReviewStore
{
public:
    explicit ReviewStore(SqlSession &session) : m_session(session) {}

    // A thread on TARGET opened by CODER with its first comment TEXT, in one
    // transaction; its id.
    [[nodiscard]] Result<Id> openThread(const ReviewTarget &target, Id coderId, const QString &text);
    [[nodiscard]] Result<Id> addComment(Id threadId, Id coderId, const QString &text);
    // NotFound when there is no thread THREADID.
    [[nodiscard]] Result<ThreadState> threadState(Id threadId);
    [[nodiscard]] Status setThreadState(Id threadId, const ThreadState &state);
    [[nodiscard]] Status removeThread(Id threadId);
    [[nodiscard]] Status removeComment(Id commentId);
    // Puts a removed thread (with its comments) or comment back with its ids,
    // authors and times.
    [[nodiscard]] Status restoreThread(const ReviewThread &thread);
    [[nodiscard]] Status restoreComment(const ReviewComment &comment);
    // Threads oldest first with their comments: only open ones with OPENONLY,
    // only those on TARGET, only thread ONE when given.
    [[nodiscard]] Result<std::vector<ReviewThread>> threads(bool openOnly, const std::optional<ReviewTarget> &target,
                                                            std::optional<Id> one = {});

private:
    SqlSession &m_session;
};

} // namespace gw
