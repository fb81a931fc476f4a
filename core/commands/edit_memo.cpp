#include "core/commands/edit_memo.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

namespace {
constexpr int kEditMemoId = 0x4d454d4f; // "MEMO": merges only with its own kind
}

EditMemo::EditMemo(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<EditMemo>> EditMemo::make(Project &project, Id memoId, const QString &title,
                                                 const QString &body, QUndoCommand *parent)
{
    auto memo = project.memo(memoId);
    if (!memo)
        return std::unexpected(memo.error());
    if (memo->title == title && memo->body == body)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::edit_memo", "The memo already says that."));
    std::unique_ptr<EditMemo> command(new EditMemo(project, parent));
    command->m_memoId = memoId;
    command->m_titleBefore = memo->title;
    command->m_bodyBefore = memo->body;
    command->m_titleAfter = title;
    command->m_bodyAfter = body;
    command->setText(QCoreApplication::translate("gw::edit_memo", "Edit memo"));
    return command;
}

int EditMemo::id() const
{
    return kEditMemoId;
}

bool EditMemo::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditMemo *>(other);
    if (!edit || edit->m_memoId != m_memoId || &edit->m_project != &m_project)
        return false;
    m_titleAfter = edit->m_titleAfter;
    m_bodyAfter = edit->m_bodyAfter;
    setObsolete(m_titleAfter == m_titleBefore && m_bodyAfter == m_bodyBefore);
    return true;
}

void EditMemo::redo()
{
    if (auto ok = m_project.setMemoText(m_memoId, m_titleAfter, m_bodyAfter); !ok)
        commands::giveUp(*this, "EditMemo", ok.error());
}

void EditMemo::undo()
{
    if (auto ok = m_project.setMemoText(m_memoId, m_titleBefore, m_bodyBefore); !ok)
        commands::giveUp(*this, "EditMemo", ok.error());
}

} // namespace gw
