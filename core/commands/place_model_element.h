#pragma once
// Places a dimension, theme or first-order code in the CMO model with a role, a
// level and (for an outcome) a point on the spectrum. Undo takes it out again;
// redo puts it back with the same id and guid.

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class PlaceModelElement : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<PlaceModelElement>>
    make(Project &project, const NewModelElement &element, QUndoCommand *parent = nullptr);
    // The placed element's id, once redo has run.
    [[nodiscard]] Id elementId() const { return m_record.element.id; }
    void redo() override;
    void undo() override;

private:
    PlaceModelElement(Project &project, QUndoCommand *parent);

    Project &m_project;
    NewModelElement m_element;
    ElementRecord m_record; // after the first redo: what redo puts back
};

} // namespace gw
