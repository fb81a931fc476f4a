#pragma once
// The disagreement browser: the passages where two coders coded a code
// differently (core/analysis/disagreements.h), listed by source and code; the
// chosen one side by side, each coder's segments tinted in the code's colour
// within a little context; and the resolutions (accept one side, keep both,
// drop both), each one undoable step on the window's undo stack. "Show in
// Document" asks the window to open the passage. Does not own the project.

#include "core/analysis/disagreements.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QUndoStack;

namespace gw {

class Project;

class DisagreementBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit DisagreementBrowser(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *undo);
    // Lists the disagreements between FIRST and SECOND (again, after edits).
    void compare(const QString &first, const QString &second);
    void refresh();

    [[nodiscard]] const std::vector<Disagreement> &disagreements() const { return m_found; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QTextBrowser *side(int which) const { return which == 0 ? m_firstText : m_secondText; }
    [[nodiscard]] QLabel *sideTitle(int which) const { return which == 0 ? m_firstTitle : m_secondTitle; }
    [[nodiscard]] QPushButton *button(Resolution resolution) const;
    [[nodiscard]] QPushButton *showButton() const { return m_show; }
    // Resolves the chosen passage; false (and a message box) when refused.
    bool resolve(Resolution resolution);

Q_SIGNALS:
    void passageActivated(gw::Id sourceId, qint64 start, qint64 end);

private:
    void showCurrent();
    void fillSide(QTextBrowser *text, QLabel *title, const QString &coder, const std::vector<SegmentInfo> &segments,
                  const Disagreement &d);

    QPointer<Project> m_project;
    QPointer<QUndoStack> m_undo;
    QString m_first;
    QString m_second;
    std::vector<Disagreement> m_found;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_firstTitle = nullptr;
    QLabel *m_secondTitle = nullptr;
    QTextBrowser *m_firstText = nullptr;
    QTextBrowser *m_secondText = nullptr;
    QPushButton *m_acceptFirst = nullptr;
    QPushButton *m_acceptSecond = nullptr;
    QPushButton *m_both = nullptr;
    QPushButton *m_neither = nullptr;
    QPushButton *m_show = nullptr;
};

} // namespace gw
