#include "ui/search/search_results_model.h"

#include "core/model/project.h"
#include "core/text/positions.h"

#include <algorithm>

namespace gw {

namespace {

constexpr qsizetype kContext = 70; // code points of context either side of a hit

// TEXT on one line, runs of whitespace as one space (kept at the edges, where
// the hit joins its context), HTML-escaped.
QString flat(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
        else if (!out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
    }
    return out.toHtmlEscaped();
}

// The hit in bold with its context, cut at word boundaries where possible.
QString snippetHtml(const QString &text, const SearchHit &hit)
{
    const qsizetype length = text::codePointLength(text);
    qsizetype from = std::max<qsizetype>(0, hit.start - kContext);
    qsizetype to = std::min(length, hit.end + kContext);
    QString before = text::codePointMid(text, from, hit.start);
    QString after = text::codePointMid(text, hit.end, to);
    if (from > 0) {
        if (const qsizetype space = before.indexOf(QLatin1Char(' ')); space >= 0 && space < 20)
            before = before.mid(space + 1);
        before.prepend(QStringLiteral("…"));
    }
    if (to < length) {
        if (const qsizetype space = after.lastIndexOf(QLatin1Char(' ')); space > 0 && space > after.size() - 20)
            after.truncate(space);
        after.append(QStringLiteral("…"));
    }
    const QString hitText = flat(text::codePointMid(text, hit.start, hit.end));
    return (flat(before) + QStringLiteral("<b>%1</b>").arg(hitText) + flat(after)).trimmed();
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(Project &project, std::vector<SearchHit> hits)
{
    beginResetModel();
    m_all = std::move(hits);
    m_html.clear();
    m_kinds.clear();
    QHash<Id, QString> texts;
    for (const SearchHit &hit : m_all) {
        if (!texts.contains(hit.sourceId)) {
            auto text = project.sourceText(hit.sourceId);
            texts.insert(hit.sourceId, text ? *text : QString());
            auto info = project.source(hit.sourceId);
            m_kinds.insert(hit.sourceId, info ? info->kind : SourceKind::Document);
        }
        const QString &text = texts[hit.sourceId];
        m_html.push_back(text.isEmpty() ? hit.snippet.toHtmlEscaped() : snippetHtml(text, hit));
    }
    refilter();
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_html.clear();
    m_kinds.clear();
    m_shown.clear();
    endResetModel();
}

void SearchResultsModel::setFilter(std::optional<SourceKind> kind, std::optional<QSet<Id>> sources)
{
    beginResetModel();
    m_kind = kind;
    m_sources = std::move(sources);
    refilter();
    endResetModel();
}

void SearchResultsModel::refilter()
{
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        const Id id = m_all[i].sourceId;
        if (m_kind && m_kinds.value(id) != *m_kind)
            continue;
        if (m_sources && !m_sources->contains(id))
            continue;
        m_shown.push_back(i);
    }
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = m_shown[index.row()];
    const SearchHit &h = m_all[i];
    switch (role) {
    case Qt::DisplayRole:
        return h.snippet;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(h.sourceName, toString(m_kinds.value(h.sourceId)));
    case SnippetHtmlRole:
        return m_html[i];
    case SourceNameRole:
        return h.sourceName;
    case SourceIdRole:
        return qlonglong(h.sourceId);
    case StartRole:
        return qlonglong(h.start);
    case EndRole:
        return qlonglong(h.end);
    default:
        return {};
    }
}

std::vector<SearchHit> SearchResultsModel::shownHits() const
{
    std::vector<SearchHit> hits;
    hits.reserve(m_shown.size());
    for (int i : m_shown)
        hits.push_back(m_all[i]);
    return hits;
}

int SearchResultsModel::sourceCount() const
{
    QSet<Id> ids;
    for (int i : m_shown)
        ids.insert(m_all[i].sourceId);
    return int(ids.size());
}

} // namespace gw
