#include "core/commands/set_element_role.h"

#include "core/commands/command_failure.h"
#include "core/model/display_names.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

SetElementRole::SetElementRole(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<SetElementRole>> SetElementRole::make(Project &project, Id elementId,
                                                             ModelRole role, QUndoCommand *parent)
{
    auto e = project.modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    if (e->role == role)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::set_element_role", "\"%1\" is already %2.").arg(e->name, displayNameWithArticle(role)));
    std::unique_ptr<SetElementRole> command(new SetElementRole(project, parent));
    command->m_elementId = elementId;
    command->m_before = e->role;
    command->m_after = role;
    command->setText(QCoreApplication::translate("gw::set_element_role", "Make %1 %2").arg(commands::quoted(e->name), displayNameWithArticle(role)));
    return command;
}

void SetElementRole::redo()
{
    if (auto ok = m_project.setElementRole(m_elementId, m_after); !ok)
        commands::giveUp(*this, "SetElementRole", ok.error());
}

void SetElementRole::undo()
{
    if (auto ok = m_project.setElementRole(m_elementId, m_before); !ok)
        commands::giveUp(*this, "SetElementRole", ok.error());
}

} // namespace gw
