#pragma once
// Adds a memo; undo removes it, redo puts the same memo back.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class AddMemo : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<AddMemo>> make(Project &project, const QString &targetKind, std::optional<Id> targetId,
                                                           const QString &title, const QString &body,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    [[nodiscard]] Id memoId() const { return m_memo.id; }

private:
    AddMemo(Project &project, QUndoCommand *parent);

    Project &m_project;
    MemoInfo m_memo;
};

} // namespace gw
