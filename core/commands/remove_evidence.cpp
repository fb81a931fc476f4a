#include "core/commands/remove_evidence.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <algorithm>

#include <QCoreApplication>

namespace gw {

RemoveEvidence::RemoveEvidence(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<RemoveEvidence>> RemoveEvidence::make(Project &project, Id influenceId,
                                                             Id segmentId, QUndoCommand *parent)
{
    auto i = project.influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    auto evidence = project.evidenceOf(influenceId);
    if (!evidence)
        return std::unexpected(evidence.error());
    const auto found = std::ranges::find(*evidence, segmentId, &InfluenceEvidence::segmentId);
    if (found == evidence->end())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::remove_evidence", "Segment %1 is not evidence of this %2 link.")
                        .arg(segmentId)
                        .arg(i->typeName));
    std::unique_ptr<RemoveEvidence> command(new RemoveEvidence(project, parent));
    command->m_evidence = *found;
    command->setText(
        QCoreApplication::translate("gw::remove_evidence", "Remove evidence from a %1 link").arg(commands::quoted(i->typeName)));
    return command;
}

void RemoveEvidence::redo()
{
    if (auto ok = m_project.removeEvidence(m_evidence.influenceId, m_evidence.segmentId); !ok)
        commands::giveUp(*this, "RemoveEvidence", ok.error());
}

void RemoveEvidence::undo()
{
    if (auto ok = m_project.addEvidence(m_evidence.influenceId, m_evidence.segmentId,
                                        m_evidence.counter, m_evidence.position);
        !ok)
        commands::giveUp(*this, "RemoveEvidence", ok.error());
}

} // namespace gw
