#include "core/commands/recode_segment.h"

#include "core/commands/command_failure.h"
#include "core/commands/usable_code.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RecodeSegment::RecodeSegment(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RecodeSegment>> RecodeSegment::make(Project &project, Id segmentId, Id newCodeId,
                                                           QUndoCommand *parent)
{
    auto segment = project.segment(segmentId);
    if (!segment)
        return std::unexpected(segment.error());
    auto c = commands::usableCode(project, newCodeId, "coding with it");
    if (!c)
        return std::unexpected(c.error());
    if (c->id == segment->codeId)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::recode_segment", "The segment is already coded with \"%1\".").arg(c->name));
    std::unique_ptr<RecodeSegment> command(new RecodeSegment(project, parent));
    command->m_segment = *segment;
    command->m_newCodeId = newCodeId;
    command->setText(QCoreApplication::translate("gw::recode_segment", "Recode to %1").arg(commands::quoted(c->name)));
    return command;
}

void RecodeSegment::redo()
{
    if (auto ok = m_project.updateSegment(m_segment.id, m_newCodeId, m_segment.start, m_segment.end); !ok)
        commands::giveUp(*this, "RecodeSegment", ok.error());
}

void RecodeSegment::undo()
{
    if (auto ok = m_project.updateSegment(m_segment.id, m_segment.codeId, m_segment.start, m_segment.end); !ok)
        commands::giveUp(*this, "RecodeSegment", ok.error());
}

} // namespace gw
