#pragma once
// An influence's evidence and memo (double-click on an arrow): the segments
// that support it and those that speak against it, each with its source and
// text; the passages where the two elements' segments occur together, offered
// as evidence to add (for or against); and the memo. Every change is one
// command on the window's undo stack.

#include "core/model/model_types.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QUndoStack;

namespace gw {

class Project;

class InfluenceDialog : public QDialog
{
    Q_OBJECT

public:
    InfluenceDialog(Project &project, QUndoStack &undo, Id influenceId, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *evidence() const { return m_evidence; }
    [[nodiscard]] QTreeWidget *candidates() const { return m_candidates; }
    [[nodiscard]] QPlainTextEdit *memo() const { return m_memo; }
    // Adds candidate ROW as evidence (COUNTER: against); removes evidence ROW.
    bool addCandidate(int row, bool counter);
    bool removeEvidence(int row);

private:
    void fill();
    void saveMemo();

    Project &m_project;
    QUndoStack &m_undo;
    Id m_influenceId = 0;
    QLabel *m_title = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QPlainTextEdit *m_memo = nullptr;
};

} // namespace gw
