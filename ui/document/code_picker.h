#pragma once
// The "Code with…" popup: a filter line above the project's codes. Typing
// filters, Up/Down move, Enter picks; the last entry offers to create a code
// named by the typed text. A frameless popup that closes when it loses focus.

#include "core/model/types.h"

#include <QFrame>
#include <QPointer>

class QLineEdit;
class QListWidget;

namespace gw {

class Project;

class CodePicker : public QFrame
{
    Q_OBJECT

public:
    explicit CodePicker(QWidget *parent = nullptr);

    // Fills the list from PROJECT's unarchived codes, RECENT first, and shows
    // the popup at GLOBALPOS with an empty filter.
    void popup(Project &project, const QList<Id> &recent, const QPoint &globalPos);
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void codePicked(gw::Id codeId);
    void createRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void pickCurrent();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace gw
