#include "core/commands/recolour_code.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QColor>
#include <QCoreApplication>

namespace gw {

RecolourCode::RecolourCode(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RecolourCode>> RecolourCode::make(Project &project, Id codeId, const QString &color,
                                                         QUndoCommand *parent)
{
    auto c = project.code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (!QColor::isValidColorName(color))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::recolour_code", "\"%1\" is not a colour; use the form #RRGGBB.").arg(color));
    const QString after = QColor(color).name();
    if (after == c->color)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::recolour_code", "\"%1\" already has that colour.").arg(c->name));
    std::unique_ptr<RecolourCode> command(new RecolourCode(project, parent));
    command->m_codeId = codeId;
    command->m_before = c->color;
    command->m_after = after;
    command->setText(QCoreApplication::translate("gw::recolour_code", "Recolour code %1").arg(commands::quoted(c->name)));
    return command;
}

void RecolourCode::redo()
{
    if (auto ok = m_project.setCodeColor(m_codeId, m_after); !ok)
        commands::giveUp(*this, "RecolourCode", ok.error());
}

void RecolourCode::undo()
{
    if (auto ok = m_project.setCodeColor(m_codeId, m_before); !ok)
        commands::giveUp(*this, "RecolourCode", ok.error());
}

} // namespace gw
