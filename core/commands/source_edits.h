#pragma once
// The edits of sources as undo steps: rename, change kind, remove (with
// everything that hangs on them; undo puts every row back). Each validates in
// make(), so that a command on the stack can always be done.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class RenameSource : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<RenameSource>> make(Project &project, Id sourceId, const QString &name,
                                                                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RenameSource(Project &project, QUndoCommand *parent);
    Project &m_project;
    Id m_sourceId = 0;
    QString m_before, m_after;
};

class SetSourceKind : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<SetSourceKind>> make(Project &project, Id sourceId, SourceKind kind,
                                                                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SetSourceKind(Project &project, QUndoCommand *parent);
    Project &m_project;
    Id m_sourceId = 0;
    SourceKind m_before = SourceKind::Document, m_after = SourceKind::Document;
};

class RemoveSources : public QUndoCommand
{
public:
    [[nodiscard]] static Result<std::unique_ptr<RemoveSources>> make(Project &project, const std::vector<Id> &sourceIds,
                                                                     QUndoCommand *parent = nullptr);
    // What the removal takes (counted in make(), for a confirmation).
    [[nodiscard]] const SourceRemoval &removal() const { return m_removal; }
    void redo() override;
    void undo() override;

private:
    RemoveSources(Project &project, QUndoCommand *parent);
    Project &m_project;
    SourceRemoval m_removal;
};

// Sources an import brought in, as one undo step however many there are:
// undo removes them with whatever has come to hang on them since (as
// RemoveSources does, every row kept aside), redo puts them back.
class ImportedSources : public QUndoCommand
{
public:
    [[nodiscard]] static std::unique_ptr<ImportedSources> made(Project &project, std::vector<Id> sourceIds,
                                                               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ImportedSources(Project &project, QUndoCommand *parent);
    Project &m_project;
    std::vector<Id> m_ids;
    SourceRemoval m_removal;
    bool m_made = true;
};

} // namespace gw
