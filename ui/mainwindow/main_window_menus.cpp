// MainWindow: the menus and the dialogs behind them.
#include "core/model/project.h"
#include "ui/cases/attribute_import_dialog.h"
#include "ui/mainwindow/main_window.h"
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

namespace gw {

namespace {

const QString kProjectFilter = QStringLiteral("Groundwork projects (*.groundwork)");

} // namespace

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    QAction *newAction = file->addAction(QStringLiteral("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QStringLiteral("&Open…"), this, &MainWindow::chooseProjectToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(QStringLiteral("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(QStringLiteral("&Import Sources…"), this, &MainWindow::chooseSourcesToImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importCasesAction = file->addAction(QStringLiteral("Import Case &Attributes…"), this,
                                          &MainWindow::importCaseAttributes);
    createRefiActions(file);
    createTeamActions(file);
    file->addSeparator();
    QAction *closeAction = file->addAction(QStringLiteral("&Close"), this, &MainWindow::closeProject);
    closeAction->setShortcut(QKeySequence::Close);
    m_projectSwitchActions = {newAction, openAction, m_recentMenu->menuAction(), closeAction};
    file->addSeparator();
    QAction *quitAction = file->addAction(QStringLiteral("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);

    createEditingMenus();

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    QAction *shortcuts = help->addAction(QStringLiteral("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(QStringLiteral("Open the &Demo Study"), this, &MainWindow::openDemoStudy);
    help->addSeparator();
    QAction *about = help->addAction(QStringLiteral("&About Groundwork"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentProjects().paths();
    if (paths.isEmpty()) {
        m_recentMenu->addAction(QStringLiteral("No recent projects"))->setEnabled(false);
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
    m_recentMenu->addAction(QStringLiteral("Clear Menu"), this, [] { RecentProjects().clear(); });
}

void MainWindow::openProjectInteractively(const QString &path)
{
    auto ok = openProject(path);
    if (ok)
        return;
    if (ok.error().kind == ErrorKind::NotFound)
        RecentProjects().remove(path);
    QMessageBox::warning(this, QStringLiteral("Cannot open the project"), ok.error().message);
}

void MainWindow::chooseProjectToOpen()
{
    const QString start = m_project ? QFileInfo(m_project->path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, QStringLiteral("Open Project"), start, kProjectFilter);
    if (!path.isEmpty())
        openProjectInteractively(path);
}

void MainWindow::importCaseAttributes()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, QStringLiteral("Import Case Attributes"), QFileInfo(m_project->path()).absolutePath(),
        QStringLiteral("Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    AttributeImportDialog dialog(*m_project, this, m_undoStack);
    (void)dialog.loadSheet(path); // a sheet that cannot be read is shown in the dialog
    if (dialog.exec() == QDialog::Accepted && dialog.plan())
        statusBar()->showMessage(QStringLiteral("Imported %1 cases from %2.")
                                     .arg(dialog.plan()->cases.size())
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
}

void MainWindow::newProject()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QStringLiteral("/Untitled.groundwork");
    QString path = QFileDialog::getSaveFileName(this, QStringLiteral("New Project"), start, kProjectFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".groundwork")))
        path += QStringLiteral(".groundwork");
    auto created = Project::create(path);
    if (!created) {
        QMessageBox::warning(this, QStringLiteral("Cannot create the project"), created.error().message);
        return;
    }
    adopt(std::move(*created));
    RecentProjects().add(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, QStringLiteral("About Groundwork"),
        QStringLiteral("<h3>Groundwork %1</h3>"
                       "<p>A workbench for qualitative research: read and code interviews, field "
                       "notes and documents, and build your codes up into themes and dimensions.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

QMenu *MainWindow::topMenu(const QString &title) const
{
    for (QAction *action : menuBar()->actions())
        if (action->menu() && action->menu()->title() == title)
            return action->menu();
    return nullptr;
}

QMenu *MainWindow::exportMenu()
{
    QMenu *file = topMenu(QStringLiteral("&File"));
    if (!file)
        return nullptr;
    for (QAction *action : file->actions())
        if (action->menu() && action->menu()->title() == QLatin1String("&Export"))
            return action->menu();
    auto *menu = new QMenu(QStringLiteral("&Export"), this);
    const QList<QAction *> actions = file->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i < actions.size(); ++i)
        if (actions[i]->text() == QLatin1String("&Close")) {
            before = i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
            break;
        }
    file->insertMenu(before, menu);
    return menu;
}

} // namespace gw
