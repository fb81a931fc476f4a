#pragma once
// The hits of one full-text search, best first, as rows a researcher reads: the
// hit in its context (the matched words in bold, as HTML) and the source it is
// in. Each row is a word, or a sentence or paragraph with its words (the
// search's unit). Holds values only; does not follow the store (a search is a
// snapshot, run again to refresh).

#include "core/model/types.h"

#include <QAbstractListModel>
#include <vector>

namespace gw {

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SnippetHtmlRole = Qt::UserRole + 1, SourceNameRole, SourceIdRole, StartRole, EndRole, WordsRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Replaces the rows with HITS (already capped and filtered by the search).
    void setHits(std::vector<SearchHit> hits);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const SearchHit &hit(int row) const { return m_hits[row]; }
    [[nodiscard]] const std::vector<SearchHit> &hits() const { return m_hits; }
    [[nodiscard]] int sourceCount() const;
    [[nodiscard]] qsizetype wordCount() const; // matched words in all rows

private:
    std::vector<SearchHit> m_hits;
    std::vector<QString> m_html; // parallel to m_hits
};

} // namespace gw
