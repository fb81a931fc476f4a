#include "core/commands/create_dimension.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

CreateDimension::CreateDimension(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("dimension.add"), why, parent)
{
}

Result<std::unique_ptr<CreateDimension>> CreateDimension::make(Project &project, const QString &name,
                                                               const QString &definition, const QString &why,
                                                               QUndoCommand *parent)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::create_dimension", "A dimension needs a name."));
    if (project.dimensionByName(simplified))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::create_dimension", "A dimension named \"%1\" already exists.").arg(simplified));
    std::unique_ptr<CreateDimension> command(new CreateDimension(project, why, parent));
    command->m_name = simplified;
    command->m_definition = definition;
    command->setText(QCoreApplication::translate("gw::create_dimension", "Create dimension %1").arg(commands::quoted(simplified)));
    return command;
}

Status CreateDimension::apply()
{
    auto id = m_project.addDimension(m_name, m_definition, m_why);
    if (!id)
        return std::unexpected(id.error());
    m_dimensionId = *id;
    return {};
}

} // namespace gw
