#pragma once
// In vivo coding: creates an open code named by the selected words and
// applies it to them (or applies the existing code of that name); undo removes both.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>

namespace gw {

class Project;

class CodeInVivo : public QUndoCommand
{
public:
    // Validates first, so that a command on the stack can always be done.
    [[nodiscard]] static Result<std::unique_ptr<CodeInVivo>> make(Project &project, Id sourceId, std::int64_t start, std::int64_t end,
                                                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The code name for SELECTED: trimmed, whitespace simplified, at most
    // kMaxNameLength characters, cut at a word boundary.
    [[nodiscard]] static QString nameFor(const QString &selected);
    static constexpr int kMaxNameLength = 60;

    [[nodiscard]] Id segmentId() const { return m_segment.id; }
    [[nodiscard]] Id codeId() const { return m_code.id; }
    [[nodiscard]] bool createsCode() const { return m_createsCode; }

private:
    CodeInVivo(Project &project, QUndoCommand *parent);

    Project &m_project;
    CodeInfo m_code;
    SegmentInfo m_segment;
    bool m_createsCode = true;
};

} // namespace gw
