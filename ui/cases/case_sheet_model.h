#pragma once
// The case sheet: cases as rows; their name, the sources linked to them, a
// description, then one column per attribute (typed). Editing a cell is one
// undo step (core/commands/case_edits.h) on the stack it is given; a value
// that does not fit its attribute's type is refused and the cell keeps its
// value. Follows casesChanged() and sources renamed or removed.

#include "core/error.h"
#include "core/model/cases.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <functional>

class QUndoStack;

namespace gw {

class Project;

class CaseSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SourcesColumn, DescriptionColumn, FirstAttributeColumn };

    explicit CaseSheetModel(QObject *parent = nullptr);

    void setProject(Project *project, QUndoStack *stack);
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] const CaseInfo *caseAt(int row) const;
    [[nodiscard]] const AttributeInfo *attributeAt(int column) const;
    [[nodiscard]] int rowOfCase(Id caseId) const;

    // An edit of the case rows as one undo step labelled LABEL; the Error says
    // why nothing changed.
    [[nodiscard]] Status edit(const QString &label, const std::function<Status()> &change);

Q_SIGNALS:
    // A cell edit was refused (the message says why).
    void refused(const QString &message);

private:
    QPointer<Project> m_project;
    QUndoStack *m_stack = nullptr;
    std::vector<CaseInfo> m_cases;
    std::vector<AttributeInfo> m_attributes;
    bool m_reloadPending = false;
};

} // namespace gw
