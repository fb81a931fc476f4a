#include "core/commands/resolve_disagreement.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

namespace gw {

ResolveDisagreement::ResolveDisagreement(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{
}

Result<std::unique_ptr<ResolveDisagreement>> ResolveDisagreement::make(Project &project,
                                                                       const Disagreement &disagreement,
                                                                       const QString &first, const QString &second,
                                                                       Resolution resolution, const QString &why,
                                                                       QUndoCommand *parent)
{
    // The passage as it is now: refuse when its segments changed since it was listed.
    for (const auto *side : {&disagreement.first, &disagreement.second})
        for (const SegmentInfo &s : *side) {
            auto now = project.segment(s.id);
            if (!now || now->start != s.start || now->end != s.end || now->codeId != s.codeId ||
                now->coder != s.coder)
                return fail(ErrorKind::Conflict,
                            QStringLiteral("The coding of \"%1\" in \"%2\" changed since the list was made; "
                                           "refresh it and try again.")
                                .arg(disagreement.code, disagreement.sourceName));
        }
    std::unique_ptr<ResolveDisagreement> command(new ResolveDisagreement(project, parent));
    command->m_edit = planResolution(disagreement, first, second, resolution);
    command->m_why = why;
    const QString side = resolution == Resolution::AcceptFirst    ? QStringLiteral("accept %1's coding").arg(first)
                         : resolution == Resolution::AcceptSecond ? QStringLiteral("accept %1's coding").arg(second)
                         : resolution == Resolution::Both         ? QStringLiteral("keep both codings")
                                                                  : QStringLiteral("drop both codings");
    command->setText(QStringLiteral("Resolve %1 in %2: %3")
                         .arg(commands::quoted(disagreement.code), disagreement.sourceName, side));
    return command;
}

void ResolveDisagreement::redo()
{
    auto added = m_project.replaceSegments(m_edit.remove, m_edit.add, QStringLiteral("coding.resolve"),
                                           m_edit.details, m_why);
    if (!added) {
        commands::giveUp(*this, "ResolveDisagreement", added.error());
        return;
    }
    m_edit.add = std::move(*added);
}

void ResolveDisagreement::undo()
{
    auto restored = m_project.replaceSegments(m_edit.add, m_edit.remove, QStringLiteral("coding.unresolve"),
                                              m_edit.details, m_why);
    if (!restored)
        commands::giveUp(*this, "ResolveDisagreement", restored.error());
}

} // namespace gw
