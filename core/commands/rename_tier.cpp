#include "core/commands/rename_tier.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RenameTier::RenameTier(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<RenameTier>> RenameTier::make(Project &project, Tier tier, Id id, const QString &name,
                                                     const QString &why, QUndoCommand *parent)
{
    const bool theme = tier == Tier::Theme;
    const QString word = theme ? QStringLiteral("theme") : QStringLiteral("dimension");
    QString before;
    if (theme) {
        auto t = project.theme(id);
        if (!t)
            return std::unexpected(t.error());
        before = t->name;
    } else {
        auto d = project.dimension(id);
        if (!d)
            return std::unexpected(d.error());
        before = d->name;
    }
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::rename_tier", "A %1 needs a name.").arg(word));
    if (simplified == before)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::rename_tier", "The %1 is already named \"%2\".").arg(word, simplified));
    const bool taken = theme ? project.themeByName(simplified).has_value()
                             : project.dimensionByName(simplified).has_value();
    if (taken)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::rename_tier", "A %1 named \"%2\" already exists.").arg(word, simplified));
    std::unique_ptr<RenameTier> command(new RenameTier(project, parent));
    command->m_tier = tier;
    command->m_id = id;
    command->m_before = before;
    command->m_after = simplified;
    command->m_why = why;
    command->setText(QCoreApplication::translate("gw::rename_tier", "Rename %1 %2 to %3").arg(word, commands::quoted(before), commands::quoted(simplified)));
    return command;
}

Status RenameTier::rename(const QString &name)
{
    return m_tier == Tier::Theme ? m_project.renameTheme(m_id, name, m_why)
                                 : m_project.renameDimension(m_id, name, m_why);
}

void RenameTier::redo()
{
    if (auto ok = rename(m_after); !ok)
        commands::giveUp(*this, "RenameTier", ok.error());
}

void RenameTier::undo()
{
    if (auto ok = rename(m_before); !ok)
        commands::giveUp(*this, "RenameTier", ok.error());
}

} // namespace gw
