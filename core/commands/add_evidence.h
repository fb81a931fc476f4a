#pragma once
// Adds a segment as evidence of an influence, supporting it or speaking
// against it (counter-evidence).

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class AddEvidence : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<AddEvidence>> make(Project &project, Id influenceId,
                                                                   Id segmentId, bool counter,
                                                                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AddEvidence(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_influenceId = 0;
    Id m_segmentId = 0;
    bool m_counter = false;
};

} // namespace gw
