#pragma once
// Help > Keyboard Shortcuts: every action of the window that has a shortcut,
// by the menu it is in ("Code › Apply Code"), with a filter box. Read from the
// actions themselves, so the list cannot drift from what the keys do.

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace gw {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace gw
