#pragma once
// Renames a theme or a dimension (audited with the coder's why).

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

// The tiers of the data structure above codes.
enum class Tier { Theme, Dimension };

class RenameTier : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<RenameTier>> make(Project &project, Tier tier, Id id,
                                                                  const QString &name, const QString &why = {},
                                                                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RenameTier(Project &project, QUndoCommand *parent);
    [[nodiscard]] Status rename(const QString &name);

    Project &m_project;
    Tier m_tier = Tier::Theme;
    Id m_id = 0;
    QString m_before, m_after, m_why;
};

} // namespace gw
