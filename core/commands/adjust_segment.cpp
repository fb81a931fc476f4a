#include "core/commands/adjust_segment.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

AdjustSegment::AdjustSegment(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<AdjustSegment>> AdjustSegment::make(Project &project, Id segmentId, std::int64_t start,
                                                           std::int64_t end, QUndoCommand *parent)
{
    auto segment = project.segment(segmentId);
    if (!segment)
        return std::unexpected(segment.error());
    auto src = project.source(segment->sourceId);
    if (!src)
        return std::unexpected(src.error());
    if (auto range = checkSegmentRange(*src, start, end); !range)
        return std::unexpected(range.error());
    if (start == segment->start && end == segment->end)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::adjust_segment", "The segment already has these bounds."));
    std::unique_ptr<AdjustSegment> command(new AdjustSegment(project, parent));
    command->m_segment = *segment;
    command->m_start = start;
    command->m_end = end;
    command->setText(QCoreApplication::translate("gw::adjust_segment", "Adjust segment of %1").arg(commands::quoted(segment->codeName)));
    return command;
}

void AdjustSegment::redo()
{
    if (auto ok = m_project.updateSegment(m_segment.id, m_segment.codeId, m_start, m_end); !ok)
        commands::giveUp(*this, "AdjustSegment", ok.error());
}

void AdjustSegment::undo()
{
    if (auto ok = m_project.updateSegment(m_segment.id, m_segment.codeId, m_segment.start, m_segment.end); !ok)
        commands::giveUp(*this, "AdjustSegment", ok.error());
}

} // namespace gw
