#include "core/commands/structure_edit.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

namespace gw {

StructureEdit::StructureEdit(Project &project, QString action, QString why, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_why(std::move(why)), m_action(std::move(action))
{
}

void StructureEdit::redo()
{
    const QByteArray what = m_action.toUtf8();
    if (m_done) {
        if (auto ok = m_project.changeStructureRows(m_before, m_after, m_action + QStringLiteral(".redo"), m_why); !ok)
            commands::giveUp(*this, what.constData(), ok.error());
        return;
    }
    auto before = m_project.structureRows();
    if (!before) {
        commands::giveUp(*this, what.constData(), before.error());
        return;
    }
    if (auto ok = apply(); !ok) {
        commands::giveUp(*this, what.constData(), ok.error());
        return;
    }
    auto after = m_project.structureRows();
    if (!after) {
        commands::giveUp(*this, what.constData(), after.error());
        return;
    }
    m_before = std::move(*before);
    m_after = std::move(*after);
    m_done = true;
}

void StructureEdit::undo()
{
    if (auto ok = m_project.changeStructureRows(m_after, m_before, m_action + QStringLiteral(".undo"), m_why); !ok)
        commands::giveUp(*this, m_action.toUtf8().constData(), ok.error());
}

} // namespace gw
