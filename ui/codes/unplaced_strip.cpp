#include "ui/codes/unplaced_strip.h"

#include "core/model/project.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace gw {

namespace {

QString counted(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? one : many);
}

} // namespace

UnplacedStrip::UnplacedStrip(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("unplacedStrip"));
    // A warm tint that reads on light and dark palettes alike.
    setStyleSheet(QStringLiteral("#unplacedStrip { background: rgba(226, 160, 30, 46); "
                                 "border-top: 1px solid rgba(226, 160, 30, 130); }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("unplacedText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    layout->addWidget(m_label, 1);
    connect(m_label, &QLabel::linkActivated, this, &UnplacedStrip::showFirst);
    hide();
}

void UnplacedStrip::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::structureChanged, this, &UnplacedStrip::refresh);
        connect(m_project, &Project::codeAdded, this, &UnplacedStrip::refresh);
        connect(m_project, &Project::codeChanged, this, &UnplacedStrip::refresh);
        connect(m_project, &Project::codeRemoved, this, &UnplacedStrip::refresh);
    }
    refresh();
}

void UnplacedStrip::refresh()
{
    m_codes = m_themes = 0;
    m_firstCode = m_firstTheme = 0;
    if (m_project) {
        if (auto codes = m_project->unplacedCodes(); codes && !codes->empty()) {
            m_codes = int(codes->size());
            m_firstCode = codes->front().id;
        }
        if (auto themes = m_project->unplacedThemes(); themes && !themes->empty()) {
            m_themes = int(themes->size());
            m_firstTheme = themes->front().id;
        }
    }
    QStringList parts;
    if (m_codes > 0)
        parts << counted(m_codes, QStringLiteral("first-order code"), QStringLiteral("first-order codes"));
    if (m_themes > 0)
        parts << counted(m_themes, QStringLiteral("theme"), QStringLiteral("themes"));
    const bool one = m_codes + m_themes == 1;
    m_message = parts.isEmpty() ? QString()
                                : QStringLiteral("%1 %2 not placed yet")
                                      .arg(parts.join(QStringLiteral(" and ")),
                                           one ? QStringLiteral("is") : QStringLiteral("are"));
    m_label->setText(m_message.isEmpty() ? QString()
                                         : QStringLiteral("⚠ %1 · <a href=\"#first\">Show</a>").arg(m_message));
    m_label->setToolTip(QStringLiteral("Drag first-order codes onto a theme, and themes onto a dimension, to "
                                       "place them in the data structure."));
    setVisible(!m_message.isEmpty());
}

void UnplacedStrip::showFirst()
{
    if (m_firstCode != 0)
        Q_EMIT codeRequested(m_firstCode);
    else if (m_firstTheme != 0)
        Q_EMIT themeRequested(m_firstTheme);
}

} // namespace gw
