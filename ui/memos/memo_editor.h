#pragma once
// Edits one memo: its title, its Markdown text (highlighted with
// KSyntaxHighlighting's Markdown definition) and, for memos on themes and codes,
// whether it records disconfirming evidence. Saved as you type: a pause of
// kSaveDelayMs (or showing another memo) pushes an EditMemo command, and
// consecutive edits merge into one undo step. Does not own the project or stack.

#include "core/model/types.h"

#include <KSyntaxHighlighting/Repository>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QUndoStack;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace gw {

class Project;

class MemoEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 400;

    explicit MemoEditor(QWidget *parent = nullptr);
    ~MemoEditor() override;

    void setProject(Project *project, QUndoStack *stack);
    // Shows memo ID (0: none), saving the shown one first. TARGET names what it is on.
    void showMemo(Id id, const QString &target = {});
    [[nodiscard]] Id memoId() const { return m_memoId; }
    // Saves pending typing now.
    void save();
    // Re-reads the shown memo from the store unless typing is pending (after undo).
    void reload();

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }
    [[nodiscard]] QCheckBox *disconfirmingBox() const { return m_disconfirming; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void edited();
    void setDisconfirming(bool on);
    void followPalette();

    QPointer<Project> m_project;
    QPointer<QUndoStack> m_stack;
    Id m_memoId = 0;
    QLabel *m_target = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_disconfirming = nullptr;
    QTimer *m_saveTimer = nullptr;
    bool m_loading = false;
    bool m_dirty = false; // typed since the last save
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace gw
