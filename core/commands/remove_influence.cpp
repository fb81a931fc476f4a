#include "core/commands/remove_influence.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RemoveInfluence::RemoveInfluence(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<RemoveInfluence>> RemoveInfluence::make(Project &project, Id influenceId,
                                                               QUndoCommand *parent)
{
    auto record = project.influenceRecord(influenceId);
    if (!record)
        return std::unexpected(record.error());
    auto from = project.modelElement(record->influence.fromId);
    auto to = project.modelElement(record->influence.toId);
    if (!from || !to)
        return std::unexpected(!from ? from.error() : to.error());
    std::unique_ptr<RemoveInfluence> command(new RemoveInfluence(project, parent));
    command->setText(QCoreApplication::translate("gw::remove_influence", "Remove the link %1 %2 %3")
                         .arg(commands::quoted(from->name), record->influence.typeName,
                              commands::quoted(to->name)));
    command->m_record = std::move(*record);
    return command;
}

void RemoveInfluence::redo()
{
    if (auto ok = m_project.removeInfluence(m_record.influence.id); !ok)
        commands::giveUp(*this, "RemoveInfluence", ok.error());
}

void RemoveInfluence::undo()
{
    if (auto ok = m_project.restoreInfluence(m_record); !ok)
        commands::giveUp(*this, "RemoveInfluence", ok.error());
}

} // namespace gw
