#pragma once
// GUI test support: the demo project made once per test binary (in a temporary
// folder that also holds the test's other files), fresh copies of it, and the
// main window on a copy, shown and exposed with the first source open.

#include "core/demo/demo_project.h"
#include "core/store/database.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/recent_projects.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace gw::test {

class DemoCopies
{
public:
    // From initTestCase: test-mode settings under APPLICATION, no recent
    // projects, and the demo made. False (with a warning) if it cannot be made.
    bool make(const QString &application)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(application);
        RecentProjects().clear();
        if (!m_dir.isValid())
            return false;
        m_demo = m_dir.filePath(QStringLiteral("demo.groundwork"));
        return createDemoProject(m_demo).has_value();
    }

    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // A fresh copy of the demo, with its own name.
    [[nodiscard]] QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.groundwork").arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo project");
        return path;
    }

    // A fresh copy of the demo with SQL run on it first (to take something out
    // that a test needs absent).
    [[nodiscard]] QString copyWith(const QString &sql)
    {
        const QString path = copy();
        auto db = Database::open(path, Database::Mode::ReadWrite);
        if (!db || !db->exec(sql))
            qFatal("cannot change the demo copy %s", qPrintable(path));
        return path;
    }

    // The main window on PATH (a fresh copy when empty), SIZE, shown, with the
    // first source open.
    [[nodiscard]] std::unique_ptr<MainWindow> openWindow(QString path = {}, QSize size = {1500, 950})
    {
        if (path.isEmpty())
            path = copy();
        auto window = std::make_unique<MainWindow>();
        if (auto ok = window->openProject(path); !ok)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(ok.error().message));
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window is not shown");
        window->selectSource(0);
        return window;
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;
};

} // namespace gw::test
