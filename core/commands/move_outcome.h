#pragma once
// Moves an outcome on the relationship spectrum (or takes it off). The steps
// of one drag of the same outcome merge into one undo step; a drag back to
// where it started drops out of the stack.

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class MoveOutcome : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<MoveOutcome>>
    make(Project &project, Id elementId, std::optional<SpectrumPoint> point,
         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    [[nodiscard]] int id() const override;
    [[nodiscard]] bool mergeWith(const QUndoCommand *other) override;

private:
    MoveOutcome(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_elementId = 0;
    std::optional<SpectrumPoint> m_before, m_after;
};

} // namespace gw
