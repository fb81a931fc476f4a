#pragma once
// The base of the undoable edits of the data structure (themes, dimensions,
// placements, exemplars): the first redo does the edit through the Project
// API; undo and later redos put back the rows that differ between the
// structure before and after it (Project::changeStructureRows), so ids, guids
// and positions come back exactly. Each step writes an audit entry
// (ACTION, ACTION.undo, ACTION.redo) with the coder's WHY.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>

namespace gw {

class Project;

class StructureEdit : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

protected:
    StructureEdit(Project &project, QString action, QString why, QUndoCommand *parent);
    // The edit itself, done by the first redo.
    [[nodiscard]] virtual Status apply() = 0;

    Project &m_project;
    QString m_why;

private:
    QString m_action;
    StructureRows m_before, m_after;
    bool m_done = false;
};

} // namespace gw
