#pragma once
// Marks a memo as disconfirming evidence for the theme or code it is on, or
// clears the mark.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class MarkDisconfirming : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<MarkDisconfirming>> make(Project &project, Id memoId, bool disconfirming,
                                                                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MarkDisconfirming(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_memoId = 0;
    bool m_after = false;
};

} // namespace gw
