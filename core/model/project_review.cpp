// Review threads on the hierarchy: comments with an author, open or resolved.
#include "core/model/project.h"

#include <QCoreApplication>
#include <QUuid>

namespace gw {

bool isReviewTargetKind(const QString &kind)
{
    return kind == QLatin1String("code") || kind == QLatin1String("theme") || kind == QLatin1String("dimension") ||
           kind == QLatin1String("influence");
}

namespace {

QString newGuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

const QString kThreadColumns = QStringLiteral(
    "t.id, t.guid, t.target_kind, t.target_id, "
    "coalesce(CASE t.target_kind WHEN 'code' THEN (SELECT name FROM codes WHERE id = t.target_id) "
    "WHEN 'theme' THEN (SELECT name FROM themes WHERE id = t.target_id) "
    "WHEN 'dimension' THEN (SELECT name FROM dimensions WHERE id = t.target_id) END, ''), "
    "t.state = 'resolved', coalesce(k.name, ''), coalesce(t.resolved_at, ''), t.created "
    "FROM review_threads t LEFT JOIN coders k ON k.id = t.resolved_by");

ReviewThread readThread(const Statement &r)
{
    ReviewThread t;
    t.id = r.int64(0);
    t.guid = r.text(1);
    t.target = ReviewTarget{r.text(2), r.int64(3)};
    t.targetName = r.text(4);
    t.resolved = r.int64(5) != 0;
    t.resolvedBy = r.text(6);
    t.resolvedAt = r.text(7);
    t.created = r.text(8);
    return t;
}

} // namespace

Result<Id> Project::openThread(const ReviewTarget &target, const QString &text)
{
    if (!isReviewTargetKind(target.kind))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_review", "A comment goes on a code, theme, dimension or influence, not on \"%1\".")
                        .arg(target.kind));
    if (text.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_review", "A comment needs some text."));
    if (target.kind == QLatin1String("code")) {
        if (auto c = code(target.id); !c)
            return std::unexpected(c.error());
    } else if (target.kind == QLatin1String("theme")) {
        if (auto t = theme(target.id); !t)
            return std::unexpected(t.error());
    } else if (target.kind == QLatin1String("dimension")) {
        if (auto d = dimension(target.id); !d)
            return std::unexpected(d.error());
    }
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT INTO review_threads(guid, target_kind, target_id) VALUES (?1, ?2, ?3)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, newGuid()).bind(2, target.kind).bind(3, target.id).run(); !ok)
        return std::unexpected(ok.error());
    const Id threadId = m_db.lastInsertId();
    auto comment = m_db.prepare(
        QStringLiteral("INSERT INTO review_comments(guid, thread_id, coder_id, text) VALUES (?1, ?2, ?3, ?4)"));
    if (!comment)
        return std::unexpected(comment.error());
    if (auto ok = comment->bind(1, newGuid()).bind(2, threadId).bind(3, *coder).bind(4, text.trimmed()).run(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT reviewChanged();
    return threadId;
}

Result<Id> Project::addComment(Id threadId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_review", "A reply needs some text."));
    if (auto t = thread(threadId); !t)
        return std::unexpected(t.error());
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT INTO review_comments(guid, thread_id, coder_id, text) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, newGuid()).bind(2, threadId).bind(3, *coder).bind(4, text.trimmed()).run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    Q_EMIT reviewChanged();
    return id;
}

Result<ThreadState> Project::threadState(Id threadId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT state = 'resolved', resolved_by, coalesce(resolved_at, '') FROM review_threads WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, threadId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_review", "There is no comment thread %1.").arg(threadId));
    ThreadState state{stmt->int64(0) != 0, {}, stmt->text(2)};
    if (!stmt->isNull(1))
        state.resolvedBy = stmt->int64(1);
    stmt->reset();
    return state;
}

Status Project::setThreadState(Id threadId, const ThreadState &state)
{
    if (auto t = threadState(threadId); !t)
        return std::unexpected(t.error());
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE review_threads SET state = ?2, resolved_by = ?3, resolved_at = ?4 WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, threadId).bind(2, state.resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
    if (state.resolvedBy)
        stmt->bind(3, *state.resolvedBy);
    else
        stmt->bindNull(3);
    if (state.resolvedAt.isEmpty())
        stmt->bindNull(4);
    else
        stmt->bind(4, state.resolvedAt);
    if (auto ok = stmt->run(); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Status Project::resolveThread(Id threadId)
{
    auto now = threadState(threadId);
    if (!now)
        return std::unexpected(now.error());
    if (now->resolved)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_review", "Comment thread %1 is resolved already.").arg(threadId));
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    auto at = m_db.prepare(QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
    if (!at)
        return std::unexpected(at.error());
    auto row = at->step();
    if (!row)
        return std::unexpected(row.error());
    const QString when = at->text(0);
    at->reset();
    return setThreadState(threadId, ThreadState{true, *coder, when});
}

Status Project::reopenThread(Id threadId)
{
    auto now = threadState(threadId);
    if (!now)
        return std::unexpected(now.error());
    if (!now->resolved)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_review", "Comment thread %1 is open already.").arg(threadId));
    return setThreadState(threadId, ThreadState{});
}

Status Project::removeThread(Id threadId)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM review_threads WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, threadId).run(); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Status Project::removeComment(Id commentId)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM review_comments WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, commentId).run(); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Status Project::restoreComment(const ReviewComment &c)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO review_comments(id, guid, thread_id, coder_id, text, created) "
        "VALUES (?1, ?2, ?3, (SELECT id FROM coders WHERE name = ?4), ?5, ?6)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, c.id).bind(2, c.guid).bind(3, c.threadId).bind(4, c.author).bind(5, c.text)
                      .bind(6, c.created)
                      .run();
        !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Status Project::restoreThread(const ReviewThread &t)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO review_threads(id, guid, target_kind, target_id, state, resolved_by, resolved_at, created) "
        "VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM coders WHERE name = ?6), ?7, ?8)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, t.id).bind(2, t.guid).bind(3, t.target.kind).bind(4, t.target.id)
        .bind(5, t.resolved ? QStringLiteral("resolved") : QStringLiteral("open"))
        .bind(6, t.resolvedBy);
    if (t.resolvedAt.isEmpty())
        stmt->bindNull(7);
    else
        stmt->bind(7, t.resolvedAt);
    stmt->bind(8, t.created);
    if (auto ok = stmt->run(); !ok)
        return ok;
    for (const ReviewComment &c : t.comments)
        if (auto ok = restoreComment(c); !ok)
            return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Result<std::vector<ReviewThread>> Project::threads(bool openOnly, std::optional<ReviewTarget> target)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE (?1 = 0 OR t.state = 'open') "
                                            "AND (?2 = '' OR (t.target_kind = ?2 AND t.target_id = ?3)) ORDER BY t.id")
                                 .arg(kThreadColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, openOnly ? 1 : 0)
        .bind(2, target ? target->kind : QStringLiteral(""))
        .bind(3, target ? target->id : Id{0});
    auto list = collectRows<ReviewThread>(*stmt, readThread);
    if (!list)
        return list;
    auto comments = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.guid, c.thread_id, coalesce(k.name, ''), c.text, c.created FROM review_comments c "
        "LEFT JOIN coders k ON k.id = c.coder_id WHERE c.thread_id = ?1 ORDER BY c.id"));
    if (!comments)
        return std::unexpected(comments.error());
    for (ReviewThread &t : *list) {
        comments->reset();
        comments->bind(1, t.id);
        auto rows = collectRows<ReviewComment>(*comments, [](const Statement &r) {
            return ReviewComment{r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.text(5)};
        });
        if (!rows)
            return std::unexpected(rows.error());
        t.comments = std::move(*rows);
    }
    return list;
}

Result<ReviewThread> Project::thread(Id threadId)
{
    auto all = threads();
    if (!all)
        return std::unexpected(all.error());
    for (ReviewThread &t : *all)
        if (t.id == threadId)
            return std::move(t);
    return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_review", "There is no comment thread %1.").arg(threadId));
}

} // namespace gw
