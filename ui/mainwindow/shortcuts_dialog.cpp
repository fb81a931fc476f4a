#include "ui/mainwindow/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

// "&Open…" -> "Open…"
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

QString keys(const QAction *action)
{
    QStringList list;
    for (const QKeySequence &k : action->shortcuts())
        list << k.toString(QKeySequence::NativeText);
    return list.join(QStringLiteral(", "));
}

// Every action of MENU (and its submenus) with a shortcut, as (where, action).
void collect(const QMenu *menu, const QString &where, QList<std::pair<QString, QAction *>> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->menu())
            collect(a->menu(), where + QStringLiteral(" › ") + plain(a->menu()->title()), out);
        else if (!a->isSeparator() && !a->shortcut().isEmpty())
            out.append({where, a});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Action"), tr("Menu"), tr("Shortcut")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    QList<std::pair<QString, QAction *>> found;
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            collect(top->menu(), plain(top->menu()->title()), found);
    QSet<QAction *> listed;
    for (const auto &[where, action] : found)
        listed.insert(action);
    // Actions outside the menus (panels, the document, the code tree).
    for (QAction *a : window->findChildren<QAction *>())
        if (!listed.contains(a) && !a->shortcut().isEmpty() && !a->text().isEmpty()) {
            found.append({tr("Elsewhere"), a});
            listed.insert(a);
        }
    for (const auto &[where, action] : found) {
        // A slot not filled yet (Code › Recent Codes before any code was applied).
        const QString text = action->text().isEmpty() ? tr("(empty slot)") : plain(action->text());
        new QTreeWidgetItem(m_list, {text, where, keys(action)});
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = text.isEmpty();
        for (int c = 0; c < m_list->columnCount() && !match; ++c)
            match = item->text(c).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace gw
