#pragma once
// View > Cases: the case sheet in a tab beside the document. Cells are edited
// in place (F2 or typing); the toolbar and the context menus add and remove
// cases and attributes, link a case to its sources, make a case for each
// speaker of a focus group, and write a memo on a case. Every edit is one undo
// step; a refused one says why in the bar under the sheet.

#include "core/error.h"
#include "core/model/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace gw {

class CaseSheetModel;
class Project;

class CaseSheetView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseSheetView(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *stack);

    [[nodiscard]] CaseSheetModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLineEdit *filter() const { return m_filter; }
    [[nodiscard]] QLabel *message() const { return m_message; }

    // The edits the toolbar asks for, without the questions (tests and scripts).
    [[nodiscard]] Status addCase(const QString &name);
    [[nodiscard]] Status removeSelectedCases();
    [[nodiscard]] Status addAttribute(const QString &name, const QString &type);
    [[nodiscard]] Status removeAttribute(Id attributeId);
    [[nodiscard]] Status renameAttribute(Id attributeId, const QString &name);
    [[nodiscard]] Status linkSources(Id caseId, const std::vector<Id> &sourceIds);
    [[nodiscard]] Status casesFromSpeakers(Id sourceId, const QStringList &except);
    [[nodiscard]] Id currentCaseId() const;

private:
    void say(const Status &status);
    void askToAddCase();
    void askToAddAttribute();
    void askToLinkSources();
    void askForSpeakers();
    void askForMemo();
    void headerMenu(const QPoint &pos);

    Project *m_project = nullptr;
    QUndoStack *m_stack = nullptr;
    CaseSheetModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace gw
