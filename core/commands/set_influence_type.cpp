#include "core/commands/set_influence_type.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

SetInfluenceType::SetInfluenceType(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<SetInfluenceType>> SetInfluenceType::make(Project &project, Id influenceId,
                                                                 Id typeId, QUndoCommand *parent)
{
    auto i = project.influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    auto type = project.influenceType(typeId);
    if (!type)
        return std::unexpected(type.error());
    if (i->typeId == typeId)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::set_influence_type", "The influence is already of type \"%1\".").arg(type->name));
    std::unique_ptr<SetInfluenceType> command(new SetInfluenceType(project, parent));
    command->m_influenceId = influenceId;
    command->m_before = i->typeId;
    command->m_after = typeId;
    command->setText(QCoreApplication::translate("gw::set_influence_type", "Change a link from %1 to %2")
                         .arg(commands::quoted(i->typeName), commands::quoted(type->name)));
    return command;
}

void SetInfluenceType::redo()
{
    if (auto ok = m_project.setInfluenceType(m_influenceId, m_after); !ok)
        commands::giveUp(*this, "SetInfluenceType", ok.error());
}

void SetInfluenceType::undo()
{
    if (auto ok = m_project.setInfluenceType(m_influenceId, m_before); !ok)
        commands::giveUp(*this, "SetInfluenceType", ok.error());
}

} // namespace gw
