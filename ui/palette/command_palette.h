#pragma once
// The command palette (Ctrl+K): a frameless panel over the top of the window with
// a filter line and a list of everything a researcher can reach by name: the
// menus' actions, the codes, the sources. Typed words must all occur in an
// entry (case-insensitive); entries that start with the first word come first.
// Up/Down move, Enter runs the entry, Escape (or clicking elsewhere) closes it.

#include <QFrame>
#include <functional>

class QLineEdit;
class QListWidget;

namespace gw {

// One thing the palette can run.
struct PaletteEntry
{
    QString text;   // what is matched and shown, e.g. "Source: P01"
    QString detail; // shown quietly on the right, e.g. a shortcut
    std::function<void()> run;
};

class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    using Entry = PaletteEntry;
    using Provider = std::function<QList<Entry>()>;

    // A child of PARENT, shown over it; PROVIDER lists the entries each time it opens.
    CommandPalette(QWidget *parent, Provider provider);

    void popUp();
    void dismiss();

    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void runCurrent();
    void place();

    Provider m_provider;
    QList<Entry> m_entries;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace gw
