#pragma once
// Merges codes into one (focused coding): their segments move to the target,
// identical segments collapse, memos and definitions are kept, and the merged
// codes are archived, never deleted. Undo restores every row exactly.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class MergeCodes : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<MergeCodes>> make(Project &project, const std::vector<Id> &codeIds,
                                                                  Id intoId, const QString &why = {},
                                                                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // What the last redo changed.
    [[nodiscard]] const CodeMerge &merge() const { return m_merge; }

private:
    MergeCodes(Project &project, QUndoCommand *parent);

    Project &m_project;
    std::vector<Id> m_codeIds;
    Id m_intoId = 0;
    QString m_why;
    CodeMerge m_merge;
};

} // namespace gw
