#include "ui/model/model_canvas.h"

#include "core/model/display_names.h"
#include "core/figure/model_render.h"
#include "ui/codes/code_tree_model.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>
#include <algorithm>

namespace gw {

namespace {

constexpr double kArrowReach = 4.0; // points either side of an arrow that still hit it

double distanceTo(const QLineF &line, const QPointF &p)
{
    const QPointF d = line.p2() - line.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    if (length2 <= 0)
        return QLineF(line.p1(), p).length();
    const double t = std::clamp(QPointF::dotProduct(p - line.p1(), d) / length2, 0.0, 1.0);
    return QLineF(line.p1() + t * d, p).length();
}

struct Dropped
{
    ElementKind kind = ElementKind::Code;
    QList<Id> ids;
};

std::optional<Dropped> droppedTiers(const QMimeData *data)
{
    if (!data)
        return std::nullopt;
    const std::pair<const char16_t *, ElementKind> types[] = {
        {CodeTreeModel::kCodeMimeType, ElementKind::Code},
        {CodeTreeModel::kThemeMimeType, ElementKind::Theme},
        {CodeTreeModel::kDimensionMimeType, ElementKind::Dimension}};
    for (const auto &[type, kind] : types) {
        const QString mime = QString::fromUtf16(type);
        if (!data->hasFormat(mime))
            continue;
        Dropped out{kind, {}};
        for (const QByteArray &line : data->data(mime).split('\n'))
            if (const Id id = line.trimmed().toLongLong(); id > 0 && !out.ids.contains(id))
                out.ids << id;
        if (!out.ids.isEmpty())
            return out;
    }
    return std::nullopt;
}

} // namespace

ModelCanvas::ModelCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("modelCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    resize(sizeHint());
}

double ModelCanvas::pixelsPerPoint() const
{
    return logicalDpiY() / 72.0;
}

void ModelCanvas::setFigure(ModelLayout layout)
{
    m_layout = std::move(layout);
    m_hoveredBox = m_hoveredArrow = -1;
    m_drag = Drag::None;
    unsetCursor();
    resize(sizeHint());
    updateGeometry();
    update();
}

void ModelCanvas::setZoom(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    resize(sizeHint());
    updateGeometry();
    update();
}

void ModelCanvas::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize ModelCanvas::sizeHint() const
{
    if (m_layout.boxes.empty() && m_layout.bands.empty())
        return QSize(480, 300);
    return QSize(int(std::ceil(m_layout.size.width() * scale())), int(std::ceil(m_layout.size.height() * scale())));
}

QRect ModelCanvas::boxRect(int box) const
{
    if (box < 0 || std::size_t(box) >= m_layout.boxes.size())
        return {};
    const QRectF r = m_layout.boxes[std::size_t(box)].rect;
    return QRectF(r.topLeft() * scale(), r.size() * scale()).toAlignedRect();
}

int ModelCanvas::boxAt(const QPointF &widget) const
{
    return m_layout.boxAt(toFigure(widget));
}

int ModelCanvas::arrowAt(const QPointF &point) const
{
    int best = -1;
    double bestDistance = kArrowReach;
    for (std::size_t i = 0; i < m_layout.arrows.size(); ++i) {
        const ModelArrow &a = m_layout.arrows[i];
        double d = distanceTo(a.line, point);
        if (a.countRect.contains(point))
            d = 0;
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

std::optional<SpectrumPoint> ModelCanvas::spectrumAt(const QPointF &point) const
{
    const QRectF &p = m_layout.plane;
    if (p.isEmpty() || !p.contains(point))
        return std::nullopt;
    return SpectrumPoint{std::clamp((point.x() - p.left()) / p.width(), 0.0, 1.0),
                         std::clamp((p.bottom() - point.y()) / p.height(), 0.0, 1.0)};
}

int ModelCanvas::bandAt(const QPointF &point) const
{
    for (std::size_t i = 0; i < m_layout.bands.size(); ++i)
        if (m_layout.bands[i].rect.contains(point))
            return int(i);
    return -1;
}

void ModelCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_layout.boxes.empty() && m_layout.bands.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.save();
    painter.scale(scale(), scale());
    paintModelFigure(painter, m_layout);
    painter.restore();

    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ring = palette().color(QPalette::Highlight);
    if (m_hoveredArrow >= 0 && m_drag == Drag::None) {
        const ModelArrow &a = m_layout.arrows[std::size_t(m_hoveredArrow)];
        QColor glow = ring;
        glow.setAlpha(90);
        painter.setPen(QPen(glow, 6, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QLineF(a.line.p1() * scale(), a.line.p2() * scale()));
    }
    if (m_hoveredBox >= 0) {
        painter.setPen(QPen(ring, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(boxRect(m_hoveredBox)).adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3);
    }
    if (m_drag == Drag::Move && m_dragBox >= 0) {
        QRectF ghost = boxRect(m_dragBox);
        ghost.translate(m_dragAt - m_pressAt);
        QColor fill = ring;
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.setPen(QPen(ring, 1.5, Qt::DashLine));
        painter.drawRoundedRect(ghost, 3, 3);
    }
    if (m_drag == Drag::Link && m_dragBox >= 0) {
        painter.setPen(QPen(ring, 2, Qt::DashLine, Qt::RoundCap));
        painter.drawLine(QRectF(boxRect(m_dragBox)).center(), m_dragAt);
    }
}

void ModelCanvas::setHovered(int box, int arrow)
{
    if (box == m_hoveredBox && arrow == m_hoveredArrow)
        return;
    m_hoveredBox = box;
    m_hoveredArrow = arrow;
    if (m_drag == Drag::None) {
        if (box >= 0)
            setCursor(m_linkMode ? Qt::CrossCursor : Qt::OpenHandCursor);
        else if (arrow >= 0)
            setCursor(Qt::PointingHandCursor);
        else
            unsetCursor();
    }
    update();
}

void ModelCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int box = boxAt(event->position());
        if (box >= 0) {
            m_drag = Drag::Pending;
            m_dragBox = box;
            m_linking = m_linkMode || (event->modifiers() & Qt::ShiftModifier);
            m_pressAt = m_dragAt = event->position();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ModelCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Pending &&
        (event->position() - m_pressAt).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag = m_linking ? Drag::Link : Drag::Move;
        setCursor(m_linking ? Qt::CrossCursor : Qt::ClosedHandCursor);
    }
    if (m_drag == Drag::Move || m_drag == Drag::Link) {
        m_dragAt = event->position();
        setHovered(m_drag == Drag::Link ? boxAt(event->position()) : -1, -1);
        update();
        return;
    }
    const int box = boxAt(event->position());
    setHovered(box, box >= 0 ? -1 : arrowAt(toFigure(event->position())));
    QWidget::mouseMoveEvent(event);
}

void ModelCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    const int from = m_dragBox;
    m_drag = Drag::None;
    m_dragBox = -1;
    unsetCursor();
    update();
    if (event->button() != Qt::LeftButton || from < 0 || drag == Drag::Pending || drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const ModelBox &box = m_layout.boxes[std::size_t(from)];
    if (drag == Drag::Link) {
        const int to = boxAt(event->position());
        if (to >= 0 && to != from)
            Q_EMIT linkDrawn(box.elementId, m_layout.boxes[std::size_t(to)].elementId);
        return;
    }
    // Moved: where the box's centre lands decides.
    const QPointF centre = box.rect.center() + toFigure(event->position() - m_pressAt);
    if (box.role == ModelRole::Outcome) {
        if (const auto point = spectrumAt(centre))
            Q_EMIT outcomeMoved(box.elementId, *point);
        return;
    }
    if (const int band = bandAt(centre); band >= 0)
        Q_EMIT factorMovedToBand(box.elementId, band);
}

void ModelCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const int arrow = arrowAt(toFigure(event->position())); arrow >= 0 && boxAt(event->position()) < 0) {
        Q_EMIT arrowActivated(arrow);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void ModelCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF at = toFigure(QPointF(event->pos()));
    const int box = m_layout.boxAt(at);
    Q_EMIT menuRequested(event->globalPos(), box, box >= 0 ? -1 : arrowAt(at), at);
}

void ModelCanvas::leaveEvent(QEvent *event)
{
    setHovered(-1, -1);
    QWidget::leaveEvent(event);
}

void ModelCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedTiers(event->mimeData()))
        event->acceptProposedAction();
}

void ModelCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    if (droppedTiers(event->mimeData()))
        event->acceptProposedAction();
}

void ModelCanvas::dropEvent(QDropEvent *event)
{
    const auto dropped = droppedTiers(event->mimeData());
    if (!dropped)
        return;
    event->acceptProposedAction();
    Q_EMIT tiersDropped(dropped->kind, dropped->ids, toFigure(event->position()));
}

// The whole name of a box; an arrow's type and evidence.
bool ModelCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = toFigure(QPointF(help->pos()));
        if (const int box = m_layout.boxAt(at); box >= 0) {
            const ModelBox &b = m_layout.boxes[std::size_t(box)];
            QToolTip::showText(help->globalPos(), QStringLiteral("%1 (%2)").arg(b.label, displayName(b.role)), this,
                               boxRect(box));
            return true;
        }
        if (const int arrow = arrowAt(at); arrow >= 0) {
            const ModelArrow &a = m_layout.arrows[std::size_t(arrow)];
            QToolTip::showText(help->globalPos(),
                               tr("%1 — evidence %2 (double-click to show it)").arg(a.typeName, a.count),
                               this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace gw
