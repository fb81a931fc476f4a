#include "core/commands/rename_code.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RenameCode::RenameCode(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RenameCode>> RenameCode::make(Project &project, Id codeId, const QString &name,
                                                     QUndoCommand *parent)
{
    auto c = project.code(codeId);
    if (!c)
        return std::unexpected(c.error());
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::rename_code", "A code needs a name."));
    if (simplified == c->name)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::rename_code", "The code is already named \"%1\".").arg(simplified));
    if (auto other = project.codeByName(simplified); other && other->id != codeId && !other->archived)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::rename_code", "A code named \"%1\" already exists.").arg(simplified));
    std::unique_ptr<RenameCode> command(new RenameCode(project, parent));
    command->m_codeId = codeId;
    command->m_before = c->name;
    command->m_after = simplified;
    command->setText(QCoreApplication::translate("gw::rename_code", "Rename code %1 to %2").arg(commands::quoted(c->name), commands::quoted(simplified)));
    return command;
}

void RenameCode::redo()
{
    if (auto ok = m_project.renameCode(m_codeId, m_after); !ok)
        commands::giveUp(*this, "RenameCode", ok.error());
}

void RenameCode::undo()
{
    if (auto ok = m_project.renameCode(m_codeId, m_before); !ok)
        commands::giveUp(*this, "RenameCode", ok.error());
}

} // namespace gw
