#pragma once
// Splits a code (focused coding): chosen segments move to a new code, which
// sits right after the old one under its theme. Undo restores every row.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class SplitCode : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<SplitCode>> make(Project &project, Id codeId,
                                                                 const std::vector<Id> &segmentIds,
                                                                 const QString &newName, const QString &why = {},
                                                                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The new code, once done.
    [[nodiscard]] Id newCodeId() const { return m_split.newCodeId; }

private:
    SplitCode(Project &project, QUndoCommand *parent);

    Project &m_project;
    CodeSplit m_split;
    QString m_why;
};

} // namespace gw
