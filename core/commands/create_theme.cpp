#include "core/commands/create_theme.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

CreateTheme::CreateTheme(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("theme.add"), why, parent)
{
}

Result<std::unique_ptr<CreateTheme>> CreateTheme::make(Project &project, const QString &name,
                                                       const QString &definition, std::optional<Id> dimensionId,
                                                       const QString &why, QUndoCommand *parent)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::create_theme", "A theme needs a name."));
    if (project.themeByName(simplified))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::create_theme", "A theme named \"%1\" already exists.").arg(simplified));
    QString label = QCoreApplication::translate("gw::create_theme", "Create theme %1").arg(commands::quoted(simplified));
    if (dimensionId) {
        auto d = project.dimension(*dimensionId);
        if (!d)
            return std::unexpected(d.error());
        label = QCoreApplication::translate("gw::create_theme", "Create theme %1 under %2").arg(commands::quoted(simplified), commands::quoted(d->name));
    }
    std::unique_ptr<CreateTheme> command(new CreateTheme(project, why, parent));
    command->m_name = simplified;
    command->m_definition = definition;
    command->m_dimensionId = dimensionId;
    command->setText(label);
    return command;
}

Status CreateTheme::apply()
{
    auto id = m_project.addTheme(m_name, m_definition, m_why);
    if (!id)
        return std::unexpected(id.error());
    m_themeId = *id;
    if (m_dimensionId)
        return m_project.placeTheme(m_themeId, *m_dimensionId, std::nullopt, m_why);
    return {};
}

} // namespace gw
