#pragma once
// Merges a teammate's copy of the project into this one as one undo step:
// redo applies the plan with the user's choices (merge_apply.h), undo takes
// out exactly the rows it wrote and puts back the values a choice changed.

#include "core/error.h"
#include "core/merge/merge_apply.h"
#include "core/merge/merge_plan.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class MergeProject : public QUndoCommand
{
public:
    // PLAN with the user's choices made; it is kept, so redo needs no file.
    [[nodiscard]] static Result<std::unique_ptr<MergeProject>> make(Project &project, MergePlan plan,
                                                                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // What the last redo did (empty before the first).
    [[nodiscard]] const MergeReport &report() const { return m_outcome.report; }
    // Whether the last redo or undo failed (the stack then drops the command).
    [[nodiscard]] const std::optional<Error> &failure() const { return m_failure; }

private:
    MergeProject(Project &project, MergePlan plan, QUndoCommand *parent);

    Project &m_project;
    MergePlan m_plan;
    MergeOutcome m_outcome;
    std::optional<Error> m_failure;
};

} // namespace gw
