// groundwork: the desktop workbench. Wiring only: arguments, logging, the window.
#include "app/gui/import_screenshots.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/analysis/analysis_view.h"
#include "ui/document/coding_actions.h"
#include "core/demo/demo_project.h"
#include "core/export/roff.h"
#include "core/log.h"
#include "core/model/project.h"
#include "ui/mainwindow/language.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/recent_projects.h"
#include "ui/review/review_dock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QStandardPaths>
#include <cstdio>
#include <cstring>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "groundwork: %s\n", message.toLocal8Bit().constData());
}

// The views --show can put in front for a screenshot (the manual's pictures).
const QStringList screenshotViews = {QStringLiteral("document"), QStringLiteral("start"),
                                     QStringLiteral("data-structure"), QStringLiteral("cmo-model"),
                                     QStringLiteral("agreement"), QStringLiteral("analysis"),
                                     QStringLiteral("cases"), QStringLiteral("review")};

// Shows VIEW (one of screenshotViews) in WINDOW, and waits for a view that
// computes off the window's thread to finish.
void showView(gw::MainWindow &window, const QString &view)
{
    if (view == u"data-structure")
        window.showStructureView();
    else if (view == u"cmo-model")
        window.showModelView();
    else if (view == u"agreement")
        window.showAgreementView();
    else if (view == u"cases")
        window.showCaseSheet();
    else if (view == u"review") {
        window.reviewDock()->show();
        window.reviewDock()->raise();
    } else if (view == u"analysis") {
        window.showAnalysisView();
        QElapsedTimer waited;
        waited.start();
        while (window.analysisView()->runner()->isRunning() && waited.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// Renders the window with PROJECT open (and its first source shown) into FILE,
// with VIEW in front; "start" shows the start page, with no project open.
int takeScreenshot(gw::MainWindow &window, const QString &project, const QString &file, const QString &view)
{
    if (!view.isEmpty() && !screenshotViews.contains(view)) {
        printError(QCoreApplication::translate("groundwork", "--show takes one of %1, not \"%2\".").arg(screenshotViews.join(u", "), view));
        return 2;
    }
    window.resize(1400, 860);
    window.show();
    if (!project.isEmpty() && view != u"start") {
        if (auto ok = window.openProject(project); !ok) {
            printError(ok.error().message);
            return 1;
        }
        window.selectSource(0);
        showView(window, view);
    }
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    if (!window.grab().save(file, "PNG")) {
        printError(QCoreApplication::translate("groundwork", "Cannot write the screenshot %1.").arg(file));
        return 1;
    }
    return 0;
}

// A REFI-QDA project or codebook another tool wrote (double-clicked in a file
// manager): it opens in the import preview rather than as a project.
bool isRefiFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"qdpx" || suffix == u"qde" || suffix == u"qdc";
}

// The application's icon from its SVG, drawn at the sizes a desktop asks for.
QIcon applicationIcon()
{
    QSvgRenderer svg(QStringLiteral(":/icons/org.groundworkqda.Groundwork.svg"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// The manual page (roff): what the workbench is, its options from PARSER's own
// help, where it keeps things.
int writeManPage(const QCommandLineParser &parser, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        printError(QStringLiteral("groundwork --man FILE: cannot write %1.").arg(path));
        return 2;
    }
    QString help = parser.helpText();
    help = help.mid(help.indexOf(QLatin1Char('\n')) + 1).trimmed(); // the usage line names the build's path
    const QString page =
        QStringLiteral(".TH GROUNDWORK 1 \"\" \"Groundwork %1\" \"User Commands\"\n").arg(QCoreApplication::applicationVersion()) +
        QStringLiteral(".SH NAME\ngroundwork \\- a workbench for qualitative research\n"
                       ".SH SYNOPSIS\n.B groundwork\n[\\fIOPTIONS\\fR] [\\fIPROJECT\\fR]\n"
                       ".SH DESCRIPTION\nGroundwork opens a project (one .groundwork file, an SQLite database) "
                       "in a window: import interview transcripts, field notes and documents; code passages with "
                       "open, focused and first-order codes; roll codes up into second-order themes and aggregate "
                       "dimensions (the Gioia method); look at the data structure and the context-mechanism-outcome "
                       "model; review the coding as a team; ask the data questions (coding queries, matrices, "
                       "co-occurrence); and export tables and figures for a paper. Without \\fIPROJECT\\fR it "
                       "reopens the last project, or shows the start page. Every edit is saved as it is made and "
                       "can be undone. Help > Keyboard Shortcuts lists the keys.\n"
                       ".SH OPTIONS\n.nf\n") +
        gw::roffText(help) +
        QStringLiteral("\n.fi\n.SH FILES\n"
                       "The recent projects, the window's layout and each project's place are kept in the "
                       "user's settings (~/.config/Groundwork/Groundwork.conf); the demo study in "
                       "~/.local/share/Groundwork/Groundwork/demo.groundwork.\n"
                       ".SH SEE ALSO\n.BR groundwork-cli (1)\n");
    file.write(page.toUtf8());
    return file.error() == QFileDevice::NoError ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // groundwork --man FILE (the build writes the manual page) needs no display.
    const bool manual = argc == 3 && std::strcmp(argv[1], "--man") == 0;
    if (manual)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Groundwork"));
    QApplication::setOrganizationName(QStringLiteral("Groundwork"));
    QApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.groundworkqda.Groundwork"));
    QApplication::setWindowIcon(applicationIcon());
    if (!manual)
        gw::installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("groundwork", "Groundwork, a workbench for qualitative research."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("groundwork", "The project to open, or a REFI-QDA file (.qdpx, .qdc) to import."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("groundwork", "Open the bundled demo project."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("groundwork", "Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QCoreApplication::translate("groundwork", "Import the files or folder at PATH into the project at start (with --screenshot, "
                       "also save FILE-progress.png and FILE-report.png)."),
        QStringLiteral("PATH"));
    const QCommandLineOption showOption(QStringLiteral("show"),
                                        QCoreApplication::translate("groundwork", "With --screenshot: show VIEW first (%1).").arg(screenshotViews.join(u", ")),
                                        QStringLiteral("VIEW"));
    parser.addOptions({demo, screenshot, importOption, showOption});
    if (manual)
        return writeManPage(parser, QString::fromLocal8Bit(argv[2]));
    parser.process(app);
    gw::initLogging(gw::LogTarget::File);

    QString project = parser.positionalArguments().value(0);
    QString refiFile;
    if (isRefiFile(project))
        std::swap(project, refiFile);
    QString problem;
    if (project.isEmpty() && parser.isSet(demo)) {
        auto path = gw::demoProjectPath();
        project = path.value_or(QString());
        problem = path ? QString() : path.error().message;
    } else if (project.isEmpty() && refiFile.isEmpty()) {
        project = gw::RecentProjects().mostRecent();
    }

    gw::MainWindow window;
    if (parser.isSet(screenshot)) {
        if (!problem.isEmpty()) {
            printError(problem);
            return 1;
        }
        if (!parser.isSet(importOption))
            return takeScreenshot(window, project, parser.value(screenshot), parser.value(showOption));
        if (auto ok = window.openProject(project); !ok) {
            printError(ok.error().message);
            return 1;
        }
        return gw::importWithScreenshots(window, parser.value(importOption), parser.value(screenshot));
    }
    if (gw::MainWindow::hasSavedLayout())
        window.show();
    else
        window.showMaximized(); // the first start
    window.codingActions()->chooseCoder(false); // on first start: who is coding?
    if (problem.isEmpty() && !project.isEmpty())
        if (auto ok = window.openProject(project); !ok)
            problem = ok.error().message;
    if (!problem.isEmpty())
        QMessageBox::warning(&window, QCoreApplication::translate("groundwork", "Cannot open the project"), problem);
    else if (!refiFile.isEmpty())
        QMetaObject::invokeMethod(&window, [&window, refiFile] { window.importRefiFile(refiFile); },
                                  Qt::QueuedConnection);
    else if (parser.isSet(importOption))
        if (auto ok = window.importSources({parser.value(importOption)}, std::nullopt); !ok)
            QMessageBox::warning(&window, QCoreApplication::translate("groundwork", "Cannot import"), ok.error().message);
    return QApplication::exec();
}
