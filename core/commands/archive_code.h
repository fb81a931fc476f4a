#pragma once
// Archives a code (or restores an archived one); audited.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class ArchiveCode : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<ArchiveCode>> make(Project &project, Id codeId, bool archived = true,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ArchiveCode(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_codeId = 0;
    bool m_archived = true;
};

} // namespace gw
