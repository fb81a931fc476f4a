#include "core/commands/resolve_disagreement.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"
#include "core/store/database.h"

#include <QCoreApplication>

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
                            QCoreApplication::translate("gw::resolve_disagreement", "The coding of \"%1\" in \"%2\" changed since the list was made; "
                                           "refresh it and try again.")
                                .arg(disagreement.code, disagreement.sourceName));
        }
    std::unique_ptr<ResolveDisagreement> command(new ResolveDisagreement(project, parent));
    command->m_edit = planResolution(disagreement, first, second, resolution);
    command->remember(command->m_edit.remove);
    command->m_why = why;
    const QString side = resolution == Resolution::AcceptFirst    ? QCoreApplication::translate("gw::resolve_disagreement", "accept %1's coding").arg(first)
                         : resolution == Resolution::AcceptSecond ? QCoreApplication::translate("gw::resolve_disagreement", "accept %1's coding").arg(second)
                         : resolution == Resolution::Both         ? QCoreApplication::translate("gw::resolve_disagreement", "keep both codings")
                                                                  : QCoreApplication::translate("gw::resolve_disagreement", "drop both codings");
    command->setText(QCoreApplication::translate("gw::resolve_disagreement", "Resolve %1 in %2: %3")
                         .arg(commands::quoted(disagreement.code), disagreement.sourceName, side));
    return command;
}

void ResolveDisagreement::remember(const std::vector<SegmentInfo> &segments)
{
    auto stmt = m_project.database().prepare(QStringLiteral("SELECT created FROM segments WHERE guid = ?1"));
    if (!stmt)
        return;
    for (const SegmentInfo &s : segments) {
        stmt->reset();
        stmt->bind(1, s.guid);
        if (stmt->step().value_or(false))
            m_created[s.guid] = stmt->text(0);
    }
}

Result<std::vector<SegmentInfo>> ResolveDisagreement::replace(const std::vector<SegmentInfo> &from,
                                                              const std::vector<SegmentInfo> &to,
                                                              const QString &action)
{
    Transaction tx(m_project.database());
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto put = m_project.replaceSegments(from, to, action, m_edit.details, m_why);
    if (!put)
        return put;
    auto stmt = m_project.database().prepare(QStringLiteral("UPDATE segments SET created = ?2 WHERE guid = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    for (const SegmentInfo &s : *put)
        if (const auto it = m_created.find(s.guid); it != m_created.end()) {
            stmt->reset();
            if (auto ok = stmt->bind(1, s.guid).bind(2, it->second).run(); !ok)
                return std::unexpected(ok.error());
        }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return put;
}

void ResolveDisagreement::redo()
{
    auto added = replace(m_edit.remove, m_edit.add, QStringLiteral("coding.resolve"));
    if (!added) {
        commands::giveUp(*this, "ResolveDisagreement", added.error());
        return;
    }
    m_edit.add = std::move(*added);
    remember(m_edit.add);
}

void ResolveDisagreement::undo()
{
    auto restored = replace(m_edit.add, m_edit.remove, QStringLiteral("coding.unresolve"));
    if (!restored)
        commands::giveUp(*this, "ResolveDisagreement", restored.error());
}

} // namespace gw
