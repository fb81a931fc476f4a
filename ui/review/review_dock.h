#pragma once
// The review panel (View > Review): comment threads on codes, themes,
// dimensions and model links, open ones first (or all), each with its
// comments, author and time; reply, resolve and reopen, each an undoable step
// on the window's stack. "Comment…" on a code tree item opens a thread there
// (openThreadOn). Below, the named snapshots of the data structure: take one
// ("after the May team meeting") and compare two, or one with now
// (SnapshotDiffDialog). Follows the project's signals; does not own it.

#include "core/model/review.h"

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QUndoStack;

namespace gw {

class Project;

class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ReviewDock(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *undo);
    void refresh();

    // Asks for the first comment and opens a thread on TARGET (named NAME).
    bool openThreadOn(const ReviewTarget &target, const QString &name, QString text = {});
    bool reply(const QString &text);
    bool resolveCurrent();
    bool reopenCurrent();
    bool takeSnapshot(const QString &name);

    [[nodiscard]] QTreeWidget *threads() const { return m_threads; }
    [[nodiscard]] QTextBrowser *conversation() const { return m_conversation; }
    [[nodiscard]] QCheckBox *openOnly() const { return m_openOnly; }
    [[nodiscard]] QListWidget *snapshots() const { return m_snapshots; }

Q_SIGNALS:
    // Compare snapshot FROM with TO (empty: now).
    void compareRequested(const QString &from, const QString &to);

private:
    void showCurrent();
    [[nodiscard]] Id currentThread() const;
    bool push(auto made);

    QPointer<Project> m_project;
    QPointer<QUndoStack> m_undo;
    std::vector<ReviewThread> m_list;
    QCheckBox *m_openOnly = nullptr;
    QTreeWidget *m_threads = nullptr;
    QTextBrowser *m_conversation = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_resolve = nullptr;
    QListWidget *m_snapshots = nullptr;
};

} // namespace gw
