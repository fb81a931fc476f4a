#pragma once
// Takes a segment out of an influence's evidence; undo puts it back at its place.

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class RemoveEvidence : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveEvidence>>
    make(Project &project, Id influenceId, Id segmentId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RemoveEvidence(Project &project, QUndoCommand *parent);

    Project &m_project;
    InfluenceEvidence m_evidence;
};

} // namespace gw
