#pragma once
// The search dock: a full-text query over every source (FTS5 syntax), the hits
// ranked with their context, one per word or per passage (the coding unit the
// window gives it), within the sources chosen by kind, a case attribute's value
// and conditions on cases (the coding query's filters), and a count. Opening a
// hit and coding all hits are the window's business: the dock says which hit,
// or that all hits should be coded. Does not own the project.

#include "core/error.h"
#include "core/model/types.h"
#include "core/text/coding_unit.h"

#include <QDockWidget>
#include <QPointer>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace gw {

class Project;
class SearchResultsModel;

class SearchDock : public QDockWidget
{
    Q_OBJECT

public:
    // Searches return at most this many hits; the count says when it is reached.
    static constexpr int kMaxHits = 2000;

    explicit SearchDock(QWidget *parent = nullptr);

    void setProject(Project *project);
    // Shows QUERY in the query line and runs it.
    void search(const QString &query);
    // Lists a hit per word (FreeSelection) or per sentence or paragraph; runs
    // the query again when it changes.
    void setUnit(text::CodingUnit unit);
    [[nodiscard]] text::CodingUnit unit() const { return m_scope.unit; }

    [[nodiscard]] SearchResultsModel *results() const { return m_results; }
    // Every hit of the query within the filters, past the kMaxHits shown too
    // (the search runs again without a cap when the list was capped).
    [[nodiscard]] Result<std::vector<SearchHit>> allHits() const;
    [[nodiscard]] QLineEdit *queryEdit() const { return m_query; }
    [[nodiscard]] QListView *resultsView() const { return m_view; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *caseFilter() const { return m_case; }
    [[nodiscard]] QLineEdit *whereFilter() const { return m_where; }
    [[nodiscard]] QPushButton *codeAllButton() const { return m_codeAll; }

Q_SIGNALS:
    void hitActivated(const gw::SearchHit &hit);
    // The user asked to code every hit the filters keep.
    void codeAllRequested();

private:
    void runQuery();
    // The search's scope from the filters, or the reason it cannot be had.
    [[nodiscard]] Result<SearchScope> filteredScope() const;
    void fillCaseFilter();
    void refreshCount();

    QPointer<Project> m_project;
    SearchResultsModel *m_results = nullptr;
    QLineEdit *m_query = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_case = nullptr;
    QLineEdit *m_where = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_codeAll = nullptr;
    QString m_error;
    bool m_capped = false;
    SearchScope m_scope; // as last searched, for allHits()
};

} // namespace gw
