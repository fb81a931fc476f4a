#pragma once
// The codebook as a table: one row per active code (see codebook_rows.h), its
// definition editable in place through the undo stack. Follows the project's
// signals: a burst of them (a merge announces every source it touched) is read
// once, a moment later, and only the rows that differ are inserted, moved,
// removed or changed. Does not own the project or the stack.

#include "core/model/types.h"
#include "core/analysis/codebook_rows.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

class QTimer;

namespace gw {

class Project;

class CodebookModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        StageColumn,
        ThemeColumn,
        DimensionColumn,
        DefinitionColumn,
        SegmentsColumn,
        SourcesColumn,
        FirstUsedColumn,
        LastUsedColumn,
        ExemplarColumn,
        ColumnCount
    };
    enum Role { CodeIdRole = Qt::UserRole + 1, SortRole };

    explicit CodebookModel(QObject *parent = nullptr);

    void setProject(Project *project, QUndoStack *stack);
    // Reads the codebook now (the project's signals do so a moment later).
    void refresh();
    [[nodiscard]] Project *project() const { return m_project; }

    [[nodiscard]] const std::vector<CodebookRow> &rows() const { return m_rows; }
    [[nodiscard]] int rowOf(Id codeId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    QPointer<Project> m_project;
    QPointer<QUndoStack> m_stack;
    std::vector<CodebookRow> m_rows;
    QTimer *m_pending = nullptr;
};

} // namespace gw
