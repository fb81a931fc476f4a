#pragma once
// Saving a coding query by name, and removing one, as undo steps. Undoing a
// save takes the new query out or gives back the one it replaced, exactly as
// it was; undoing a removal puts the query back with its id, GUID and times,
// so a matrix row that named it works again. Each announces
// Project::savedQueriesChanged.

#include "core/analysis/saved_queries.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace gw {

class SaveQuery : public QUndoCommand
{
public:
    // Refuses a query without a name or expression, and a read-only project,
    // before the stack. A query of the same name is replaced.
    [[nodiscard]] static Result<std::unique_ptr<SaveQuery>> make(Project &project, SavedQuery query,
                                                                 QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SaveQuery(Project &project, QUndoCommand *parent);
    Project &m_project;
    SavedQuery m_query;                  // as asked for, then as first saved
    std::optional<SavedQuery> m_replaced; // the query of that name before
    bool m_saved = false;
};

class RemoveSavedQuery : public QUndoCommand
{
public:
    // Refuses a name no saved query has (with the closest names).
    [[nodiscard]] static Result<std::unique_ptr<RemoveSavedQuery>> make(Project &project, const QString &name,
                                                                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RemoveSavedQuery(Project &project, QUndoCommand *parent);
    Project &m_project;
    SavedQuery m_query;
};

} // namespace gw
