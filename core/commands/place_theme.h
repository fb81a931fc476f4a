#pragma once
// Places a theme under a dimension at a position (or takes it out of the data
// structure); a theme sits under one dimension at most. Audited with the why.

#include "core/commands/structure_edit.h"

#include <memory>
#include <optional>

namespace gw {

class PlaceTheme : public StructureEdit
{
public:
    // DIMENSIONID none: unplace. POSITION none: after the dimension's themes.
    [[nodiscard]] static Result<std::unique_ptr<PlaceTheme>> make(Project &project, Id themeId,
                                                                  std::optional<Id> dimensionId,
                                                                  std::optional<int> position = {},
                                                                  const QString &why = {},
                                                                  QUndoCommand *parent = nullptr);

private:
    PlaceTheme(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    Id m_themeId = 0;
    std::optional<Id> m_dimensionId;
    std::optional<int> m_position;
};

} // namespace gw
