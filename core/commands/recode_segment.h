#pragma once
// Moves a segment to another code, keeping its bounds.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class RecodeSegment : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RecodeSegment>> make(Project &project, Id segmentId, Id newCodeId,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RecodeSegment(Project &project, QUndoCommand *parent);

    Project &m_project;
    SegmentInfo m_segment;
    Id m_newCodeId = 0;
};

} // namespace gw
