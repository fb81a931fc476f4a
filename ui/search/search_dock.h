#pragma once
// The search dock: a full-text query over every source (FTS5 syntax), the hits
// ranked with their context, filters by source kind and by a case attribute, and
// a count. Opening a hit and coding all hits are the window's business: the dock
// says which hit, or that all shown hits should be coded. Does not own the project.

#include "core/error.h"
#include "core/model/types.h"

#include <QDockWidget>
#include <QPointer>
#include <QSet>
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

    [[nodiscard]] SearchResultsModel *results() const { return m_results; }
    // Every hit of the query that the filters keep, past the kMaxHits shown too
    // (the search runs again without a cap when the list was capped).
    [[nodiscard]] Result<std::vector<SearchHit>> allHits() const;
    [[nodiscard]] QLineEdit *queryEdit() const { return m_query; }
    [[nodiscard]] QListView *resultsView() const { return m_view; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *caseFilter() const { return m_case; }
    [[nodiscard]] QPushButton *codeAllButton() const { return m_codeAll; }

Q_SIGNALS:
    void hitActivated(const gw::SearchHit &hit);
    // The user asked to code every hit the filters keep.
    void codeAllRequested();

private:
    void runQuery();
    void applyFilters();
    void fillCaseFilter();
    void refreshCount();

    QPointer<Project> m_project;
    SearchResultsModel *m_results = nullptr;
    QLineEdit *m_query = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_case = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_codeAll = nullptr;
    QString m_error;
    bool m_capped = false;
    // The filters as last applied, for allHits().
    std::optional<SourceKind> m_kindFilter;
    std::optional<QSet<Id>> m_sourceFilter;
};

} // namespace gw
