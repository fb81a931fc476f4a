#pragma once
// Adds a reply to a comment thread. Undo removes it; redo puts it back.

#include "core/error.h"
#include "core/model/review.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class ReplyToThread : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<ReplyToThread>> make(Project &project, Id threadId,
                                                                     const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] Id commentId() const { return m_comment.id; }

private:
    ReplyToThread(Project &project, QUndoCommand *parent);
    Project &m_project;
    Id m_threadId = 0;
    QString m_text;
    ReviewComment m_comment;
};

} // namespace gw
