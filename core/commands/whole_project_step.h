#pragma once
// An edit over every table at once (a REFI-QDA project merged into this one)
// as one undo step: the whole project is copied aside before and after it
// (SQLite's backup API, into a folder that lives as long as the step), and
// undo or redo makes the project that copy again. Sound because the stack
// undoes every later step first, so the project is as the edit left it.

#include "core/error.h"

#include <QTemporaryDir>
#include <QUndoCommand>
#include <functional>
#include <memory>

namespace gw {

class Project;

class WholeProjectStep : public QUndoCommand
{
public:
    // Runs EDIT between the two copies; nothing is pushed when it fails.
    [[nodiscard]] static Result<std::unique_ptr<WholeProjectStep>> apply(Project &project, const QString &label,
                                                                         const std::function<Status()> &edit);
    void redo() override;
    void undo() override;

private:
    WholeProjectStep(Project &project, const QString &label);
    Project &m_project;
    QTemporaryDir m_dir;
    bool m_made = true;
};

} // namespace gw
