#pragma once
// Case edits as undo steps: anything that changes cases, attributes, their
// values, their links to sources or the memos on cases (one cell of the case
// sheet, a case removed, a sheet of attributes imported, a case for each
// speaker of a focus group). The case rows are kept before and after the edit
// (Project::keepCaseTables), so undo and redo put each state back whole.

#include "core/error.h"

#include <QUndoCommand>
#include <functional>
#include <memory>

namespace gw {

class Project;

class EditCases : public QUndoCommand
{
public:
    // Runs EDIT now; nothing is pushed when it fails (the case rows are as before).
    [[nodiscard]] static Result<std::unique_ptr<EditCases>> apply(Project &project, const QString &label,
                                                                  const std::function<Status()> &edit);
    void redo() override;
    void undo() override;

private:
    EditCases(Project &project, const QString &label);
    Project &m_project;
    std::int64_t m_before = 0, m_after = 0;
    bool m_made = true;
};

} // namespace gw
