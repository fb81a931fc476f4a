#pragma once
// Where everything of the CMO model figure goes, as plain geometry (the
// figure's counterpart of gioia_layout.h): on the left the factors (contexts
// and mechanisms) in one labelled band per level, top to bottom; on the right
// the relationship spectrum, a square plane with labelled axes and the
// outcomes at their (x, y), each kept inside the quadrant its point is in;
// typed arrows between elements, bent round the boxes and band labels, each
// with its evidence count placed clear of boxes and labels (or hidden); a
// legend of the influence types below. Contexts and mechanisms stand in two
// labelled columns. model_render.h
// paints a layout, so exports and an on-screen view draw the same figure.
//
// Units are points; text is measured at 72 dpi (figure_text.h). The same
// input and options always give the same layout. Needs a QGuiApplication.

#include "core/model/model_types.h"

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>
#include <vector>

namespace gw {

// What the figure shows, read from a project (model_figure.h) or built by hand.
struct ModelFigureInput
{
    std::vector<ModelElement> elements; // in model order
    std::vector<ModelLevel> levels;     // top to bottom
    std::vector<InfluenceType> types;
    std::vector<Influence> influences;
    SpectrumAxes axes;
};

struct ModelFigureOptions
{
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontPointSize = 9.0;
    bool spectrumOnly = false; // only the plane with its outcomes and axes
    int pngDpi = 300;
    bool showCounts = true; // each arrow's evidence count (and the note saying what they mean)
    bool greyscale = false; // arrows in greys (their dash patterns tell the types apart)
};

// A line of text at a baseline origin, turned by ROTATION degrees about it.
struct FigureText
{
    QString text;
    QPointF origin;
    double rotation = 0;
    bool bold = false;
    bool small = false;
};

struct ModelBox
{
    Id elementId = 0;
    ModelRole role = ModelRole::Context;
    QString label;     // the whole name
    QStringList lines; // wrapped, in order
    QRectF rect;
    std::vector<QPointF> lineOrigins;
};

// A level's band on the left, with its label.
struct ModelBand
{
    QString label;
    QRectF rect;
    QPointF labelOrigin;
};

struct ModelArrow
{
    Id influenceId = 0;
    QString typeName;
    QColor color;
    LineStyle style = LineStyle::Solid;
    // A quadratic curve from line.p1() (the source box's edge) to line.p2()
    // (the target box's edge, where the head is) bent towards CONTROL, so
    // that it goes round the boxes between them; straight when CONTROL is the
    // line's midpoint.
    QLineF line;
    QPointF control;
    // Between factors the arrow is a cubic curve through the gutter between
    // the columns (CONTROL, then CONTROL2), so that it passes no box.
    bool cubic = false;
    QPointF control2;
    QString count; // "3" supporting, "3/1" with counter-evidence
    QRectF countRect;
    QPointF countOrigin;

    [[nodiscard]] QPointF pointAt(double t) const;
    // The way the arrow runs where it meets its target (for the head).
    [[nodiscard]] QPointF endDirection() const;
};

struct LegendItem
{
    QLineF sample;
    QColor color;
    LineStyle style = LineStyle::Solid;
    FigureText label;
};

struct ModelLayout
{
    QSizeF size;
    QFont font;
    QFont smallFont;
    QFont boldFont;
    double strokeWidth = 0.6;
    double arrowStrokeWidth = 1.1;
    double arrowHeadSize = 5;
    std::vector<ModelBand> bands;
    QRectF plane;                  // the spectrum; empty when nothing is on it
    std::vector<QLineF> grid;      // the plane's mid lines
    std::vector<FigureText> texts; // headings, axis labels, legend note
    std::vector<ModelBox> boxes;   // factors, then outcomes
    std::vector<ModelArrow> arrows;
    std::vector<LegendItem> legend;

    // The box of ELEMENTID, or null.
    [[nodiscard]] const ModelBox *boxOf(Id elementId) const;
    // The box under POINT, or -1.
    [[nodiscard]] int boxAt(const QPointF &point) const;
    // Every text the figure prints, in paint order (for tests and search).
    [[nodiscard]] QStringList allText() const;
};

// An arrow's count label: "3", or "3/1" with counter-evidence.
[[nodiscard]] QString evidenceLabel(const Influence &influence);
// The pen dash pattern of STYLE.
[[nodiscard]] Qt::PenStyle penStyle(LineStyle style);

[[nodiscard]] ModelLayout layOutModelFigure(const ModelFigureInput &input,
                                            const ModelFigureOptions &options);

} // namespace gw
