#pragma once
// Removes a theme: its codes become unplaced (never deleted) and its exemplar
// choices go; undo brings all of it back. Refused while memos are on it.

#include "core/commands/structure_edit.h"

#include <memory>

namespace gw {

class RemoveTheme : public StructureEdit
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveTheme>> make(Project &project, Id themeId,
                                                                   const QString &why = {},
                                                                   QUndoCommand *parent = nullptr);

private:
    RemoveTheme(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    Id m_themeId = 0;
};

} // namespace gw
