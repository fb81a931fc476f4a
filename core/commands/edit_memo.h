#pragma once
// Changes a memo's title and body. Consecutive edits of the same memo merge
// into one undo step, and a net no-op drops out of the stack.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class EditMemo : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<EditMemo>> make(Project &project, Id memoId, const QString &title, const QString &body,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    [[nodiscard]] int id() const override;
    [[nodiscard]] bool mergeWith(const QUndoCommand *other) override;
    [[nodiscard]] Id memoId() const { return m_memoId; }

private:
    EditMemo(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_memoId = 0;
    QString m_titleBefore, m_bodyBefore, m_titleAfter, m_bodyAfter;
};

} // namespace gw
