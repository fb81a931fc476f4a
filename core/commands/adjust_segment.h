#pragma once
// Changes a segment's bounds, keeping its code.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class AdjustSegment : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<AdjustSegment>> make(Project &project, Id segmentId, std::int64_t start, std::int64_t end,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AdjustSegment(Project &project, QUndoCommand *parent);

    Project &m_project;
    SegmentInfo m_segment;
    std::int64_t m_start = 0;
    std::int64_t m_end = 0;
};

} // namespace gw
