#include "core/model/display_names.h"
#include "core/commands/set_code_stage.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

SetCodeStage::SetCodeStage(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<SetCodeStage>> SetCodeStage::make(Project &project, Id codeId, CodeStage stage,
                                                         QUndoCommand *parent)
{
    auto c = project.code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (c->stage == stage)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::set_code_stage", "\"%1\" is already a %2 code.").arg(c->name, displayName(stage)));
    std::unique_ptr<SetCodeStage> command(new SetCodeStage(project, parent));
    command->m_codeId = codeId;
    command->m_before = c->stage;
    command->m_after = stage;
    command->setText(QCoreApplication::translate("gw::set_code_stage", "Make %1 a %2 code").arg(commands::quoted(c->name), displayName(stage)));
    return command;
}

void SetCodeStage::redo()
{
    if (auto ok = m_project.setCodeStage(m_codeId, m_after); !ok)
        commands::giveUp(*this, "SetCodeStage", ok.error());
}

void SetCodeStage::undo()
{
    if (auto ok = m_project.setCodeStage(m_codeId, m_before); !ok)
        commands::giveUp(*this, "SetCodeStage", ok.error());
}

} // namespace gw
