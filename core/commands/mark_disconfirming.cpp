#include "core/commands/mark_disconfirming.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

MarkDisconfirming::MarkDisconfirming(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{
}

Result<std::unique_ptr<MarkDisconfirming>> MarkDisconfirming::make(Project &project, Id memoId, bool disconfirming,
                                                                   QUndoCommand *parent)
{
    auto memo = project.memo(memoId);
    if (!memo)
        return std::unexpected(memo.error());
    if (memo->targetKind != QLatin1String("theme") && memo->targetKind != QLatin1String("code"))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::mark_disconfirming", "Only a memo on a theme or a code can record disconfirming evidence."));
    if (memo->disconfirming == disconfirming)
        return fail(ErrorKind::InvalidInput, disconfirming
                                                 ? QCoreApplication::translate("gw::mark_disconfirming", "The memo is already marked as disconfirming evidence.")
                                                 : QCoreApplication::translate("gw::mark_disconfirming", "The memo is not marked as disconfirming evidence."));
    std::unique_ptr<MarkDisconfirming> command(new MarkDisconfirming(project, parent));
    command->m_memoId = memoId;
    command->m_after = disconfirming;
    const QString title = memo->title.isEmpty() ? QStringLiteral("memo") : commands::quoted(memo->title);
    command->setText(disconfirming ? QCoreApplication::translate("gw::mark_disconfirming", "Mark %1 as disconfirming evidence").arg(title)
                                   : QCoreApplication::translate("gw::mark_disconfirming", "Unmark %1 as disconfirming evidence").arg(title));
    return command;
}

void MarkDisconfirming::redo()
{
    if (auto ok = m_project.setMemoDisconfirming(m_memoId, m_after); !ok)
        commands::giveUp(*this, "MarkDisconfirming", ok.error());
}

void MarkDisconfirming::undo()
{
    if (auto ok = m_project.setMemoDisconfirming(m_memoId, !m_after); !ok)
        commands::giveUp(*this, "MarkDisconfirming", ok.error());
}

} // namespace gw
