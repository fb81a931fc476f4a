#pragma once
// Creates a second-order theme, optionally under a dimension (audited).

#include "core/commands/structure_edit.h"

#include <memory>
#include <optional>

namespace gw {

class CreateTheme : public StructureEdit
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<CreateTheme>> make(Project &project, const QString &name,
                                                                   const QString &definition = {},
                                                                   std::optional<Id> dimensionId = {},
                                                                   const QString &why = {},
                                                                   QUndoCommand *parent = nullptr);

    // The new theme, once done.
    [[nodiscard]] Id themeId() const { return m_themeId; }

private:
    CreateTheme(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    QString m_name, m_definition;
    std::optional<Id> m_dimensionId;
    Id m_themeId = 0;
};

} // namespace gw
