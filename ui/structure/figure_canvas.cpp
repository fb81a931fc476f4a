#include "ui/structure/figure_canvas.h"

#include "core/figure/gioia_render.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace gw {

FigureCanvas::FigureCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("figureCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // zoom keys work once the figure is clicked
    setAttribute(Qt::WA_OpaquePaintEvent);
    resize(sizeHint());
}

double FigureCanvas::pixelsPerPoint() const
{
    return logicalDpiY() / 72.0;
}

void FigureCanvas::setFigure(GioiaLayout layout)
{
    m_layout = std::move(layout);
    m_hovered = -1;
    unsetCursor();
    resize(sizeHint());
    updateGeometry();
    update();
}

void FigureCanvas::setZoom(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    resize(sizeHint());
    updateGeometry();
    update();
}

void FigureCanvas::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize FigureCanvas::sizeHint() const
{
    if (m_layout.isEmpty())
        return QSize(400, 240);
    return QSize(int(std::ceil(m_layout.size.width() * scale())), int(std::ceil(m_layout.size.height() * scale())));
}

QRect FigureCanvas::boxRect(int box) const
{
    if (box < 0 || std::size_t(box) >= m_layout.boxes.size())
        return {};
    const QRectF r = m_layout.boxes[std::size_t(box)].rect;
    return QRectF(r.topLeft() * scale(), r.size() * scale()).toAlignedRect();
}

int FigureCanvas::boxAt(const QPoint &pos) const
{
    return m_layout.boxAt(QPointF(pos) / scale());
}

void FigureCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const FigurePalette palette = FigurePalette::print(false);
    painter.fillRect(rect(), palette.background);
    if (m_layout.isEmpty()) {
        painter.setPen(this->palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.save();
    painter.scale(scale(), scale());
    paintGioiaFigure(painter, m_layout, palette);
    painter.restore();
    if (m_hovered >= 0) {
        QColor ring = this->palette().color(QPalette::Highlight);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ring, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(boxRect(m_hovered)).adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3);
    }
}

void FigureCanvas::setHovered(int box)
{
    if (box == m_hovered)
        return;
    if (m_hovered >= 0)
        update(boxRect(m_hovered).adjusted(-4, -4, 4, 4));
    m_hovered = box;
    if (box >= 0) {
        update(boxRect(box).adjusted(-4, -4, 4, 4));
        setCursor(m_layout.boxes[std::size_t(box)].codeIds.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    } else {
        unsetCursor();
    }
}

void FigureCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(boxAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void FigureCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const int box = boxAt(event->position().toPoint()); box >= 0) {
            Q_EMIT boxClicked(box);
            return;
        }
    QWidget::mousePressEvent(event);
}

void FigureCanvas::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

// The whole name and its counts, however the box wrapped it.
bool FigureCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int box = boxAt(help->pos());
        if (box < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const FigureBox &b = m_layout.boxes[std::size_t(box)];
        QString tip = b.label;
        if (!b.counts.isEmpty())
            tip += QLatin1Char('\n') + b.counts;
        QToolTip::showText(help->globalPos(), tip, this, boxRect(box));
        return true;
    }
    return QWidget::event(event);
}

} // namespace gw
