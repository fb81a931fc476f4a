#include "ui/search/search_results_model.h"

#include <QSet>

namespace gw {

namespace {

// HIT's snippet as HTML, its matched words in bold.
QString snippetHtml(const SearchHit &hit)
{
    QString html;
    qsizetype at = 0;
    for (const auto &[from, to] : hit.marks) {
        if (from < at || to > hit.snippet.size())
            continue;
        html += hit.snippet.sliced(at, from - at).toHtmlEscaped();
        html += QStringLiteral("<b>%1</b>").arg(hit.snippet.sliced(from, to - from).toHtmlEscaped());
        at = to;
    }
    return html + hit.snippet.sliced(at).toHtmlEscaped();
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_html.clear();
    m_html.reserve(m_hits.size());
    for (const SearchHit &hit : m_hits)
        m_html.push_back(snippetHtml(hit));
    endResetModel();
}

void SearchResultsModel::clear()
{
    setHits({});
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return h.snippet;
    case Qt::ToolTipRole:
        return h.words > 1 ? tr("%1 · %2 matches").arg(h.sourceName).arg(h.words) : h.sourceName;
    case SnippetHtmlRole:
        return m_html[index.row()];
    case SourceNameRole:
        return h.sourceName;
    case SourceIdRole:
        return qlonglong(h.sourceId);
    case StartRole:
        return qlonglong(h.start);
    case EndRole:
        return qlonglong(h.end);
    case WordsRole:
        return h.words;
    default:
        return {};
    }
}

int SearchResultsModel::sourceCount() const
{
    QSet<Id> ids;
    for (const SearchHit &h : m_hits)
        ids.insert(h.sourceId);
    return int(ids.size());
}

qsizetype SearchResultsModel::wordCount() const
{
    qsizetype n = 0;
    for (const SearchHit &h : m_hits)
        n += h.words;
    return n;
}

} // namespace gw
