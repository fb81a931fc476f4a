#pragma once
// Reopens a comment thread that was resolved. Undo puts back the state
// before, with who resolved it and when.

#include "core/error.h"
#include "core/model/review.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class ReopenThread : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<ReopenThread>> make(Project &project, Id threadId,
                                                                  QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ReopenThread(Project &project, QUndoCommand *parent);
    Project &m_project;
    Id m_threadId = 0;
    ThreadState m_before;
    std::optional<ThreadState> m_after; // known after the first redo
};

} // namespace gw
