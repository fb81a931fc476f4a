#pragma once
// The names replaced in the project's other texts (memos, cases, codes,
// comments) as an undo step, beside the edit of the sources' texts that an
// anonymisation makes (EditSourceTexts; both go in one macro on the stack).
// The fields are written first, outside the stack; the command then only
// redoes and undoes them.

#include "core/analysis/anonymisation.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class AnonymiseFields : public QUndoCommand
{
public:
    // Writes FIELDS now; nothing is returned (or pushed) when that fails.
    [[nodiscard]] static Result<std::unique_ptr<AnonymiseFields>> apply(Project &project, std::vector<AnonymisedField> fields);
    void redo() override;
    void undo() override;

private:
    AnonymiseFields(Project &project, std::vector<AnonymisedField> fields);
    Project &m_project;
    std::vector<AnonymisedField> m_fields;
    bool m_made = true; // the first redo() finds the fields already written
};

} // namespace gw
