#include "ui/mainwindow/start_page.h"

#include "ui/mainwindow/recent_projects.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

enum Column { NameColumn, FolderColumn, SizeColumn, OpenedColumn };
constexpr int PathRole = Qt::UserRole;
constexpr int ExistsRole = Qt::UserRole + 1;

QPushButton *wayIn(QWidget *parent, const QString &objectName, const QString &text, const QString &detail)
{
    auto *button = new QPushButton(QStringLiteral("%1\n%2").arg(text, detail), parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 12px;"));
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Groundwork"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto *tagline = new QLabel(tr("Code your interviews, build the data structure, write the study up."), this);
    tagline->setForegroundRole(QPalette::PlaceholderText);

    auto *newProject = wayIn(this, QStringLiteral("startNew"), tr("New Project…"),
                             tr("An empty project file (Ctrl+N)"));
    auto *open = wayIn(this, QStringLiteral("startOpen"), tr("Open…"),
                       tr("A .groundwork project on this computer (Ctrl+O)"));
    auto *demo = wayIn(this, QStringLiteral("startDemo"), tr("Open the Demo Study"),
                       tr("A coded study to explore: data structure, CMO model, team coding"));
    auto *refi = wayIn(this, QStringLiteral("startRefi"), tr("Import from Another Tool…"),
                       tr("A REFI-QDA project (.qdpx, .qdc) from NVivo, ATLAS.ti, MAXQDA or QualCoder"));
    connect(newProject, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(refi, &QPushButton::clicked, this, &StartPage::refiImportRequested);

    auto *ways = new QVBoxLayout;
    ways->setSpacing(8);
    for (QPushButton *b : {newProject, open, demo, refi})
        ways->addWidget(b);
    ways->addStretch(1);

    auto *recentTitle = new QLabel(tr("<b>Recent projects</b>"), this);
    m_recent = new QTreeWidget(this);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setHeaderLabels({tr("Project"), tr("Folder"), tr("Size"), tr("Last opened")});
    m_recent->header()->setStretchLastSection(false);
    m_recent->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(FolderColumn, QHeaderView::Stretch);
    m_recent->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(OpenedColumn, QHeaderView::ResizeToContents);
    m_recent->installEventFilter(this);
    connect(m_recent, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    m_remove = new QPushButton(tr("Remove from List"), this);
    m_remove->setObjectName(QStringLiteral("startRemove"));
    m_remove->setToolTip(tr("Take the project off this list (the file itself is not touched)"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &StartPage::removeCurrent);
    connect(m_recent, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_remove->setEnabled(item != nullptr); });
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addStretch(1);
    recentButtons->addWidget(m_remove);
    auto *recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_recent, 1);
    recent->addLayout(recentButtons);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(ways, 2);
    columns->addLayout(recent, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(title);
    layout->addWidget(tagline);
    layout->addSpacing(24);
    layout->addLayout(columns, 1);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    const QLocale locale;
    for (const RecentProject &r : RecentProjects().entries()) {
        const QFileInfo info(r.path);
        auto *item = new QTreeWidgetItem(m_recent);
        item->setText(NameColumn, info.completeBaseName());
        item->setText(FolderColumn, QDir::toNativeSeparators(info.absolutePath()));
        item->setData(NameColumn, PathRole, r.path);
        item->setData(NameColumn, ExistsRole, r.exists);
        item->setToolTip(NameColumn, QDir::toNativeSeparators(r.path));
        item->setText(OpenedColumn, r.opened.isValid() ? locale.toString(r.opened.toLocalTime(), QLocale::ShortFormat)
                                                       : QStringLiteral("—"));
        if (r.exists) {
            item->setText(SizeColumn, locale.formattedDataSize(r.bytes));
            item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        } else {
            item->setText(SizeColumn, tr("moved or deleted"));
            item->setToolTip(SizeColumn, tr("%1 is not there any more. Remove it from the list, or open "
                                            "it where it is now with Open….")
                                             .arg(QDir::toNativeSeparators(r.path)));
            for (int c = 0; c < m_recent->columnCount(); ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    if (m_recent->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_recent, {tr("No recent projects yet")});
        none->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(false);
}

void StartPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

bool StartPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_recent && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StartPage::openCurrent()
{
    QTreeWidgetItem *item = m_recent->currentItem();
    if (!item || !item->data(NameColumn, ExistsRole).toBool())
        return; // a vanished project says so in its row
    Q_EMIT projectChosen(item->data(NameColumn, PathRole).toString());
}

void StartPage::removeCurrent()
{
    if (QTreeWidgetItem *item = m_recent->currentItem(); item && item->data(NameColumn, PathRole).isValid()) {
        RecentProjects().remove(item->data(NameColumn, PathRole).toString());
        refresh();
    }
}

} // namespace gw
