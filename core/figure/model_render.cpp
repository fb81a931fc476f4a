#include "core/figure/model_render.h"

#include "core/figure/figure_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace gw {

namespace {

const QColor kText(0x1c, 0x1e, 0x21);
const QColor kLine(0x3c, 0x40, 0x46);
const QColor kMuted(0x5c, 0x61, 0x68);
const QColor kBandFill(0xf3, 0xf5, 0xf8);
const QColor kBandBorder(0xc8, 0xcf, 0xd8);
const QColor kGrid(0xa8, 0xb0, 0xba);

QColor fillOf(ModelRole role)
{
    switch (role) {
    case ModelRole::Context:
        return QColor(0xff, 0xff, 0xff);
    case ModelRole::Mechanism:
        return QColor(0xec, 0xf0, 0xf5);
    case ModelRole::Outcome:
        return QColor(0xfd, 0xf6, 0xe3);
    }
    return Qt::white;
}

void drawText(QPainter &painter, const FigureText &t, const ModelLayout &layout)
{
    const QFont font = t.bold ? layout.boldFont : t.small ? layout.smallFont : layout.font;
    painter.setFont(fontForDevice(font, painter.device()));
    painter.setPen(t.small ? kMuted : kText);
    if (t.rotation == 0) {
        painter.drawText(t.origin, t.text);
        return;
    }
    painter.save();
    painter.translate(t.origin);
    painter.rotate(t.rotation);
    painter.drawText(QPointF(0, 0), t.text);
    painter.restore();
}

// An open arrowhead at TIP pointing along DIRECTION: a polyline, not a path,
// so the SVG keeps one <path> per link.
void drawHead(QPainter &painter, const QPointF &tip, const QPointF &direction, double head,
              const QColor &color, double width)
{
    const double angle = std::atan2(direction.y(), direction.x());
    const double spread = 0.45;
    const QPointF wings[] = {tip - QPointF(std::cos(angle - spread), std::sin(angle - spread)) * head,
                             tip,
                             tip - QPointF(std::cos(angle + spread), std::sin(angle + spread)) * head};
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(wings, 3);
}

void drawArrow(QPainter &painter, const ModelArrow &a, const ModelLayout &layout)
{
    const QPointF direction = a.endDirection();
    QPainterPath path(a.line.p1());
    if (a.cubic)
        path.cubicTo(a.control, a.control2, a.line.p2());
    else
        path.quadTo(a.control, a.line.p2());
    painter.setPen(QPen(a.color, layout.arrowStrokeWidth, penStyle(a.style), Qt::FlatCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    drawHead(painter, a.line.p2(), direction, layout.arrowHeadSize, a.color, layout.arrowStrokeWidth * 1.2);
    if (a.count.isEmpty()) // counts hidden
        return;
    painter.setPen(QPen(a.color, layout.strokeWidth));
    painter.setBrush(Qt::white);
    painter.drawRect(a.countRect);
    painter.setFont(fontForDevice(layout.smallFont, painter.device()));
    painter.setPen(kText);
    painter.drawText(a.countOrigin, a.count);
}

} // namespace

void paintModelFigure(QPainter &painter, const ModelLayout &layout)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), Qt::white);

    painter.setPen(QPen(kBandBorder, layout.strokeWidth));
    painter.setBrush(kBandFill);
    for (const ModelBand &band : layout.bands)
        painter.drawRect(band.rect);

    if (!layout.plane.isEmpty()) {
        painter.setPen(QPen(kLine, layout.strokeWidth * 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(layout.plane);
        painter.setPen(QPen(kGrid, layout.strokeWidth, Qt::DashLine));
        for (const QLineF &line : layout.grid)
            painter.drawLine(line);
    }
    for (const FigureText &t : layout.texts)
        drawText(painter, t, layout);

    for (const ModelArrow &a : layout.arrows)
        drawArrow(painter, a, layout);

    // Band labels over the arrows that cross them, on the band's own fill.
    painter.setFont(fontForDevice(layout.boldFont, painter.device()));
    const QFontMetricsF bold(layout.boldFont, pointDevice());
    for (const ModelBand &band : layout.bands) {
        const QRectF behind(band.labelOrigin.x() - 2, band.labelOrigin.y() - bold.ascent() - 1,
                            bold.horizontalAdvance(band.label) + 4, bold.height() + 2);
        painter.fillRect(behind, kBandFill);
        painter.setPen(kMuted);
        painter.drawText(band.labelOrigin, band.label);
    }

    const QFont font = fontForDevice(layout.font, painter.device());
    for (const ModelBox &box : layout.boxes) {
        painter.setPen(QPen(kLine, box.role == ModelRole::Outcome ? layout.strokeWidth * 1.5
                                                                  : layout.strokeWidth));
        painter.setBrush(fillOf(box.role));
        painter.drawRect(box.rect);
        painter.setPen(kText);
        painter.setFont(font);
        for (qsizetype i = 0; i < box.lines.size() && std::size_t(i) < box.lineOrigins.size(); ++i)
            painter.drawText(box.lineOrigins[std::size_t(i)], box.lines[i]);
    }

    for (const LegendItem &item : layout.legend) {
        painter.setPen(
            QPen(item.color, layout.arrowStrokeWidth, penStyle(item.style), Qt::FlatCap));
        painter.drawLine(item.sample);
        drawHead(painter, item.sample.p2(), item.sample.p2() - item.sample.p1(), layout.arrowHeadSize,
                 item.color, layout.arrowStrokeWidth * 1.2);
        drawText(painter, item.label, layout);
    }
    painter.restore();
}

} // namespace gw
