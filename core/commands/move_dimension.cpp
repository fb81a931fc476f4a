#include "core/commands/move_dimension.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

MoveDimension::MoveDimension(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("dimension.move"), why, parent)
{
}

Result<std::unique_ptr<MoveDimension>> MoveDimension::make(Project &project, Id dimensionId, int position,
                                                           const QString &why, QUndoCommand *parent)
{
    auto d = project.dimension(dimensionId);
    if (!d)
        return std::unexpected(d.error());
    auto all = project.dimensions();
    if (!all)
        return std::unexpected(all.error());
    if (position < 0 || position >= static_cast<int>(all->size()))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::move_dimension", "There are %1 dimensions; a position counts from 0.").arg(all->size()));
    int current = 0;
    while (current < static_cast<int>(all->size()) && (*all)[current].id != dimensionId)
        ++current;
    if (current == position)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::move_dimension", "\"%1\" is already there.").arg(d->name));
    std::unique_ptr<MoveDimension> command(new MoveDimension(project, why, parent));
    command->m_dimensionId = dimensionId;
    command->m_position = position;
    command->setText(QCoreApplication::translate("gw::move_dimension", "Move dimension %1 %2")
                         .arg(commands::quoted(d->name), position < current ? QStringLiteral("up") : QStringLiteral("down")));
    return command;
}

Status MoveDimension::apply()
{
    return m_project.moveDimension(m_dimensionId, m_position, m_why);
}

} // namespace gw
