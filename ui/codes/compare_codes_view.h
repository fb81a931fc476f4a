#pragma once
// "Compare Codes": two to four codes side by side, each column every segment
// of one code (text, a little context, source and attribution, as the segments
// dock shows them), to decide whether they are one idea or several. Each
// column's code can be changed; "Merge…" asks the window to merge the codes
// shown. Follows the project's signals through its segment models; does not
// own the project.

#include "core/model/types.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;

namespace gw {

class Project;
class SegmentListModel;

class CompareCodesView : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxColumns = 4;

    CompareCodesView(Project &project, const QList<Id> &codeIds, QWidget *parent = nullptr);

    // The codes shown, left to right, without repeats.
    [[nodiscard]] QList<Id> codes() const;
    [[nodiscard]] int columnCount() const { return int(m_columns.size()); }
    // Adds a column (up to four) showing CODEID; false when full.
    bool addColumn(Id codeId);
    void setColumnCode(int column, Id codeId);
    [[nodiscard]] SegmentListModel *columnModel(int column) const;
    [[nodiscard]] QListView *columnView(int column) const;
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }

Q_SIGNALS:
    void mergeRequested(const QList<gw::Id> &codeIds);
    void segmentActivated(gw::Id sourceId, gw::Id segmentId, qint64 start, qint64 end);

private:
    struct Column
    {
        QWidget *box = nullptr;
        QComboBox *code = nullptr;
        QLabel *count = nullptr;
        QListView *view = nullptr;
        SegmentListModel *model = nullptr;
    };

    void fillCodeBox(QComboBox *box, Id selected);
    void removeColumn(QWidget *box);
    void refresh();

    QPointer<Project> m_project;
    QHBoxLayout *m_row = nullptr;
    std::vector<Column> m_columns;
    QPushButton *m_add = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace gw
