#include "ui/mainwindow/manual_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace gw {

namespace {

QStringList manualFolders()
{
    const QString app = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(app + QStringLiteral("/../share/groundwork/manual")),
            QDir::cleanPath(app + QStringLiteral("/../manual")), QStringLiteral(GROUNDWORK_BUILD_MANUAL_DIR)};
}

} // namespace

ManualWindow::ManualWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Groundwork User Guide"));
    resize(980, 760);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    QAction *contents = bar->addAction(tr("Contents"), this, [this] { showContents(); });
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("Groundwork User Guide") : tr("%1 — Groundwork User Guide").arg(title));
    });
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser);
}

QString ManualWindow::indexPath()
{
    for (const QString &folder : manualFolders())
        if (QFileInfo::exists(folder + QStringLiteral("/index.html")))
            return folder + QStringLiteral("/index.html");
    return {};
}

bool ManualWindow::showContents()
{
    const QString index = indexPath();
    if (index.isEmpty()) {
        QString looked;
        for (const QString &folder : manualFolders())
            looked += QStringLiteral("<li>%1</li>").arg(folder.toHtmlEscaped());
        m_browser->setHtml(tr("<h2>The user guide is not installed</h2><p>This copy of Groundwork "
                              "has no manual. It looked in:</p><ul>%1</ul><p>Installed from the "
                              "package, the guide is in /usr/share/groundwork/manual.</p>")
                               .arg(looked));
        return false;
    }
    m_browser->setSource(QUrl::fromLocalFile(index));
    return true;
}

} // namespace gw
