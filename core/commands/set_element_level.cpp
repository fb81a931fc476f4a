#include "core/commands/set_element_level.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

SetElementLevel::SetElementLevel(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<SetElementLevel>> SetElementLevel::make(Project &project, Id elementId,
                                                               std::optional<Id> levelId,
                                                               QUndoCommand *parent)
{
    auto e = project.modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    QString levelName;
    if (levelId) {
        auto level = project.modelLevel(*levelId);
        if (!level)
            return std::unexpected(level.error());
        levelName = level->name;
    }
    if (e->levelId == levelId)
        return fail(
            ErrorKind::InvalidInput,
            levelId ? QCoreApplication::translate("gw::set_element_level", "\"%1\" is already at level \"%2\".").arg(e->name, levelName)
                    : QCoreApplication::translate("gw::set_element_level", "\"%1\" has no level.").arg(e->name));
    std::unique_ptr<SetElementLevel> command(new SetElementLevel(project, parent));
    command->m_elementId = elementId;
    command->m_before = e->levelId;
    command->m_after = levelId;
    command->setText(levelId
                         ? QCoreApplication::translate("gw::set_element_level", "Move %1 to level %2")
                               .arg(commands::quoted(e->name), commands::quoted(levelName))
                         : QCoreApplication::translate("gw::set_element_level", "Take %1 off its level").arg(commands::quoted(e->name)));
    return command;
}

void SetElementLevel::redo()
{
    if (auto ok = m_project.setElementLevel(m_elementId, m_after); !ok)
        commands::giveUp(*this, "SetElementLevel", ok.error());
}

void SetElementLevel::undo()
{
    if (auto ok = m_project.setElementLevel(m_elementId, m_before); !ok)
        commands::giveUp(*this, "SetElementLevel", ok.error());
}

} // namespace gw
