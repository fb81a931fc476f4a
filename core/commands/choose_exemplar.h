#pragma once
// Chooses a segment of a theme's codes as an exemplar quote of the theme.

#include "core/commands/structure_edit.h"

#include <memory>
#include <optional>

namespace gw {

class ChooseExemplar : public StructureEdit
{
public:
    // POSITION none: after the theme's other exemplars.
    [[nodiscard]] static Result<std::unique_ptr<ChooseExemplar>> make(Project &project, Id themeId, Id segmentId,
                                                                      std::optional<int> position = {},
                                                                      const QString &why = {},
                                                                      QUndoCommand *parent = nullptr);

private:
    ChooseExemplar(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    Id m_themeId = 0, m_segmentId = 0;
    std::optional<int> m_position;
};

} // namespace gw
