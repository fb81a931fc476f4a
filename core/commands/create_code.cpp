#include "core/commands/create_code.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QColor>
#include <QCoreApplication>

namespace gw {

CreateCode::CreateCode(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<CreateCode>> CreateCode::make(Project &project, const QString &name, CodeStage stage,
                                                     const QString &color, QUndoCommand *parent)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::create_code", "A code needs a name."));
    if (!color.isEmpty() && !QColor::isValidColorName(color))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::create_code", "\"%1\" is not a colour; use the form #RRGGBB.").arg(color));
    if (auto other = project.codeByName(simplified); other && !other->archived)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::create_code", "A code named \"%1\" already exists.").arg(simplified));
    std::unique_ptr<CreateCode> command(new CreateCode(project, parent));
    command->m_code.name = simplified;
    command->m_code.stage = stage;
    command->m_code.color = color;
    command->setText(QCoreApplication::translate("gw::create_code", "New code %1").arg(commands::quoted(simplified)));
    return command;
}

void CreateCode::redo()
{
    if (m_code.id != 0) {
        if (auto ok = m_project.restoreCode(m_code); !ok)
            commands::giveUp(*this, "CreateCode", ok.error());
        return;
    }
    auto id = m_project.addCode(m_code.name, m_code.stage, m_code.color);
    if (!id) {
        commands::giveUp(*this, "CreateCode", id.error());
        return;
    }
    if (auto made = m_project.code(*id))
        m_code = *made;
    else
        m_code.id = *id;
}

void CreateCode::undo()
{
    if (auto now = m_project.code(m_code.id))
        m_code = *now;
    if (auto ok = m_project.removeCode(m_code.id); !ok)
        commands::giveUp(*this, "CreateCode", ok.error());
}

} // namespace gw
