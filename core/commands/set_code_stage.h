#pragma once
// Changes a code's stage (open, focused, first-order); audited.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class SetCodeStage : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<SetCodeStage>> make(Project &project, Id codeId, CodeStage stage,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SetCodeStage(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_codeId = 0;
    CodeStage m_before = CodeStage::Open, m_after = CodeStage::Open;
};

} // namespace gw
