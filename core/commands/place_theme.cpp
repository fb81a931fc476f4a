#include "core/commands/place_theme.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

PlaceTheme::PlaceTheme(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("theme.place"), why, parent)
{
}

Result<std::unique_ptr<PlaceTheme>> PlaceTheme::make(Project &project, Id themeId, std::optional<Id> dimensionId,
                                                     std::optional<int> position, const QString &why,
                                                     QUndoCommand *parent)
{
    auto t = project.theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    QString label;
    if (dimensionId) {
        auto d = project.dimension(*dimensionId);
        if (!d)
            return std::unexpected(d.error());
        label = t->dimensionId == dimensionId ? QCoreApplication::translate("gw::place_theme", "Move theme %1 within %2")
                                              : QCoreApplication::translate("gw::place_theme", "Place theme %1 under %2");
        label = label.arg(commands::quoted(t->name), commands::quoted(d->name));
    } else {
        if (!t->dimensionId)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::place_theme", "\"%1\" is not under a dimension.").arg(t->name));
        label = QCoreApplication::translate("gw::place_theme", "Take theme %1 out of its dimension").arg(commands::quoted(t->name));
    }
    if (position && *position < 0)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::place_theme", "A position counts from 0."));
    std::unique_ptr<PlaceTheme> command(new PlaceTheme(project, why, parent));
    command->m_themeId = themeId;
    command->m_dimensionId = dimensionId;
    command->m_position = position;
    command->setText(label);
    return command;
}

Status PlaceTheme::apply()
{
    return m_dimensionId ? m_project.placeTheme(m_themeId, *m_dimensionId, m_position, m_why)
                         : m_project.unplaceTheme(m_themeId, m_why);
}

} // namespace gw
