#include "ui/codes/code_tree_model.h"

#include "core/model/project.h"
#include "ui/codes/code_swatch.h"
#include "ui/codes/code_tree_node.h"

#include <QMimeData>
#include <QApplication>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <vector>

namespace gw {

namespace {

constexpr std::array kGroupStages{CodeStage::FirstOrder, CodeStage::Focused, CodeStage::Open};

QString stageLabel(CodeStage stage)
{
    switch (stage) {
    case CodeStage::FirstOrder: return QCoreApplication::translate("gw::CodeTreeModel", "First-order code");
    case CodeStage::Focused: return QCoreApplication::translate("gw::CodeTreeModel", "Focused code");
    case CodeStage::Open: return QCoreApplication::translate("gw::CodeTreeModel", "Open code");
    }
    return {};
}

} // namespace

std::unique_ptr<CodeTreeModel::Node> CodeTreeModel::tierNode(ItemKind kind, Id id, const QString &name,
                                                             const QString &definition)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->id = id;
    node->name = name;
    node->definition = definition;
    return node;
}

CodeTreeModel::CodeTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    load();
}

CodeTreeModel::~CodeTreeModel() = default;

QString CodeTreeModel::stageGroupName(CodeStage stage)
{
    switch (stage) {
    case CodeStage::FirstOrder: return tr("First-order codes (not yet placed)");
    case CodeStage::Focused: return tr("Focused codes");
    case CodeStage::Open: return tr("Open codes");
    }
    return {};
}

void CodeTreeModel::setProject(Project *project)
{
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    load();
    if (m_project) {
        connect(m_project, &Project::codeAdded, this, &CodeTreeModel::onCodeAdded);
        connect(m_project, &Project::codeChanged, this, &CodeTreeModel::onCodeChanged);
        connect(m_project, &Project::codeRemoved, this, &CodeTreeModel::onCodeChanged);
        connect(m_project, &Project::segmentsChanged, this,
                [this](Id, Id codeId) { onSegmentsChanged(codeId); });
        connect(m_project, &Project::structureChanged, this, &CodeTreeModel::syncStructure);
    }
    endResetModel();
}

// Builds the whole tree without announcing rows: only called inside a reset.
void CodeTreeModel::load()
{
    m_root = std::make_unique<Node>();
    m_codes.clear();
    m_themes.clear();
    m_dimensions.clear();
    auto adopt = [](Node *parent, std::unique_ptr<Node> child) {
        child->parent = parent;
        parent->children.push_back(std::move(child));
        return parent->children.back().get();
    };
    auto dimensions = m_project ? m_project->dimensions() : Result<std::vector<DimensionInfo>>{};
    auto themes = m_project ? m_project->themes() : Result<std::vector<ThemeInfo>>{};
    auto codes = m_project ? m_project->codes() : Result<std::vector<CodeInfo>>{};
    if (!dimensions || !themes || !codes) {
        const Error &e = !dimensions ? dimensions.error() : !themes ? themes.error() : codes.error();
        spdlog::warn("cannot read the code structure: {}", e.message.toStdString());
    }
    if (dimensions)
        for (const DimensionInfo &d : *dimensions)
            m_dimensions[d.id] = adopt(m_root.get(), tierNode(ItemKind::Dimension, d.id, d.name, d.definition));
    if (themes)
        for (const ThemeInfo &t : *themes) {
            Node *parent = m_root.get();
            if (t.dimensionId && m_dimensions.contains(*t.dimensionId))
                parent = m_dimensions[*t.dimensionId];
            m_themes[t.id] =
                adopt(parent, tierNode(ItemKind::Theme, t.id, t.name, t.definition));
        }
    // Top-level themes follow the dimensions.
    std::ranges::stable_partition(m_root->children,
                                  [](const auto &n) { return n->kind == ItemKind::Dimension; });
    for (size_t i = 0; i < kGroupStages.size(); ++i) {
        auto group = std::make_unique<Node>();
        group->kind = ItemKind::StageGroup;
        group->stage = kGroupStages[i];
        group->name = stageGroupName(kGroupStages[i]);
        m_groups[i] = adopt(m_root.get(), std::move(group));
    }
    if (codes)
        for (const CodeInfo &c : *codes) {
            if (c.archived && !m_showArchived)
                continue;
            auto node = std::make_unique<Node>();
            node->take(c);
            m_codes[c.id] = adopt(placeFor(c), std::move(node));
        }
    // Codes under a theme stand in the order chosen for them.
    if (auto rows = m_project ? m_project->structureRows() : Result<StructureRows>{}; rows && !m_themes.empty()) {
        std::unordered_map<Id, int> position;
        for (const CodePlacement &p : rows->placements)
            position[p.codeId] = p.position;
        for (auto &[id, theme] : m_themes)
            std::ranges::stable_sort(theme->children, {}, [&position](const std::unique_ptr<Node> &n) {
                auto it = position.find(n->id);
                return it == position.end() ? 0 : it->second;
            });
    }
}

CodeTreeModel::Node *CodeTreeModel::groupOf(CodeStage stage) const
{
    auto it = std::ranges::find(kGroupStages, stage);
    return m_groups[size_t(it - kGroupStages.begin())];
}

CodeTreeModel::Node *CodeTreeModel::placeFor(const CodeInfo &code) const
{
    if (code.themeId)
        if (auto it = m_themes.find(*code.themeId); it != m_themes.end())
            return it->second;
    return groupOf(code.stage);
}

int CodeTreeModel::topLevelCount(ItemKind kind) const
{
    return int(std::ranges::count_if(m_root->children, [kind](const auto &n) { return n->kind == kind; }));
}

CodeTreeModel::Node *CodeTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CodeTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

Id CodeTreeModel::codeId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    const Node *node = nodeOf(index);
    return node->kind == ItemKind::Code ? node->id : 0;
}

QModelIndex CodeTreeModel::indexOfCode(Id id, int column) const
{
    auto it = m_codes.find(id);
    return it == m_codes.end() ? QModelIndex() : indexOf(it->second, column);
}

QModelIndex CodeTreeModel::indexOfTheme(Id id, int column) const
{
    auto it = m_themes.find(id);
    return it == m_themes.end() ? QModelIndex() : indexOf(it->second, column);
}

QModelIndex CodeTreeModel::indexOfDimension(Id id, int column) const
{
    auto it = m_dimensions.find(id);
    return it == m_dimensions.end() ? QModelIndex() : indexOf(it->second, column);
}

CodeTreeModel::ItemKind CodeTreeModel::kindOf(const QModelIndex &index)
{
    return ItemKind(index.data(ItemKindRole).toInt());
}

QModelIndex CodeTreeModel::indexOfStageGroup(CodeStage stage) const
{
    return indexOf(groupOf(stage));
}

QModelIndex CodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex CodeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CodeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node *node = nodeOf(index);
    const bool isCode = node->kind == ItemKind::Code;
    switch (role) {
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(node->name) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        if (index.column() == SourcesColumn)
            return isCode ? QVariant(qlonglong(node->sources)) : QVariant();
        if (isCode || !node->children.empty())
            return qlonglong(node->totalSegments());
        return {};
    case Qt::DecorationRole:
        if (isCode && index.column() == NameColumn)
            return codeSwatch(QColor(node->color));
        return {};
    case Qt::FontRole:
        if (node->kind == ItemKind::Dimension || node->kind == ItemKind::StageGroup) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (isCode && node->archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (node->kind == ItemKind::StageGroup || (!isCode && index.column() != NameColumn) ||
            (isCode && node->archived))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        if (!isCode)
            return tr("%1\n%2 codes · %3 segments%4")
                .arg(node->name, QString::number(node->codeCount()),
                     QString::number(node->totalSegments()),
                     node->definition.isEmpty() ? QString() : QStringLiteral("\n\n") + node->definition);
        return tr("%1\n%2 · %3 segments in %4 sources%5")
            .arg(node->archived ? tr("%1 (archived)").arg(node->name) : node->name, stageLabel(node->stage),
                 QString::number(node->segments),
                 QString::number(node->sources),
                 node->definition.isEmpty() ? QString() : QStringLiteral("\n\n") + node->definition);
    }
    case ItemKindRole: return int(node->kind);
    case ItemIdRole: return qlonglong(node->id);
    case CodeColorRole: return isCode ? QVariant(node->color) : QVariant();
    case ArchivedRole: return isCode && node->archived;
    }
    return {};
}

Qt::ItemFlags CodeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_stack ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // the top level takes themes and dimensions
    const Node *node = nodeOf(index);
    Qt::ItemFlags flags = Qt::ItemIsEnabled;
    if (m_stack)
        flags |= Qt::ItemIsDropEnabled;
    if (node->kind == ItemKind::StageGroup)
        return flags;
    flags |= Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (m_stack && index.column() == NameColumn && !(node->kind == ItemKind::Code && node->archived))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == NameColumn       ? tr("Codes")
               : section == SegmentsColumn ? tr("Segments")
                                           : tr("Sources");
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void CodeTreeModel::addCode(const CodeInfo &code)
{
    Node *parent = placeFor(code);
    auto node = std::make_unique<Node>();
    node->take(code);
    m_codes[code.id] = insertChild(parent, int(parent->children.size()), std::move(node));
    countsChangedAbove(m_codes[code.id]);
}

// The segment totals of NODE's ancestors (and NODE itself) may have changed.
void CodeTreeModel::countsChangedAbove(const Node *node)
{
    for (const Node *n = node; n && n != m_root.get(); n = n->parent)
        Q_EMIT dataChanged(indexOf(n, SegmentsColumn), indexOf(n, SourcesColumn));
}

void CodeTreeModel::onCodeAdded(Id codeId)
{
    onCodeChanged(codeId);
}

void CodeTreeModel::onCodeChanged(Id codeId)
{
    auto code = m_project->code(codeId);
    auto it = m_codes.find(codeId);
    Node *node = it == m_codes.end() ? nullptr : it->second;
    if (!code || (code->archived && !m_showArchived)) {
        if (node) {
            Node *parent = node->parent;
            m_codes.erase(codeId);
            removeNode(node);
            countsChangedAbove(parent);
        }
        return;
    }
    if (!node) {
        addCode(*code);
        return;
    }
    node->take(*code);
    Q_EMIT dataChanged(indexOf(node, NameColumn), indexOf(node, SourcesColumn));
    countsChangedAbove(node->parent);
    // Placed, unplaced or a new stage: it moves, in its order. Placed under a theme
    // this model has not seen yet, the theme comes with it.
    if (placeFor(*code) != node->parent || (code->themeId && !m_themes.contains(*code->themeId)))
        syncStructure();
}

void CodeTreeModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    if (!m_project)
        return;
    auto codes = m_project->codes();
    if (!codes)
        return;
    for (const CodeInfo &c : *codes)
        if (c.archived)
            onCodeChanged(c.id); // adds or removes its row
}

void CodeTreeModel::onSegmentsChanged(Id codeId)
{
    if (codeId == 0) { // any code (a merge, a batch): one query; signals for the codes whose counts changed
        auto all = m_project->codes();
        if (!all)
            return;
        for (const CodeInfo &code : *all) {
            auto it = m_codes.find(code.id);
            if (it == m_codes.end() ||
                (it->second->segments == code.segmentCount && it->second->sources == code.sourceCount))
                continue;
            it->second->segments = code.segmentCount;
            it->second->sources = code.sourceCount;
            countsChangedAbove(it->second);
        }
        return;
    }
    auto it = m_codes.find(codeId);
    if (it == m_codes.end())
        return;
    auto code = m_project->code(codeId);
    if (!code)
        return;
    it->second->segments = code->segmentCount;
    it->second->sources = code->sourceCount;
    countsChangedAbove(it->second);
    Q_EMIT dataChanged(indexOf(it->second), indexOf(it->second), {Qt::ToolTipRole});
}

} // namespace gw
