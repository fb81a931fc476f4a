#pragma once
// Places a code under a theme at a position (or takes it out of the data
// structure); a code sits under one theme at most. Audited with the why.

#include "core/commands/structure_edit.h"

#include <memory>
#include <optional>

namespace gw {

class PlaceCode : public StructureEdit
{
public:
    // THEMEID none: unplace. POSITION none: after the theme's codes.
    [[nodiscard]] static Result<std::unique_ptr<PlaceCode>> make(Project &project, Id codeId,
                                                                 std::optional<Id> themeId,
                                                                 std::optional<int> position = {},
                                                                 const QString &why = {},
                                                                 QUndoCommand *parent = nullptr);

private:
    PlaceCode(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    Id m_codeId = 0;
    std::optional<Id> m_themeId;
    std::optional<int> m_position;
};

} // namespace gw
