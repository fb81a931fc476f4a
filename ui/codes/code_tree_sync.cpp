// CodeTreeModel: following the data structure as it changes. The hierarchy is
// read again (two queries) and the tree is brought to it row by row: new rows
// are inserted, rows that sit elsewhere are moved, gone rows are removed. Rows
// that did not change are not touched, so a view keeps its expansion,
// selection and scroll position through a drop, a merge or an undo.
#include "core/model/project.h"
#include "ui/codes/code_tree_model.h"
#include "ui/codes/code_tree_node.h"

#include <spdlog/spdlog.h>
#include <unordered_set>

namespace gw {

CodeTreeModel::Node *CodeTreeModel::insertChild(Node *parent, int row, std::unique_ptr<Node> child)
{
    beginInsertRows(indexOf(parent), row, row);
    child->parent = parent;
    Node *node = child.get();
    parent->children.insert(parent->children.begin() + row, std::move(child));
    endInsertRows();
    return node;
}

void CodeTreeModel::moveNode(Node *node, Node *newParent, int row)
{
    Node *oldParent = node->parent;
    const int from = node->row();
    if (oldParent == newParent && from == row)
        return;
    // beginMoveRows counts the destination before the move; the vectors after it.
    const int destination = oldParent == newParent && row > from ? row + 1 : row;
    if (!beginMoveRows(indexOf(oldParent), from, from, indexOf(newParent), destination)) {
        spdlog::warn("code tree: cannot move row {} to {}", from, row);
        return;
    }
    std::unique_ptr<Node> owned = std::move(oldParent->children[size_t(from)]);
    oldParent->children.erase(oldParent->children.begin() + from);
    owned->parent = newParent;
    newParent->children.insert(newParent->children.begin() + row, std::move(owned));
    endMoveRows();
}

void CodeTreeModel::putAt(Node *parent, int row, Node *node, std::unique_ptr<Node> owned)
{
    if (owned)
        insertChild(parent, row, std::move(owned));
    else
        moveNode(node, parent, row);
}

void CodeTreeModel::removeNode(Node *node)
{
    // Whatever is still under it goes with it: forget those rows too.
    std::vector<const Node *> stack{node};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        auto &index = n->kind == ItemKind::Code ? m_codes : n->kind == ItemKind::Theme ? m_themes : m_dimensions;
        if (auto it = index.find(n->id); it != index.end() && it->second == n)
            index.erase(it);
        for (const auto &child : n->children)
            stack.push_back(child.get());
    }
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void CodeTreeModel::syncStructure()
{
    if (!m_project)
        return;
    auto rows = m_project->structureRows();
    auto codes = m_project->codes();
    if (!rows || !codes) {
        spdlog::warn("cannot read the code structure: {}",
                     (!rows ? rows.error() : codes.error()).message.toStdString());
        return;
    }

    // Rows made for tiers and codes that are new wait here until they are put in place.
    std::unordered_map<const Node *, std::unique_ptr<Node>> fresh;
    auto tier = [&](ItemKind kind, std::unordered_map<Id, Node *> &index, Id id, const QString &name,
                    const QString &definition) {
        if (auto it = index.find(id); it != index.end()) {
            Node *n = it->second;
            if (n->name != name || n->definition != definition) {
                n->name = name;
                n->definition = definition;
                Q_EMIT dataChanged(indexOf(n), indexOf(n));
            }
            return n;
        }
        auto owned = tierNode(kind, id, name, definition);
        Node *n = owned.get();
        fresh[n] = std::move(owned);
        index[id] = n;
        return n;
    };

    std::vector<DimensionInfo> dimensions = rows->dimensions;
    std::ranges::stable_sort(dimensions, {}, [](const DimensionInfo &d) { return std::pair(d.position, d.id); });
    std::vector<ThemeInfo> themes = rows->themes;
    std::ranges::stable_sort(themes, {}, [](const ThemeInfo &t) { return std::pair(t.position, t.id); });

    std::vector<Node *> top;
    std::unordered_map<const Node *, std::vector<Node *>> wanted; // the children each row should have
    std::unordered_set<Id> dimensionIds, themeIds, codeIds;
    for (const DimensionInfo &d : dimensions) {
        top.push_back(tier(ItemKind::Dimension, m_dimensions, d.id, d.name, d.definition));
        dimensionIds.insert(d.id);
    }
    std::vector<Node *> unplacedThemes;
    for (const ThemeInfo &t : themes) {
        Node *n = tier(ItemKind::Theme, m_themes, t.id, t.name, t.definition);
        themeIds.insert(t.id);
        if (t.dimensionId && dimensionIds.contains(*t.dimensionId))
            wanted[m_dimensions[*t.dimensionId]].push_back(n);
        else
            unplacedThemes.push_back(n);
    }
    top.insert(top.end(), unplacedThemes.begin(), unplacedThemes.end());
    top.insert(top.end(), m_groups.begin(), m_groups.end());

    std::unordered_map<Id, const CodePlacement *> placement;
    for (const CodePlacement &p : rows->placements)
        placement[p.codeId] = &p;
    std::unordered_map<const Node *, std::vector<std::pair<int, Node *>>> placed;
    for (const CodeInfo &c : *codes) {
        if (c.archived && !m_showArchived)
            continue;
        codeIds.insert(c.id);
        Node *n = nullptr;
        if (auto it = m_codes.find(c.id); it != m_codes.end()) {
            n = it->second;
            if (n->name != c.name || n->definition != c.definition || n->color != c.color || n->stage != c.stage ||
                n->segments != c.segmentCount || n->sources != c.sourceCount || n->archived != c.archived) {
                n->take(c);
                Q_EMIT dataChanged(indexOf(n, NameColumn), indexOf(n, SourcesColumn));
            }
        } else {
            auto owned = std::make_unique<Node>();
            owned->take(c);
            n = owned.get();
            fresh[n] = std::move(owned);
            m_codes[c.id] = n;
        }
        auto p = placement.find(c.id);
        if (p != placement.end() && themeIds.contains(p->second->themeId))
            placed[m_themes[p->second->themeId]].emplace_back(p->second->position, n);
        else
            wanted[groupOf(c.stage)].push_back(n);
    }
    for (auto &[theme, list] : placed) {
        std::ranges::stable_sort(list, {}, &std::pair<int, Node *>::first);
        auto &children = wanted[theme];
        for (const auto &[position, node] : list)
            children.push_back(node);
    }

    auto arrange = [&](Node *parent, const std::vector<Node *> &children) {
        for (int i = 0; i < int(children.size()); ++i) {
            Node *n = children[size_t(i)];
            std::unique_ptr<Node> owned;
            if (auto it = fresh.find(n); it != fresh.end()) {
                owned = std::move(it->second);
                fresh.erase(it);
            }
            putAt(parent, i, n, std::move(owned));
        }
    };
    arrange(m_root.get(), top);
    for (Node *d : top)
        if (d->kind == ItemKind::Dimension)
            arrange(d, wanted[d]);
    for (const ThemeInfo &t : themes)
        arrange(m_themes[t.id], wanted[m_themes[t.id]]);
    for (Node *group : m_groups)
        arrange(group, wanted[group]);

    // What is gone leaves last, when nothing wanted is under it any more.
    std::vector<Node *> gone;
    for (const auto &[id, n] : m_codes)
        if (!codeIds.contains(id))
            gone.push_back(n);
    for (const auto &[id, n] : m_themes)
        if (!themeIds.contains(id))
            gone.push_back(n);
    for (const auto &[id, n] : m_dimensions)
        if (!dimensionIds.contains(id))
            gone.push_back(n);
    for (Node *n : gone)
        removeNode(n);

    // Totals of every tier and group may have changed with what moved.
    std::vector<const Node *> above(m_groups.begin(), m_groups.end());
    for (const auto &[id, n] : m_themes)
        above.push_back(n);
    for (const auto &[id, n] : m_dimensions)
        above.push_back(n);
    for (const Node *n : above)
        Q_EMIT dataChanged(indexOf(n, NameColumn), indexOf(n, SourcesColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace gw
