#pragma once
// The hits of one full-text search, best first, as rows a researcher reads: the
// hit in its context (the hit in bold, as HTML), the source it is in and the
// source's kind. Filters by source kind and by a case attribute's value keep the
// hits in their rank order. Holds values only; does not follow the store (a
// search is a snapshot, run again to refresh).

#include "core/model/types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <optional>
#include <vector>

namespace gw {

class Project;

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SnippetHtmlRole = Qt::UserRole + 1, SourceNameRole, SourceIdRole, StartRole, EndRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Replaces the rows with HITS (already capped by the caller) in PROJECT, which
    // supplies each hit's context and its source's kind.
    void setHits(Project &project, std::vector<SearchHit> hits);
    void clear();
    // Keeps only the hits in sources of KIND (none: every kind) and, when
    // SOURCES is set, in those sources.
    void setFilter(std::optional<SourceKind> kind, std::optional<QSet<Id>> sources);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const SearchHit &hit(int row) const { return m_all[m_shown[row]]; }
    // The hits the filters keep, in rank order.
    [[nodiscard]] std::vector<SearchHit> shownHits() const;
    [[nodiscard]] int sourceCount() const;
    [[nodiscard]] int totalCount() const { return int(m_all.size()); }

private:
    void refilter();

    std::vector<SearchHit> m_all;
    std::vector<QString> m_html; // parallel to m_all
    QHash<Id, SourceKind> m_kinds;
    std::vector<int> m_shown; // indexes into m_all
    std::optional<SourceKind> m_kind;
    std::optional<QSet<Id>> m_sources;
};

} // namespace gw
