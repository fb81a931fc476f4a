#pragma once
// Removes a segment from a theme's exemplar quotes (the segment stays).

#include "core/commands/structure_edit.h"

#include <memory>

namespace gw {

class RemoveExemplar : public StructureEdit
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RemoveExemplar>> make(Project &project, Id themeId, Id segmentId,
                                                                      const QString &why = {},
                                                                      QUndoCommand *parent = nullptr);

private:
    RemoveExemplar(Project &project, const QString &why, QUndoCommand *parent);
    Status apply() override;

    Id m_themeId = 0, m_segmentId = 0;
};

} // namespace gw
