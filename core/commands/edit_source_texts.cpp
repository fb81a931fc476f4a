#include "core/commands/edit_source_texts.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

namespace gw {

EditSourceTexts::EditSourceTexts(Project &project, std::vector<SourceTextEdit> edits, SourceTextChange change,
                                 const QString &label, const QString &action, const QJsonObject &details)
    : m_project(project), m_edits(std::move(edits)), m_change(std::move(change)), m_action(action), m_details(details)
{
    setText(label);
}

Result<std::unique_ptr<EditSourceTexts>> EditSourceTexts::apply(Project &project, std::vector<SourceTextEdit> edits,
                                                                const QString &label, const QString &action,
                                                                const QJsonObject &details,
                                                                const std::function<bool(int, int)> &progress)
{
    auto change = project.editSourceTexts(edits, action, details, progress);
    if (!change)
        return std::unexpected(change.error());
    return made(project, std::move(edits), std::move(*change), label, action, details);
}

std::unique_ptr<EditSourceTexts> EditSourceTexts::made(Project &project, std::vector<SourceTextEdit> edits,
                                                       SourceTextChange change, const QString &label,
                                                       const QString &action, const QJsonObject &details)
{
    return std::unique_ptr<EditSourceTexts>(
        new EditSourceTexts(project, std::move(edits), std::move(change), label, action, details));
}

void EditSourceTexts::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    auto change = m_project.editSourceTexts(m_edits, m_action, m_details);
    if (!change)
        return commands::giveUp(*this, "EditSourceTexts", change.error());
    m_change = std::move(*change);
}

void EditSourceTexts::undo()
{
    if (auto ok = m_project.restoreSourceTexts(m_change, m_action + QStringLiteral(".undo")); !ok)
        commands::giveUp(*this, "EditSourceTexts", ok.error());
}

} // namespace gw
