#include "core/commands/add_influence.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

AddInfluence::AddInfluence(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<AddInfluence>> AddInfluence::make(Project &project, Id fromElementId,
                                                         Id toElementId, Id typeId,
                                                         const QString &memo, QUndoCommand *parent)
{
    auto from = project.modelElement(fromElementId);
    if (!from)
        return std::unexpected(from.error());
    auto to = project.modelElement(toElementId);
    if (!to)
        return std::unexpected(to.error());
    auto type = project.influenceType(typeId);
    if (!type)
        return std::unexpected(type.error());
    if (fromElementId == toElementId)
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::add_influence", "An influence joins two elements; \"%1\" cannot influence itself.")
                .arg(from->name));
    auto all = project.influences();
    if (!all)
        return std::unexpected(all.error());
    for (const Influence &i : *all)
        if (i.fromId == fromElementId && i.toId == toElementId && i.typeId == typeId)
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::add_influence", "\"%1\" already %2 \"%3\" in the model.")
                            .arg(from->name, type->name, to->name));
    std::unique_ptr<AddInfluence> command(new AddInfluence(project, parent));
    command->m_record.influence.fromId = fromElementId;
    command->m_record.influence.toId = toElementId;
    command->m_record.influence.typeId = typeId;
    command->m_record.influence.memo = memo;
    command->setText(
        QCoreApplication::translate("gw::add_influence", "Link %1 %2 %3")
            .arg(commands::quoted(from->name), type->name, commands::quoted(to->name)));
    return command;
}

void AddInfluence::redo()
{
    if (m_record.influence.id > 0) {
        if (auto ok = m_project.restoreInfluence(m_record); !ok)
            commands::giveUp(*this, "AddInfluence", ok.error());
        return;
    }
    const Influence &i = m_record.influence;
    auto id = m_project.addInfluence(i.fromId, i.toId, i.typeId, i.memo);
    if (!id) {
        commands::giveUp(*this, "AddInfluence", id.error());
        return;
    }
    auto record = m_project.influenceRecord(*id);
    if (!record) {
        commands::giveUp(*this, "AddInfluence", record.error());
        return;
    }
    m_record = std::move(*record);
}

void AddInfluence::undo()
{
    if (auto ok = m_project.removeInfluence(m_record.influence.id); !ok)
        commands::giveUp(*this, "AddInfluence", ok.error());
}

} // namespace gw
