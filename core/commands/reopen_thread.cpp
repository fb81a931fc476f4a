#include "core/commands/reopen_thread.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

ReopenThread::ReopenThread(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<ReopenThread>> ReopenThread::make(Project &project, Id threadId, QUndoCommand *parent)
{
    auto thread = project.thread(threadId);
    if (!thread)
        return std::unexpected(thread.error());
    if (!thread->resolved)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::reopen_thread", "Comment thread %1 is open already.").arg(threadId));
    auto before = project.threadState(threadId);
    if (!before)
        return std::unexpected(before.error());
    std::unique_ptr<ReopenThread> command(new ReopenThread(project, parent));
    command->m_threadId = threadId;
    command->m_before = *before;
    command->setText(thread->targetName.isEmpty()
                         ? QCoreApplication::translate("gw::reopen_thread", "Reopen a comment")
                         : QCoreApplication::translate("gw::reopen_thread", "Reopen the comment on %1").arg(commands::quoted(thread->targetName)));
    return command;
}

void ReopenThread::redo()
{
    if (m_after) {
        if (auto ok = m_project.setThreadState(m_threadId, *m_after); !ok)
            commands::giveUp(*this, "ReopenThread", ok.error());
        return;
    }
    if (auto ok = m_project.reopenThread(m_threadId); !ok) {
        commands::giveUp(*this, "ReopenThread", ok.error());
        return;
    }
    if (auto after = m_project.threadState(m_threadId))
        m_after = *after;
}

void ReopenThread::undo()
{
    if (auto ok = m_project.setThreadState(m_threadId, m_before); !ok)
        commands::giveUp(*this, "ReopenThread", ok.error());
}

} // namespace gw
