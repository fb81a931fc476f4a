#pragma once
// Moves an aggregate dimension to another position among the dimensions.

#include "core/commands/structure_edit.h"

#include <memory>

namespace gw {

class MoveDimension : public StructureEdit
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<MoveDimension>> make(Project &project, Id dimensionId, int position,
                                                                     const QString &why = {},
                                                                     QUndoCommand *parent = nullptr);

private:
    MoveDimension(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    Id m_dimensionId = 0;
    int m_position = 0;
};

} // namespace gw
