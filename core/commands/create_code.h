#pragma once
// Creates a code; undo removes it again (it has no segments then).

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class CreateCode : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<CreateCode>> make(Project &project, const QString &name, CodeStage stage = CodeStage::Open,
                                                           const QString &color = {},
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    [[nodiscard]] Id codeId() const { return m_code.id; }

private:
    CreateCode(Project &project, QUndoCommand *parent);

    Project &m_project;
    CodeInfo m_code; // id and guid known after the first redo
};

} // namespace gw
