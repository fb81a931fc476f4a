#pragma once
// Renames a code (audited).

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class RenameCode : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RenameCode>> make(Project &project, Id codeId, const QString &name,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RenameCode(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_codeId = 0;
    QString m_before, m_after;
};

} // namespace gw
