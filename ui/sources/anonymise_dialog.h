#pragma once
// Edit > Anonymise…: the names to replace (typed, loaded from the list the
// researcher keeps, or marked in the document), a preview of every
// replacement (each can be left out) with the placeholders the texts already
// hold, and where to write the mapping, apart from the project. Finding and
// replacing run off the GUI thread with a bar and Cancel; the replacement is
// one undo step.

#include "core/analysis/anonymisation.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QUndoStack;

namespace gw {

class AnalysisRunner;
class Project;

class AnonymiseDialog : public QDialog
{
    Q_OBJECT

public:
    AnonymiseDialog(Project &project, QUndoStack *stack, QWidget *parent = nullptr);

    // Adds NAME (with no placeholder yet) unless it is listed already.
    void addName(const QString &name, const QString &placeholder = {});
    [[nodiscard]] std::vector<AnonymousName> names() const;
    void setMapping(const QString &path);
    [[nodiscard]] Status loadNames(const QString &path);

    // Finds every occurrence (on a worker; waits when WAIT, for tests and scripts).
    void find(bool wait = false);
    [[nodiscard]] const std::optional<AnonymisationPlan> &plan() const { return m_plan; }
    // Replaces what the preview has checked, writing the mapping first.
    [[nodiscard]] Status anonymise(bool wait = false);
    [[nodiscard]] QTreeWidget *preview() const { return m_preview; }

Q_SIGNALS:
    // The names were replaced (the step is on the undo stack).
    void anonymised(int replacements);

private:
    void showPlan();
    // FORMAT is the progress bar's text while busy ("… %v of %m sources").
    void setBusy(bool busy, const QString &format);
    void updateButtons();
    void saveNames();

    Project &m_project;
    QUndoStack *m_stack = nullptr;
    AnalysisRunner *m_runner = nullptr;
    std::optional<AnonymisationPlan> m_plan;
    std::map<Id, QString> m_sourceNames;
    QTableWidget *m_names = nullptr;
    QCheckBox *m_ignoreCase = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_mapping = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
    Status m_lastStatus;
};

} // namespace gw
