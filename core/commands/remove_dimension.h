#pragma once
// Removes a dimension: its themes become unplaced (never deleted); undo
// brings all of it back. Refused while memos are on it.

#include "core/commands/structure_edit.h"

#include <memory>

namespace gw {

class RemoveDimension : public StructureEdit
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveDimension>> make(Project &project, Id dimensionId,
                                                                       const QString &why = {},
                                                                       QUndoCommand *parent = nullptr);

private:
    RemoveDimension(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    Id m_dimensionId = 0;
};

} // namespace gw
