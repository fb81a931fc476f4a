#pragma once
// Changes an influence's memo. Consecutive edits of the same memo merge into
// one undo step, and a net no-op drops out of the stack.

#include "core/error.h"
#include "core/model/model_types.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class Project;

class SetInfluenceMemo : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<SetInfluenceMemo>>
    make(Project &project, Id influenceId, const QString &memo, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    [[nodiscard]] int id() const override;
    [[nodiscard]] bool mergeWith(const QUndoCommand *other) override;

private:
    SetInfluenceMemo(Project &project, QUndoCommand *parent);

    Project &m_project;
    Id m_influenceId = 0;
    QString m_before, m_after;
};

} // namespace gw
