#pragma once
// "Merge Codes": two or more codes become one. The researcher picks the code
// to keep; the dialog says beforehand what will happen (segments that move,
// identical ones that collapse, definitions and memos kept, the others
// archived) and takes an optional "why" for the audit log. Only asks; the
// caller makes the merge.

#include "core/model/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gw {

class Project;

// What merging FROM into INTO will do, counted from the store.
struct MergePreview
{
    int moving = 0;      // segments that move to INTO
    int collapsing = 0;  // segments INTO (or another merged code) already has: same source, range, coder
    int definitions = 0; // non-empty definitions appended to INTO's
    int memos = 0;       // memos on the merged codes, moving to INTO
    int placed = 0;      // merged codes that leave a theme
};
[[nodiscard]] MergePreview previewMerge(Project &project, const QList<Id> &fromIds, Id intoId);

class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // CODEIDS (two or more): the codes to merge; INTOID is offered first.
    MergeDialog(Project &project, const QList<Id> &codeIds, Id intoId, QWidget *parent = nullptr);

    [[nodiscard]] Id intoId() const;
    [[nodiscard]] QList<Id> fromIds() const;
    [[nodiscard]] QString why() const;
    [[nodiscard]] MergePreview preview() const { return m_preview; }

    [[nodiscard]] QComboBox *intoBox() const { return m_into; }
    [[nodiscard]] QLineEdit *whyEdit() const { return m_why; }
    [[nodiscard]] QLabel *summary() const { return m_summary; }
    [[nodiscard]] QPushButton *mergeButton() const { return m_merge; }

private:
    void refresh();

    Project &m_project;
    QList<Id> m_codes;
    QComboBox *m_into = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_why = nullptr;
    QPushButton *m_merge = nullptr;
    MergePreview m_preview;
};

} // namespace gw
