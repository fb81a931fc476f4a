#pragma once
// Removes an influence with its evidence; undo puts both back exactly.

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class RemoveInfluence : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveInfluence>>
    make(Project &project, Id influenceId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RemoveInfluence(Project &project, QUndoCommand *parent);

    Project &m_project;
    InfluenceRecord m_record;
};

} // namespace gw
