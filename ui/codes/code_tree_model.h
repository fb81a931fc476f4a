#pragma once
// The code structure of the open project as it stands in the Gioia method:
// aggregate dimensions > second-order themes > codes, then the codes not yet
// placed under a theme, grouped by stage (first-order, focused, open). Each code
// carries its colour (DecorationRole), segment and source counts; a dimension,
// theme or group shows the segment total of the codes under it. Archived codes
// are left out unless setShowArchived(true), then shown greyed in italics.
//
// Follows the project's signals with row inserts, moves and dataChanged; resets
// only when the project itself changes. Does not own the project.

#include "core/model/project.h"
#include "core/model/types.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <array>
#include <memory>
#include <unordered_map>

namespace gw {


class CodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SegmentsColumn, SourcesColumn, ColumnCount };
    enum class ItemKind { Dimension, Theme, Code, StageGroup };
    enum Role { ItemKindRole = Qt::UserRole + 1, ItemIdRole, CodeColorRole, ArchivedRole };

    explicit CodeTreeModel(QObject *parent = nullptr);
    ~CodeTreeModel() override;

    // Shows PROJECT's codes (none for nullptr); the one full reset.
    void setProject(Project *project);
    [[nodiscard]] Project *project() const { return m_project; }
    // Archived codes as rows too (inserted and removed, no reset).
    void setShowArchived(bool show);
    [[nodiscard]] bool showsArchived() const { return m_showArchived; }

    // The code at INDEX, or 0 when INDEX is a dimension, theme or group.
    [[nodiscard]] Id codeId(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfCode(Id id, int column = NameColumn) const;
    // The header row that holds unplaced codes of STAGE.
    [[nodiscard]] QModelIndex indexOfStageGroup(CodeStage stage) const;
    [[nodiscard]] static QString stageGroupName(CodeStage stage);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    // Codes drag out as kCodeMimeType: their ids, one decimal per line.
    static constexpr char16_t kCodeMimeType[] = u"application/x-groundwork-code-ids";
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    struct Node;

    [[nodiscard]] static std::unique_ptr<Node> tierNode(ItemKind kind, Id id, const QString &name,
                                                         const QString &definition);
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node, int column = NameColumn) const;
    [[nodiscard]] Node *groupOf(CodeStage stage) const;
    [[nodiscard]] Node *placeFor(const CodeInfo &code) const;
    [[nodiscard]] int topLevelCount(ItemKind kind) const;

    void load();
    void syncTiers();
    Node *insertChild(Node *parent, int row, std::unique_ptr<Node> child);
    void addCode(const CodeInfo &code);
    void removeCode(Node *node);
    void moveCode(Node *node, Node *newParent);
    void countsChangedAbove(const Node *node);

    void onCodeAdded(Id codeId);
    void onCodeChanged(Id codeId);
    void onSegmentsChanged(Id codeId);

    QPointer<Project> m_project;
    std::unique_ptr<Node> m_root;
    std::array<Node *, 3> m_groups{};
    std::unordered_map<Id, Node *> m_codes;
    std::unordered_map<Id, Node *> m_themes;
    std::unordered_map<Id, Node *> m_dimensions;
    bool m_showArchived = false;
};

} // namespace gw
