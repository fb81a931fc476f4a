#pragma once
// The matrix as a shaded table for a paper: row labels on the left, column
// labels above, each cell's value on a fill from white to deep blue by its
// share of the largest value (a heat map that stays legible in greyscale).

#include "core/analysis/matrix.h"
#include "core/figure/gioia_figure.h"

#include <QColor>

namespace gw {

// The fill of a cell holding SHARE (0..1) of the largest value, and the text
// colour that reads on it: the workbench's view shades with the same.
[[nodiscard]] QColor heatColor(double share);
[[nodiscard]] QColor heatTextColor(double share);

// Writes MATRIX to PATH as FORMAT, atomically.
[[nodiscard]] Status writeMatrixFigure(const Matrix &matrix, FigureFormat format, const FigureOptions &options,
                                       const QString &path);

} // namespace gw
