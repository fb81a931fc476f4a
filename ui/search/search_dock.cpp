#include "ui/search/search_dock.h"

#include "core/model/project.h"
#include "ui/search/hit_delegate.h"
#include "ui/search/search_results_model.h"

#include <QComboBox>
#include <algorithm>
#include <limits>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

namespace {

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(qlonglong(n)), n == 1 ? one : many);
}

} // namespace

SearchDock::SearchDock(QWidget *parent)
    : QDockWidget(QStringLiteral("Search"), parent), m_results(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("searchDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    m_query = new QLineEdit(body);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(QStringLiteral("Search all sources…"));
    m_query->setClearButtonEnabled(true);
    auto *hint = new QLabel(QStringLiteral("words · \"a phrase\" · prefix* · NEAR(site visit, 10) · OR · NOT"), body);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    hint->setFont(small);

    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(body);
    m_kind->setObjectName(QStringLiteral("searchKindFilter"));
    m_kind->addItem(QStringLiteral("All kinds"));
    m_kind->addItem(QStringLiteral("Interviews"), int(SourceKind::Interview));
    m_kind->addItem(QStringLiteral("Observations"), int(SourceKind::Observation));
    m_kind->addItem(QStringLiteral("Documents"), int(SourceKind::Document));
    m_case = new QComboBox(body);
    m_case->setObjectName(QStringLiteral("searchCaseFilter"));
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("searchCount"));
    m_codeAll = new QPushButton(QStringLiteral("Code All Hits…"), body);
    m_codeAll->setObjectName(QStringLiteral("codeAllHits"));
    m_codeAll->setEnabled(false);
    filters->addWidget(m_kind);
    filters->addWidget(m_case);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_codeAll);

    m_view = new QListView(body);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_results);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    layout->addWidget(m_query);
    layout->addWidget(hint);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchDock::runQuery);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchDock::applyFilters);
    connect(m_case, &QComboBox::currentIndexChanged, this, &SearchDock::applyFilters);
    connect(m_codeAll, &QPushButton::clicked, this, &SearchDock::codeAllRequested);
    // Enter and a double-click (or the style's single click) activate a hit.
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT hitActivated(m_results->hit(index.row())); });
    fillCaseFilter();
    refreshCount();
}

void SearchDock::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_results->clear();
    m_error.clear();
    if (m_project)
        connect(m_project, &Project::casesChanged, this, &SearchDock::fillCaseFilter);
    fillCaseFilter();
    refreshCount();
}

void SearchDock::search(const QString &query)
{
    m_query->setText(query);
    runQuery();
}

void SearchDock::runQuery()
{
    m_error.clear();
    m_capped = false;
    if (!m_project || m_query->text().trimmed().isEmpty()) {
        m_results->clear();
        refreshCount();
        return;
    }
    auto hits = m_project->search(m_query->text(), kMaxHits + 1);
    if (!hits) {
        m_results->clear();
        m_error = hits.error().message;
        refreshCount();
        return;
    }
    if (int(hits->size()) > kMaxHits) {
        hits->resize(kMaxHits);
        m_capped = true;
    }
    m_results->setHits(*m_project, std::move(*hits));
    applyFilters();
    if (m_results->rowCount() > 0)
        m_view->setCurrentIndex(m_results->index(0));
}

void SearchDock::applyFilters()
{
    std::optional<SourceKind> kind;
    if (const QVariant k = m_kind->currentData(); k.isValid())
        kind = SourceKind(k.toInt());
    std::optional<QSet<Id>> sources;
    const QStringList pair = m_case->currentData().toStringList();
    if (m_project && pair.size() == 2) {
        sources.emplace();
        if (auto cases = m_project->cases())
            for (const CaseInfo &c : *cases)
                if (c.value(pair[0]) == pair[1])
                    for (Id id : c.sourceIds)
                        sources->insert(id);
    }
    m_kindFilter = kind;
    m_sourceFilter = sources;
    m_results->setFilter(kind, std::move(sources));
    refreshCount();
}

Result<std::vector<SearchHit>> SearchDock::allHits() const
{
    if (!m_capped)
        return m_results->shownHits();
    if (!m_project)
        return fail(ErrorKind::NotFound, QStringLiteral("No project is open."));
    auto hits = m_project->search(m_query->text(), std::numeric_limits<int>::max());
    if (!hits)
        return std::unexpected(hits.error());
    QHash<Id, SourceKind> kinds;
    if (m_kindFilter) {
        auto sources = m_project->sources();
        if (!sources)
            return std::unexpected(sources.error());
        for (const SourceInfo &s : *sources)
            kinds.insert(s.id, s.kind);
    }
    std::erase_if(*hits, [&](const SearchHit &h) {
        return (m_kindFilter && kinds.value(h.sourceId) != *m_kindFilter) ||
               (m_sourceFilter && !m_sourceFilter->contains(h.sourceId));
    });
    return hits;
}

void SearchDock::fillCaseFilter()
{
    const QStringList current = m_case->currentData().toStringList();
    const QSignalBlocker blocker(m_case);
    m_case->clear();
    m_case->addItem(QStringLiteral("Any case"));
    QList<QStringList> pairs;
    if (m_project)
        if (auto cases = m_project->cases())
            for (const CaseInfo &c : *cases)
                for (const CaseValue &v : c.values)
                    if (const QStringList pair{v.attribute, v.value}; !pairs.contains(pair))
                        pairs << pair;
    std::ranges::sort(pairs);
    for (const QStringList &pair : pairs)
        m_case->addItem(QStringLiteral("%1: %2").arg(pair[0], pair[1]), pair);
    m_case->setCurrentIndex(std::max(0, m_case->findData(current)));
    m_case->setVisible(pairs.size() > 0);
}

void SearchDock::refreshCount()
{
    const int shown = m_results->rowCount();
    m_codeAll->setEnabled(shown > 0);
    if (!m_error.isEmpty()) {
        m_count->setText(m_error);
        return;
    }
    if (m_query->text().trimmed().isEmpty() || !m_project) {
        m_count->clear();
        return;
    }
    QString text = QStringLiteral("%1 in %2")
                       .arg(counted(shown, QStringLiteral("hit"), QStringLiteral("hits")),
                            counted(m_results->sourceCount(), QStringLiteral("source"), QStringLiteral("sources")));
    if (shown < m_results->totalCount())
        text += QStringLiteral(" (of %1)").arg(QLocale().toString(m_results->totalCount()));
    if (m_capped)
        text += QStringLiteral(" — showing the first %1; narrow the search to see the rest")
                    .arg(QLocale().toString(kMaxHits));
    m_count->setText(text);
}

} // namespace gw
