#pragma once
// The segments dock: every segment of what is selected in the code tree (a
// code, or all codes under a theme, a dimension or a "not yet placed" group),
// each with its text, some context, its source and the speaker's attribution.
// Filters by source kind, coder and case attribute value; "Copy as quotes"
// (Ctrl+C, context menu) puts the selected segments on the clipboard as
// “text” [Participant from Site_E] lines. Clicking a row asks for the segment to
// be shown (segmentActivated). The context menu also offers a memo on a
// segment, choosing it as an exemplar quote of its code's theme, and splitting
// the selected segments off their code; the window makes those edits
// (memoRequested, exemplarRequested, splitRequested). Does not own the project.

#include "core/model/types.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QSortFilterProxyModel;

namespace gw {

class Project;
class SegmentListModel;

class SegmentsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SegmentsDock(QWidget *parent = nullptr);

    void setProject(Project *project);
    // Shows the codes at and under INDEX of a CodeTreeModel.
    void showTreeItem(const QModelIndex &index);
    void showCodes(const QList<Id> &codeIds, const QString &title);

    // The selected rows as quote lines, in the order shown; also on the clipboard.
    QString copyQuotes();
    // The selected segments' ids, in the order shown.
    [[nodiscard]] QList<Id> selectedSegmentIds() const;
    // Fills MENU with what the context menu offers for the selected segments.
    void fillContextMenu(QMenu *menu);

    [[nodiscard]] SegmentListModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *shownModel() const;
    [[nodiscard]] QListView *view() const { return m_view; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *coderFilter() const { return m_coder; }
    [[nodiscard]] QComboBox *caseFilter() const { return m_case; }

Q_SIGNALS:
    void segmentActivated(gw::Id sourceId, gw::Id segmentId, qint64 start, qint64 end);
    // "New Memo on Segment": LABEL names it as the memo list shows it.
    void memoRequested(gw::Id segmentId, const QString &label);
    // Choose (ADD) or drop the segment as an exemplar quote of THEMEID.
    void exemplarRequested(gw::Id themeId, gw::Id segmentId, bool add);
    // "Split Off…": SEGMENTIDS of CODEID to a new code.
    void splitRequested(gw::Id codeId, const QList<gw::Id> &segmentIds);

private:
    void fillFilters();
    void applyFilters();
    void refreshTitle();
    void activate(const QModelIndex &index);

    QPointer<Project> m_project;
    SegmentListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_coder = nullptr;
    QComboBox *m_case = nullptr;
    QString m_scope;
};

} // namespace gw
