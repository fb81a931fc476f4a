#include "core/commands/remove_dimension.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RemoveDimension::RemoveDimension(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("dimension.remove"), why, parent)
{
}

Result<std::unique_ptr<RemoveDimension>> RemoveDimension::make(Project &project, Id dimensionId, const QString &why,
                                                               QUndoCommand *parent)
{
    auto d = project.dimension(dimensionId);
    if (!d)
        return std::unexpected(d.error());
    auto memos = project.memosOf(QStringLiteral("dimension"), dimensionId);
    if (!memos)
        return std::unexpected(memos.error());
    if (!memos->empty())
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::remove_dimension", "The dimension \"%1\" has %2 memo(s); move or remove them "
                                                        "before removing the dimension.")
                                             .arg(d->name)
                                             .arg(memos->size()));
    std::unique_ptr<RemoveDimension> command(new RemoveDimension(project, why, parent));
    command->m_dimensionId = dimensionId;
    command->setText(QCoreApplication::translate("gw::remove_dimension", "Remove dimension %1").arg(commands::quoted(d->name)));
    return command;
}

Status RemoveDimension::apply()
{
    return m_project.removeDimension(m_dimensionId, m_why);
}

} // namespace gw
