#include "core/commands/reply_to_thread.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

ReplyToThread::ReplyToThread(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<ReplyToThread>> ReplyToThread::make(Project &project, Id threadId, const QString &text,
                                                           QUndoCommand *parent)
{
    auto thread = project.thread(threadId);
    if (!thread)
        return std::unexpected(thread.error());
    if (text.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::reply_to_thread", "A reply needs some text."));
    std::unique_ptr<ReplyToThread> command(new ReplyToThread(project, parent));
    command->m_threadId = threadId;
    command->m_text = text;
    command->setText(thread->targetName.isEmpty()
                         ? QCoreApplication::translate("gw::reply_to_thread", "Reply to a comment")
                         : QCoreApplication::translate("gw::reply_to_thread", "Reply to a comment on %1").arg(commands::quoted(thread->targetName)));
    return command;
}

void ReplyToThread::redo()
{
    if (m_comment.id != 0) {
        if (auto ok = m_project.restoreComment(m_comment); !ok)
            commands::giveUp(*this, "ReplyToThread", ok.error());
        return;
    }
    auto id = m_project.addComment(m_threadId, m_text);
    if (!id) {
        commands::giveUp(*this, "ReplyToThread", id.error());
        return;
    }
    auto thread = m_project.thread(m_threadId);
    if (!thread) {
        commands::giveUp(*this, "ReplyToThread", thread.error());
        return;
    }
    for (const ReviewComment &c : thread->comments)
        if (c.id == *id)
            m_comment = c;
}

void ReplyToThread::undo()
{
    if (auto ok = m_project.removeComment(m_comment.id); !ok)
        commands::giveUp(*this, "ReplyToThread", ok.error());
}

} // namespace gw
