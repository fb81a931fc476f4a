#include "core/commands/place_code.h"

#include "core/commands/command_failure.h"
#include "core/commands/usable_code.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

PlaceCode::PlaceCode(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("code.place"), why, parent)
{
}

Result<std::unique_ptr<PlaceCode>> PlaceCode::make(Project &project, Id codeId, std::optional<Id> themeId,
                                                   std::optional<int> position, const QString &why,
                                                   QUndoCommand *parent)
{
    auto c = commands::usableCode(project, codeId, "placing it under a theme");
    if (!c)
        return std::unexpected(c.error());
    QString label;
    if (themeId) {
        auto t = project.theme(*themeId);
        if (!t)
            return std::unexpected(t.error());
        label = c->themeId == themeId ? QCoreApplication::translate("gw::place_code", "Move code %1 within %2")
                                      : QCoreApplication::translate("gw::place_code", "Place code %1 under %2");
        label = label.arg(commands::quoted(c->name), commands::quoted(t->name));
    } else {
        if (!c->themeId)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::place_code", "\"%1\" is not under a theme.").arg(c->name));
        label = QCoreApplication::translate("gw::place_code", "Take code %1 out of its theme").arg(commands::quoted(c->name));
    }
    if (position && *position < 0)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::place_code", "A position counts from 0."));
    std::unique_ptr<PlaceCode> command(new PlaceCode(project, why, parent));
    command->m_codeId = codeId;
    command->m_themeId = themeId;
    command->m_position = position;
    command->setText(label);
    return command;
}

Status PlaceCode::apply()
{
    return m_themeId ? m_project.placeCode(m_codeId, *m_themeId, m_position, m_why)
                     : m_project.unplaceCode(m_codeId, m_why);
}

} // namespace gw
