#pragma once
// Opens a comment thread on a code, theme, dimension or model link, with its
// first comment. Undo removes the thread; redo puts it back as it was.

#include "core/error.h"
#include "core/model/review.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class OpenThread : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<OpenThread>> make(Project &project, const ReviewTarget &target,
                                                                  const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // The thread's id once done.
    [[nodiscard]] Id threadId() const { return m_thread.id; }

private:
    OpenThread(Project &project, QUndoCommand *parent);
    Project &m_project;
    ReviewTarget m_target;
    QString m_text;
    ReviewThread m_thread; // as first opened, for a redo
};

} // namespace gw
