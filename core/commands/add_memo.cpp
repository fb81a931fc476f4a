#include "core/commands/add_memo.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QStringList>

namespace gw {

AddMemo::AddMemo(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<AddMemo>> AddMemo::make(Project &project, const QString &targetKind,
                                               std::optional<Id> targetId, const QString &title,
                                               const QString &body, QUndoCommand *parent)
{
    static const QStringList kinds{QStringLiteral("project"), QStringLiteral("source"),
                                   QStringLiteral("segment"), QStringLiteral("code"),
                                   QStringLiteral("theme"),   QStringLiteral("dimension"),
                                   QStringLiteral("case")};
    if (!kinds.contains(targetKind))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::add_memo", "A memo cannot be attached to a \"%1\".").arg(targetKind));
    if ((targetKind == QStringLiteral("project")) != !targetId.has_value())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::add_memo", "A memo on the project has no target; any other memo needs one."));
    if (targetKind == QStringLiteral("source") && !project.source(*targetId))
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::add_memo", "No source with id %1.").arg(*targetId));
    if (targetKind == QStringLiteral("code") && !project.code(*targetId))
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::add_memo", "No code with id %1.").arg(*targetId));
    if (targetKind == QStringLiteral("segment") && !project.segment(*targetId))
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::add_memo", "No segment with id %1.").arg(*targetId));
    std::unique_ptr<AddMemo> command(new AddMemo(project, parent));
    command->m_memo.targetKind = targetKind;
    command->m_memo.targetId = targetId;
    command->m_memo.title = title;
    command->m_memo.body = body;
    command->setText(title.trimmed().isEmpty() ? QCoreApplication::translate("gw::add_memo", "Add memo")
                                               : QCoreApplication::translate("gw::add_memo", "Add memo %1").arg(commands::quoted(title.trimmed())));
    return command;
}

void AddMemo::redo()
{
    auto id = m_memo.id != 0 ? m_project.restoreMemo(m_memo)
                             : m_project.addMemo(m_memo.targetKind, m_memo.targetId, m_memo.title, m_memo.body);
    if (!id) {
        commands::giveUp(*this, "AddMemo", id.error());
        return;
    }
    if (auto made = m_project.memo(*id))
        m_memo = *made;
    else
        m_memo.id = *id;
}

void AddMemo::undo()
{
    if (auto now = m_project.memo(m_memo.id))
        m_memo = *now; // later edits were undone first; keep what is there
    if (auto ok = m_project.removeMemo(m_memo.id); !ok)
        commands::giveUp(*this, "AddMemo", ok.error());
}

} // namespace gw
