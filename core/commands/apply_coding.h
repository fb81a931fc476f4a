#pragma once
// Codes the range [start, end) (code points) of a source with a code.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class ApplyCoding : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<ApplyCoding>> make(Project &project, Id sourceId, Id codeId, std::int64_t start, std::int64_t end,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    [[nodiscard]] Id segmentId() const { return m_segment.id; }
    [[nodiscard]] Id codeId() const { return m_segment.codeId; }
    [[nodiscard]] Id sourceId() const { return m_segment.sourceId; }

private:
    ApplyCoding(Project &project, QUndoCommand *parent);

    Project &m_project;
    SegmentInfo m_segment; // id and guid known after the first redo
};

} // namespace gw
