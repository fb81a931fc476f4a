#pragma once
// The code structure of the open project as it stands in the Gioia method:
// aggregate dimensions > second-order themes > codes, then the codes not yet
// placed under a theme, grouped by stage (first-order, focused, open). Each code
// carries its colour (DecorationRole), segment and source counts; a dimension,
// theme or group shows the segment total of the codes under it. Archived codes
// are left out unless setShowArchived(true), then shown greyed in italics.
//
// Follows the project's signals with row inserts, moves and dataChanged; resets
// only when the project itself changes, so views keep their expansion and
// selection. With an undo stack (setUndoStack) the tree is also where the
// hierarchy is edited: codes, themes and dimensions are renamed in place
// (setData), and dropping codes onto a theme or a stage group, themes onto a
// dimension or the top level, or dimensions among themselves places, unplaces
// or reorders them, each drop one undo step (code_tree_drop.cpp). Does not own
// the project or the stack.

#include "core/model/project.h"
#include "core/model/types.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QUndoStack>
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
    // Edits made in the tree (renames, drops) go onto STACK; without one the
    // tree is read-only.
    void setUndoStack(QUndoStack *stack) { m_stack = stack; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_stack; }
    // Archived codes as rows too (inserted and removed, no reset).
    void setShowArchived(bool show);
    [[nodiscard]] bool showsArchived() const { return m_showArchived; }

    // The code at INDEX, or 0 when INDEX is a dimension, theme or group.
    [[nodiscard]] Id codeId(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfCode(Id id, int column = NameColumn) const;
    [[nodiscard]] QModelIndex indexOfTheme(Id id, int column = NameColumn) const;
    [[nodiscard]] QModelIndex indexOfDimension(Id id, int column = NameColumn) const;
    [[nodiscard]] static ItemKind kindOf(const QModelIndex &index);
    // Re-reads the hierarchy and moves, inserts and removes only the rows that
    // differ (what structureChanged does).
    void syncStructure();
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
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Codes drag out as kCodeMimeType (also onto the document, to code a
    // selection), themes as kThemeMimeType, dimensions as kDimensionMimeType:
    // their ids, one decimal per line. A drag carries one kind, the first
    // selected row's.
    static constexpr char16_t kCodeMimeType[] = u"application/x-groundwork-code-ids";
    static constexpr char16_t kThemeMimeType[] = u"application/x-groundwork-theme-ids";
    static constexpr char16_t kDimensionMimeType[] = u"application/x-groundwork-dimension-ids";
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    [[nodiscard]] Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    [[nodiscard]] bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent) const override;
    // Places, unplaces or reorders what DATA carries, as one undo step; false
    // (and lastDropError()) when the drop means nothing or the edit is refused.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    [[nodiscard]] QString lastDropError() const { return m_dropError; }

Q_SIGNALS:
    // An edit made in the tree (a rename or a drop) was refused: the message says why.
    void editRefused(const QString &message);

private:
    struct Node;
    struct Drop;

    [[nodiscard]] static std::unique_ptr<Node> tierNode(ItemKind kind, Id id, const QString &name,
                                                         const QString &definition);
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node, int column = NameColumn) const;
    [[nodiscard]] Node *groupOf(CodeStage stage) const;
    [[nodiscard]] Node *placeFor(const CodeInfo &code) const;
    [[nodiscard]] int topLevelCount(ItemKind kind) const;

    void load();
    Node *insertChild(Node *parent, int row, std::unique_ptr<Node> child);
    // Puts NODE at ROW of PARENT (moving it there, or inserting OWNED when it is new).
    void putAt(Node *parent, int row, Node *node, std::unique_ptr<Node> owned);
    void moveNode(Node *node, Node *newParent, int row);
    void removeNode(Node *node);
    void addCode(const CodeInfo &code);
    void countsChangedAbove(const Node *node);

    void onCodeAdded(Id codeId);
    void onCodeChanged(Id codeId);
    void onSegmentsChanged(Id codeId);

    [[nodiscard]] std::optional<Drop> dropFor(const QMimeData *data, int row, const QModelIndex &parent) const;
    [[nodiscard]] Status applyDrop(const Drop &drop);

    QPointer<Project> m_project;
    std::unique_ptr<Node> m_root;
    std::array<Node *, 3> m_groups{};
    std::unordered_map<Id, Node *> m_codes;
    std::unordered_map<Id, Node *> m_themes;
    std::unordered_map<Id, Node *> m_dimensions;
    bool m_showArchived = false;
    QPointer<QUndoStack> m_stack;
    QString m_dropError;
};

} // namespace gw
