#include "core/commands/archive_code.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

ArchiveCode::ArchiveCode(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<ArchiveCode>> ArchiveCode::make(Project &project, Id codeId, bool archived,
                                                       QUndoCommand *parent)
{
    auto c = project.code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (c->archived == archived)
        return fail(ErrorKind::InvalidInput, archived ? QCoreApplication::translate("gw::archive_code", "\"%1\" is already archived.").arg(c->name)
                                                      : QCoreApplication::translate("gw::archive_code", "\"%1\" is not archived.").arg(c->name));
    if (!archived)
        if (auto other = project.codeByName(c->name); other && other->id != codeId && !other->archived)
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::archive_code", "Another code is named \"%1\"; rename one of them first.").arg(c->name));
    std::unique_ptr<ArchiveCode> command(new ArchiveCode(project, parent));
    command->m_codeId = codeId;
    command->m_archived = archived;
    command->setText(QCoreApplication::translate("gw::archive_code", "%1 code %2")
                         .arg(archived ? QCoreApplication::translate("gw::archive_code", "Archive") : QCoreApplication::translate("gw::archive_code", "Restore"), commands::quoted(c->name)));
    return command;
}

void ArchiveCode::redo()
{
    if (auto ok = m_project.setCodeArchived(m_codeId, m_archived); !ok)
        commands::giveUp(*this, "ArchiveCode", ok.error());
}

void ArchiveCode::undo()
{
    if (auto ok = m_project.setCodeArchived(m_codeId, !m_archived); !ok)
        commands::giveUp(*this, "ArchiveCode", ok.error());
}

} // namespace gw
