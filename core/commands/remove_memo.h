#pragma once
// Removes a memo; undo puts it back with its guid, coder and times.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class RemoveMemo : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveMemo>> make(Project &project, Id memoId,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RemoveMemo(Project &project, QUndoCommand *parent);

    Project &m_project;
    MemoInfo m_memo;
};

} // namespace gw
