#pragma once
// "Coder Agreement": two coders chosen (or one against the others pooled,
// with three or more), the unit (characters, sentences, paragraphs), the
// sources and codes compared (all, or a checklist's choice), the agreement
// table (per code and pooled: units, the 2x2 counts, percentage agreement,
// Cohen's kappa, Krippendorff's alpha) with the method in words, and below it
// the disagreement browser for the same two coders. Recomputes on the
// project's segment changes, coalesced into one pass per turn of the event
// loop, and only while shown. Does not own the project.

#include "core/analysis/agreement.h"
#include "ui/common/checklist_dialog.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace gw {

class DisagreementBrowser;
class Project;

class AgreementView : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementView(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *undo);
    // Chooses the coders (when the project knows them) and recomputes.
    void setCoders(const QString &first, const QString &second);
    void recompute();

    [[nodiscard]] const std::optional<AgreementResult> &result() const { return m_result; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *method() const { return m_method; }
    [[nodiscard]] QComboBox *unitBox() const { return m_unit; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] DisagreementBrowser *browser() const { return m_browser; }
    [[nodiscard]] QComboBox *secondBox() const { return m_second; }
    [[nodiscard]] QPushButton *sourcesButton() const { return m_sourcesButton; }
    [[nodiscard]] QPushButton *codesButton() const { return m_codesButton; }
    // Narrow the comparison to some sources or codes (a checklist); recomputes.
    void chooseSources();
    void chooseCodes();

Q_SIGNALS:
    void passageActivated(gw::Id sourceId, qint64 start, qint64 end);
    void exportRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillCoders();
    void schedule();
    void fillTable();
    void showChoices();
    // Ticks ENTRIES in a checklist starting from INTO; on OK stores the choice and recomputes.
    // GROUPS: named sets of entries the dialog can tick at once (the sets of sources).
    void choose(const QString &title, std::vector<ChecklistDialog::Entry> entries, std::vector<Id> &into,
                const std::vector<std::pair<QString, std::vector<Id>>> &groups = {});

    QPointer<Project> m_project;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QComboBox *m_unit = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_sourcesButton = nullptr;
    QPushButton *m_codesButton = nullptr;
    std::vector<Id> m_sources; // empty: all
    std::vector<Id> m_codes;   // empty: all
    QTableWidget *m_table = nullptr;
    QLabel *m_method = nullptr;
    DisagreementBrowser *m_browser = nullptr;
    QTimer *m_reload = nullptr;
    bool m_stale = false;
    std::optional<AgreementResult> m_result;
};

} // namespace gw
