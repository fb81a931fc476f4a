#pragma once
// What the window shows with no project open: the ways in (New Project, Open,
// the demo study, a project from another tool through REFI-QDA) and the recent
// projects with their folder, size and when each was last opened. A project
// that has moved or vanished is said so and can be taken off the list.

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace gw {

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Reads the recent projects again.
    void refresh();
    [[nodiscard]] QTreeWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newProjectRequested();
    void openRequested();
    void demoRequested();
    void refiImportRequested();
    void projectChosen(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    // Delete in the list takes the project off it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void removeCurrent();

    QTreeWidget *m_recent = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace gw
