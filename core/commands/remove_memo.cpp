#include "core/commands/remove_memo.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RemoveMemo::RemoveMemo(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RemoveMemo>> RemoveMemo::make(Project &project, Id memoId, QUndoCommand *parent)
{
    auto memo = project.memo(memoId);
    if (!memo)
        return std::unexpected(memo.error());
    std::unique_ptr<RemoveMemo> command(new RemoveMemo(project, parent));
    command->m_memo = *memo;
    command->setText(memo->title.trimmed().isEmpty()
                         ? QCoreApplication::translate("gw::remove_memo", "Remove memo")
                         : QCoreApplication::translate("gw::remove_memo", "Remove memo %1").arg(commands::quoted(memo->title.trimmed())));
    return command;
}

void RemoveMemo::redo()
{
    if (auto now = m_project.memo(m_memo.id))
        m_memo = *now;
    if (auto ok = m_project.removeMemo(m_memo.id); !ok)
        commands::giveUp(*this, "RemoveMemo", ok.error());
}

void RemoveMemo::undo()
{
    if (auto ok = m_project.restoreMemo(m_memo); !ok)
        commands::giveUp(*this, "RemoveMemo", ok.error());
}

} // namespace gw
