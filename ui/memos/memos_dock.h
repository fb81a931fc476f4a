#pragma once
// The memos dock: every memo of the project, newest first, filtered by a search
// box, beside the editor of the selected one. New memos go on the project or on
// what the window offers (the shown source, the selected code); Delete removes
// the selected memo. Every change goes through the undo stack. Does not own the
// project or the stack.

#include "core/model/types.h"

#include <QDockWidget>
#include <QPointer>
#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace gw {

class MemoEditor;
class Project;

struct MemoTarget
{
    QString kind; // project, source, segment, code, theme, dimension
    std::optional<Id> id;
    QString label; // e.g. "Source: P01"
};

class MemosDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit MemosDock(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *stack);
    // What "New Memo" offers besides the project, asked each time its menu opens.
    void setTargetsProvider(std::function<QList<MemoTarget>()> provider) { m_targets = std::move(provider); }

    // Adds an empty memo on TARGET (undoable), selects it and puts the cursor in its title.
    [[nodiscard]] Id newMemo(const MemoTarget &target);
    void deleteSelected();
    void selectMemo(Id id);
    [[nodiscard]] Id selectedMemo() const;
    // The label of a memo's target, e.g. "Code: Planning pilot site visits".
    [[nodiscard]] QString targetLabel(const MemoInfo &memo) const;

    [[nodiscard]] MemoEditor *editor() const { return m_editor; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }

private:
    void refresh();
    void fillNewMenu();

    QPointer<Project> m_project;
    QPointer<QUndoStack> m_stack;
    std::function<QList<MemoTarget>()> m_targets;
    QLineEdit *m_search = nullptr;
    QToolButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QListWidget *m_list = nullptr;
    MemoEditor *m_editor = nullptr;
};

} // namespace gw
