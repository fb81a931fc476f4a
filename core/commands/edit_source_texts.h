#pragma once
// An edit of sources' texts as one undo step: a transcription error fixed
// (`source edit`, the document's Edit Text), or names replaced by placeholders
// across every source (anonymisation). The edit is made first, outside the
// stack, because it can be long and can be refused (a segment it would leave
// without text); the command then only redoes and undoes it.

#include "core/error.h"
#include "core/model/types.h"

#include <QJsonObject>
#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class EditSourceTexts : public QUndoCommand
{
public:
    // Makes EDITS now; LABEL names the step in the Edit menu; ACTION is its
    // audit log entry (with DETAILS, never the words).
    [[nodiscard]] static Result<std::unique_ptr<EditSourceTexts>> apply(Project &project, std::vector<SourceTextEdit> edits,
                                                                        const QString &label, const QString &action,
                                                                        const QJsonObject &details = {},
                                                                        const std::function<bool(int, int)> &progress = {});
    // For EDITS already made (on a worker connection) with the result CHANGE.
    [[nodiscard]] static std::unique_ptr<EditSourceTexts> made(Project &project, std::vector<SourceTextEdit> edits,
                                                               SourceTextChange change, const QString &label,
                                                               const QString &action, const QJsonObject &details = {});
    [[nodiscard]] const SourceTextChange &change() const { return m_change; }
    void redo() override;
    void undo() override;

private:
    EditSourceTexts(Project &project, std::vector<SourceTextEdit> edits, SourceTextChange change, const QString &label,
                    const QString &action, const QJsonObject &details);
    Project &m_project;
    std::vector<SourceTextEdit> m_edits;
    SourceTextChange m_change;
    QString m_action;
    QJsonObject m_details;
    bool m_made = true; // the first redo() finds the edit already made
};

} // namespace gw
