#pragma once
// The workbench window: sources on the left, the shown source in the centre, the
// code structure on the right, one open project at a time. The window owns the
// open project; its models and views only point at it.

#include "core/error.h"
#include "core/model/types.h"
#include "ui/search/code_hits.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QTreeView;
class QUndoStack;

namespace gw::refi {
struct ImportPlan;
struct WriteReport;
} // namespace gw::refi

namespace gw {

class AnonymiseDialog;
class AuditView;
class CaseSheetView;
class CodebookView;
class CodeTreeModel;
class CompareCodesView;
class MergeDialog;
class SplitDialog;
class UnplacedStrip;
class CodingActions;
class AgreementView;
class AnalysisView;
class DataStructureView;
class ReviewDock;
class ModelView;
class DocumentPane;
class DocumentView;
class ImportProgressDialog;
class ImportRunner;
class CommandPalette;
class MemosDock;
struct PaletteEntry;
class SearchDock;
class StartPage;
class ManualWindow;
class SegmentsDock;
struct ImportReport;
class Project;
class SourceListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Whether a window layout was saved before (the first start has none and
    // opens maximised).
    [[nodiscard]] static bool hasSavedLayout();
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens PATH in place of the open project and remembers it as recent. On
    // failure the open project stays open and the Error says why; no dialogs.
    [[nodiscard]] Status openProject(const QString &path);
    void closeProject();
    [[nodiscard]] Project *project() const { return m_project.get(); }
    // The open project's undo stack (cleared when another project opens); every
    // edit goes through it.
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    // Code menu actions and the "Code with..." popup.
    [[nodiscard]] CodingActions *codingActions() const { return m_coding; }

    // Selects the source in ROW of the source list, which shows its text.
    bool selectSource(int row);
    // The source list's edits (main_window_sources.cpp), each one undo step:
    // rename the current source, give it another kind, remove the selected
    // sources (after a confirmation saying what goes with them when ASK).
    [[nodiscard]] std::vector<Id> selectedSourceIds() const;
    [[nodiscard]] Status renameCurrentSource(const QString &name);
    [[nodiscard]] Status renameCurrentSourceInteractively();
    [[nodiscard]] Status setCurrentSourceKind(SourceKind kind);
    [[nodiscard]] Status removeSelectedSources(bool ask);
    // The selected sources put in the set NAME (made if new) or taken out of
    // a set, each one undo step.
    [[nodiscard]] Status addSelectedSourcesToSet(const QString &name);
    [[nodiscard]] Status removeSelectedSourcesFromSet(Id setId);
    [[nodiscard]] QAction *removeSourcesAction() const { return m_removeSourcesAction; }
    // Edits of the sources' texts (main_window_text_edits.cpp), each one undo
    // step: the document's selection replaced by TEXT (Edit > Edit Source Text),
    // and names replaced by placeholders in every source (Edit > Anonymise,
    // whose dialog stays open; Mark for Anonymisation adds the selection to it).
    [[nodiscard]] Status replaceSelectedText(const QString &text);
    AnonymiseDialog *anonymiseDialog();
    void markSelectionForAnonymisation();
    // File > Export > Anonymised Copy: OUT (.groundwork or .qdpx), checked
    // against the names in MAPPING when one is given.
    [[nodiscard]] Status exportAnonymisedCopyTo(const QString &out, const QString &mapping);
    // Merges PLAN (read from FILENAME) into the open project as one undo step.
    [[nodiscard]] Result<refi::WriteReport> mergeRefi(const refi::ImportPlan &plan, const QString &fileName);
    // Help > Manual (F1): the user guide in a window of its own, at the page it
    // was left at (manual_window.h).
    void showManual();
    [[nodiscard]] ManualWindow *manualWindow() const { return m_manual; }
    // The import preview of the REFI-QDA file PATH (a .qdpx or .qdc another tool
    // wrote; also what a double-click on one opens), then a new project or a merge.
    void importRefiFile(const QString &path);
    // The filter box above the source list: rows whose name or kind does not
    // hold its text are hidden.
    [[nodiscard]] QLineEdit *sourceFilter() const { return m_sourceFilter; }
    // Beside it, how the list is grouped (kind, set, a case attribute, none).
    [[nodiscard]] QComboBox *sourceGrouping() const { return m_sourceGrouping; }
    void fillSourceGroupings();
    void filterSources();
    void filterSourceRows(int first, int last);
    [[nodiscard]] QString statusText() const;

    // The parts, for tests and for wiring.
    [[nodiscard]] SourceListModel *sourceModel() const { return m_sourceModel; }
    [[nodiscard]] CodeTreeModel *codeModel() const { return m_codeModel; }
    [[nodiscard]] QTreeView *sourceView() const { return m_sourceView; }
    [[nodiscard]] QTreeView *codeView() const { return m_codeView; }

    // The codes panel (main_window_codes.cpp): the code view shows codeModel()
    // through a filter proxy; codeViewIndex maps a codeModel() index to the view.
    [[nodiscard]] QSortFilterProxyModel *codeProxy() const { return m_codeProxy; }
    [[nodiscard]] QModelIndex codeViewIndex(const QModelIndex &sourceIndex) const;
    [[nodiscard]] QLineEdit *codeFilter() const { return m_codeFilter; }
    [[nodiscard]] QCheckBox *showArchivedBox() const { return m_showArchived; }
    // The code current in the code view, or 0.
    [[nodiscard]] Id selectedCodeId() const;
    // Makes CODEID current in the code view (clearing a filter that hides it).
    bool selectCode(Id codeId);
    // The code edits behind the Code menu and the tree's context menu, each one
    // undo step; errors are returned, not shown (the actions show them).
    [[nodiscard]] Result<Id> createCodeNamed(const QString &name, CodeStage stage);
    [[nodiscard]] Status renameSelectedCode(const QString &name);
    [[nodiscard]] Status recolourSelectedCode(const QColor &color);
    [[nodiscard]] Status setSelectedCodeStage(CodeStage stage);
    // Archives the selected code, or restores it when it is archived.
    [[nodiscard]] Status archiveSelectedCode();
    [[nodiscard]] DocumentView *documentView() const;
    [[nodiscard]] DocumentPane *documentPane() const { return m_document; }
    // The segments of the code chosen in the code tree (main_window_segments.cpp).
    [[nodiscard]] SegmentsDock *segmentsDock() const { return m_segmentsDock; }

    // Imports PATHS (files and folders) into the open project off the GUI
    // thread, with KIND or kinds from folder names, showing progress and then a
    // report. The project cannot be closed or replaced until it finishes.
    [[nodiscard]] Status importSources(const QStringList &paths, std::optional<SourceKind> kind);
    [[nodiscard]] bool isImporting() const;
    [[nodiscard]] ImportRunner *importRunner() const { return m_importRunner; }

    // Search, memos and the command palette (main_window_search.cpp).
    [[nodiscard]] SearchDock *searchDock() const { return m_searchDock; }
    [[nodiscard]] MemosDock *memosDock() const { return m_memosDock; }
    [[nodiscard]] CommandPalette *commandPalette() const { return m_palette; }
    // Shows the source and selects the code points [START, END) of its text.
    bool showRange(Id sourceId, std::int64_t start, std::int64_t end);
    // Codes the search hits the search dock shows with CODEID, as one undo step.
    [[nodiscard]] Result<CodedHits> codeSearchHits(Id codeId);
    // "light", "dark" or "system"; remembered (main_window_layout.cpp).
    void setTheme(const QString &name);

    // The data structure view (main_window_structure.cpp): the live Gioia
    // figure in a dock, View > Data Structure (Ctrl+Shift+D); clicking a box
    // shows its codes' segments. File > Export > Data Structure… opens the
    // export dialog on the open project's structure.
    [[nodiscard]] DataStructureView *structureView() const { return m_structureView; }
    [[nodiscard]] AgreementView *agreementView() const { return m_agreementView; }
    [[nodiscard]] ReviewDock *reviewDock() const { return m_reviewDock; }
    // View > Coder Agreement: the agreement table and the disagreement browser, as a tab.
    void showAgreementView();
    [[nodiscard]] ModelView *modelView() const { return m_modelView; }
    // View > CMO Model: the editable model with its spectrum, as a tab.
    void showModelView();
    // View > Analysis (Ctrl+Shift+Y): coding queries, matrices and co-occurrence, as a tab.
    [[nodiscard]] AnalysisView *analysisView() const { return m_analysisView; }
    void showAnalysisView();
    // View > Cases (main_window_cases.cpp): the case sheet in a tab.
    [[nodiscard]] CaseSheetView *caseSheet() const { return m_caseSheet; }
    void showCaseSheet();
    // File > Export > Quotes by Theme… and Quote Attribution… (main_window_analysis.cpp):
    // the quote report (write_up.h) written to PATH by its suffix (odt, html, md,
    // tex), and how quotes cite their speakers, set for the project.
    [[nodiscard]] Status exportQuotes(const QString &path, int segmentsPerCode);
    void exportQuotesInteractively();
    void editAttributionInteractively();
    [[nodiscard]] QAction *exportQuotesAction() const { return m_exportQuotesAction; }
    // File > Merge a Coder's Copy…: OTHER (asked for when empty) planned,
    // previewed and merged as one undo step; false when cancelled or refused.
    bool mergeCoderCopyInteractively(QString other);
    // The middle of the workbench: the document's tab, and the tabs of the views
    // that need its room (the data structure).
    [[nodiscard]] QTabWidget *centreTabs() const { return m_centre; }
    // Shows VIEW as a tab of the middle (adding it under TITLE if closed) and raises it.
    void showCentreTab(QWidget *view, const QString &title);
    [[nodiscard]] QAction *exportStructureAction() const { return m_exportStructureAction; }
    void showStructureView();
    void exportDataStructureInteractively();

    // The hierarchy built in the code tree (main_window_hierarchy.cpp): new
    // themes and dimensions, definitions, merge, split and compare, memos on
    // every tier, exemplar quotes, the warning strip about what is not placed,
    // and the codebook and audit views (View menu). Dialogs open window-modal
    // and make their edit, one undo step, when accepted.
    [[nodiscard]] QList<Id> selectedCodeIds() const;
    bool selectTheme(Id themeId);
    bool selectDimension(Id dimensionId);
    [[nodiscard]] UnplacedStrip *unplacedStrip() const { return m_unplacedStrip; }
    [[nodiscard]] CodebookView *codebookView() const { return m_codebook; }
    [[nodiscard]] AuditView *auditView() const { return m_audit; }
    MergeDialog *mergeSelectedCodes();
    MergeDialog *mergeCodes(const QList<Id> &codeIds);
    SplitDialog *splitSelectedCode(const QList<Id> &checkedSegmentIds = {});
    CompareCodesView *compareSelectedCodes();

public Q_SLOTS:
    // Opens PATH and tells the user in a dialog when that fails.
    void openProjectInteractively(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The menu bar's menu whose object name is NAME ("viewMenu"), if made yet:
    // menus are looked up by name, never by their (translated) titles.
    [[nodiscard]] QMenu *topMenu(const QString &name) const;
    // File > Export ("exportMenu"), made after the imports when no one has made it yet.
    [[nodiscard]] QMenu *exportMenu();
    QWidget *createWorkbench();
    QWidget *createEmptyState();
    void createMenus();
    void createEditingMenus();
    void adoptForEditing(Project *next);
    void fillRecentMenu();
    void newProject();
    void chooseProjectToOpen();
    // Opens the demo study (made in the user's data folder on first use).
    void openDemoStudy();
    void importCaseAttributes();
    // REFI-QDA exchange (main_window_refi.cpp).
    void createRefiActions(QMenu *file);
    void createTeamActions(QMenu *file); // main_window_merge.cpp
    void exportCoderCopyInteractively();
    void importRefiInteractively();
    void exportRefiInteractively();
    void showAbout();
    void setUpImport();
    void chooseSourcesToImport();
    void onImportFinished(const ImportReport &report);
    void refreshActions();
    void adopt(std::unique_ptr<Project> project);
    void showCurrentSource();
    void refreshTitle();
    void refreshStatus();
    void createPanels();
    QWidget *createCodesPanel();
    void createCodeActions();
    void createSourceActions(); // main_window_sources.cpp
    void createTextEditActions(QMenu *edit); // main_window_text_edits.cpp
    void refreshCodeActions();
    void showCodeMenu(const QPoint &pos);
    void newCodeInteractively();
    void renameCodeInteractively();
    void recolourCodeInteractively();
    void reportCodeError(const Status &status);
    void createSegmentsPanel();
    void createNavigationActions(QMenu *view);
    void stepSource(int delta);
    void attachPanels(Project *project);
    void chooseCodeForAllHits();
    [[nodiscard]] QList<PaletteEntry> paletteEntries();
    void createThemeMenu(QMenu *view);
    void createLanguageMenu(QMenu *view); // View > Language (language.h), after the theme
    void restoreLayout();
    void saveLayout();
    // Hides the panels while no project is open (the start page alone) and
    // brings them back as they were.
    void showPanels(bool show);
    // The source shown, the place in it and the tabs open beside it, kept per
    // project in the user's settings when a project closes, and shown again
    // when it is reopened.
    void rememberPlace();
    void returnToPlace();
    void showPlaceInSource(Id source, int top);
    // The views that open as tabs beside the document, by the name a place keeps.
    struct CentreTab
    {
        QString name;
        QWidget *view;
        void (MainWindow::*show)();
    };
    [[nodiscard]] std::vector<CentreTab> tabViews();
    void createStructurePanel();
    void attachStructure(Project *project);
    void createHierarchyActions(QMenu *codeMenu);
    void createHierarchyPanels();
    void attachHierarchy(Project *project);
    void createAgreementPanel(); // main_window_agreement.cpp
    void attachAgreement(Project *project);
    void createAnalysisPanel(); // main_window_analysis.cpp
    void createCasePanel();     // main_window_cases.cpp
    void createReviewPanel(); // main_window_review.cpp
    void attachReview(Project *project);
    void commentOnCurrentTreeItem();
    void compareSnapshots(const QString &from, const QString &to);
    void exportAgreementInteractively();
    void createModelPanel(); // main_window_model.cpp
    void attachModel(Project *project);
    void exportModelFigureInteractively();
    void exportCmoTableInteractively();
    void refreshHierarchyActions();
    void fillCodeContextMenu();
    [[nodiscard]] QModelIndex currentTreeIndex() const; // in codeModel()
    void newTierInteractively(bool theme);
    void defineInteractively();
    void removeTierInteractively();
    void newTierMemo();
    void reportHierarchyError(const Status &status);

    std::unique_ptr<Project> m_project;
    SourceListModel *m_sourceModel = nullptr;
    CodeTreeModel *m_codeModel = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    ManualWindow *m_manual = nullptr;
    QByteArray m_panelLayout; // the panels' state while they are hidden
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_centre = nullptr;
    QTreeView *m_sourceView = nullptr;
    QTreeView *m_codeView = nullptr;
    QSortFilterProxyModel *m_codeProxy = nullptr;
    QLineEdit *m_codeFilter = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QMenu *m_codeContextMenu = nullptr;
    QList<QAction *> m_codeEditActions; // need a selected code
    QAction *m_newCodeAction = nullptr;
    QAction *m_archiveCodeAction = nullptr;
    QList<QAction *> m_stageActions; // Open, Focused, First-order
    DocumentPane *m_document = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectSwitchActions; // New, Open, Close: not while importing
    QAction *m_importAction = nullptr;
    ImportRunner *m_importRunner = nullptr;
    QPointer<ImportProgressDialog> m_importProgress;
    bool m_selectAfterImport = false;
    bool m_closeAfterImport = false;
    QAction *m_importCasesAction = nullptr;
    QLabel *m_status = nullptr;
    QUndoStack *m_undoStack = nullptr;
    CodingActions *m_coding = nullptr;
    SearchDock *m_searchDock = nullptr;
    MemosDock *m_memosDock = nullptr;
    CommandPalette *m_palette = nullptr;
    SegmentsDock *m_segmentsDock = nullptr;
    QAction *m_paletteAction = nullptr;
    DataStructureView *m_structureView = nullptr;
    AgreementView *m_agreementView = nullptr;
    AnalysisView *m_analysisView = nullptr;
    CaseSheetView *m_caseSheet = nullptr;
    ReviewDock *m_reviewDock = nullptr;
    ModelView *m_modelView = nullptr;
    QAction *m_exportStructureAction = nullptr;
    QAction *m_renameSourceAction = nullptr;
    QLineEdit *m_sourceFilter = nullptr;
    QComboBox *m_sourceGrouping = nullptr;
    QAction *m_removeSourcesAction = nullptr;
    QPointer<AnonymiseDialog> m_anonymiseDialog;
    QAction *m_exportQuotesAction = nullptr;
    QAction *m_attributionAction = nullptr;
    QToolBar *m_codeToolBar = nullptr;
    UnplacedStrip *m_unplacedStrip = nullptr;
    CodebookView *m_codebook = nullptr;
    AuditView *m_audit = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_recolourAction = nullptr;
    QMenu *m_stageMenu = nullptr;
    QAction *m_newThemeAction = nullptr;
    QAction *m_newDimensionAction = nullptr;
    QAction *m_defineAction = nullptr;
    QAction *m_unplaceAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_removeTierAction = nullptr;
    QAction *m_tierMemoAction = nullptr;
};

} // namespace gw
