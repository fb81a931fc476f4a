#include "ui/codebook/codebook_view.h"

#include "core/model/project.h"
#include "core/analysis/write_up.h"
#include "ui/codebook/codebook_export.h"
#include "ui/common/file_suffix.h"
#include "ui/codebook/codebook_model.h"
#include "ui/common/roomy_item_delegate.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gw {

namespace {

// Definitions run to several lines: they are edited in a small text box that
// drops below the row, where Enter starts a new line and Tab or a click
// elsewhere keeps the edit.
class DefinitionDelegate : public RoomyItemDelegate
{
public:
    using RoomyItemDelegate::RoomyItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != CodebookModel::DefinitionColumn)
            return RoomyItemDelegate::createEditor(parent, option, index);
        auto *editor = new QPlainTextEdit(parent);
        editor->setObjectName(QStringLiteral("definitionEditor"));
        editor->setTabChangesFocus(true);
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setPlainText(index.data(Qt::EditRole).toString());
        else
            RoomyItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            model->setData(index, text->toPlainText(), Qt::EditRole);
        else
            RoomyItemDelegate::setModelData(editor, model, index);
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override
    {
        if (!qobject_cast<QPlainTextEdit *>(editor))
            return RoomyItemDelegate::updateEditorGeometry(editor, option, index);
        QRect r = option.rect;
        r.setHeight(option.fontMetrics.lineSpacing() * 5 + 10);
        r.setWidth(std::max(r.width(), 320));
        editor->setGeometry(r);
    }
};

} // namespace

CodebookView::CodebookView(QWidget *parent) : QDockWidget(tr("Codebook"), parent)
{
    setObjectName(QStringLiteral("codebookView"));
    m_model = new CodebookModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CodebookModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(body);
    m_filter->setObjectName(QStringLiteral("codebookFilter"));
    m_filter->setPlaceholderText(tr("Filter codes, definitions, themes…"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("codebookCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_export = new QPushButton(tr("Export…"), body);
    m_export->setObjectName(QStringLiteral("codebookExport"));
    m_export->setToolTip(tr("Write the codes shown as CSV, Markdown, ODT, HTML or LaTeX"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_view = new QTreeView(body);
    m_view->setObjectName(QStringLiteral("codebookTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the data structure's order until a column is chosen
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setItemDelegate(new DefinitionDelegate(m_view));
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const std::pair<int, int> widths[] = {
        {CodebookModel::CodeColumn, 220},      {CodebookModel::StageColumn, 90},
        {CodebookModel::ThemeColumn, 190},     {CodebookModel::DimensionColumn, 170},
        {CodebookModel::DefinitionColumn, 300}, {CodebookModel::SegmentsColumn, 76},
        {CodebookModel::SourcesColumn, 66},    {CodebookModel::FirstUsedColumn, 96},
        {CodebookModel::LastUsedColumn, 96}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        refreshCount();
    });
    connect(m_export, &QPushButton::clicked, this, &CodebookView::exportInteractively);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != CodebookModel::DefinitionColumn)
            Q_EMIT codeActivated(index.data(CodebookModel::CodeIdRole).toLongLong());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CodebookView::refreshCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CodebookView::refreshCount);
    connect(m_model, &CodebookModel::editRefused, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot change the definition"), message);
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_model->project() != m_project)
            m_model->setProject(m_project, m_stack);
    });
    refreshCount();
}

void CodebookView::setProject(Project *project, QUndoStack *stack)
{
    m_project = project;
    m_stack = stack;
    // Read only while shown: opening a project should not wait for a hidden view.
    m_model->setProject(isVisible() ? project : nullptr, stack);
    m_export->setEnabled(project != nullptr);
}

void CodebookView::refreshCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%1 codes").arg(QLocale().toString(all))
                                  : tr("%1 of %2 codes").arg(QLocale().toString(shown), QLocale().toString(all)));
}

Status CodebookView::exportTo(const QString &path)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("Open a project first."));
    if (m_model->project() != m_project)
        m_model->setProject(m_project, m_stack);
    m_model->refresh(); // anything the project announced a moment ago
    // As a document (odt, html, tex): the whole codebook by dimension and theme,
    // with definitions, example quotes and history.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"odt" || suffix == u"html" || suffix == u"tex") {
        auto document = codebookDocument(*m_project);
        if (!document)
            return std::unexpected(document.error());
        return writeDocument(*document, *documentFormatFromString(suffix), path);
    }
    std::vector<CodebookRow> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int at = m_model->rowOf(m_proxy->index(row, 0).data(CodebookModel::CodeIdRole).toLongLong());
        if (at >= 0)
            rows.push_back(m_model->rows()[size_t(at)]);
    }
    const QString name = m_project->setting(QStringLiteral("project.name"), m_project->name());
    return writeCodebook(rows, QStringLiteral("Codebook: %1").arg(name), path);
}

void CodebookView::exportInteractively()
{
    if (!m_project)
        return;
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Codebook"),
        QFileInfo(m_project->path()).absolutePath() + QStringLiteral("/codebook.csv"),
        tr("CSV for spreadsheets (*.csv);;Markdown table (*.md);;Document: OpenDocument text (*.odt);;"
           "Document: HTML (*.html);;Document: LaTeX (*.tex)"),
        &selected);
    if (path.isEmpty())
        return;
    path = withChosenSuffix(path, selected, QStringLiteral(".csv"));
    if (auto ok = exportTo(path); !ok) {
        QMessageBox::warning(this, tr("Cannot export the codebook"), ok.error().message);
        return;
    }
    Q_EMIT exported(tr("Wrote the codebook (%1 codes) to %2.").arg(m_proxy->rowCount()).arg(path));
}

} // namespace gw
