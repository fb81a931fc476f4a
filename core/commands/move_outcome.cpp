#include "core/commands/move_outcome.h"

#include "core/commands/command_failure.h"
#include "core/model/display_names.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

namespace {
constexpr int kMoveOutcomeId = 0x4d4f5645; // "MOVE": merges the steps of one drag
}

MoveOutcome::MoveOutcome(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

Result<std::unique_ptr<MoveOutcome>> MoveOutcome::make(Project &project, Id elementId,
                                                       std::optional<SpectrumPoint> point,
                                                       QUndoCommand *parent)
{
    auto e = project.modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    if (e->role != ModelRole::Outcome)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::move_outcome", "\"%1\" is %2; only outcomes sit on the spectrum.")
                        .arg(e->name, displayNameWithArticle(e->role)));
    if (point && (!(point->x >= 0 && point->x <= 1) || !(point->y >= 0 && point->y <= 1)))
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::move_outcome", "\"%1\" cannot sit at (%2, %3) on the spectrum: x and y go from 0 to 1.")
                .arg(e->name)
                .arg(point->x)
                .arg(point->y));
    std::unique_ptr<MoveOutcome> command(new MoveOutcome(project, parent));
    command->m_elementId = elementId;
    command->m_before = e->point;
    command->m_after = point;
    command->setText(QCoreApplication::translate("gw::move_outcome", "Move %1 on the spectrum").arg(commands::quoted(e->name)));
    command->setObsolete(e->point == point);
    return command;
}

int MoveOutcome::id() const
{
    return kMoveOutcomeId;
}

bool MoveOutcome::mergeWith(const QUndoCommand *other)
{
    const auto *move = dynamic_cast<const MoveOutcome *>(other);
    if (!move || move->m_elementId != m_elementId || &move->m_project != &m_project)
        return false;
    m_after = move->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void MoveOutcome::redo()
{
    if (auto ok = m_project.setOutcomePoint(m_elementId, m_after); !ok)
        commands::giveUp(*this, "MoveOutcome", ok.error());
}

void MoveOutcome::undo()
{
    if (auto ok = m_project.setOutcomePoint(m_elementId, m_before); !ok)
        commands::giveUp(*this, "MoveOutcome", ok.error());
}

} // namespace gw
