#include "core/commands/case_edits.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

namespace gw {

EditCases::EditCases(Project &project, const QString &label) : m_project(project) { setText(label); }

Result<std::unique_ptr<EditCases>> EditCases::apply(Project &project, const QString &label,
                                                    const std::function<Status()> &edit)
{
    auto before = project.keepCaseTables();
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = edit(); !ok) {
        // A failed edit may have written part of itself before it stopped.
        if (auto back = project.restoreCaseTables(*before); !back)
            return std::unexpected(back.error());
        return std::unexpected(ok.error());
    }
    auto after = project.keepCaseTables();
    if (!after)
        return std::unexpected(after.error());
    std::unique_ptr<EditCases> command(new EditCases(project, label));
    command->m_before = *before;
    command->m_after = *after;
    return command;
}

void EditCases::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    if (auto ok = m_project.restoreCaseTables(m_after); !ok)
        commands::giveUp(*this, "EditCases", ok.error());
}

void EditCases::undo()
{
    if (auto ok = m_project.restoreCaseTables(m_before); !ok)
        commands::giveUp(*this, "EditCases", ok.error());
}

} // namespace gw
