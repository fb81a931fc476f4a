#pragma once
// Takes an element out of the CMO model with every influence from or to it;
// undo puts them all back, evidence included, with their ids and guids.

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class RemoveModelElement : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveModelElement>>
    make(Project &project, Id elementId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RemoveModelElement(Project &project, QUndoCommand *parent);

    Project &m_project;
    ElementRecord m_record;
};

} // namespace gw
