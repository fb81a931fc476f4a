#include "ui/codes/unplaced_strip.h"

#include "ui/common/counted.h"
#include "core/model/project.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace gw {

namespace {

// N things in words: ONE or MANY (each translated, with %1 for N) by N.
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
    const QString codes = counted(m_codes, tr("%1 first-order code"), tr("%1 first-order codes"));
    const QString themes = counted(m_themes, tr("%1 theme"), tr("%1 themes"));
    //: %1 and %2: "3 first-order codes" and "1 theme".
    const QString what = m_codes > 0 && m_themes > 0 ? tr("%1 and %2").arg(codes, themes)
                         : m_codes > 0               ? codes
                                                     : themes;
    const bool one = m_codes + m_themes == 1;
    m_message = m_codes + m_themes == 0 ? QString()
                : one                   ? tr("%1 is not placed yet").arg(what)
                                        : tr("%1 are not placed yet").arg(what);
    m_label->setText(m_message.isEmpty() ? QString() : tr("⚠ %1 · <a href=\"#first\">Show</a>").arg(m_message));
    m_label->setToolTip(tr("Drag first-order codes onto a theme, and themes onto a dimension, to "
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
