#pragma once
// The Code menu and what stands behind it: coding the document view's selection
// with a code (the "Code with…" popup, the last nine codes on Ctrl+1..Ctrl+9, a
// code dragged from the code tree), in vivo, uncode and recode, and who the
// coder is. Every edit is an undo command pushed on the window's undo stack.
// Owned by the main window; points at the project, the stack and the view.

#include "core/error.h"
#include "core/model/types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>
#include <vector>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace gw {

class CodePicker;
class DocumentView;
class Project;

class CodingActions : public QObject
{
    Q_OBJECT

public:
    CodingActions(DocumentView *view, QUndoStack *stack, QWidget *window);
    ~CodingActions() override;

    // Follows PROJECT (nullptr: none); its recent codes come from its settings.
    void setProject(Project *project);
    // Adds the Code menu's actions to MENU.
    void fillMenu(QMenu *menu);

    // The shown source's selection, in code points; empty when nothing is selected.
    struct Selection
    {
        Id sourceId = 0;
        std::int64_t start = 0;
        std::int64_t end = 0;
        [[nodiscard]] bool isEmpty() const { return sourceId == 0 || end <= start; }
    };
    [[nodiscard]] Selection selection() const;

    // The edits, each one undo step; the Error says why nothing happened.
    [[nodiscard]] Status codeSelection(Id codeId);
    [[nodiscard]] Status createAndCodeSelection(const QString &codeName);
    [[nodiscard]] Status codeSelectionInVivo();
    // Removes the segments under the cursor (or selection) of the shown source.
    [[nodiscard]] Status uncodeAtCursor();
    [[nodiscard]] Status recodeAtCursor(Id newCodeId);
    // Moves the bounds of the segment under the selection (chosen from a menu
    // when several overlap it) to the selection.
    [[nodiscard]] Status adjustSegmentToSelection();

    // Codes every turn of SPEAKER in every source with CODEID as one undo step,
    // skipping turns a segment of that code already covers.
    struct Autocoded
    {
        int coded = 0;
        int skipped = 0;
    };
    [[nodiscard]] Result<Autocoded> autocodeSpeaker(const QString &speaker, Id codeId);
    // Code > Autocode Speaker…: asks for the speaker and the code, then codes.
    void chooseSpeakerToAutocode();

    // Opens the "Code with…" popup below the selection; it codes on Enter.
    void showCodePicker();
    [[nodiscard]] CodePicker *codePicker() const { return m_picker; }
    // Recent codes, most recent first (at most nine).
    [[nodiscard]] QList<Id> recentCodes() const { return m_recent; }

    // Asks for the coder's name when none is remembered; always when FORCE.
    void chooseCoder(bool force);

    [[nodiscard]] QAction *codeWithAction() const { return m_codeWith; }
    [[nodiscard]] QAction *inVivoAction() const { return m_inVivo; }
    [[nodiscard]] QAction *uncodeAction() const { return m_uncode; }
    [[nodiscard]] QAction *recodeAction() const { return m_recode; }
    [[nodiscard]] QAction *adjustAction() const { return m_adjust; }
    [[nodiscard]] QAction *autocodeSpeakerAction() const { return m_autocodeSpeaker; }

Q_SIGNALS:
    // An edit could not be made: the message is for the status bar.
    void refused(const QString &message);
    // "New Memo on Segment" in the document's context menu; LABEL names the
    // segment as the memo list shows it.
    void segmentMemoRequested(gw::Id segmentId, const QString &label);

private:
    void remember(Id codeId);
    void onPicked(Id codeId);
    void applyCoder(const QString &name);
    [[nodiscard]] Status report(Status status);
    [[nodiscard]] std::optional<SegmentInfo> segmentToChange();
    [[nodiscard]] std::optional<SegmentInfo> chooseSegment(const std::vector<SegmentInfo> &found);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showContextMenu(const QPoint &pos);
    void refreshActions();
    [[nodiscard]] std::vector<SegmentInfo> segmentsAtCursor() const;

    QPointer<Project> m_project;
    DocumentView *m_view = nullptr;
    QUndoStack *m_stack = nullptr;
    QWidget *m_window = nullptr;
    CodePicker *m_picker = nullptr;
    QList<Id> m_recent;
    bool m_recoding = false; // the popup recodes instead of coding
    QAction *m_codeWith = nullptr;
    QAction *m_inVivo = nullptr;
    QAction *m_uncode = nullptr;
    QAction *m_recode = nullptr;
    QAction *m_switchCoder = nullptr;
    QAction *m_adjust = nullptr;
    QAction *m_autocodeSpeaker = nullptr;
    QList<QAction *> m_recentActions;
};

} // namespace gw
