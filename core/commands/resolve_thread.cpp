#include "core/commands/resolve_thread.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

ResolveThread::ResolveThread(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<ResolveThread>> ResolveThread::make(Project &project, Id threadId, QUndoCommand *parent)
{
    auto thread = project.thread(threadId);
    if (!thread)
        return std::unexpected(thread.error());
    if (thread->resolved)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::resolve_thread", "Comment thread %1 is resolved already.").arg(threadId));
    auto before = project.threadState(threadId);
    if (!before)
        return std::unexpected(before.error());
    std::unique_ptr<ResolveThread> command(new ResolveThread(project, parent));
    command->m_threadId = threadId;
    command->m_before = *before;
    command->setText(thread->targetName.isEmpty()
                         ? QCoreApplication::translate("gw::resolve_thread", "Resolve a comment")
                         : QCoreApplication::translate("gw::resolve_thread", "Resolve the comment on %1").arg(commands::quoted(thread->targetName)));
    return command;
}

void ResolveThread::redo()
{
    if (m_after) {
        if (auto ok = m_project.setThreadState(m_threadId, *m_after); !ok)
            commands::giveUp(*this, "ResolveThread", ok.error());
        return;
    }
    if (auto ok = m_project.resolveThread(m_threadId); !ok) {
        commands::giveUp(*this, "ResolveThread", ok.error());
        return;
    }
    if (auto after = m_project.threadState(m_threadId))
        m_after = *after;
}

void ResolveThread::undo()
{
    if (auto ok = m_project.setThreadState(m_threadId, m_before); !ok)
        commands::giveUp(*this, "ResolveThread", ok.error());
}

} // namespace gw
