// MainWindow: the window's layout and each project's place (the source shown
// and the part of it in view) remembered between sessions, and the light, dark
// or system colour theme (the document view and memo editor follow the
// palette with KSyntaxHighlighting's matching theme).
#include "ui/mainwindow/main_window.h"

#include "core/model/project.h"
#include "ui/agreement/agreement_view.h"
#include "ui/analysis/analysis_view.h"
#include "ui/cases/case_sheet_view.h"
#include "ui/document/document_pane.h"
#include "ui/document/document_view.h"
#include "ui/model/model_view.h"
#include "ui/structure/data_structure_view.h"
#include "ui/mainwindow/language.h"
#include "ui/mainwindow/recent_projects.h"
#include "ui/sources/source_list_model.h"
#include "ui/memos/memos_dock.h"
#include "ui/search/search_dock.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QDockWidget>
#include <QFileInfo>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTextBlock>
#include <algorithm>
#include <functional>
#include <QStatusBar>
#include <QStyle>

namespace gw {

namespace {

const QString kThemeKey = QStringLiteral("window/theme");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
constexpr int kStateVersion = 1; // bump when the docks change incompatibly

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0x93, 0x95, 0x99));
    p.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x41));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7c, 0x80));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf3, 0xf0));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf6, 0xf3));
    p.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    return p;
}

// A submenu of VIEW titled TITLE (object name NAME) with one checkable choice
// per (label, key) of CHOICES, CURRENT checked; choosing one calls CHOSEN with
// its key. The actions are named NAME's stem and the key ("theme-dark").
void addChoiceMenu(QMenu *view, const QString &title, const QString &name,
                   const std::vector<std::pair<QString, QString>> &choices, const QString &current,
                   const std::function<void(const QString &key, const QString &label)> &chosen)
{
    QMenu *menu = view->addMenu(title);
    menu->setObjectName(name);
    auto *group = new QActionGroup(menu);
    const QString stem = name.chopped(4); // "themeMenu" -> "theme"
    for (const auto &[label, key] : choices) {
        QAction *action = menu->addAction(label, menu, [chosen, key, label] { chosen(key, label); });
        action->setCheckable(true);
        action->setChecked(key == current);
        action->setObjectName(stem + u'-' + key);
        group->addAction(action);
    }
}

} // namespace

void MainWindow::createThemeMenu(QMenu *view)
{
    const QString current = QSettings().value(kThemeKey, QStringLiteral("system")).toString();
    // The View menu's panels go before it (found by its object name).
    addChoiceMenu(view, tr("&Theme", "colour scheme"), QStringLiteral("themeMenu"),
                  {{tr("&Light", "colour scheme"), QStringLiteral("light")},
                   {tr("&Dark", "colour scheme"), QStringLiteral("dark")},
                   {tr("&System", "colour scheme"), QStringLiteral("system")}},
                  current, [this](const QString &key, const QString &) { setTheme(key); });
    if (current != QLatin1String("system"))
        setTheme(current);
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    std::vector<std::pair<QString, QString>> choices;
    for (const Language &language : languages())
        choices.emplace_back(language.label, language.code);
    addChoiceMenu(view, tr("&Language"), QStringLiteral("languageMenu"), choices, chosenLanguage(),
                  [this](const QString &code, const QString &label) {
                      chooseLanguage(code);
                      statusBar()->showMessage(
                          code == u"system"
                              ? tr("Groundwork will speak the system's language from its next start.")
                              : tr("Groundwork will speak %1 from its next start.").arg(QString(label).remove(u'&')),
                          10000);
                  });
}

void MainWindow::setTheme(const QString &name)
{
    QSettings().setValue(kThemeKey, name);
    if (auto *action = findChild<QAction *>(QStringLiteral("theme-") + name))
        action->setChecked(true);
    if (name == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (name == QLatin1String("light"))
        QApplication::setPalette(lightPalette());
    else
        QApplication::setPalette(QApplication::style()->standardPalette());
}

void MainWindow::restoreLayout()
{
    // The first time: the bottom docks as tabs, search in front, a third of the height.
    tabifyDockWidget(m_searchDock, m_memosDock);
    m_searchDock->raise();
    resizeDocks({m_searchDock}, {height() * 3 / 10}, Qt::Vertical);
    const QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(kStateKey).toByteArray(); !state.isEmpty())
        restoreState(state, kStateVersion);
}

void MainWindow::showPanels(bool show)
{
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    if (!show && m_panelLayout.isEmpty()) {
        // The start page stands alone: the panels go, and come back as they were.
        m_panelLayout = saveState(kStateVersion);
        for (QDockWidget *dock : docks)
            dock->hide();
    } else if (show && !m_panelLayout.isEmpty()) {
        restoreState(m_panelLayout, kStateVersion);
        m_panelLayout.clear();
    }
}

namespace {

const QString kPlacesKey = QStringLiteral("window/places");

} // namespace

std::vector<MainWindow::CentreTab> MainWindow::tabViews()
{
    return {{QStringLiteral("structure"), m_structureView, &MainWindow::showStructureView},
            {QStringLiteral("model"), m_modelView, &MainWindow::showModelView},
            {QStringLiteral("agreement"), m_agreementView, &MainWindow::showAgreementView},
            {QStringLiteral("analysis"), m_analysisView, &MainWindow::showAnalysisView},
            {QStringLiteral("cases"), m_caseSheet, &MainWindow::showCaseSheet}};
}

void MainWindow::rememberPlace()
{
    if (!m_project)
        return;
    DocumentView *view = documentView();
    const Id source = view->sourceId();
    const int top = source != 0 ? view->cursorForPosition(QPoint(0, 0)).position() : 0;
    QStringList tabs;
    QString current;
    for (const CentreTab &tab : tabViews()) {
        if (m_centre->indexOf(tab.view) >= 0)
            tabs << tab.name;
        if (m_centre->currentWidget() == tab.view)
            current = tab.name;
    }
    QSettings settings;
    QVariantMap places = settings.value(kPlacesKey).toMap();
    places.insert(QFileInfo(m_project->path()).absoluteFilePath(),
                  QStringList{QString::number(source), QString::number(top), tabs.join(u','), current});
    // Only the recent projects' places are kept.
    QStringList recent;
    for (const RecentProject &r : RecentProjects().entries())
        recent << r.path;
    for (auto it = places.begin(); it != places.end();)
        it = recent.contains(it.key()) ? std::next(it) : places.erase(it);
    settings.setValue(kPlacesKey, places);
}

void MainWindow::returnToPlace()
{
    if (!m_project)
        return;
    const QStringList place =
        QSettings().value(kPlacesKey).toMap().value(QFileInfo(m_project->path()).absoluteFilePath()).toStringList();
    if (place.size() != 4)
        return;
    // The tabs that were open, and no others.
    const QStringList tabs = place[2].split(u',', Qt::SkipEmptyParts);
    for (const CentreTab &tab : tabViews()) {
        if (tabs.contains(tab.name))
            (this->*tab.show)();
        else if (const int index = m_centre->indexOf(tab.view); index >= 0)
            m_centre->removeTab(index);
    }
    showPlaceInSource(place[0].toLongLong(), place[1].toInt());
    m_centre->setCurrentWidget(m_document);
    for (const CentreTab &tab : tabViews())
        if (tab.name == place[3])
            (this->*tab.show)();
}

void MainWindow::showPlaceInSource(Id source, int top)
{
    const QModelIndex index = m_sourceModel->indexOfSource(source);
    if (source == 0 || !index.isValid() || !selectSource(index.row()))
        return; // none shown, or the source is gone
    DocumentView *view = documentView();
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(top, 0, view->document()->characterCount() - 1));
    view->setTextCursor(cursor);
    // The paragraph that was at the top is at the top again: the first scroll
    // value that shows it there (the bar counts lines of wrapped paragraphs).
    QScrollBar *bar = view->verticalScrollBar();
    const auto topBlock = [view] {
        return view->document()->findBlock(view->cursorForPosition(QPoint(0, 0)).position()).blockNumber();
    };
    int low = 0, high = bar->maximum();
    while (low < high) {
        const int middle = (low + high) / 2;
        bar->setValue(middle);
        if (topBlock() < cursor.blockNumber())
            low = middle + 1;
        else
            high = middle;
    }
    bar->setValue(low);
}

bool MainWindow::hasSavedLayout()
{
    return QSettings().contains(kGeometryKey);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    // With the start page shown, the panels as they were with a project.
    settings.setValue(kStateKey, m_panelLayout.isEmpty() ? saveState(kStateVersion) : m_panelLayout);
}

} // namespace gw
