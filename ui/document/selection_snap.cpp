#include "ui/document/selection_snap.h"

#include "ui/document/document_view.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTextCursor>

namespace gw {

SelectionSnap::SelectionSnap(DocumentView *view) : QObject(view), m_view(view), m_viewport(view->viewport())
{
    m_view->installEventFilter(this);
    m_viewport->installEventFilter(this);
}

bool SelectionSnap::snap()
{
    QTextCursor cursor = m_view->textCursor();
    if (m_unit == text::CodingUnit::FreeSelection || !cursor.hasSelection())
        return false;
    const QString text = m_view->toPlainText();
    const auto [start, end] =
        text::snapToUnit(text, cursor.selectionStart(), cursor.selectionEnd(), m_unit);
    if (start == cursor.selectionStart() && end == cursor.selectionEnd())
        return false;
    // Keep the direction the researcher selected in.
    const bool backwards = cursor.position() < cursor.anchor();
    cursor.setPosition(int(backwards ? end : start));
    cursor.setPosition(int(backwards ? start : end), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    return true;
}

bool SelectionSnap::eventFilter(QObject *watched, QEvent *event)
{
    if (m_unit != text::CodingUnit::FreeSelection) {
        if (watched == m_viewport && event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            // After the view has finished its own handling of the release.
            m_viewport->removeEventFilter(this);
            QCoreApplication::sendEvent(watched, event);
            m_viewport->installEventFilter(this);
            snap();
            return true;
        }
        if (watched == m_view && event->type() == QEvent::KeyRelease &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Shift)
            snap();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gw
