#pragma once
// Resolves a disagreement between two coders (see core/analysis/disagreements.h)
// as one undoable, audited step: redo writes the resolution's segments, undo
// puts every segment back with its id, guid, coder and the time it was coded.

#include "core/analysis/disagreements.h"

#include <QUndoCommand>
#include <map>
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
    // Replaces FROM with TO in one transaction, giving each segment put back the
    // creation time it had (a segment's "created" is when it was coded, not
    // when an undo restored it).
    [[nodiscard]] Result<std::vector<SegmentInfo>> replace(const std::vector<SegmentInfo> &from,
                                                           const std::vector<SegmentInfo> &to, const QString &action);
    // Remembers the creation time of SEGMENTS by guid.
    void remember(const std::vector<SegmentInfo> &segments);

    Project &m_project;
    ResolutionEdit m_edit; // add holds the ids and guids given on the first redo
    QString m_why;
    std::map<QString, QString> m_created; // guid -> created
};

} // namespace gw
