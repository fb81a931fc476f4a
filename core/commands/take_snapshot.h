#pragma once
// Takes a named snapshot of the data structure ("after the May team
// meeting"). Undo takes it back out; redo puts the same snapshot back, so a
// diff against it reads as it did.

#include "core/error.h"
#include "core/model/review.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class TakeSnapshot : public QUndoCommand
{
public:
    // Refuses an empty name or one a snapshot has already, before the stack.
    [[nodiscard]] static Result<std::unique_ptr<TakeSnapshot>> make(Project &project, const QString &name,
                                                                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // The snapshot's id once taken.
    [[nodiscard]] Id snapshotId() const { return m_record.id; }

private:
    TakeSnapshot(Project &project, QUndoCommand *parent);
    Project &m_project;
    QString m_name;
    SnapshotRecord m_record; // as first taken, for a redo
};

} // namespace gw
