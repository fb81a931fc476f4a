// CodeTreeModel: editing the hierarchy in the tree. Rows drag out as their
// ids; a drop is read as the researcher means it (a code onto a theme places
// it there, onto a stage group takes it out of its theme; a theme onto a
// dimension places it, onto the top level unplaces it; a dimension among the
// dimensions moves it) and made as one undo step through HierarchyEdits.
// Renaming in place goes the same way.
#include "core/model/project.h"
#include "ui/codes/code_tree_model.h"
#include "ui/codes/code_tree_node.h"
#include "ui/codes/hierarchy_edits.h"

#include <QMimeData>

namespace gw {

struct CodeTreeModel::Drop
{
    enum class What { PlaceCodes, UnplaceCodes, PlaceThemes, UnplaceThemes, MoveDimension };
    What what = What::PlaceCodes;
    QList<Id> ids;
    Id target = 0;              // the theme or dimension placed under
    std::optional<int> row;     // among the target's rows as they are now; the end without one
    std::optional<CodeStage> stage; // unplacing onto a stage group
};

namespace {

QString mimeOf(CodeTreeModel::ItemKind kind)
{
    switch (kind) {
    case CodeTreeModel::ItemKind::Code: return QString::fromUtf16(CodeTreeModel::kCodeMimeType);
    case CodeTreeModel::ItemKind::Theme: return QString::fromUtf16(CodeTreeModel::kThemeMimeType);
    case CodeTreeModel::ItemKind::Dimension: return QString::fromUtf16(CodeTreeModel::kDimensionMimeType);
    case CodeTreeModel::ItemKind::StageGroup: break;
    }
    return {};
}

QList<Id> idsIn(const QMimeData *data, const QString &type)
{
    QList<Id> ids;
    if (!data || !data->hasFormat(type))
        return ids;
    for (const QByteArray &line : data->data(type).split('\n'))
        if (const Id id = line.trimmed().toLongLong(); id > 0 && !ids.contains(id))
            ids << id;
    return ids;
}

} // namespace

QStringList CodeTreeModel::mimeTypes() const
{
    return {QString::fromUtf16(kCodeMimeType), QString::fromUtf16(kThemeMimeType),
            QString::fromUtf16(kDimensionMimeType)};
}

QMimeData *CodeTreeModel::mimeData(const QModelIndexList &indexes) const
{
    std::optional<ItemKind> kind;
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const Node *node = nodeOf(index);
        if (node->kind == ItemKind::StageGroup)
            continue;
        if (!kind)
            kind = node->kind;
        if (node->kind == *kind && !ids.contains(QString::number(node->id)))
            ids << QString::number(node->id);
    }
    if (!kind || ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeOf(*kind), ids.join(QLatin1Char('\n')).toLatin1());
    return data;
}

std::optional<CodeTreeModel::Drop> CodeTreeModel::dropFor(const QMimeData *data, int row,
                                                           const QModelIndex &parent) const
{
    if (!m_project || !data || (parent.isValid() && parent.model() != this))
        return std::nullopt;
    const Node *onto = nodeOf(parent);
    const bool onItem = row < 0; // dropped on the row itself, not between rows
    Drop drop;

    if (QList<Id> codes = idsIn(data, QString::fromUtf16(kCodeMimeType)); !codes.isEmpty()) {
        codes.removeIf([this](Id id) { return !m_codes.contains(id); });
        if (codes.isEmpty())
            return std::nullopt;
        drop.ids = codes;
        if (onto->kind == ItemKind::Code && onItem) { // onto a code: beside it
            row = onto->row();
            onto = onto->parent;
        }
        if (onto->kind == ItemKind::Theme) {
            drop.what = Drop::What::PlaceCodes;
            drop.target = onto->id;
            drop.row = row < 0 ? std::nullopt : std::optional<int>(row);
            return drop;
        }
        if (onto->kind == ItemKind::StageGroup) {
            drop.what = Drop::What::UnplaceCodes;
            drop.stage = onto->stage;
            // Codes already in that group have nowhere to go.
            const bool moves = std::ranges::any_of(codes, [this, onto](Id id) {
                return m_codes.at(id)->parent != onto;
            });
            return moves ? std::optional(drop) : std::nullopt;
        }
        return std::nullopt;
    }

    if (QList<Id> themes = idsIn(data, QString::fromUtf16(kThemeMimeType)); !themes.isEmpty()) {
        themes.removeIf([this](Id id) { return !m_themes.contains(id); });
        if (themes.isEmpty())
            return std::nullopt;
        drop.ids = themes;
        if (onto->kind == ItemKind::Theme && onItem) { // onto a theme: beside it
            if (themes.contains(onto->id))
                return std::nullopt;
            row = onto->row();
            onto = onto->parent;
        }
        if (onto->kind == ItemKind::Dimension) {
            drop.what = Drop::What::PlaceThemes;
            drop.target = onto->id;
            drop.row = row < 0 ? std::nullopt : std::optional<int>(row);
            return drop;
        }
        if (onto == m_root.get()) {
            drop.what = Drop::What::UnplaceThemes;
            const bool moves = std::ranges::any_of(themes, [this](Id id) {
                return m_themes.at(id)->parent != m_root.get();
            });
            return moves ? std::optional(drop) : std::nullopt;
        }
        return std::nullopt;
    }

    if (QList<Id> dimensions = idsIn(data, QString::fromUtf16(kDimensionMimeType)); !dimensions.isEmpty()) {
        const Id id = dimensions.first();
        if (!m_dimensions.contains(id))
            return std::nullopt;
        if (onto->kind == ItemKind::Dimension && onItem) {
            if (onto->id == id)
                return std::nullopt;
            row = onto->row();
            onto = onto->parent;
        }
        if (onto != m_root.get())
            return std::nullopt;
        const int count = topLevelCount(ItemKind::Dimension);
        drop.what = Drop::What::MoveDimension;
        drop.ids = {id};
        drop.row = std::clamp(row < 0 ? count : row, 0, count);
        const int from = m_dimensions.at(id)->row();
        if (*drop.row == from || *drop.row == from + 1)
            return std::nullopt; // it would land where it is
        return drop;
    }
    return std::nullopt;
}

bool CodeTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent) const
{
    Q_UNUSED(column);
    if (!m_stack || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    return dropFor(data, row, parent).has_value();
}

bool CodeTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    Q_UNUSED(column);
    m_dropError.clear();
    if (!m_stack || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    const auto drop = dropFor(data, row, parent);
    if (!drop)
        return false;
    if (auto ok = applyDrop(*drop); !ok) {
        m_dropError = ok.error().message;
        Q_EMIT editRefused(m_dropError);
        return false;
    }
    return true;
}

Status CodeTreeModel::applyDrop(const Drop &drop)
{
    HierarchyEdits edits(*m_project, *m_stack);
    switch (drop.what) {
    case Drop::What::PlaceCodes: return edits.placeCodes(drop.ids, drop.target, drop.row);
    case Drop::What::UnplaceCodes: return edits.unplaceCodes(drop.ids, drop.stage);
    case Drop::What::PlaceThemes: return edits.placeThemes(drop.ids, drop.target, drop.row);
    case Drop::What::UnplaceThemes: return edits.unplaceThemes(drop.ids);
    case Drop::What::MoveDimension: return edits.moveDimension(drop.ids.first(), drop.row.value_or(0));
    }
    return {};
}

bool CodeTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn || !m_stack || !m_project)
        return false;
    const Node *node = nodeOf(index);
    const QString name = value.toString().simplified();
    if (name == node->name)
        return false; // nothing to do
    HierarchyEdits edits(*m_project, *m_stack);
    Status ok;
    switch (node->kind) {
    case ItemKind::Code: ok = edits.renameCode(node->id, name); break;
    case ItemKind::Theme: ok = edits.renameTheme(node->id, name); break;
    case ItemKind::Dimension: ok = edits.renameDimension(node->id, name); break;
    case ItemKind::StageGroup: return false;
    }
    if (!ok) {
        Q_EMIT editRefused(ok.error().message);
        return false;
    }
    return true;
}

} // namespace gw
