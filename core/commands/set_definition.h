#pragma once
// Sets the definition of a code, a theme or a dimension, as a codebook and
// Table 1 print it (audited with the coder's why).

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class SetDefinition : public QUndoCommand
{
public:
    enum class Of { Code, Theme, Dimension };

    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<SetDefinition>> make(Project &project, Of of, Id id,
                                                                     const QString &definition,
                                                                     const QString &why = {},
                                                                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SetDefinition(Project &project, QUndoCommand *parent);
    [[nodiscard]] Status set(const QString &definition);

    Project &m_project;
    Of m_of = Of::Code;
    Id m_id = 0;
    QString m_before, m_after, m_why;
};

} // namespace gw
