#pragma once
// Internal to ui/codes: one row of CodeTreeModel, shared by the files that
// build, sync and edit the tree (code_tree_model.cpp, code_tree_sync.cpp,
// code_tree_drop.cpp).

#include "ui/codes/code_tree_model.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace gw {

// One row of the tree. Rows point at their Node (internalPointer), so nodes stay
// put in memory (unique_ptr) while their vectors grow and shrink.
struct CodeTreeModel::Node
{
    ItemKind kind = ItemKind::Code;
    Id id = 0;
    QString name;
    QString definition;
    QString color;
    CodeStage stage = CodeStage::Open;
    std::int64_t segments = 0;
    std::int64_t sources = 0;
    bool archived = false;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] int row() const
    {
        const auto &siblings = parent->children;
        auto it = std::ranges::find(siblings, this, &std::unique_ptr<Node>::get);
        return int(it - siblings.begin());
    }

    [[nodiscard]] std::int64_t totalSegments() const
    {
        if (kind == ItemKind::Code)
            return segments;
        std::int64_t sum = 0;
        for (const auto &child : children)
            sum += child->totalSegments();
        return sum;
    }

    [[nodiscard]] int codeCount() const
    {
        if (kind == ItemKind::Code)
            return 1;
        int sum = 0;
        for (const auto &child : children)
            sum += child->codeCount();
        return sum;
    }

    void take(const CodeInfo &code)
    {
        id = code.id;
        name = code.name;
        definition = code.definition;
        color = code.color;
        stage = code.stage;
        segments = code.segmentCount;
        sources = code.sourceCount;
        archived = code.archived;
    }
};

} // namespace gw
