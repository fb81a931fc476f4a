#pragma once
// The filters every page of the Analysis tab shares (the coding query's,
// core/analysis/coding_query.h): source kind, sources and cases chosen from a
// list, conditions on the cases' attributes, the coder and the days coded. One
// bar above the pages, so a matrix or a co-occurrence table is narrowed the
// same way as a query. Return in the conditions field asks for a run.

#include "core/analysis/coding_query.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace gw {

class AnalysisFilters : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisFilters(QWidget *parent = nullptr);

    // The choices offered (coders, sources, cases) from CODING.
    void refreshChoices(const CodingData &coding);
    // The filters as set, or why they cannot be read (a malformed condition).
    [[nodiscard]] Result<QueryFilters> filters() const;
    void setFilters(const QueryFilters &filters);
    // What the filters keep, in a few words ("interviews · 3 sources"); empty: everything.
    [[nodiscard]] QString summary() const;

    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox *coderBox() const { return m_coder; }
    [[nodiscard]] QLineEdit *whereEdit() const { return m_where; }
    [[nodiscard]] QPushButton *sourcesButton() const { return m_sourcesButton; }
    [[nodiscard]] QPushButton *casesButton() const { return m_casesButton; }
    [[nodiscard]] QPushButton *setsButton() const { return m_setsButton; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void runRequested();

private:
    // Lets the user tick some of NAMES (all ticked: no filter) into CHOSEN.
    void choose(const QString &title, const QStringList &names, QStringList &chosen);
    void showChoices();

    QComboBox *m_kind = nullptr;
    QComboBox *m_coder = nullptr;
    QPushButton *m_sourcesButton = nullptr;
    QPushButton *m_casesButton = nullptr;
    QPushButton *m_setsButton = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_where = nullptr;
    QStringList m_sourceNames, m_caseNames, m_setNames; // offered
    QStringList m_sources, m_cases, m_sets;             // chosen; empty: all
};

} // namespace gw
