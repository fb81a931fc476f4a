#pragma once
// Draws a typed influence from one model element to another, with a memo.
// Undo removes it; redo puts it back with the same id and guid.

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class AddInfluence : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<AddInfluence>>
    make(Project &project, Id fromElementId, Id toElementId, Id typeId, const QString &memo = {},
         QUndoCommand *parent = nullptr);
    // The influence's id, once redo has run.
    [[nodiscard]] Id influenceId() const { return m_record.influence.id; }
    void redo() override;
    void undo() override;

private:
    AddInfluence(Project &project, QUndoCommand *parent);

    Project &m_project;
    InfluenceRecord m_record; // before the first redo: what to add; after it: what redo puts back
};

} // namespace gw
