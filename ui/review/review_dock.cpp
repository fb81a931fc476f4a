#include "ui/review/review_dock.h"

#include "core/commands/open_thread.h"
#include "core/commands/reopen_thread.h"
#include "core/commands/reply_to_thread.h"
#include "core/commands/resolve_thread.h"
#include "core/commands/take_snapshot.h"
#include "core/model/project.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace gw {

namespace {

constexpr int kThreadRole = Qt::UserRole;

QString when(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

// The kind of a thread's target in words ("code", "theme", "dimension"); the
// kind itself is data and stays as stored.
QString kindWord(const QString &kind)
{
    if (kind == QLatin1String("code"))
        return QCoreApplication::translate("gw::ReviewDock", "code");
    if (kind == QLatin1String("theme"))
        return QCoreApplication::translate("gw::ReviewDock", "theme");
    if (kind == QLatin1String("dimension"))
        return QCoreApplication::translate("gw::ReviewDock", "dimension");
    return kind;
}

QString targetLabel(const ReviewThread &t)
{
    if (t.target.kind == QLatin1String("influence"))
        return QCoreApplication::translate("gw::ReviewDock", "model link %1").arg(t.target.id);
    const QString name =
        t.targetName.isEmpty() ? QCoreApplication::translate("gw::ReviewDock", "(gone)") : t.targetName;
    //: What a comment thread is on: the kind (code, theme, dimension) and its name in quotation marks.
    return QCoreApplication::translate("gw::ReviewDock", "%1 “%2”").arg(kindWord(t.target.kind), name);
}

} // namespace

ReviewDock::ReviewDock(QWidget *parent) : QDockWidget(tr("Review"), parent)
{
    setObjectName(QStringLiteral("reviewDock"));
    auto *body = new QWidget(this);
    m_openOnly = new QCheckBox(tr("Open threads only"), body);
    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, this, &ReviewDock::refresh);

    m_threads = new QTreeWidget(body);
    m_threads->setObjectName(QStringLiteral("reviewThreads"));
    m_threads->setRootIsDecorated(false);
    //: Column headers: what a thread is on (a code, theme, dimension or model link), open or resolved, the last reply
    m_threads->setHeaderLabels({tr("On"), tr("State"), tr("Last word")});
    m_threads->header()->setStretchLastSection(true);
    m_threads->setColumnWidth(0, 200);
    m_threads->setColumnWidth(1, 80);
    connect(m_threads, &QTreeWidget::currentItemChanged, this, [this] { showCurrent(); });

    m_conversation = new QTextBrowser(body);
    m_conversation->setObjectName(QStringLiteral("reviewConversation"));
    m_reply = new QPlainTextEdit(body);
    m_reply->setObjectName(QStringLiteral("reviewReply"));
    m_reply->setPlaceholderText(tr("Reply… (Ctrl+Return sends)"));
    m_reply->setMaximumHeight(70);
    m_send = new QPushButton(tr("&Reply"), body);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_send, &QPushButton::clicked, this, [this] { reply(m_reply->toPlainText()); });
    m_resolve = new QPushButton(tr("Re&solve"), body);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const auto found = std::ranges::find(m_list, currentThread(), &ReviewThread::id);
        if (found != m_list.end() && found->resolved)
            reopenCurrent();
        else
            resolveCurrent();
    });
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    auto *replyButtons = new QVBoxLayout;
    replyButtons->addWidget(m_send);
    replyButtons->addWidget(m_resolve);
    replyButtons->addStretch(1);
    replyRow->addLayout(replyButtons);

    m_snapshots = new QListWidget(body);
    m_snapshots->setObjectName(QStringLiteral("snapshotList"));
    m_snapshots->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *take = new QPushButton(tr("&Take Snapshot…"), body);
    connect(take, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Take a Snapshot"),
                                                   tr("Name it for the team (“after the May team meeting”):"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            takeSnapshot(name);
    });
    auto *compare = new QPushButton(tr("&Compare…"), body);
    compare->setToolTip(tr("One snapshot chosen: with now. Two: the older with the newer."));
    connect(compare, &QPushButton::clicked, this, [this] {
        QList<QListWidgetItem *> chosen = m_snapshots->selectedItems();
        std::ranges::sort(chosen, {}, [this](QListWidgetItem *item) { return m_snapshots->row(item); });
        if (chosen.isEmpty())
            return;
        Q_EMIT compareRequested(chosen.front()->data(Qt::UserRole).toString(),
                                chosen.size() > 1 ? chosen.at(1)->data(Qt::UserRole).toString() : QString());
    });
    auto *snapshotButtons = new QHBoxLayout;
    snapshotButtons->addWidget(take);
    snapshotButtons->addWidget(compare);
    snapshotButtons->addStretch(1);

    auto *threadsBox = new QWidget(body);
    auto *threadsLayout = new QVBoxLayout(threadsBox);
    threadsLayout->setContentsMargins(0, 0, 0, 0);
    threadsLayout->addWidget(m_openOnly);
    threadsLayout->addWidget(m_threads, 1);
    auto *talkBox = new QWidget(body);
    auto *talkLayout = new QVBoxLayout(talkBox);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    talkLayout->addWidget(m_conversation, 1);
    talkLayout->addLayout(replyRow);
    auto *snapshotBox = new QWidget(body);
    auto *snapshotLayout = new QVBoxLayout(snapshotBox);
    snapshotLayout->setContentsMargins(0, 0, 0, 0);
    snapshotLayout->addWidget(new QLabel(tr("<b>Snapshots of the data structure</b>"), snapshotBox));
    snapshotLayout->addWidget(m_snapshots, 1);
    snapshotLayout->addLayout(snapshotButtons);

    auto *split = new QSplitter(Qt::Horizontal, body);
    split->addWidget(threadsBox);
    split->addWidget(talkBox);
    split->addWidget(snapshotBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    setWidget(body);
    showCurrent();
}

void ReviewDock::setProject(Project *project, QUndoStack *undo)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_undo = undo;
    if (project) {
        connect(project, &Project::reviewChanged, this, &ReviewDock::refresh);
        connect(project, &Project::snapshotsChanged, this, &ReviewDock::refresh);
    }
    refresh();
}

void ReviewDock::refresh()
{
    const Id keep = currentThread();
    m_list.clear();
    m_threads->clear();
    m_snapshots->clear();
    if (!m_project) {
        showCurrent();
        return;
    }
    if (auto threads = m_project->threads(m_openOnly->isChecked()))
        m_list = std::move(*threads);
    for (const ReviewThread &t : m_list) {
        const QString last = t.comments.empty() ? QString()
                                                : QStringLiteral("%1: %2").arg(t.comments.back().author,
                                                                               t.comments.back().text.simplified());
        //: The state of a review thread
        auto *item = new QTreeWidgetItem(m_threads, {targetLabel(t), t.resolved ? tr("resolved") : tr("open"), last});
        item->setData(0, kThreadRole, QVariant::fromValue(t.id));
        if (t.id == keep)
            m_threads->setCurrentItem(item);
    }
    if (!m_threads->currentItem() && m_threads->topLevelItemCount() > 0)
        m_threads->setCurrentItem(m_threads->topLevelItem(0));
    if (auto snapshots = m_project->snapshots())
        for (const SnapshotInfo &s : *snapshots) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2, %3").arg(s.name, s.coder, when(s.created)),
                                             m_snapshots);
            item->setData(Qt::UserRole, s.name);
        }
    setWindowTitle(m_list.empty() ? tr("Review") : tr("Review (%1)").arg(m_list.size()));
    showCurrent();
}

Id ReviewDock::currentThread() const
{
    const QTreeWidgetItem *item = m_threads->currentItem();
    return item ? item->data(0, kThreadRole).value<Id>() : 0;
}

void ReviewDock::showCurrent()
{
    const auto found = std::ranges::find(m_list, currentThread(), &ReviewThread::id);
    const bool chosen = found != m_list.end();
    m_send->setEnabled(chosen);
    m_resolve->setEnabled(chosen);
    m_reply->setEnabled(chosen);
    if (!chosen) {
        m_conversation->setHtml(tr("<p style='color:gray'>No thread chosen. Open one with "
                                   "“Comment…” on a code, theme or dimension in the code tree.</p>"));
        return;
    }
    m_resolve->setText(found->resolved ? tr("Re&open") : tr("Re&solve"));
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(targetLabel(*found).toHtmlEscaped());
    for (const ReviewComment &c : found->comments)
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2</span><br>%3</p>")
                    .arg(c.author.toHtmlEscaped(), when(c.created),
                         c.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (found->resolved)
        html += tr("<p style='color:#2e8b57'>Resolved by %1, %2.</p>")
                    .arg(found->resolvedBy.toHtmlEscaped(), when(found->resolvedAt));
    m_conversation->setHtml(html);
}

bool ReviewDock::push(auto made)
{
    if (!made) {
        QMessageBox::warning(this, tr("Review"), made.error().message);
        return false;
    }
    if (!m_undo)
        return false;
    m_undo->push(made->release());
    return true;
}

bool ReviewDock::openThreadOn(const ReviewTarget &target, const QString &name, QString text)
{
    if (!m_project)
        return false;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, tr("Comment"),
                                              tr("Your comment on %1 “%2”:").arg(kindWord(target.kind), name),
                                              QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return false;
    }
    if (!push(OpenThread::make(*m_project, target, text)))
        return false;
    show();
    raise();
    return true;
}

bool ReviewDock::reply(const QString &text)
{
    if (!m_project || currentThread() == 0 || text.trimmed().isEmpty())
        return false;
    if (!push(ReplyToThread::make(*m_project, currentThread(), text)))
        return false;
    m_reply->clear();
    return true;
}

bool ReviewDock::resolveCurrent()
{
    return m_project && currentThread() != 0 && push(ResolveThread::make(*m_project, currentThread()));
}

bool ReviewDock::reopenCurrent()
{
    return m_project && currentThread() != 0 && push(ReopenThread::make(*m_project, currentThread()));
}

bool ReviewDock::takeSnapshot(const QString &name)
{
    if (!m_project)
        return false;
    auto made = TakeSnapshot::make(*m_project, name);
    if (!made) {
        QMessageBox::warning(this, tr("Take a Snapshot"), made.error().message);
        return false;
    }
    return push(std::move(made));
}

} // namespace gw
