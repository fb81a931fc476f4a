#include "ui/audit/audit_view.h"

#include "core/model/project.h"
#include "ui/audit/audit_model.h"
#include "ui/audit/audit_words.h"
#include "ui/codes/code_swatch.h"
#include "ui/common/roomy_item_delegate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

QTreeWidgetItem *item(QTreeWidgetItem *parent, const QString &text, bool bold = false)
{
    auto *i = new QTreeWidgetItem(parent, {text});
    if (bold) {
        QFont font = i->font(0);
        font.setBold(true);
        i->setFont(0, font);
    }
    return i;
}

void addCodes(QTreeWidgetItem *parent, const std::vector<StructureCode> &codes)
{
    for (const StructureCode &c : codes)
        item(parent, c.name)->setIcon(0, codeSwatch(QColor(c.color)));
}

} // namespace

AuditView::AuditView(QWidget *parent) : QDockWidget(tr("Audit Log"), parent)
{
    setObjectName(QStringLiteral("auditView"));
    m_model = new AuditModel(this);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(body);
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->addItem(tr("All changes"), -1);
    for (int i = 0; i < auditKinds().size(); ++i)
        m_kind->addItem(QCoreApplication::translate("gw::AuditView", auditKinds()[i].label), i);
    m_coder = new QComboBox(body);
    m_coder->setObjectName(QStringLiteral("auditCoder"));
    m_coder->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text = new QLineEdit(body);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Search names and reasons"));
    m_text->setClearButtonEnabled(true);
    m_show = new QPushButton(tr("Show the Hierarchy as It Was"), body);
    m_show->setObjectName(QStringLiteral("auditShowHierarchy"));
    m_show->setToolTip(tr("The data structure right after the selected change"));
    bar->addWidget(m_kind);
    bar->addWidget(m_coder);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_show);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, body);
    splitter->setChildrenCollapsible(false);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("auditList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new RoomyItemDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(AuditModel::WhenColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AuditModel::CoderColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AuditModel::ActionColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(AuditModel::ActionColumn, 460);

    m_hierarchyPanel = new QWidget(splitter);
    auto *panel = new QVBoxLayout(m_hierarchyPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    m_hierarchyTitle = new QLabel(m_hierarchyPanel);
    m_hierarchyTitle->setObjectName(QStringLiteral("auditHierarchyTitle"));
    m_hierarchyTitle->setWordWrap(true);
    m_hierarchyTitle->setTextFormat(Qt::PlainText);
    m_hierarchy = new QTreeWidget(m_hierarchyPanel);
    m_hierarchy->setObjectName(QStringLiteral("auditHierarchy"));
    m_hierarchy->setHeaderHidden(true);
    m_hierarchy->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hierarchy->setSelectionMode(QAbstractItemView::NoSelection);
    m_hierarchy->setIndentation(14);
    panel->addWidget(m_hierarchyTitle);
    panel->addWidget(m_hierarchy, 1);
    m_hierarchyPanel->hide();
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setWidget(body);

    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, [this] {
        if (isVisible() || m_model->project())
            refresh();
    });
    connect(m_kind, &QComboBox::activated, this, &AuditView::applyFilter);
    connect(m_coder, &QComboBox::activated, this, &AuditView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AuditView::applyFilter);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            showHierarchyAt(m_view->currentIndex().row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                refreshButton();
                if (current.isValid() && m_hierarchyPanel->isVisible())
                    showHierarchyAt(current.row());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::refreshButton);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_model->project() != m_project) {
            m_model->setProject(m_project);
            fillCoders();
        }
    });
    fillCoders();
    refreshButton();
}

void AuditView::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        // Entries are written with the edits; read them once the burst of signals is over.
        connect(m_project, &Project::structureChanged, m_pending, qOverload<>(&QTimer::start));
        connect(m_project, &Project::codeChanged, m_pending, qOverload<>(&QTimer::start));
    }
    m_hierarchyPanel->hide();
    m_hierarchy->clear();
    // Read only while shown: opening a project should not wait for a hidden view.
    m_model->setProject(isVisible() ? project : nullptr);
    fillCoders();
}

void AuditView::refresh()
{
    m_pending->stop();
    if (m_model->project() != m_project)
        m_model->setProject(m_project);
    m_model->refresh();
    fillCoders();
}

void AuditView::applyFilter()
{
    m_model->setFilter(m_kind->currentData().toInt(), m_coder->currentData().toString(), m_text->text().trimmed());
}

void AuditView::fillCoders()
{
    const QString kept = m_coder->currentData().toString();
    m_coder->clear();
    m_coder->addItem(tr("All coders"), QString());
    for (const QString &c : m_model->coders())
        m_coder->addItem(c, c);
    m_coder->setCurrentIndex(std::max(0, m_coder->findData(kept)));
}

void AuditView::refreshButton()
{
    m_show->setEnabled(m_view->currentIndex().isValid());
}

bool AuditView::showHierarchyAt(int row)
{
    if (!m_project || row < 0 || row >= m_model->rowCount())
        return false;
    const AuditEntry &entry = m_model->entry(row);
    auto structure = m_project->structureAt(entry.id);
    if (!structure) {
        m_hierarchyTitle->setText(structure.error().message);
        m_hierarchy->clear();
        m_hierarchyPanel->show();
        return false;
    }
    m_hierarchyTitle->setText(tr("As it was after: %1 (%2, %3)")
                                  .arg(m_model->words(row),
                                       m_model->index(row, AuditModel::WhenColumn).data().toString(), entry.coder));
    fillTree(m_hierarchy, *structure);
    m_hierarchyPanel->show();
    return true;
}

void AuditView::fillTree(QTreeWidget *tree, const DataStructure &structure)
{
    tree->clear();
    QTreeWidgetItem *root = tree->invisibleRootItem();
    for (const StructureDimension &d : structure.dimensions) {
        QTreeWidgetItem *dim = item(root, d.name, true);
        for (const StructureTheme &t : d.themes)
            addCodes(item(dim, t.name), t.codes);
    }
    if (!structure.unplacedThemes.empty() || !structure.unplacedCodes.empty()) {
        QTreeWidgetItem *rest = item(root, tr("Not placed yet"), true);
        rest->setForeground(0, tree->palette().brush(QPalette::PlaceholderText));
        for (const StructureTheme &t : structure.unplacedThemes)
            addCodes(item(rest, t.name), t.codes);
        addCodes(rest, structure.unplacedCodes);
    }
    if (structure.dimensions.empty() && structure.unplacedThemes.empty() && structure.unplacedCodes.empty())
        item(root, tr("No themes or dimensions yet"))
            ->setForeground(0, tree->palette().brush(QPalette::PlaceholderText));
    tree->expandAll();
}

} // namespace gw
