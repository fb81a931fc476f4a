#include "core/commands/remove_exemplar.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <algorithm>

#include <QCoreApplication>

namespace gw {

RemoveExemplar::RemoveExemplar(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("theme.exemplar.remove"), why, parent)
{
}

Result<std::unique_ptr<RemoveExemplar>> RemoveExemplar::make(Project &project, Id themeId, Id segmentId,
                                                             const QString &why, QUndoCommand *parent)
{
    auto t = project.theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    auto chosen = project.exemplarsOf(themeId);
    if (!chosen)
        return std::unexpected(chosen.error());
    auto it = std::ranges::find(*chosen, segmentId, &SegmentInfo::id);
    if (it == chosen->end())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::remove_exemplar", "That segment is not an exemplar of \"%1\".").arg(t->name));
    std::unique_ptr<RemoveExemplar> command(new RemoveExemplar(project, why, parent));
    command->m_themeId = themeId;
    command->m_segmentId = segmentId;
    command->setText(QCoreApplication::translate("gw::remove_exemplar", "Remove an exemplar quote of %1 from %2")
                         .arg(commands::quoted(t->name), commands::quoted(it->sourceName)));
    return command;
}

Status RemoveExemplar::apply()
{
    return m_project.removeExemplar(m_themeId, m_segmentId, m_why);
}

} // namespace gw
