#pragma once
// Resolves a disagreement between two coders (see core/analysis/disagreements.h)
// as one undoable, audited step: redo writes the resolution's segments, undo
// puts every segment back with its id, guid and coder.

#include "core/analysis/disagreements.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class ResolveDisagreement : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<ResolveDisagreement>>
    make(Project &project, const Disagreement &disagreement, const QString &first, const QString &second,
         Resolution resolution, const QString &why = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ResolveDisagreement(Project &project, QUndoCommand *parent);

    Project &m_project;
    ResolutionEdit m_edit; // add holds the ids and guids given on the first redo
    QString m_why;
};

} // namespace gw
