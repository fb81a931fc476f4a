#include "core/commands/remove_model_element.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RemoveModelElement::RemoveModelElement(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<RemoveModelElement>> RemoveModelElement::make(Project &project, Id elementId,
                                                                     QUndoCommand *parent)
{
    auto record = project.modelElementRecord(elementId);
    if (!record)
        return std::unexpected(record.error());
    std::unique_ptr<RemoveModelElement> command(new RemoveModelElement(project, parent));
    command->setText(
        QCoreApplication::translate("gw::remove_model_element", "Take %1 out of the model").arg(commands::quoted(record->element.name)));
    command->m_record = std::move(*record);
    return command;
}

void RemoveModelElement::redo()
{
    if (auto ok = m_project.removeModelElement(m_record.element.id); !ok)
        commands::giveUp(*this, "RemoveModelElement", ok.error());
}

void RemoveModelElement::undo()
{
    if (auto ok = m_project.restoreModelElement(m_record); !ok)
        commands::giveUp(*this, "RemoveModelElement", ok.error());
}

} // namespace gw
