#include "core/figure/gioia_render.h"

#include "core/figure/figure_text.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <cmath>

namespace gw {

namespace {

QColor grey(const QColor &c)
{
    const int g = qGray(c.rgb());
    return QColor(g, g, g);
}

void paintArrow(QPainter &painter, const QLineF &line, double head)
{
    painter.drawLine(QLineF(line.p1(), line.pointAt(std::max(0.0, 1.0 - head * 0.6 / std::max(line.length(), 1e-6)))));
    const double angle = std::atan2(line.dy(), line.dx());
    const QPointF tip = line.p2();
    const double spread = 0.42; // radians either side of the shaft
    const QPolygonF triangle{tip,
                             tip - QPointF(std::cos(angle - spread), std::sin(angle - spread)) * head,
                             tip - QPointF(std::cos(angle + spread), std::sin(angle + spread)) * head};
    painter.drawPolygon(triangle);
}

// Outline and note colour of a changed box (greyscale figures keep the
// palette's line colour and rely on the notes).
QColor changeColor(FigureChange change, const FigurePalette &palette)
{
    const bool grey = palette.line == QColor(qGray(palette.line.rgb()), qGray(palette.line.rgb()), qGray(palette.line.rgb()));
    switch (change) {
    case FigureChange::Added: return grey ? palette.line : QColor(0x2e, 0x8b, 0x57);
    case FigureChange::Moved: return grey ? palette.line : QColor(0xd9, 0x8c, 0x00);
    case FigureChange::Renamed: return grey ? palette.line : QColor(0x3b, 0x6f, 0xb6);
    case FigureChange::None: break;
    }
    return palette.text;
}

} // namespace

FigurePalette FigurePalette::print(bool greyscale)
{
    FigurePalette p{
        .background = QColor(0xff, 0xff, 0xff),
        .line = QColor(0x3c, 0x40, 0x46),
        .text = QColor(0x1c, 0x1e, 0x21),
        .counts = QColor(0x5c, 0x61, 0x68),
        .codeFill = QColor(0xff, 0xff, 0xff),
        .codeBorder = QColor(0x6b, 0x71, 0x79),
        .themeFill = QColor(0xec, 0xf0, 0xf5),
        .themeBorder = QColor(0x5a, 0x64, 0x70),
        .dimensionFill = QColor(0xd9, 0xe1, 0xeb),
        .dimensionBorder = QColor(0x46, 0x50, 0x5c),
    };
    if (greyscale)
        for (QColor *c : {&p.background, &p.line, &p.text, &p.counts, &p.codeFill, &p.codeBorder, &p.themeFill,
                          &p.themeBorder, &p.dimensionFill, &p.dimensionBorder})
            *c = grey(*c);
    return p;
}

void paintGioiaFigure(QPainter &painter, const GioiaLayout &layout, const FigurePalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), palette.background);

    const double stroke = layout.strokeWidth;
    QPen linePen(palette.line, stroke, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    painter.setPen(linePen);
    painter.setBrush(Qt::NoBrush);
    for (const QLineF &line : layout.lines)
        painter.drawLine(line);
    painter.setBrush(palette.line);
    for (const FigureArrow &arrow : layout.arrows)
        paintArrow(painter, arrow.line, layout.arrowHeadSize);

    const QFont font = fontForDevice(layout.font, painter.device());
    const QFont countsFont = fontForDevice(layout.countsFont, painter.device());
    const double radius = 0.2 * layout.font.pointSizeF();
    for (const FigureBox &box : layout.boxes) {
        const bool dimension = box.kind == FigureBoxKind::Dimension;
        const QColor fill = box.kind == FigureBoxKind::Code ? palette.codeFill
                            : dimension                     ? palette.dimensionFill
                                                            : palette.themeFill;
        const QColor border = box.kind == FigureBoxKind::Code ? palette.codeBorder
                              : dimension                     ? palette.dimensionBorder
                                                              : palette.themeBorder;
        const QColor changed = changeColor(box.change, palette);
        if (box.change != FigureChange::None)
            painter.setPen(QPen(changed, stroke * 2.4));
        else
            painter.setPen(QPen(border, dimension ? stroke * 1.4 : stroke));
        painter.setBrush(fill);
        painter.drawRoundedRect(box.rect, radius, radius);

        painter.setPen(palette.text);
        painter.setFont(font);
        for (qsizetype i = 0; i < box.lines.size() && std::size_t(i) < box.lineOrigins.size(); ++i) {
            if (i == box.noteLine) { // the change's note, in its colour
                QFont italic = font;
                italic.setItalic(true);
                painter.setFont(italic);
                painter.setPen(changed);
            }
            painter.drawText(box.lineOrigins[std::size_t(i)], box.lines[i]);
        }
        if (!box.counts.isEmpty()) {
            painter.setPen(palette.counts);
            painter.setFont(countsFont);
            painter.drawText(box.countsOrigin, box.counts);
        }
    }

    painter.setPen(palette.text);
    painter.setFont(fontForDevice(layout.headerFont, painter.device()));
    for (const FigureHeader &header : layout.headers) {
        if (header.lines.isEmpty())
            painter.drawText(header.origin, header.text);
        for (qsizetype i = 0; i < header.lines.size() && std::size_t(i) < header.lineOrigins.size(); ++i)
            painter.drawText(header.lineOrigins[std::size_t(i)], header.lines[i]);
    }
    painter.setFont(font);
    for (const FigureHeader &note : layout.footnotes)
        painter.drawText(note.origin, note.text);
    painter.restore();
}

} // namespace gw
