#pragma once
// Uncodes: removes a segment; undo puts it back with its guid and coder.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class RemoveSegment : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveSegment>> make(Project &project, Id segmentId,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RemoveSegment(Project &project, QUndoCommand *parent);

    Project &m_project;
    SegmentInfo m_segment;
};

} // namespace gw
