#include "core/commands/remove_theme.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

RemoveTheme::RemoveTheme(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("theme.remove"), why, parent)
{
}

Result<std::unique_ptr<RemoveTheme>> RemoveTheme::make(Project &project, Id themeId, const QString &why,
                                                       QUndoCommand *parent)
{
    auto t = project.theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    auto memos = project.memosOf(QStringLiteral("theme"), themeId);
    if (!memos)
        return std::unexpected(memos.error());
    if (!memos->empty())
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::remove_theme", "The theme \"%1\" has %2 memo(s); move or remove them "
                                                        "before removing the theme.")
                                             .arg(t->name)
                                             .arg(memos->size()));
    auto codes = project.codesOfTheme(themeId);
    if (!codes)
        return std::unexpected(codes.error());
    std::unique_ptr<RemoveTheme> command(new RemoveTheme(project, why, parent));
    command->m_themeId = themeId;
    command->setText(codes->empty() ? QCoreApplication::translate("gw::remove_theme", "Remove theme %1").arg(commands::quoted(t->name))
                                    : QCoreApplication::translate("gw::remove_theme", "Remove theme %1 (its %2 codes become unplaced)")
                                          .arg(commands::quoted(t->name))
                                          .arg(codes->size()));
    return command;
}

Status RemoveTheme::apply()
{
    return m_project.removeTheme(m_themeId, m_why);
}

} // namespace gw
