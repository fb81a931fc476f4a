#include "core/model/display_names.h"
#include "core/commands/source_edits.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RenameSource::RenameSource(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RenameSource>> RenameSource::make(Project &project, Id sourceId, const QString &name,
                                                         QUndoCommand *parent)
{
    auto s = project.source(sourceId);
    if (!s)
        return std::unexpected(s.error());
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::source_edits", "A source needs a name."));
    if (simplified == s->name)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::source_edits", "The source is already named \"%1\".").arg(simplified));
    if (project.hasSourceNamed(simplified))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::source_edits", "A source named \"%1\" already exists.").arg(simplified));
    std::unique_ptr<RenameSource> command(new RenameSource(project, parent));
    command->m_sourceId = sourceId;
    command->m_before = s->name;
    command->m_after = simplified;
    command->setText(QCoreApplication::translate("gw::source_edits", "Rename source %1 to %2").arg(commands::quoted(s->name), commands::quoted(simplified)));
    return command;
}

void RenameSource::redo()
{
    if (auto ok = m_project.renameSource(m_sourceId, m_after); !ok)
        commands::giveUp(*this, "RenameSource", ok.error());
}

void RenameSource::undo()
{
    if (auto ok = m_project.renameSource(m_sourceId, m_before); !ok)
        commands::giveUp(*this, "RenameSource", ok.error());
}

SetSourceKind::SetSourceKind(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<SetSourceKind>> SetSourceKind::make(Project &project, Id sourceId, SourceKind kind,
                                                           QUndoCommand *parent)
{
    auto s = project.source(sourceId);
    if (!s)
        return std::unexpected(s.error());
    if (s->kind == kind)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::source_edits", "The source \"%1\" is already of kind %2.").arg(s->name, displayName(kind)));
    std::unique_ptr<SetSourceKind> command(new SetSourceKind(project, parent));
    command->m_sourceId = sourceId;
    command->m_before = s->kind;
    command->m_after = kind;
    command->setText(QCoreApplication::translate("gw::source_edits", "Make source %1 %2").arg(commands::quoted(s->name), displayName(kind)));
    return command;
}

void SetSourceKind::redo()
{
    if (auto ok = m_project.setSourceKind(m_sourceId, m_after); !ok)
        commands::giveUp(*this, "SetSourceKind", ok.error());
}

void SetSourceKind::undo()
{
    if (auto ok = m_project.setSourceKind(m_sourceId, m_before); !ok)
        commands::giveUp(*this, "SetSourceKind", ok.error());
}

RemoveSources::RemoveSources(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RemoveSources>> RemoveSources::make(Project &project, const std::vector<Id> &sourceIds,
                                                           QUndoCommand *parent)
{
    if (sourceIds.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::source_edits", "Choose the sources to remove."));
    auto counted = project.removalOf(sourceIds);
    if (!counted)
        return std::unexpected(counted.error());
    std::unique_ptr<RemoveSources> command(new RemoveSources(project, parent));
    command->m_removal = *counted;
    if (sourceIds.size() == 1) {
        auto s = project.source(sourceIds.front());
        command->setText(QCoreApplication::translate("gw::source_edits", "Remove source %1").arg(commands::quoted(s ? s->name : QString())));
    } else {
        command->setText(QCoreApplication::translate("gw::source_edits", "Remove %1 sources").arg(sourceIds.size()));
    }
    return command;
}

void RemoveSources::redo()
{
    auto removed = m_project.removeSources(m_removal.sourceIds);
    if (!removed)
        return commands::giveUp(*this, "RemoveSources", removed.error());
    m_removal = *removed; // its token, to put back
}

void RemoveSources::undo()
{
    if (auto ok = m_project.restoreSources(m_removal); !ok)
        commands::giveUp(*this, "RemoveSources", ok.error());
}

ImportedSources::ImportedSources(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

std::unique_ptr<ImportedSources> ImportedSources::made(Project &project, std::vector<Id> sourceIds, QUndoCommand *parent)
{
    std::unique_ptr<ImportedSources> command(new ImportedSources(project, parent));
    command->setText(sourceIds.size() == 1 ? QCoreApplication::translate("gw::source_edits", "Import 1 source")
                                           : QCoreApplication::translate("gw::source_edits", "Import %1 sources").arg(sourceIds.size()));
    command->m_ids = std::move(sourceIds);
    return command;
}

void ImportedSources::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    if (auto ok = m_project.restoreSources(m_removal, QStringLiteral("redo import")); !ok)
        commands::giveUp(*this, "ImportedSources", ok.error());
}

void ImportedSources::undo()
{
    auto removal = m_project.removeSources(m_ids, QStringLiteral("undo import"));
    if (!removal)
        return commands::giveUp(*this, "ImportedSources", removal.error());
    m_removal = std::move(*removal);
}

} // namespace gw
