#include "core/commands/whole_project_step.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

WholeProjectStep::WholeProjectStep(Project &project, const QString &label) : m_project(project) { setText(label); }

Result<std::unique_ptr<WholeProjectStep>> WholeProjectStep::apply(Project &project, const QString &label,
                                                                  const std::function<Status()> &edit)
{
    std::unique_ptr<WholeProjectStep> step(new WholeProjectStep(project, label));
    if (!step->m_dir.isValid())
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::whole_project_step", "Cannot keep a copy for undo: %1").arg(step->m_dir.errorString()));
    if (auto ok = project.copyTo(step->m_dir.filePath(QStringLiteral("before.groundwork"))); !ok)
        return std::unexpected(ok.error());
    if (auto ok = edit(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = project.copyTo(step->m_dir.filePath(QStringLiteral("after.groundwork"))); !ok)
        return std::unexpected(ok.error());
    return step;
}

void WholeProjectStep::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    if (auto ok = m_project.replaceWith(m_dir.filePath(QStringLiteral("after.groundwork"))); !ok)
        commands::giveUp(*this, "WholeProjectStep", ok.error());
}

void WholeProjectStep::undo()
{
    if (auto ok = m_project.replaceWith(m_dir.filePath(QStringLiteral("before.groundwork"))); !ok)
        commands::giveUp(*this, "WholeProjectStep", ok.error());
}

} // namespace gw
