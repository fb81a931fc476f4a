#pragma once
// Model > Suggest Links…: the pairs of model elements whose segments occur
// together most (core/analysis/cooccurrence.h), not yet joined by an
// influence, with the counts behind each (nearby and overlapping segment
// pairs, shared sources and cases). Nothing is added until the user picks a
// pair, a direction-checked type and "Add Influence": the influence and its
// closest co-occurring segments as evidence, one undo step.

#include "core/analysis/cooccurrence.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace gw {

class Project;

class SuggestLinksDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kEvidencePerLink = 5;

    SuggestLinksDialog(Project &project, QUndoStack &undo, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] const std::vector<CandidateLink> &candidates() const { return m_candidates; }
    // Adds candidate ROW as an influence of TYPEID with its evidence.
    bool add(int row, Id typeId);

private:
    void refresh();

    Project &m_project;
    QUndoStack &m_undo;
    std::vector<ModelElement> m_elements;
    std::vector<CandidateLink> m_candidates;
    QSpinBox *m_within = nullptr;
    QComboBox *m_type = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace gw
