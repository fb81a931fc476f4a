#pragma once
// Gives an influence another type (triggers, mandates, ...).

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class SetInfluenceType : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<SetInfluenceType>>
    make(Project &project, Id influenceId, Id typeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SetInfluenceType(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_influenceId = 0;
    Id m_before = 0, m_after = 0;
};

} // namespace gw
