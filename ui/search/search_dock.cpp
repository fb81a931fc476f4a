#include "ui/search/search_dock.h"

#include "ui/common/counted.h"
#include "core/analysis/coding_query.h"
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

// N things in words: ONE or MANY (each translated, with %1 for N) by N.
} // namespace

SearchDock::SearchDock(QWidget *parent)
    : QDockWidget(tr("Search"), parent), m_results(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("searchDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    m_query = new QLineEdit(body);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search all sources…"));
    m_query->setClearButtonEnabled(true);
    //: The search syntax: NEAR, OR and NOT are its keywords and stay as they are.
    auto *hint = new QLabel(tr("words · \"a phrase\" · prefix* · NEAR(site visit, 10) · OR · NOT"), body);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    hint->setFont(small);

    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(body);
    m_kind->setObjectName(QStringLiteral("searchKindFilter"));
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(tr("Interviews"), int(SourceKind::Interview));
    m_kind->addItem(tr("Observations"), int(SourceKind::Observation));
    m_kind->addItem(tr("Documents"), int(SourceKind::Document));
    m_case = new QComboBox(body);
    m_case->setObjectName(QStringLiteral("searchCaseFilter"));
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_where = new QLineEdit(body);
    m_where->setObjectName(QStringLiteral("searchWhereFilter"));
    //: "role" and "year" are examples of a project's attributes.
    m_where->setPlaceholderText(tr("Where: role = CCIO; year >= 2020"));
    m_where->setClearButtonEnabled(true);
    //: "in" and "between … and" are the condition syntax's keywords and stay as they are.
    m_where->setToolTip(tr("Only sources whose cases meet these conditions, separated by ';': "
                           "ATTRIBUTE OP VALUE with =, !=, <, <=, >, >=, in (a, b), between a and b"));
    filters->addWidget(m_kind);
    filters->addWidget(m_case);
    filters->addWidget(m_where, 1);

    auto *status = new QHBoxLayout;
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("searchCount"));
    m_count->setWordWrap(true);
    m_codeAll = new QPushButton(tr("Code All Hits…"), body);
    m_codeAll->setObjectName(QStringLiteral("codeAllHits"));
    m_codeAll->setEnabled(false);
    status->addWidget(m_count, 1);
    status->addWidget(m_codeAll);

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
    layout->addLayout(status);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchDock::runQuery);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchDock::runQuery);
    connect(m_case, &QComboBox::currentIndexChanged, this, &SearchDock::runQuery);
    connect(m_where, &QLineEdit::returnPressed, this, &SearchDock::runQuery);
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

void SearchDock::setUnit(text::CodingUnit unit)
{
    if (unit == m_scope.unit)
        return;
    m_scope.unit = unit;
    runQuery();
}

Result<SearchScope> SearchDock::filteredScope() const
{
    SearchScope scope;
    scope.unit = m_scope.unit;
    QueryFilters filters;
    if (const QVariant k = m_kind->currentData(); k.isValid())
        filters.kinds.insert(SourceKind(k.toInt()));
    if (const QStringList pair = m_case->currentData().toStringList(); pair.size() == 2)
        filters.where.push_back(AttributeCondition{pair[0], AttributeCondition::Op::Equal, {pair[1]}});
    else if (pair.size() == 1) // a set of sources
        filters.sets = pair;
    auto where = parseAttributeConditions(m_where->text());
    if (!where)
        return std::unexpected(where.error());
    filters.where.insert(filters.where.end(), where->begin(), where->end());
    auto sources = sourcesWithin(*m_project, filters);
    if (!sources)
        return std::unexpected(sources.error());
    scope.sources = std::move(*sources);
    return scope;
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
    auto scope = filteredScope();
    if (!scope) {
        m_results->clear();
        m_error = scope.error().message;
        refreshCount();
        return;
    }
    m_scope = std::move(*scope);
    auto hits = m_project->search(m_query->text(), kMaxHits + 1, m_scope);
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
    m_results->setHits(std::move(*hits));
    refreshCount();
    if (m_results->rowCount() > 0)
        m_view->setCurrentIndex(m_results->index(0));
}

Result<std::vector<SearchHit>> SearchDock::allHits() const
{
    if (!m_capped)
        return m_results->hits();
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    return m_project->search(m_query->text(), std::numeric_limits<int>::max(), m_scope);
}

void SearchDock::fillCaseFilter()
{
    const QStringList current = m_case->currentData().toStringList();
    const QSignalBlocker blocker(m_case);
    m_case->clear();
    m_case->addItem(tr("Any case"));
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
    int sets = 0;
    if (m_project)
        if (auto all = m_project->sourceSets())
            for (const SourceSetInfo &t : *all) {
                m_case->addItem(tr("Set: %1").arg(t.name), QStringList{t.name});
                ++sets;
            }
    m_case->setCurrentIndex(std::max(0, m_case->findData(current)));
    m_case->setVisible(pairs.size() + sets > 0);
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
    const QString sources = counted(m_results->sourceCount(), tr("%1 source"), tr("%1 sources"));
    QString text;
    switch (m_scope.unit) {
    case text::CodingUnit::FreeSelection:
        //: %1 is "3 hits", %2 "2 sources".
        text = tr("%1 in %2").arg(counted(shown, tr("%1 hit"), tr("%1 hits")), sources);
        break;
    case text::CodingUnit::Sentence:
    case text::CodingUnit::Paragraph: {
        const bool sentence = m_scope.unit == text::CodingUnit::Sentence;
        //: %1 is "3 sentences" or "3 paragraphs", %2 "5 matches", %3 "2 sources".
        text = tr("%1 (%2) in %3")
                   .arg(sentence ? counted(shown, tr("%1 sentence"), tr("%1 sentences"))
                                 : counted(shown, tr("%1 paragraph"), tr("%1 paragraphs")),
                        counted(m_results->wordCount(), tr("%1 match"), tr("%1 matches")), sources);
        break;
    }
    }
    if (m_capped)
        text += tr(" — showing the first %1; Code All Hits reaches the rest").arg(QLocale().toString(kMaxHits));
    m_count->setText(text);
}

} // namespace gw
