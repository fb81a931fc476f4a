#include "core/commands/add_evidence.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

AddEvidence::AddEvidence(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<AddEvidence>> AddEvidence::make(Project &project, Id influenceId,
                                                       Id segmentId, bool counter,
                                                       QUndoCommand *parent)
{
    auto i = project.influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    if (auto s = project.segment(segmentId); !s)
        return std::unexpected(s.error());
    auto evidence = project.evidenceOf(influenceId);
    if (!evidence)
        return std::unexpected(evidence.error());
    for (const InfluenceEvidence &v : *evidence)
        if (v.segmentId == segmentId)
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::add_evidence", "Segment %1 is already evidence of this %2 link.")
                            .arg(segmentId)
                            .arg(i->typeName));
    std::unique_ptr<AddEvidence> command(new AddEvidence(project, parent));
    command->m_influenceId = influenceId;
    command->m_segmentId = segmentId;
    command->m_counter = counter;
    command->setText(
        counter
            ? QCoreApplication::translate("gw::add_evidence", "Add counter-evidence to a %1 link").arg(commands::quoted(i->typeName))
            : QCoreApplication::translate("gw::add_evidence", "Add evidence to a %1 link").arg(commands::quoted(i->typeName)));
    return command;
}

void AddEvidence::redo()
{
    if (auto ok = m_project.addEvidence(m_influenceId, m_segmentId, m_counter); !ok)
        commands::giveUp(*this, "AddEvidence", ok.error());
}

void AddEvidence::undo()
{
    if (auto ok = m_project.removeEvidence(m_influenceId, m_segmentId); !ok)
        commands::giveUp(*this, "AddEvidence", ok.error());
}

} // namespace gw
