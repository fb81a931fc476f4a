#include "core/commands/set_influence_memo.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

namespace {
constexpr int kInfluenceMemoId = 0x494d454d; // "IMEM": merges only with its own kind
}

SetInfluenceMemo::SetInfluenceMemo(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<SetInfluenceMemo>>
SetInfluenceMemo::make(Project &project, Id influenceId, const QString &memo, QUndoCommand *parent)
{
    auto i = project.influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    std::unique_ptr<SetInfluenceMemo> command(new SetInfluenceMemo(project, parent));
    command->m_influenceId = influenceId;
    command->m_before = i->memo;
    command->m_after = memo.isNull() ? QStringLiteral("") : memo;
    command->setText(
        QCoreApplication::translate("gw::set_influence_memo", "Edit the memo of a %1 link").arg(commands::quoted(i->typeName)));
    command->setObsolete(command->m_before == command->m_after);
    return command;
}

int SetInfluenceMemo::id() const
{
    return kInfluenceMemoId;
}

bool SetInfluenceMemo::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const SetInfluenceMemo *>(other);
    if (!edit || edit->m_influenceId != m_influenceId || &edit->m_project != &m_project)
        return false;
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void SetInfluenceMemo::redo()
{
    if (auto ok = m_project.setInfluenceMemo(m_influenceId, m_after); !ok)
        commands::giveUp(*this, "SetInfluenceMemo", ok.error());
}

void SetInfluenceMemo::undo()
{
    if (auto ok = m_project.setInfluenceMemo(m_influenceId, m_before); !ok)
        commands::giveUp(*this, "SetInfluenceMemo", ok.error());
}

} // namespace gw
