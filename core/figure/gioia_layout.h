#pragma once
// Where everything of a Gioia figure goes, as plain geometry: one box per
// first-order code (left column), second-order theme (middle) and aggregate
// dimension (right), the column headers, and the brackets and arrows that join
// each group of codes to its theme and each group of themes to its dimension.
// Nothing is painted here (gioia_render.h paints a layout), so the exports and
// the on-screen view draw the same figure and tests can check its geometry.
//
// Units are points (1/72 inch); text is measured with the chosen font at 72
// dpi, so the layout does not depend on the screen. The same structure and
// options always give the same layout. Needs a QGuiApplication (fonts).

#include "core/figure/gioia_figure.h"
#include "core/structure/data_structure.h"

#include <QFont>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <vector>

namespace gw {

enum class FigureBoxKind { Code, Theme, Dimension };

// One box and what it shows, so a view can tell what was clicked.
struct FigureBox
{
    FigureBoxKind kind = FigureBoxKind::Code;
    Id id = 0;       // the project's code, theme or dimension id; 0 for a structure read from JSON
    QString label;   // the whole name
    QStringList lines; // the name wrapped to the box's width, in order
    QString counts;  // "12 segments · 5 sources" when counts are shown, else empty
    QRectF rect;     // the box's outline
    QRectF textRect; // inside the padding: every line fits its width
    std::vector<QPointF> lineOrigins; // where each line's baseline starts
    QPointF countsOrigin;             // the counts line's baseline start
    int parent = -1; // index in GioiaLayout::boxes of the theme or dimension it joins
    QList<Id> codeIds; // the codes it stands for: itself, its theme's or its dimension's codes
    // A change marked on it (FigureOptions::marks); lines from NOTELINE on are the mark's note.
    FigureChange change = FigureChange::None;
    int noteLine = -1;
};

// A line ending in an arrowhead at `line.p2()`.
struct FigureArrow
{
    QLineF line;
};

struct FigureHeader
{
    QString text;
    QRectF rect;    // centred over its column
    QPointF origin; // where its (first) baseline starts
    // A heading wrapped over its column's width, one origin a line; empty: TEXT on one line.
    QStringList lines;
    std::vector<QPointF> lineOrigins;
};

struct GioiaLayout
{
    QSizeF size;     // the whole figure, margins included
    QFont font;      // labels (point size as chosen, measured at 72 dpi)
    QFont headerFont;
    QFont countsFont;
    double lineHeight = 0;   // between wrapped label lines
    double countsHeight = 0; // of the counts line
    double strokeWidth = 0.6;
    double arrowHeadSize = 4;
    std::vector<FigureHeader> headers;
    // Codes, then themes, then dimensions, each in the structure's order.
    std::vector<FigureBox> boxes;
    std::vector<QLineF> lines; // the brackets
    std::vector<FigureArrow> arrows;
    // The marks' footnotes under the figure, one line each.
    std::vector<FigureHeader> footnotes;
    // Left out of the figure: first-order codes without a theme, themes without a dimension.
    std::size_t unplacedCodes = 0;
    std::size_t unplacedThemes = 0;

    [[nodiscard]] bool isEmpty() const { return boxes.empty(); }
    // The box under POINT (figure coordinates), or -1.
    [[nodiscard]] int boxAt(const QPointF &point) const;
    [[nodiscard]] std::size_t count(FigureBoxKind kind) const;
};

// The figure's column headers, as printed.
QString figureColumnHeader(FigureBoxKind kind);
// "12 segments · 5 sources".
QString figureCountsLine(std::int64_t segments, std::int64_t sources);

// With a paper (options.paper), the columns are narrowed and the labels and
// headings wrapped so that the figure fits the paper's text width, down to a
// floor; it may still be wider, and is then printed smaller (fitGioiaFigure).
[[nodiscard]] GioiaLayout layOutGioiaFigure(const DataStructure &structure, const FigureOptions &options);

// LAYOUT cut into pages of at most HEIGHT points, between dimensions, each page
// with the column headings at its top and the footnotes on the last one. A
// dimension taller than a page has a page of its own (taller than HEIGHT).
[[nodiscard]] std::vector<GioiaLayout> splitGioiaLayout(const GioiaLayout &layout, double height);

} // namespace gw
