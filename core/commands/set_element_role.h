#pragma once
// Gives a model element another role (context, mechanism, outcome).

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class SetElementRole : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<SetElementRole>>
    make(Project &project, Id elementId, ModelRole role, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SetElementRole(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_elementId = 0;
    ModelRole m_before = ModelRole::Context, m_after = ModelRole::Context;
};

} // namespace gw
