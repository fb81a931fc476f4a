#include "core/commands/apply_coding.h"

#include "core/commands/command_failure.h"
#include "core/commands/usable_code.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

ApplyCoding::ApplyCoding(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<ApplyCoding>> ApplyCoding::make(Project &project, Id sourceId, Id codeId,
                                                       std::int64_t start, std::int64_t end, QUndoCommand *parent)
{
    auto src = project.source(sourceId);
    if (!src)
        return std::unexpected(src.error());
    auto c = commands::usableCode(project, codeId, "coding with it");
    if (!c)
        return std::unexpected(c.error());
    if (start < 0 || end <= start || end > src->length)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::apply_coding", "Select some text of \"%1\" to code.").arg(src->name));
    // One indexed look-up, not the source's segments read: this runs for every coding.
    auto coded = project.isCoded(sourceId, codeId, start, end);
    if (!coded)
        return std::unexpected(coded.error());
    if (*coded)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::apply_coding", "That passage is already coded with \"%1\".").arg(c->name));
    std::unique_ptr<ApplyCoding> command(new ApplyCoding(project, parent));
    command->m_segment.sourceId = sourceId;
    command->m_segment.codeId = codeId;
    command->m_segment.start = start;
    command->m_segment.end = end;
    command->setText(QCoreApplication::translate("gw::apply_coding", "Code %1").arg(commands::quoted(c->name)));
    return command;
}

void ApplyCoding::redo()
{
    if (m_segment.id != 0) {
        if (auto ok = m_project.restoreSegment(m_segment); !ok)
            commands::giveUp(*this, "ApplyCoding", ok.error());
        return;
    }
    auto id = m_project.applyCode(m_segment.sourceId, m_segment.codeId, m_segment.start, m_segment.end);
    if (!id) {
        commands::giveUp(*this, "ApplyCoding", id.error());
        return;
    }
    if (auto made = m_project.segment(*id))
        m_segment = *made;
    else
        m_segment.id = *id;
}

void ApplyCoding::undo()
{
    if (auto now = m_project.segment(m_segment.id))
        m_segment = *now;
    if (auto ok = m_project.removeSegment(m_segment.id); !ok)
        commands::giveUp(*this, "ApplyCoding", ok.error());
}

} // namespace gw
