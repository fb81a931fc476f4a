#include "core/commands/merge_project.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

MergeProject::MergeProject(Project &project, MergePlan plan, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_plan(std::move(plan))
{
}

Result<std::unique_ptr<MergeProject>> MergeProject::make(Project &project, MergePlan plan, QUndoCommand *parent)
{
    if (!plan.other)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::merge_project", "The merge plan holds no other project."));
    // A dry run proves the choices can be written (no name clash) before the
    // command reaches the stack.
    if (auto dry = applyMerge(project, plan, true); !dry)
        return std::unexpected(dry.error());
    const QString label = QCoreApplication::translate("gw::merge_project", "Merge %1").arg(commands::quoted(plan.otherName));
    std::unique_ptr<MergeProject> command(new MergeProject(project, std::move(plan), parent));
    command->setText(label);
    return command;
}

void MergeProject::redo()
{
    m_failure.reset();
    auto outcome = applyMerge(m_project, m_plan);
    if (!outcome) {
        m_failure = outcome.error();
        commands::giveUp(*this, "MergeProject", outcome.error());
        return;
    }
    m_outcome = std::move(*outcome);
}

void MergeProject::undo()
{
    m_failure.reset();
    if (auto ok = undoMerge(m_project, m_outcome, m_plan.otherName); !ok) {
        m_failure = ok.error();
        commands::giveUp(*this, "MergeProject", ok.error());
    }
}

} // namespace gw
