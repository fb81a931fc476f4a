#pragma once
// Creates an aggregate dimension, after the others (audited).

#include "core/commands/structure_edit.h"

#include <memory>

namespace gw {

class CreateDimension : public StructureEdit
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<CreateDimension>> make(Project &project, const QString &name,
                                                                       const QString &definition = {},
                                                                       const QString &why = {},
                                                                       QUndoCommand *parent = nullptr);

    // The new dimension, once done.
    [[nodiscard]] Id dimensionId() const { return m_dimensionId; }

private:
    CreateDimension(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    QString m_name, m_definition;
    Id m_dimensionId = 0;
};

} // namespace gw
