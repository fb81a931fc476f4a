#pragma once
// The codebook view: every active code as a row (definition, stage, theme and
// dimension, segment and source counts, first and last use, an exemplar),
// sortable by any column and filtered by a search box over all of them.
// Definitions are edited in place (double-click; Tab or clicking elsewhere
// keeps the edit; undoable). "Export…" writes the rows shown as CSV or
// Markdown. Does not own the project or the stack.

#include "core/error.h"
#include "core/model/types.h"

#include <QDockWidget>
#include <QPointer>
#include <QUndoStack>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace gw {

class CodebookModel;
class Project;

class CodebookView : public QDockWidget
{
    Q_OBJECT

public:
    explicit CodebookView(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *stack);
    // Writes the rows shown, in the order shown, to PATH (.csv or .md).
    [[nodiscard]] Status exportTo(const QString &path);
    // Asks where, then exports; tells the user how it went.
    void exportInteractively();

    [[nodiscard]] CodebookModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *shownModel() const { return m_proxy; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void codeActivated(gw::Id codeId);
    // An export went well: the message is for the status bar.
    void exported(const QString &message);

private:
    void refreshCount();

    QPointer<Project> m_project;
    QPointer<QUndoStack> m_stack;
    CodebookModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace gw
