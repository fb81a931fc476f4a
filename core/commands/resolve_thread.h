#pragma once
// Resolves a comment thread (by the coder, now). Undo puts back the state
// before, with who resolved it and when.

#include "core/error.h"
#include "core/model/review.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class ResolveThread : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<ResolveThread>> make(Project &project, Id threadId,
                                                                  QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ResolveThread(Project &project, QUndoCommand *parent);
    Project &m_project;
    Id m_threadId = 0;
    ThreadState m_before;
    std::optional<ThreadState> m_after; // known after the first redo
};

} // namespace gw
