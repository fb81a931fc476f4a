#include "ui/codes/compare_codes_view.h"

#include "core/model/project.h"
#include "ui/codes/code_swatch.h"
#include "ui/segments/segment_delegate.h"
#include "ui/segments/segment_list_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace gw {

CompareCodesView::CompareCodesView(Project &project, const QList<Id> &codeIds, QWidget *parent)
    : QDialog(parent), m_project(&project)
{
    setObjectName(QStringLiteral("compareCodesView"));
    setWindowTitle(tr("Compare Codes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each column is every segment of one code. Read them side by side to "
                                "decide whether they are one idea or several."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    m_row = new QHBoxLayout;
    m_row->setSpacing(10);
    layout->addLayout(m_row, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add Code"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("compareAdd"));
    m_merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("compareMerge"));
    m_merge->setToolTip(tr("Merge the codes shown into one"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        // The first active code not shown yet.
        const QList<Id> shown = codes();
        for (const CodeInfo &c : m_project->codes().value_or(std::vector<CodeInfo>{}))
            if (!c.archived && !shown.contains(c.id)) {
                addColumn(c.id);
                return;
            }
    });
    connect(m_merge, &QPushButton::clicked, this, [this] { Q_EMIT mergeRequested(codes()); });
    layout->addWidget(buttons);

    for (Id id : codeIds)
        addColumn(id);
    for (int tries = 0; tries < 2 && columnCount() < 2; ++tries)
        m_add->click(); // something to compare with
    if (m_project) // a merge or rename elsewhere shows here
        connect(m_project, &Project::codeChanged, this, &CompareCodesView::refresh);
    resize(360 * std::max(2, columnCount()), 620);
}

bool CompareCodesView::addColumn(Id codeId)
{
    if (columnCount() >= kMaxColumns)
        return false;
    Column column;
    column.box = new QWidget(this);
    auto *v = new QVBoxLayout(column.box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    auto *head = new QHBoxLayout;
    column.code = new QComboBox(column.box);
    column.code->setObjectName(QStringLiteral("compareCode%1").arg(columnCount()));
    column.code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    column.code->setMinimumContentsLength(16);
    fillCodeBox(column.code, codeId);
    auto *close = new QToolButton(column.box);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Stop comparing this code"));
    head->addWidget(column.code, 1);
    head->addWidget(close);
    v->addLayout(head);
    column.count = new QLabel(column.box);
    column.count->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(column.count);
    column.model = new SegmentListModel(column.box);
    column.model->setProject(m_project);
    column.view = new QListView(column.box);
    column.view->setObjectName(QStringLiteral("compareSegments%1").arg(columnCount()));
    column.view->setModel(column.model);
    column.view->setItemDelegate(new SegmentDelegate(column.view));
    column.view->setResizeMode(QListView::Adjust);
    column.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    column.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    column.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->addWidget(column.view, 1);
    m_row->addWidget(column.box, 1);

    QWidget *box = column.box;
    SegmentListModel *model = column.model;
    connect(column.code, &QComboBox::activated, this, [this, box] {
        for (const Column &c : m_columns)
            if (c.box == box)
                c.model->setCodes({c.code->currentData().toLongLong()});
        refresh();
    });
    connect(close, &QToolButton::clicked, this, [this, box] { removeColumn(box); });
    connect(column.view, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT segmentActivated(i.data(SegmentListModel::SourceIdRole).toLongLong(),
                                i.data(SegmentListModel::SegmentIdRole).toLongLong(),
                                i.data(SegmentListModel::StartRole).toLongLong(),
                                i.data(SegmentListModel::EndRole).toLongLong());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &CompareCodesView::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &CompareCodesView::refresh);
    m_columns.push_back(column);
    model->setCodes({codeId});
    refresh();
    return true;
}

void CompareCodesView::fillCodeBox(QComboBox *box, Id selected)
{
    box->clear();
    for (const CodeInfo &c : m_project ? m_project->codes().value_or(std::vector<CodeInfo>{})
                                       : std::vector<CodeInfo>{})
        if (!c.archived || c.id == selected)
            box->addItem(codeSwatch(QColor(c.color)), c.name, qlonglong(c.id));
    box->setCurrentIndex(std::max(0, box->findData(qlonglong(selected))));
}

void CompareCodesView::setColumnCode(int column, Id codeId)
{
    if (column < 0 || column >= columnCount())
        return;
    Column &c = m_columns[size_t(column)];
    fillCodeBox(c.code, codeId);
    c.model->setCodes({codeId});
    refresh();
}

void CompareCodesView::removeColumn(QWidget *box)
{
    if (columnCount() <= 1)
        return;
    std::erase_if(m_columns, [box](const Column &c) { return c.box == box; });
    box->deleteLater();
    refresh();
}

QList<Id> CompareCodesView::codes() const
{
    QList<Id> ids;
    for (const Column &c : m_columns)
        if (const Id id = c.code->currentData().toLongLong(); id != 0 && !ids.contains(id))
            ids << id;
    return ids;
}

SegmentListModel *CompareCodesView::columnModel(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].model : nullptr;
}

QListView *CompareCodesView::columnView(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].view : nullptr;
}

void CompareCodesView::refresh()
{
    for (const Column &c : m_columns) {
        const Id id = c.code->currentData().toLongLong();
        const CodeInfo code = m_project ? m_project->code(id).value_or(CodeInfo{}) : CodeInfo{};
        QString line = tr("%1 segments in %2 sources")
                           .arg(QLocale().toString(c.model->rowCount()), QLocale().toString(qlonglong(code.sourceCount)));
        if (code.archived)
            line += tr(" · archived");
        c.count->setText(line);
        c.count->setToolTip(code.definition);
        // A renamed code shows its new name.
        if (const int at = c.code->findData(qlonglong(id)); at >= 0 && c.code->itemText(at) != code.name &&
                                                            !code.name.isEmpty())
            c.code->setItemText(at, code.name);
    }
    m_add->setEnabled(columnCount() < kMaxColumns);
    m_merge->setEnabled(codes().size() >= 2);
}

} // namespace gw
