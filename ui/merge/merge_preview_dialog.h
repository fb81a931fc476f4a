#pragma once
// File > Merge a Coder's Copy…: what merging the other file will do, before
// anything is written. The counts (from a dry run with the current choices:
// sources, codes, themes, dimensions, memos and segments added, what is
// already here), the items matched only by name, each to confirm (merge into
// ours) or refuse (add as a new item), and every field that differs between
// the two copies, each with its choice: keep ours or take theirs (conflicts
// default to ours, changes made only in their copy to theirs). Accepting hands
// back the plan with the choices made; the window merges it as one undo step.

#include "core/merge/merge_plan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gw {

class Project;

class MergePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    MergePreviewDialog(Project &project, MergePlan plan, QWidget *parent = nullptr);

    // The plan with the choices as the dialog shows them.
    [[nodiscard]] const MergePlan &plan() const { return m_plan; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QTableWidget *nameMatches() const { return m_names; }
    [[nodiscard]] QTableWidget *differences() const { return m_differences; }
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }
    // Sets difference ROW (as listed) to take theirs or keep ours; the
    // counts follow a moment later, once for several choices.
    void setTakeTheirs(int row, bool theirs);
    // Confirms or refuses name match ROW (as listed).
    void setAccepted(int row, bool accepted);

private:
    void fillNames();
    void fillDifferences();
    // Recounts with a dry run of the plan as chosen.
    void recount();
    void showChoice(int row, bool theirs);

    Project &m_project;
    MergePlan m_plan;
    std::vector<std::size_t> m_nameItems;       // row -> index into m_plan.items
    std::vector<std::size_t> m_differenceRows;  // row -> index into m_plan.differences
    QLabel *m_summary = nullptr;
    QTableWidget *m_names = nullptr;
    QTableWidget *m_differences = nullptr;
    QPushButton *m_merge = nullptr;
    QTimer *m_recount = nullptr;
    bool m_filling = false;
};

} // namespace gw
