#pragma once
// File > Import Case Attributes: a CSV or XLSX sheet with one row per case
// (participant, site), previewed before anything is written. The user picks the
// column that names each case and, optionally, the column naming each case's
// source; the preview follows every choice. Import writes the previewed plan in
// one transaction (core's applyAttributes) and closes; a refused sheet cannot be
// imported. Does not own the project.

#include "core/error.h"
#include "core/import/attribute_import.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

class QUndoStack;

namespace gw {

class AttributePlanView;
class Project;

class AttributeImportDialog : public QDialog
{
    Q_OBJECT

public:
    // With STACK, the import is one undo step on it.
    explicit AttributeImportDialog(Project &project, QWidget *parent = nullptr, QUndoStack *stack = nullptr);

    // Reads PATH and previews it with a guess at its columns; writes nothing.
    // A sheet that cannot be read is shown as the reason, and returned.
    [[nodiscard]] Status loadSheet(const QString &path);
    // Writes the previewed plan and accepts the dialog; on failure says why and stays.
    [[nodiscard]] Status importPlan();

    [[nodiscard]] AttributePlanView *preview() const { return m_preview; }
    [[nodiscard]] QComboBox *idColumnBox() const { return m_idColumn; }
    [[nodiscard]] QComboBox *sourceColumnBox() const { return m_sourceColumn; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    // The plan the preview shows, if the sheet could be read and planned.
    [[nodiscard]] const std::optional<AttributePlan> &plan() const { return m_plan; }

private:
    void chooseSheet();
    void fillColumns();
    void replan();

    QPointer<Project> m_project;
    QUndoStack *m_stack = nullptr;
    QString m_path;
    std::optional<Sheet> m_sheet;
    std::optional<AttributePlan> m_plan;
    QLabel *m_file = nullptr;
    QComboBox *m_idColumn = nullptr;
    QComboBox *m_sourceColumn = nullptr;
    AttributePlanView *m_preview = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace gw
