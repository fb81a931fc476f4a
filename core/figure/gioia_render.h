#pragma once
// Paints a laid-out Gioia figure with QPainter: the one drawing code behind the
// SVG, PDF and PNG exports and the workbench's data structure view. A muted,
// print-friendly look: white ground, thin dark lines, light fills, no shadows;
// dimension boxes a shade darker than themes. Greyscale maps every colour to
// its grey.

#include "core/figure/gioia_layout.h"

#include <QColor>

class QPainter;

namespace gw {

struct FigurePalette
{
    QColor background;
    QColor line;
    QColor text;
    QColor counts;
    QColor codeFill, codeBorder;
    QColor themeFill, themeBorder;
    QColor dimensionFill, dimensionBorder;

    [[nodiscard]] static FigurePalette print(bool greyscale);
};

// Paints LAYOUT in the painter's current coordinates, where one unit is one of
// the layout's points (the caller scales for zoom or resolution). Fills the
// background over the layout's whole size first.
void paintGioiaFigure(QPainter &painter, const GioiaLayout &layout, const FigurePalette &palette);

} // namespace gw
