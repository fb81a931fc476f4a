// Review threads on the hierarchy: comments with an author, open or resolved.
#include "core/model/project.h"
#include "core/review/review_store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gw {

bool isReviewTargetKind(const QString &kind)
{
    return kind == QLatin1String("code") || kind == QLatin1String("theme") || kind == QLatin1String("dimension") ||
           kind == QLatin1String("influence");
}

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
    auto threadId = m_review->openThread(target, *coder, text.trimmed());
    if (!threadId)
        return threadId;
    Q_EMIT reviewChanged();
    return threadId;
}

Result<Id> Project::addComment(Id threadId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_review", "A reply needs some text."));
    if (auto t = threadState(threadId); !t)
        return std::unexpected(t.error());
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    auto id = m_review->addComment(threadId, *coder, text.trimmed());
    if (!id)
        return id;
    Q_EMIT reviewChanged();
    return id;
}

Result<ThreadState> Project::threadState(Id threadId) { return m_review->threadState(threadId); }

Status Project::setThreadState(Id threadId, const ThreadState &state)
{
    if (auto t = threadState(threadId); !t)
        return std::unexpected(t.error());
    if (auto ok = m_review->setThreadState(threadId, state); !ok)
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
    return setThreadState(threadId,
                          ThreadState{true, *coder, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
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
    if (auto ok = m_review->removeThread(threadId); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Status Project::removeComment(Id commentId)
{
    if (auto ok = m_review->removeComment(commentId); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Status Project::restoreComment(const ReviewComment &c)
{
    if (auto ok = m_review->restoreComment(c); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Status Project::restoreThread(const ReviewThread &t)
{
    if (auto ok = m_review->restoreThread(t); !ok)
        return ok;
    Q_EMIT reviewChanged();
    return {};
}

Result<std::vector<ReviewThread>> Project::threads(bool openOnly, std::optional<ReviewTarget> target)
{
    return m_review->threads(openOnly, target);
}

Result<ReviewThread> Project::thread(Id threadId)
{
    auto one = m_review->threads(false, std::nullopt, threadId);
    if (!one)
        return std::unexpected(one.error());
    if (one->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_review", "There is no comment thread %1.").arg(threadId));
    return std::move(one->front());
}

} // namespace gw
