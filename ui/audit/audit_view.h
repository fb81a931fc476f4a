#pragma once
// The audit view: every restructuring of the code hierarchy, newest first
// (when, coder, what changed in words, why), filtered by kind of change, coder
// and text. "Show the Hierarchy as It Was" draws the data structure as it
// stood right after the selected entry, read-only (dimension > theme > code,
// then what was not placed). Follows the project's signals; does not own the
// project.

#include "core/model/types.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace gw {

class AuditModel;
class Project;
struct DataStructure;

class AuditView : public QDockWidget
{
    Q_OBJECT

public:
    explicit AuditView(QWidget *parent = nullptr);

    void setProject(Project *project);
    // Reads new entries now (the project's signals do so a moment later).
    void refresh();
    // Shows the hierarchy as it was after the entry in ROW of the list.
    bool showHierarchyAt(int row);
    // Fills TREE with STRUCTURE (read-only rows).
    static void fillTree(QTreeWidget *tree, const DataStructure &structure);

    [[nodiscard]] AuditModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *coderFilter() const { return m_coder; }
    [[nodiscard]] QLineEdit *textFilter() const { return m_text; }
    [[nodiscard]] QTreeWidget *hierarchy() const { return m_hierarchy; }
    [[nodiscard]] QLabel *hierarchyTitle() const { return m_hierarchyTitle; }
    [[nodiscard]] QPushButton *showButton() const { return m_show; }

private:
    void applyFilter();
    void fillCoders();
    void refreshButton();

    QPointer<Project> m_project;
    AuditModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_coder = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_show = nullptr;
    QWidget *m_hierarchyPanel = nullptr;
    QLabel *m_hierarchyTitle = nullptr;
    QTreeWidget *m_hierarchy = nullptr;
    QTimer *m_pending = nullptr;
};

} // namespace gw
