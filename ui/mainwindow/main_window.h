#pragma once
// The workbench window: sources on the left, the shown source in the centre, the
// code structure on the right, one open project at a time. The window owns the
// open project; its models and views only point at it.

#include "core/error.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace gw {

class CodeTreeModel;
class DocumentPane;
class DocumentView;
class Project;
class SourceListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens PATH in place of the open project and remembers it as recent. On
    // failure the open project stays open and the Error says why; no dialogs.
    [[nodiscard]] Status openProject(const QString &path);
    void closeProject();
    [[nodiscard]] Project *project() const { return m_project.get(); }

    // Selects the source in ROW of the source list, which shows its text.
    bool selectSource(int row);
    [[nodiscard]] QString statusText() const;

    // The parts, for tests and for wiring.
    [[nodiscard]] SourceListModel *sourceModel() const { return m_sourceModel; }
    [[nodiscard]] CodeTreeModel *codeModel() const { return m_codeModel; }
    [[nodiscard]] QTreeView *sourceView() const { return m_sourceView; }
    [[nodiscard]] QTreeView *codeView() const { return m_codeView; }
    [[nodiscard]] DocumentView *documentView() const;

public Q_SLOTS:
    // Opens PATH and tells the user in a dialog when that fails.
    void openProjectInteractively(const QString &path);

private:
    QWidget *createWorkbench();
    QWidget *createEmptyState();
    void createMenus();
    void fillRecentMenu();
    void newProject();
    void chooseProjectToOpen();
    void showAbout();

    void adopt(std::unique_ptr<Project> project);
    void showCurrentSource();
    void refreshTitle();
    void refreshStatus();

    std::unique_ptr<Project> m_project;
    SourceListModel *m_sourceModel = nullptr;
    CodeTreeModel *m_codeModel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_sourceView = nullptr;
    QTreeView *m_codeView = nullptr;
    DocumentPane *m_document = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace gw
