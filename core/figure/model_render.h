#pragma once
// Paints a laid-out CMO model figure with QPainter: the one drawing code
// behind the SVG, PDF and PNG exports (and a view that wants the print look).
// Level bands lightly shaded, contexts, mechanisms and outcomes in boxes of
// their own tint, the spectrum plane with dashed mid lines, each influence an
// arrow in its type's colour and line style with its evidence count.
//
// Each arrow's shaft is one painter path and nothing else is drawn as a path
// (boxes are rectangles, heads polylines), so an SVG has one <path> per link.

#include "core/figure/model_layout.h"

class QPainter;

namespace gw {

// Paints LAYOUT in the painter's coordinates, one unit to the layout's point.
void paintModelFigure(QPainter &painter, const ModelLayout &layout);

} // namespace gw
