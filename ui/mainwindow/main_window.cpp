#include "ui/mainwindow/main_window.h"

#include "ui/common/counted.h"
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "ui/analysis/analysis_view.h"
#include "ui/cases/case_sheet_view.h"
#include "ui/codes/code_tree_model.h"
#include "ui/common/roomy_item_delegate.h"
#include "ui/document/document_pane.h"
#include "ui/document/document_view.h"
#include "ui/import/import_runner.h"
#include "ui/mainwindow/recent_projects.h"
#include "ui/mainwindow/start_page.h"
#include "ui/segments/segments_dock.h"
#include "ui/sources/source_list_model.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QComboBox>
#include <QTreeView>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

enum Page { EmptyPage, WorkbenchPage };

} // namespace

QTreeView *makeListView(QWidget *parent, const QString &name)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFrameShape(QFrame::NoFrame);
    view->setTextElideMode(Qt::ElideRight);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionsMovable(false);
    view->setItemDelegate(new RoomyItemDelegate(view));
    return view;
}

// Fixes COLUMN of VIEW to the width of its header or the widest of WIDEST,
// whichever is wider. A column sized to its contents measures every row again
// on each change of any row: 40% of applying one code went there.
void fixColumnWidth(QTreeView *view, int column, const QStringList &widest)
{
    const QFontMetrics metrics(view->font());
    int width = metrics.horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString());
    for (const QString &text : widest)
        width = std::max(width, metrics.horizontalAdvance(text));
    view->header()->setSectionResizeMode(column, QHeaderView::Fixed);
    view->header()->resizeSection(column, width + 4 * metrics.averageCharWidth());
}

namespace {

// N things in words ("1 source", "36 codes"; %Ln is N in the user's locale).
// English takes ONE or MANY here and needs no translation loaded; a translation
// gives each its own language's plural forms.
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sourceModel(new SourceListModel(this)), m_codeModel(new CodeTreeModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(EmptyPage, createEmptyState());
    m_pages->insertWidget(WorkbenchPage, createWorkbench());
    setCentralWidget(m_pages);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("projectStatus"));
    m_status->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_status, 1);

    createMenus();
    createCodeActions(); // main_window_codes.cpp
    setUpImport();
    resize(1280, 800);
    createPanels();
    createSourceActions(); // main_window_sources.cpp
    createSegmentsPanel();
    createStructurePanel(); // main_window_structure.cpp
    createHierarchyPanels(); // main_window_focused.cpp
    createAgreementPanel(); // main_window_agreement.cpp
    createAnalysisPanel();  // main_window_analysis.cpp
    createCasePanel();      // main_window_cases.cpp
    createReviewPanel(); // main_window_review.cpp
    createModelPanel(); // main_window_model.cpp
    restoreLayout(); // after every dock exists
    adopt(nullptr);
}

MainWindow::~MainWindow()
{
    // A running import stops (after its current file) before the project closes;
    // the models and views let go of the project before it closes.
    delete m_importRunner;
    m_importRunner = nullptr;
    adopt(nullptr);
}

QWidget *MainWindow::createEmptyState()
{
    m_startPage = new StartPage(this);
    m_startPage->setObjectName(QStringLiteral("emptyState"));
    connect(m_startPage, &StartPage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseProjectToOpen);
    connect(m_startPage, &StartPage::refiImportRequested, this, &MainWindow::importRefiInteractively);
    connect(m_startPage, &StartPage::projectChosen, this, &MainWindow::openProjectInteractively);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoStudy);
    // Scrolled rather than holding the window to the page's size on a small screen.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_startPage);
    return scroll;
}

void MainWindow::openDemoStudy()
{
    auto path = demoProjectPath();
    if (!path) {
        QMessageBox::warning(this, tr("Open the Demo Study"), path.error().message);
        return;
    }
    openProjectInteractively(*path);
}

QWidget *MainWindow::createWorkbench()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("workbench"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);

    // The source list under a filter box (618 sources are a long list).
    auto *sourcePanel = new QWidget(m_splitter);
    auto *sourceLayout = new QVBoxLayout(sourcePanel);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(2);
    m_sourceFilter = new QLineEdit(sourcePanel);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceFilter->setPlaceholderText(tr("Filter sources"));
    m_sourceFilter->setClearButtonEnabled(true);
    m_sourceGrouping = new QComboBox(sourcePanel);
    m_sourceGrouping->setObjectName(QStringLiteral("sourceGrouping"));
    m_sourceGrouping->setToolTip(tr("Group the sources by kind, set or a case attribute"));
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(2);
    filterRow->addWidget(m_sourceFilter, 1);
    filterRow->addWidget(m_sourceGrouping);
    sourceLayout->addLayout(filterRow);
    m_sourceView = makeListView(sourcePanel, QStringLiteral("sourceView"));
    sourceLayout->addWidget(m_sourceView, 1);
    m_sourceView->setRootIsDecorated(false);
    m_sourceView->setModel(m_sourceModel);
    m_sourceView->header()->setSectionResizeMode(SourceListModel::NameColumn, QHeaderView::Stretch);
    fixColumnWidth(m_sourceView, SourceListModel::KindColumn, {tr("Observation")});
    fixColumnWidth(m_sourceView, SourceListModel::SegmentsColumn, {QLocale().toString(99999)});
    connect(m_sourceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentSource);

    // The document and the views that need its room (the data structure) share
    // the middle as tabs; the document's tab stays.
    m_centre = new QTabWidget(m_splitter);
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_centre->setDocumentMode(true);
    m_centre->setTabsClosable(true);
    m_document = new DocumentPane(m_centre);
    m_centre->addTab(m_document, tr("Document"));
    m_centre->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_centre->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_centre, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (m_centre->widget(index) != m_document)
            m_centre->removeTab(index);
    });

    m_splitter->addWidget(sourcePanel);
    m_splitter->addWidget(m_centre);
    m_splitter->addWidget(createCodesPanel()); // main_window_codes.cpp
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({330, 660, 410});
    return m_splitter;
}

DocumentView *MainWindow::documentView() const
{
    return m_document->view();
}

Status MainWindow::openProject(const QString &path)
{
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
        return {}; // already open here: a second open would meet our own lock
    if (isImporting())
        return fail(ErrorKind::Conflict,
                    tr("Sources are being imported into this project. Wait for the import to "
                       "finish, or cancel it, before opening %1.")
                        .arg(path));
    auto opened = Project::open(path);
    if (!opened) {
        spdlog::warn("could not open a project: {}", opened.error().message.toStdString());
        return std::unexpected(opened.error());
    }
    adopt(std::move(*opened));
    RecentProjects().add(path);
    returnToPlace();
    return {};
}

void MainWindow::closeProject()
{
    if (isImporting()) // the menu item is off; this guards other callers
        return;
    adopt(nullptr);
}

void MainWindow::adopt(std::unique_ptr<Project> project)
{
    Project *next = project.get();
    if (m_project)
        rememberPlace();
    attachPanels(next); // first: a memo being typed is saved to the project it belongs to
    adoptForEditing(next);
    m_sourceModel->setProject(next);
    m_codeModel->setProject(next);
    m_document->setProject(next);
    m_segmentsDock->setProject(next);
    attachStructure(next);
    attachHierarchy(next); // main_window_focused.cpp
    attachAgreement(next);
    m_analysisView->setProject(next, next ? m_undoStack : nullptr);
    m_caseSheet->setProject(next, next ? m_undoStack : nullptr);
    for (QAction *action : {m_exportQuotesAction, m_attributionAction})
        if (action)
            action->setEnabled(next != nullptr);
    attachReview(next);
    attachModel(next);
    if (m_project)
        disconnect(m_project.get(), nullptr, this, nullptr);
    m_project = std::move(project); // the previous project closes here, unreferenced
    if (next) {
        connect(next, &Project::sourceAdded, this, &MainWindow::refreshStatus);
        connect(next, &Project::codeAdded, this, &MainWindow::refreshStatus);
        connect(next, &Project::codeChanged, this, &MainWindow::refreshStatus);
        connect(next, &Project::segmentsChanged, this, &MainWindow::refreshStatus);
        connect(next, &Project::casesChanged, this, &MainWindow::refreshStatus);
        spdlog::info("opened project {}", next->path().toStdString());
    }
    showPanels(next != nullptr);
    m_pages->setCurrentIndex(next ? WorkbenchPage : EmptyPage);
    m_importCasesAction->setEnabled(next != nullptr);
    refreshActions();
    refreshTitle();
    refreshStatus();
}

bool MainWindow::selectSource(int row)
{
    const QModelIndex index = m_sourceModel->index(row, SourceListModel::NameColumn);
    if (!index.isValid())
        return false;
    m_sourceView->setCurrentIndex(index);
    return documentView()->sourceId() == m_sourceModel->sourceId(index);
}

void MainWindow::showCurrentSource()
{
    const Id id = m_sourceModel->sourceId(m_sourceView->currentIndex());
    if (id == 0) {
        m_document->clearSource();
        return;
    }
    if (auto ok = m_document->showSource(id); !ok)
        statusBar()->showMessage(ok.error().message, 8000);
}

void MainWindow::refreshTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Groundwork"));
        return;
    }
    const QString name = m_project->setting(QStringLiteral("project.name"), m_project->name());
    setWindowTitle(tr("%1 — Groundwork").arg(name));
}

void MainWindow::refreshStatus()
{
    if (!m_project) {
        m_status->setText(tr("No project open"));
        return;
    }
    auto counts = m_project->counts();
    if (!counts) {
        m_status->setText(counts.error().message);
        return;
    }
    QStringList parts{counted("gw::MainWindow", counts->sources(), QT_TR_N_NOOP("%Ln source"),
                              QT_TR_N_NOOP("%Ln sources")),
                      counted("gw::MainWindow", counts->codes, QT_TR_N_NOOP("%Ln code"), QT_TR_N_NOOP("%Ln codes")),
                      counted("gw::MainWindow", counts->segments, QT_TR_N_NOOP("%Ln segment"),
                              QT_TR_N_NOOP("%Ln segments"))};
    if (counts->cases > 0)
        parts << counted("gw::MainWindow", counts->cases, QT_TR_N_NOOP("%Ln case"), QT_TR_N_NOOP("%Ln cases"));
    parts << tr("all changes saved");
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

} // namespace gw
