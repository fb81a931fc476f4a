#pragma once
// The strip under the code tree that says what is not placed yet: "3
// first-order codes and 1 theme are not placed yet". Hidden when everything is
// placed. Its "Show" link asks for the first of them to be selected. Follows
// the project's signals; does not own the project.

#include "core/model/types.h"

#include <QFrame>
#include <QPointer>

class QLabel;

namespace gw {

class Project;

class UnplacedStrip : public QFrame
{
    Q_OBJECT

public:
    explicit UnplacedStrip(QWidget *parent = nullptr);

    void setProject(Project *project);
    void refresh();

    [[nodiscard]] int codeCount() const { return m_codes; }
    [[nodiscard]] int themeCount() const { return m_themes; }
    [[nodiscard]] QString text() const { return m_message; }
    // Asks for the first unplaced code (or, without one, theme) to be shown.
    void showFirst();

Q_SIGNALS:
    void codeRequested(gw::Id codeId);
    void themeRequested(gw::Id themeId);

private:
    QPointer<Project> m_project;
    QLabel *m_label = nullptr;
    QString m_message;
    int m_codes = 0;
    int m_themes = 0;
    Id m_firstCode = 0;
    Id m_firstTheme = 0;
};

} // namespace gw
