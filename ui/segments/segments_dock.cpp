#include "ui/segments/segments_dock.h"

#include "core/model/display_names.h"
#include "core/model/project.h"
#include "ui/codes/code_tree_model.h"
#include "ui/segments/segment_delegate.h"
#include "ui/segments/segment_list_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <optional>

namespace gw {

namespace {

// Keeps the rows that match every filter set (an unset filter matches all).
class SegmentFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    std::optional<int> kind;
    QString coder;
    QString caseValue; // "attribute=value"

    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (kind && i.data(SegmentListModel::SourceKindRole).toInt() != *kind)
            return false;
        if (!coder.isEmpty() && i.data(SegmentListModel::CoderRole).toString() != coder)
            return false;
        return caseValue.isEmpty() ||
               i.data(SegmentListModel::CaseValuesRole).toStringList().contains(caseValue);
    }
};

QComboBox *filterBox(QWidget *parent, const QString &name, const QString &tip)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void collectCodes(const QModelIndex &index, QList<Id> &codes)
{
    const auto *model = qobject_cast<const CodeTreeModel *>(index.model());
    if (!model)
        return;
    if (const Id id = model->codeId(index); id != 0)
        codes << id;
    for (int row = 0; row < model->rowCount(index); ++row)
        collectCodes(model->index(row, 0, index), codes);
}

} // namespace

SegmentsDock::SegmentsDock(QWidget *parent)
    : QDockWidget(tr("Segments"), parent), m_model(new SegmentListModel(this)),
      m_filter(new SegmentFilter(this))
{
    setObjectName(QStringLiteral("segmentsDock"));
    m_filter->setSourceModel(m_model);

    auto *body = new QWidget(this);
    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("segmentsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_kind = filterBox(body, QStringLiteral("segmentKindFilter"), tr("Only segments from this kind of source"));
    m_coder = filterBox(body, QStringLiteral("segmentCoderFilter"), tr("Only segments this coder made"));
    m_case = filterBox(body, QStringLiteral("segmentCaseFilter"),
                       tr("Only segments from sources whose case has this attribute value"));
    for (QComboBox *box : {m_kind, m_coder, m_case})
        connect(box, &QComboBox::activated, this, &SegmentsDock::applyFilters);

    m_view = new QListView(body);
    m_view->setObjectName(QStringLiteral("segmentView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new SegmentDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust); // rows grow to three lines as the dock narrows
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const QModelIndex index = m_view->indexAt(pos);
            index.isValid() && !m_view->selectionModel()->isSelected(index))
            m_view->setCurrentIndex(index);
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        fillContextMenu(menu);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    auto *copy = new QAction(tr("Copy as Quotes"), m_view);
    copy->setObjectName(QStringLiteral("copyQuotesAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copyQuotes(); });
    m_view->addAction(copy);
    connect(m_view, &QAbstractItemView::clicked, this, &SegmentsDock::activate);
    connect(m_view, &QAbstractItemView::activated, this, &SegmentsDock::activate);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { fillFilters(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SegmentsDock::fillFilters);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SegmentsDock::fillFilters);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, [this] { refreshTitle(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SegmentsDock::refreshTitle);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SegmentsDock::refreshTitle);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_title, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_coder);
    filters->addWidget(m_case);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 4, 8, 0);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(body);
    fillFilters();
}

QSortFilterProxyModel *SegmentsDock::shownModel() const
{
    return m_filter;
}

void SegmentsDock::setProject(Project *project)
{
    m_project = project;
    m_scope.clear();
    m_model->setProject(project);
}

void SegmentsDock::showTreeItem(const QModelIndex &index)
{
    QList<Id> codes;
    collectCodes(index.siblingAtColumn(0), codes);
    showCodes(codes, index.siblingAtColumn(0).data().toString());
}

void SegmentsDock::showCodes(const QList<Id> &codeIds, const QString &title)
{
    m_scope = title;
    m_model->setCodes(codeIds);
}

void SegmentsDock::refreshTitle()
{
    if (m_scope.isEmpty()) {
        m_title->setText(tr("Choose a code to see its segments."));
        return;
    }
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    QString count;
    if (shown == all)
        count = shown == 1 ? tr("%Ln segment", nullptr, shown) : tr("%Ln segments", nullptr, shown);
    else
        count = (shown == 1 ? tr("%Ln segment of %1", nullptr, shown) : tr("%Ln segments of %1", nullptr, shown))
                    .arg(QLocale().toString(all));
    m_title->setText(QStringLiteral("%1 · %2").arg(count, m_scope));
    m_title->setToolTip(m_scope);
}

// Each combo offers what the shown segments have, and keeps its choice while it is still offered.
void SegmentsDock::fillFilters()
{
    QSet<int> kinds;
    QStringList coders;
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row);
        kinds.insert(i.data(SegmentListModel::SourceKindRole).toInt());
        coders << i.data(SegmentListModel::CoderRole).toString();
        values << i.data(SegmentListModel::CaseValuesRole).toStringList();
    }
    auto refill = [](QComboBox *box, const QString &any,
                     const QList<std::pair<QString, QVariant>> &items) {
        const QVariant kept = box->currentData();
        box->clear();
        box->addItem(any);
        for (const auto &[label, value] : items)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, box->findData(kept)));
        box->setEnabled(box->count() > 1);
    };
    QList<std::pair<QString, QVariant>> kindItems;
    for (SourceKind kind : {SourceKind::Interview, SourceKind::Observation, SourceKind::Document})
        if (kinds.contains(int(kind))) {
            QString label = displayName(kind);
            label[0] = label[0].toUpper();
            kindItems.append({label, int(kind)});
        }
    refill(m_kind, tr("All kinds"), kindItems);
    coders.removeDuplicates();
    coders.sort(Qt::CaseInsensitive);
    QList<std::pair<QString, QVariant>> coderItems;
    for (const QString &c : std::as_const(coders))
        coderItems.append({c, c});
    refill(m_coder, tr("All coders"), coderItems);
    values.removeDuplicates();
    values.sort(Qt::CaseInsensitive);
    QList<std::pair<QString, QVariant>> valueItems;
    for (const QString &v : std::as_const(values))
        valueItems.append({QString(v).replace(u'=', QStringLiteral(": ")), v});
    refill(m_case, tr("All cases"), valueItems);
    applyFilters();
}

void SegmentsDock::applyFilters()
{
    auto *filter = static_cast<SegmentFilter *>(m_filter);
    filter->kind = m_kind->currentData().isValid()
                       ? std::optional<int>(m_kind->currentData().toInt())
                       : std::nullopt;
    filter->coder = m_coder->currentData().toString();
    filter->caseValue = m_case->currentData().toString();
    filter->refilter();
    refreshTitle();
}

void SegmentsDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT segmentActivated(index.data(SegmentListModel::SourceIdRole).toLongLong(),
                            index.data(SegmentListModel::SegmentIdRole).toLongLong(),
                            index.data(SegmentListModel::StartRole).toLongLong(),
                            index.data(SegmentListModel::EndRole).toLongLong());
}

QString SegmentsDock::copyQuotes()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::ranges::sort(rows, {}, &QModelIndex::row);
    QStringList quotes;
    for (const QModelIndex &i : std::as_const(rows))
        quotes << i.data(SegmentListModel::QuoteRole).toString();
    const QString text = quotes.join(u'\n');
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
    return text;
}

} // namespace gw

namespace gw {

QList<Id> SegmentsDock::selectedSegmentIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::ranges::sort(rows, {}, &QModelIndex::row);
    QList<Id> ids;
    for (const QModelIndex &i : std::as_const(rows))
        ids << i.data(SegmentListModel::SegmentIdRole).toLongLong();
    return ids;
}

void SegmentsDock::fillContextMenu(QMenu *menu)
{
    menu->addActions(m_view->actions()); // Copy as Quotes
    const QModelIndex current = m_view->currentIndex();
    const QList<Id> selected = selectedSegmentIds();
    if (!m_project || !current.isValid() || selected.isEmpty())
        return;
    const Id segmentId = current.data(SegmentListModel::SegmentIdRole).toLongLong();
    const QString sourceName = current.data(SegmentListModel::SourceNameRole).toString();
    const QString codeName = current.data(SegmentListModel::CodeNameRole).toString();
    menu->addSeparator();
    QAction *memo = menu->addAction(tr("New &Memo on Segment"), this, [=, this] {
        Q_EMIT memoRequested(segmentId, tr("Segment in %1 (%2)").arg(sourceName, codeName));
    });
    memo->setObjectName(QStringLiteral("segmentMemoAction"));

    // An exemplar argues its code's theme: offered only when the code sits under one.
    const auto segment = m_project->segment(segmentId);
    const auto code = segment ? m_project->code(segment->codeId) : Result<CodeInfo>{};
    if (code && code->themeId) {
        const auto theme = m_project->theme(*code->themeId);
        const auto chosen = m_project->exemplarsOf(*code->themeId).value_or(std::vector<SegmentInfo>{});
        const bool already = std::ranges::any_of(chosen, [segmentId](const SegmentInfo &s) { return s.id == segmentId; });
        const QString themeName = theme ? theme->name : QString();
        QAction *exemplar = menu->addAction(
            already ? tr("Drop as Exemplar of Theme “%1”").arg(themeName)
                    : tr("Use as &Exemplar for Theme “%1”").arg(themeName),
            this, [this, themeId = *code->themeId, segmentId, already] {
                Q_EMIT exemplarRequested(themeId, segmentId, !already);
            });
        exemplar->setObjectName(QStringLiteral("exemplarAction"));
    }

    // Splitting works on one code's segments.
    QSet<Id> codes;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        if (auto s = m_project->segment(i.data(SegmentListModel::SegmentIdRole).toLongLong()))
            codes.insert(s->codeId);
    const auto only = codes.size() == 1 ? m_project->code(*codes.begin()) : Result<CodeInfo>{};
    if (codes.size() == 1 && only && !only->archived) {
        const int n = int(selected.size());
        QAction *split = menu->addAction(
            (n == 1 ? tr("&Split Segment Off “%1”…") : tr("&Split %n Segments Off “%1”…", nullptr, n)).arg(only->name),
            this, [this, codeId = only->id, selected] { Q_EMIT splitRequested(codeId, selected); });
        split->setObjectName(QStringLiteral("splitSegmentsAction"));
    }
}

} // namespace gw
