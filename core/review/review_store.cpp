#include "core/review/review_store.h"

#include <QCoreApplication>
#include <QUuid>
#include <unordered_map>

namespace gw {

namespace {

QString newGuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Error noThread(Id threadId)
{
    return Error{ErrorKind::NotFound,
                 QCoreApplication::translate("gw::project_review", "There is no comment thread %1.").arg(threadId)};
}

// The threads a listing asks for: $1 open only (1 or 0), $2 and $3 the
// target's kind and id ('' for any), $4 one thread's id (0 for any).
const QString kThreadFilter = QStringLiteral(
    "($1 = 0 OR t.state = 'open') AND ($2 = '' OR (t.target_kind = $2 AND t.target_id = $3)) "
    "AND ($4 = 0 OR t.id = $4)");

} // namespace

Result<Id> ReviewStore::openThread(const ReviewTarget &target, Id coderId, const QString &text)
{
    auto tx = m_session.transaction();
    if (!tx->begun())
        return std::unexpected(tx->begun().error());
    auto threadId = m_session.insert(
        QStringLiteral("INSERT INTO review_threads(guid, target_kind, target_id) VALUES ($1, $2, $3) RETURNING id"),
        {newGuid(), target.kind, target.id});
    if (!threadId)
        return threadId;
    if (auto comment = addComment(*threadId, coderId, text); !comment)
        return comment;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return threadId;
}

Result<Id> ReviewStore::addComment(Id threadId, Id coderId, const QString &text)
{
    return m_session.insert(QStringLiteral("INSERT INTO review_comments(guid, thread_id, coder_id, text) "
                                           "VALUES ($1, $2, $3, $4) RETURNING id"),
                            {newGuid(), threadId, coderId, text});
}

Result<ThreadState> ReviewStore::threadState(Id threadId)
{
    auto rows = m_session.query(QStringLiteral("SELECT CASE WHEN state = 'resolved' THEN 1 ELSE 0 END, resolved_by, "
                                               "coalesce(resolved_at, '') FROM review_threads WHERE id = $1"),
                                {threadId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::unexpected(noThread(threadId));
    ThreadState state{rows->int64(0, 0) != 0, {}, rows->text(0, 2)};
    if (!rows->isNull(0, 1))
        state.resolvedBy = rows->int64(0, 1);
    return state;
}

Status ReviewStore::setThreadState(Id threadId, const ThreadState &state)
{
    return m_session.run(
        QStringLiteral("UPDATE review_threads SET state = $2, resolved_by = $3, resolved_at = $4 WHERE id = $1"),
        {threadId, state.resolved ? QStringLiteral("resolved") : QStringLiteral("open"),
         orNull(state.resolvedBy), orNull(state.resolvedAt)});
}

Status ReviewStore::removeThread(Id threadId)
{
    return m_session.run(QStringLiteral("DELETE FROM review_threads WHERE id = $1"), {threadId});
}

Status ReviewStore::removeComment(Id commentId)
{
    return m_session.run(QStringLiteral("DELETE FROM review_comments WHERE id = $1"), {commentId});
}

Status ReviewStore::restoreComment(const ReviewComment &c)
{
    return m_session.run(QStringLiteral("INSERT INTO review_comments(id, guid, thread_id, coder_id, text, created) "
                                        "VALUES ($1, $2, $3, (SELECT id FROM coders WHERE name = $4), $5, $6)"),
                         {c.id, c.guid, c.threadId, c.author, c.text, c.created});
}

Status ReviewStore::restoreThread(const ReviewThread &t)
{
    auto tx = m_session.transaction();
    if (!tx->begun())
        return tx->begun();
    auto ok = m_session.run(
        QStringLiteral("INSERT INTO review_threads(id, guid, target_kind, target_id, state, resolved_by, resolved_at, "
                       "created) VALUES ($1, $2, $3, $4, $5, (SELECT id FROM coders WHERE name = $6), $7, $8)"),
        {t.id, t.guid, t.target.kind, t.target.id, t.resolved ? QStringLiteral("resolved") : QStringLiteral("open"),
         orNull(t.resolvedBy), orNull(t.resolvedAt), t.created});
    if (!ok)
        return ok;
    for (const ReviewComment &c : t.comments)
        if (auto restored = restoreComment(c); !restored)
            return restored;
    return tx->commit();
}

Result<std::vector<ReviewThread>> ReviewStore::threads(bool openOnly, const std::optional<ReviewTarget> &target,
                                                       std::optional<Id> one)
{
    const std::vector<SqlValue> filter{std::int64_t{openOnly ? 1 : 0}, target ? target->kind : QStringLiteral(""),
                                       target ? target->id : Id{0}, one.value_or(0)};
    auto rows = m_session.query(
        QStringLiteral(
            "SELECT t.id, t.guid, t.target_kind, t.target_id, "
            "coalesce(CASE t.target_kind WHEN 'code' THEN (SELECT name FROM codes WHERE id = t.target_id) "
            "WHEN 'theme' THEN (SELECT name FROM themes WHERE id = t.target_id) "
            "WHEN 'dimension' THEN (SELECT name FROM dimensions WHERE id = t.target_id) END, ''), "
            "CASE WHEN t.state = 'resolved' THEN 1 ELSE 0 END, coalesce(k.name, ''), coalesce(t.resolved_at, ''), "
            "t.created FROM review_threads t LEFT JOIN coders k ON k.id = t.resolved_by WHERE %1 ORDER BY t.id")
            .arg(kThreadFilter),
        filter);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<ReviewThread> list;
    std::unordered_map<Id, std::size_t> byId;
    for (int r = 0; r < rows->size(); ++r) {
        ReviewThread t;
        t.id = rows->int64(r, 0);
        t.guid = rows->text(r, 1);
        t.target = ReviewTarget{rows->text(r, 2), rows->int64(r, 3)};
        t.targetName = rows->text(r, 4);
        t.resolved = rows->int64(r, 5) != 0;
        t.resolvedBy = rows->text(r, 6);
        t.resolvedAt = rows->text(r, 7);
        t.created = rows->text(r, 8);
        byId.emplace(t.id, list.size());
        list.push_back(std::move(t));
    }
    if (list.empty())
        return list;
    // Every listed thread's comments in one query, not one query per thread
    // (on a server each would be a round trip).
    auto comments = m_session.query(
        QStringLiteral("SELECT c.id, c.guid, c.thread_id, coalesce(k.name, ''), c.text, c.created "
                       "FROM review_comments c LEFT JOIN coders k ON k.id = c.coder_id "
                       "WHERE c.thread_id IN (SELECT t.id FROM review_threads t WHERE %1) ORDER BY c.id")
            .arg(kThreadFilter),
        filter);
    if (!comments)
        return std::unexpected(comments.error());
    for (int r = 0; r < comments->size(); ++r) {
        const auto at = byId.find(comments->int64(r, 2));
        if (at == byId.end())
            continue;
        list[at->second].comments.push_back(ReviewComment{comments->int64(r, 0), comments->text(r, 1),
                                                          comments->int64(r, 2), comments->text(r, 3),
                                                          comments->text(r, 4), comments->text(r, 5)});
    }
    return list;
}

} // namespace gw
