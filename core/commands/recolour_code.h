#pragma once
// Changes a code's colour.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class RecolourCode : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RecolourCode>> make(Project &project, Id codeId, const QString &color,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RecolourCode(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_codeId = 0;
    QString m_before, m_after;
};

} // namespace gw
