#pragma once
// File > Import REFI-QDA…: the preview of a .qdpx/.qde/.qdc from another tool
// before anything is written. It shows what comes in (counts), what does not
// and why, how sure the position conversion is, and each deviation from the
// standard; the researcher chooses a new project or merging into the open one.
// The main window does the writing (core's writeImport, one transaction).

#include "core/error.h"
#include "core/refi/import_plan.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QListWidget;

namespace gw {

class RefiImportDialog : public QDialog
{
    Q_OBJECT

public:
    // CANMERGE: a project is open and the file can be merged into it.
    explicit RefiImportDialog(bool canMerge, QWidget *parent = nullptr);

    // Reads and previews PATH (with a busy cursor); a file that is refused is
    // shown with its reason and returned, and Import stays off.
    [[nodiscard]] Status load(const QString &path);
    // Shows PLAN (already read elsewhere).
    void showPlan(refi::ImportPlan plan);

    [[nodiscard]] bool mergeChosen() const;
    [[nodiscard]] const std::optional<refi::ImportPlan> &plan() const { return m_plan; }
    [[nodiscard]] QTreeWidget *skippedList() const { return m_skipped; }
    [[nodiscard]] QListWidget *warningList() const { return m_warnings; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QRadioButton *mergeButton() const { return m_merge; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    // How the file's positions are read: as the evidence suggests (first
    // entry), or a unit the researcher chooses; choosing reads the file again.
    [[nodiscard]] QComboBox *positionsBox() const { return m_positionsBox; }

private:
    void reread();

    std::optional<refi::ImportPlan> m_plan;
    QString m_path;
    QComboBox *m_positionsBox = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_positions = nullptr;
    QTreeWidget *m_skipped = nullptr;
    QListWidget *m_warnings = nullptr;
    QRadioButton *m_newProject = nullptr;
    QRadioButton *m_merge = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace gw
