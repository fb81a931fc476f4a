#include "core/commands/remove_segment.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RemoveSegment::RemoveSegment(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RemoveSegment>> RemoveSegment::make(Project &project, Id segmentId, QUndoCommand *parent)
{
    auto segment = project.segment(segmentId);
    if (!segment)
        return std::unexpected(segment.error());
    std::unique_ptr<RemoveSegment> command(new RemoveSegment(project, parent));
    command->m_segment = *segment;
    command->setText(QCoreApplication::translate("gw::remove_segment", "Uncode %1").arg(commands::quoted(segment->codeName)));
    return command;
}

void RemoveSegment::redo()
{
    if (auto now = m_project.segment(m_segment.id))
        m_segment = *now;
    if (auto ok = m_project.removeSegment(m_segment.id); !ok)
        commands::giveUp(*this, "RemoveSegment", ok.error());
}

void RemoveSegment::undo()
{
    if (auto ok = m_project.restoreSegment(m_segment); !ok)
        commands::giveUp(*this, "RemoveSegment", ok.error());
}

} // namespace gw
