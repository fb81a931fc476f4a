#pragma once
// Moves a model element to another level (or to none).

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class SetElementLevel : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<SetElementLevel>>
    make(Project &project, Id elementId, std::optional<Id> levelId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SetElementLevel(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_elementId = 0;
    std::optional<Id> m_before, m_after;
};

} // namespace gw
