// MainWindow: the menus and the dialogs behind them.
#include "core/model/project.h"
#include "ui/cases/attribute_import_dialog.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/manual_window.h"
#include "ui/mainwindow/recent_projects.h"
#include "ui/mainwindow/shortcuts_dialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>

namespace gw {

// The menus and the actions that code looks up are found by their object names,
// never by their (translated) texts: topMenu(), exportMenu().
void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setObjectName(QStringLiteral("newProject"));
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseProjectToOpen);
    openAction->setObjectName(QStringLiteral("openProject"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Sources…"), this, &MainWindow::chooseSourcesToImport);
    m_importAction->setObjectName(QStringLiteral("importSources"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importCasesAction = file->addAction(tr("Import Case &Attributes…"), this, &MainWindow::importCaseAttributes);
    m_importCasesAction->setObjectName(QStringLiteral("importCaseAttributes"));
    createRefiActions(file);
    createTeamActions(file);
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeProject);
    closeAction->setObjectName(QStringLiteral("closeProject")); // File > Export goes before it
    closeAction->setShortcut(QKeySequence::Close);
    m_projectSwitchActions = {newAction, openAction, m_recentMenu->menuAction(), closeAction};
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    createEditingMenus();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *manual = help->addAction(tr("&Manual"), this, &MainWindow::showManual);
    manual->setObjectName(QStringLiteral("showManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setStatusTip(tr("The user guide, chapter by chapter through the method (offline)"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("showShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("Open the &Demo Study"), this, &MainWindow::openDemoStudy)
        ->setObjectName(QStringLiteral("openDemoStudy"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Groundwork"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("showAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentProjects().paths();
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    int number = 1;
    for (const QString &path : paths) {
        const QString label = QStringLiteral("&%1  %2").arg(number++).arg(QFileInfo(path).fileName());
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openProjectInteractively(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Menu"), this, [] { RecentProjects().clear(); });
}

void MainWindow::openProjectInteractively(const QString &path)
{
    auto ok = openProject(path);
    if (ok)
        return;
    if (ok.error().kind == ErrorKind::NotFound)
        RecentProjects().remove(path);
    QMessageBox::warning(this, tr("Cannot open the project"), ok.error().message);
}

void MainWindow::chooseProjectToOpen()
{
    const QString start = m_project ? QFileInfo(m_project->path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), start, tr("Groundwork projects (*.groundwork)"));
    if (!path.isEmpty())
        openProjectInteractively(path);
}

void MainWindow::importCaseAttributes()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Case Attributes"), QFileInfo(m_project->path()).absolutePath(),
        tr("Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    AttributeImportDialog dialog(*m_project, this, m_undoStack);
    (void)dialog.loadSheet(path); // a sheet that cannot be read is shown in the dialog
    if (dialog.exec() == QDialog::Accepted && dialog.plan())
        statusBar()->showMessage(tr("Imported %1 cases from %2.")
                                     .arg(dialog.plan()->cases.size())
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
}

void MainWindow::newProject()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QStringLiteral("/Untitled.groundwork");
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), start, tr("Groundwork projects (*.groundwork)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".groundwork")))
        path += QStringLiteral(".groundwork");
    auto created = Project::create(path);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the project"), created.error().message);
        return;
    }
    adopt(std::move(*created));
    RecentProjects().add(path);
}

void MainWindow::showManual()
{
    if (!m_manual)
        m_manual = new ManualWindow(this);
    if (m_manual->browser()->source().isEmpty())
        m_manual->showContents();
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Groundwork"),
        tr("<h3>Groundwork %1</h3>"
           "<p>A workbench for qualitative research: read and code interviews, field "
           "notes and documents, and build your codes up into themes and dimensions.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

QMenu *MainWindow::topMenu(const QString &name) const
{
    for (QAction *action : menuBar()->actions())
        if (action->menu() && action->menu()->objectName() == name)
            return action->menu();
    return nullptr;
}

QMenu *MainWindow::exportMenu()
{
    QMenu *file = topMenu(QStringLiteral("fileMenu"));
    if (!file)
        return nullptr;
    for (QAction *action : file->actions())
        if (action->menu() && action->menu()->objectName() == QLatin1String("exportMenu"))
            return action->menu();
    auto *menu = new QMenu(tr("&Export"), this);
    menu->setObjectName(QStringLiteral("exportMenu"));
    const QList<QAction *> actions = file->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i < actions.size(); ++i)
        if (actions[i]->objectName() == QLatin1String("closeProject")) {
            before = i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
            break;
        }
    file->insertMenu(before, menu);
    return menu;
}

} // namespace gw
